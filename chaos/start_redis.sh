#!/usr/bin/env bash
# Start the private Redis again on its existing data directory, port and persistence
# settings (the AOF is replayed), through `python -m chaos.services start-redis --existing`.
#
#   chaos/start_redis.sh [DATA_DIR]
#
# Default: var/redis under the project root. A no-op when it is already running. Exits 1
# with a message when there is no instance there (create one with
# `.venv/bin/python -m chaos.services start-redis --data-dir DIR [--aof always]`).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

start_with redis "${1:-}" "$ROOT/var/redis"
