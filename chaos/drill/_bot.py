"""TEST ONLY: the bot with a defect put in on purpose, so a drill can be seen to fail.

``python -m chaos.drill._bot SABOTAGE`` is ``python -m app run --no-servers`` after one
change to the running code; the embedded system starts it instead of the bot when a test
asks ``run_drill(..., sabotage=...)``. Nothing else imports this module, and the command
line never offers it.

- ``skip-update-journal``: the update journal writes no ``UpdateReceived`` records. The
  poller still confirms the offset to Telegram once ``append`` returns, so an update is
  acknowledged without being durable, which is what losing the journal (or its fsync, on
  a real crash) means: a ``kill -9`` loses the updates acknowledged and not yet answered.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from actors.db_writer import UpdateReceived
from actors.telegram import SpoolJournal


def _skip_update_journal() -> None:
    write: Callable[[Any, Sequence[Any]], Awaitable[None]] = SpoolJournal._write

    async def write_all_but_received(self: Any, records: Sequence[object]) -> None:
        await write(self, [r for r in records if not isinstance(r, UpdateReceived)])

    setattr(SpoolJournal, "_write", write_all_but_received)  # noqa: B010


SABOTAGES: dict[str, Callable[[], None]] = {"skip-update-journal": _skip_update_journal}


def main(argv: Sequence[str]) -> int:
    if len(argv) != 1 or argv[0] not in SABOTAGES:
        print(f"usage: python -m chaos.drill._bot {{{','.join(SABOTAGES)}}}", file=sys.stderr)
        return 2
    SABOTAGES[argv[0]]()
    print(f"TEST ONLY: the bot runs with the sabotage {argv[0]!r}", file=sys.stderr)
    from app import main as app_main

    return app_main(["run", "--no-servers"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
