#!/usr/bin/env bash
# Start the private PostgreSQL again on its existing data directory and port (crash
# recovery replays the WAL), through `python -m chaos.services start-pg --existing`.
#
#   chaos/start_pg.sh [DATA_DIR]
#
# Default: var/pg under the project root. A no-op when it is already running. Exits 1 with a
# message when there is no instance there (create one with
# `.venv/bin/python -m chaos.services start-pg --data-dir DIR`).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

start_with pg "${1:-}" "$ROOT/var/pg"
