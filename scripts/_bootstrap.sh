# Shared set-up for scripts/run and scripts/test: sourced, not executed.
#
# Idempotent: every step checks first and does nothing when its work is already done.
#   ensure_venv            .venv with the locked dependencies (requirements.lock, hashes checked)
#   ensure_apt PKG...      Debian packages, installed with apt-get only when missing
#   have_pg / have_redis   whether the PostgreSQL / Redis server binaries are on this machine
#   ensure_promtool        promtool (Debian package prometheus), which checks the alert rules
#   ensure_faketime        faketime (Debian package faketime): tests under a moved clock
#   ensure_deploy_tools    systemd-analyze (Debian package systemd): checks deploy/systemd
#   run_year_ahead CMD...  CMD with the wall clock a year ahead, checked to really be moved
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"

say() { printf '[setup] %s\n' "$*" >&2; }

_sudo() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"
  else say "need root for: $*"; return 1
  fi
}

_apt_updated=0
ensure_apt() {
  local missing=()
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || { say "apt-get not found; install ${missing[*]} by hand"; return 1; }
  say "installing Debian packages: ${missing[*]}"
  if [ "$_apt_updated" -eq 0 ]; then
    _sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || return 1
    _apt_updated=1
  fi
  _sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >&2 </dev/null
}

pg_bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/postgres" ] && [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  command -v postgres >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1 \
    && { dirname "$(command -v postgres)"; return 0; }
  return 1
}
have_pg() { pg_bindir >/dev/null 2>&1; }
have_redis() { command -v redis-server >/dev/null 2>&1; }

# The PostgreSQL, Redis and nginx servers the tests start privately (chaos/services.py).
ensure_servers() {
  local pkgs=()
  have_pg || pkgs+=(postgresql)
  have_redis || pkgs+=(redis-server)
  [ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || pkgs+=(nginx)  # webhook replicas
  [ "${#pkgs[@]}" -eq 0 ] && return 0
  ensure_apt "${pkgs[@]}"
}

# promtool checks config/prometheus/alerts.yml (tests/test_ops_files.py). Only the binary
# is wanted: the package's service is never started by us.
ensure_promtool() {
  command -v promtool >/dev/null 2>&1 && return 0
  ensure_apt prometheus
}

ensure_deploy_tools() {
  command -v systemd-analyze >/dev/null 2>&1 && return 0
  ensure_apt systemd
}

ensure_faketime() {
  command -v faketime >/dev/null 2>&1 && return 0
  ensure_apt faketime
}

# libfaketime moves every clock of CMD and of the servers it starts by the same offset
# (the monotonic one too: leaving it alone makes libfaketime 0.9.10 fail Python's
# time.sleep with EINVAL; an offset keeps durations real). The check first proves the
# offset took: a run that silently used the real clock would prove nothing.
#
# The library is preloaded directly, not through the `faketime` wrapper: the wrapper
# creates /dev/shm/sem.faketime_sem_<its pid> with O_EXCL and exits with "sem_open: File
# exists" when a process that once had its PID left one behind (every process preloading
# libfaketime creates such a pair and removes it only on a normal exit, so each server a
# test kills leaves one). The library itself skips a name that is taken. Pairs whose
# process is gone are swept before and after, so they do not pile up in RAM.
run_year_ahead() {
  local real lib status=0
  local -a ahead
  real="$(date +%s)"
  lib="$(_libfaketime)"
  if [ -n "$lib" ]; then
    ahead=(env "LD_PRELOAD=$lib${LD_PRELOAD:+:$LD_PRELOAD}" "FAKETIME=+365d")
  else
    ahead=(faketime -f "+365d")
  fi
  _sweep_faketime_shm
  "${ahead[@]}" "$PY" -c \
    "import sys, time; sys.exit(0 if time.time() > $real + 360 * 86400 else 'the clock did not move')" &&
    "${ahead[@]}" "$@" || status=$?
  _sweep_faketime_shm
  return "$status"
}

# The preload library of the Debian package (the path the wrapper uses), empty when the
# package manager does not know it: the wrapper is the fallback there.
_libfaketime() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  dpkg-query -L libfaketime 2>/dev/null | grep -m1 '/libfaketime\.so\.1$' || true
}

# Removes libfaketime's semaphore and shared-memory pairs whose process is gone (no process
# has that PID now). The servers the tests start run as their own user, so the pairs they
# leave are not ours; a pair this user may not remove is left alone.
_sweep_faketime_shm() {
  local f pid
  for f in /dev/shm/sem.faketime_sem_* /dev/shm/faketime_shm_*; do
    [ -e "$f" ] || continue
    pid="${f##*_}"
    case "$pid" in '' | *[!0-9]*) continue ;; esac
    [ -d "/proc/$pid" ] || rm -f -- "$f" 2>/dev/null || true
  done
}

_lock_digest() { cat "$ROOT/requirements.lock" "$ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1; }

ensure_venv() {
  if [ ! -x "$PY" ]; then
    say "creating the virtual environment in .venv"
    if ! python3 -m venv "$VENV" >/dev/null 2>&1; then
      rm -rf "$VENV"
      ensure_apt python3-venv
      python3 -m venv "$VENV"
    fi
  fi
  local want have=""
  want="$(_lock_digest)"
  [ -f "$VENV/.lock-digest" ] && have="$(cat "$VENV/.lock-digest")"
  if [ "$want" != "$have" ]; then
    say "installing the locked Python dependencies"
    "$PY" -m pip install --quiet --disable-pip-version-check --require-hashes \
      -r "$ROOT/requirements.lock" >&2
    "$PY" -m pip install --quiet --disable-pip-version-check --no-deps -e "$ROOT" >&2
    echo "$want" > "$VENV/.lock-digest"
  fi
}
