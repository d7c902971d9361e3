#!/usr/bin/env bash
# Crash the private Redis for real: SIGKILL to redis-server, by the PID in its pid file
# (never by name), then wait until it is gone.
#
#   chaos/kill_redis.sh [DATA_DIR | PID_FILE]
#
# Default: var/redis under the project root, the instance the demo and the drills use
# (pid file var/redis/redis.pid). Exits 1 with a message when there is nothing to act on or
# when the pid file names a process that is not that redis-server.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

resolve_target "${1:-}" "$ROOT/var/redis" redis.pid
pid="$(read_pid)"
require_server "$pid" redis-server
kill -KILL "$pid"
wait_gone 10 "$pid" || die "sent SIGKILL to redis-server pid $pid, but it is still alive after 10 s"
say "killed redis-server pid $pid with SIGKILL (port $(port_of), data dir $DATA_DIR)"
