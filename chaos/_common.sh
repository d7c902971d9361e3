# Shared by chaos/{kill,start}_{pg,redis}.sh: sourced, not executed.
#
# A server is only ever signalled by the PID in its own pid file, and only after checking
# that the PID is alive, that its argv[0] is the server binary and that its working
# directory is the instance's data directory (both servers chdir there): a stale pid file
# whose PID now belongs to another process is refused, never killed.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="$ROOT/.venv/bin/python"
PROG="$(basename "$0")"

say() { printf '%s %s: %s\n' "$(date -u +%FT%TZ)" "$PROG" "$*"; }
die() { printf '%s %s: error: %s\n' "$(date -u +%FT%TZ)" "$PROG" "$*" >&2; exit 1; }

# resolve_target ARG DEFAULT_DIR PIDFILE_NAME: sets DATA_DIR and PID_FILE from a data
# directory or a pid file (ARG may be empty: DEFAULT_DIR).
resolve_target() {
  local target="${1:-$2}"
  [ -e "$target" ] || die "nothing to act on: $target does not exist"
  if [ -d "$target" ]; then
    DATA_DIR="$(cd "$target" && pwd -P)"
    PID_FILE="$DATA_DIR/$3"
  else
    PID_FILE="$(cd "$(dirname "$target")" && pwd -P)/$(basename "$target")"
    DATA_DIR="$(dirname "$PID_FILE")"
  fi
}

# read_pid: the PID on the first line of $PID_FILE, or die.
read_pid() {
  local pid
  [ -f "$PID_FILE" ] || die "nothing to act on: no pid file $PID_FILE (server not running)"
  IFS= read -r pid < "$PID_FILE" || true
  [[ "$pid" =~ ^[0-9]+$ ]] || die "nothing to act on: $PID_FILE holds no PID on its first line"
  printf '%s\n' "$pid"
}

# alive PID: the process exists and is not a zombie.
alive() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }"
  case "${stat%% *}" in Z|X) return 1 ;; esac
}

# require_server PID BINARY...: die unless PID is alive, runs one of BINARY and works in
# $DATA_DIR.
require_server() {
  local pid="$1"; shift
  alive "$pid" || die "nothing to act on: stale pid file $PID_FILE (pid $pid is not running)"
  local argv0 cwd name ok=0
  argv0="$(tr '\0' '\n' < "/proc/$pid/cmdline" 2>/dev/null | head -n 1)"
  argv0="$(basename "${argv0%% *}")"  # redis-server rewrites its title to one string
  for name in "$@"; do [ "$argv0" = "$name" ] && ok=1; done
  cwd="$(readlink "/proc/$pid/cwd" 2>/dev/null || true)"
  if [ "$ok" -eq 0 ] || { [ -n "$cwd" ] && [ "$cwd" != "$DATA_DIR" ]; }; then
    die "refusing: pid $pid from $PID_FILE is '${argv0:-?}' in '${cwd:-?}', not $1 in $DATA_DIR (stale pid file?)"
  fi
}

# children_of PID: PIDs whose parent is PID.
children_of() {
  local stat rest ppid
  for stat in /proc/[0-9]*/stat; do
    rest="$(cat "$stat" 2>/dev/null)" || continue
    rest="${rest##*) }"
    read -r _ ppid _ <<< "$rest"
    if [ "$ppid" = "$1" ]; then
      stat="${stat#/proc/}"
      printf '%s\n' "${stat%/stat}"
    fi
  done
}

# wait_gone SECONDS PID...: true once none of the PIDs is alive.
wait_gone() {
  local deadline=$((SECONDS + $1)) pid left; shift
  while :; do
    left=0
    for pid in "$@"; do alive "$pid" && left=1; done
    [ "$left" -eq 0 ] && return 0
    [ "$SECONDS" -ge "$deadline" ] && return 1
    sleep 0.02
  done
}

# port_of: the port remembered in $DATA_DIR/chaos-service.json, or "?".
port_of() {
  sed -n 's/.*"port": *\([0-9]*\).*/\1/p' "$DATA_DIR/chaos-service.json" 2>/dev/null | head -n 1 \
    | grep . || echo "?"
}

# start_with KIND ARG DEFAULT_DIR: restart an existing instance through chaos.services.
start_with() {
  local kind="$1" target="${2:-$3}"
  [ -d "$target" ] || die "nothing to act on: no data directory $target"
  [ -f "$target/chaos-service.json" ] \
    || die "nothing to act on: $target is not an instance made by chaos/services.py"
  [ -x "$PY" ] || die "no $PY: run ./scripts/test or ./scripts/run once to set it up"
  target="$(cd "$target" && pwd -P)"
  cd "$ROOT"
  "$PY" -m chaos.services "start-$kind" --existing --data-dir "$target"
}
