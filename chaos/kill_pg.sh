#!/usr/bin/env bash
# Crash the private PostgreSQL for real: SIGKILL to its postmaster, by the PID on the first
# line of postmaster.pid (never by name), then wait until it and its backends are gone.
#
#   chaos/kill_pg.sh [DATA_DIR | PID_FILE]
#
# Default: var/pg under the project root, the instance the demo and the drills use.
# Exits 1 with a message when there is nothing to act on (no data dir, no pid file, the
# process is gone) or when the pid file names a process that is not that postmaster.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

resolve_target "${1:-}" "$ROOT/var/pg" postmaster.pid
pid="$(read_pid)"
require_server "$pid" postgres postmaster
mapfile -t backends < <(children_of "$pid")
kill -KILL "$pid"
wait_gone 10 "$pid" "${backends[@]}" \
  || die "sent SIGKILL to postmaster pid $pid, but it or its backends are still alive after 10 s"
say "killed postgres postmaster pid $pid with SIGKILL (port $(port_of), data dir $DATA_DIR);" \
  "${#backends[@]} child processes gone too"
