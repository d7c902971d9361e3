"""The blocking-call detector the tests run under (``tests/conftest.py``'s autouse fixture).

blockbuster (https://github.com/cbornet/blockbuster) wraps the blocking calls of the
standard library (``time.sleep``, ``os.stat``, file reads and writes, socket calls on
blocking sockets, ...) and raises ``BlockingError`` when one is made on a running
asyncio event loop. anyio's own test suite runs under it the same way.

What counts here:

- ``time.sleep`` whenever a coroutine of ours (the packages or the tests) is on the
  stack: it stalls every actor of the test, use ``anyio.sleep``;
- any other blocking call when a coroutine of our packages (``runtime``, ``supervisors``,
  ``actors``, ``config``, ``chaos``, ``app``, ``bench``) is on the stack: production code,
  the emulators or a benchmark doing disk work on the event loop; it belongs in
  ``anyio.to_thread.run_sync``. A test calling a synchronous helper from its own body
  (reading a segment it is about to corrupt, listing backups) is the test's business and
  is not flagged; neither are sync fixtures nor anything in a worker thread.

Allowed on purpose, each for its reason (``ALLOWED``):

- the spool's file work when it runs without fsync (``Spool._run``: inline by design,
  tests and benchmarks; with fsync on, production's setting, it is in worker threads);
- imports (a lazy import reads files once; the Anthropic SDK is imported on first use);
- a time zone's file, read once per process (``actors.dialogs``' ``_zone_info`` cache);
- asyncpg's connect, which looks for ``~/.pgpass`` and ``~/.postgresql/`` certificates on
  the event loop (its code, a ``stat`` or two per connection);
- hypothesis's tracer (``scrutineer``), which resolves file names of traced frames;
- ``chaos.services``: the private PostgreSQL/Redis servers have a synchronous API by
  design; tests stop, kill and start them from async bodies and the loop waits with them;
- writes to ``os.devnull`` (pytest's logging plugin has a file handler on it).

Limits: blockbuster sees asyncio event loops only, so under trio (the kernel and
supervision tests run on both backends) nothing is flagged; the asyncio run of the same
test is the check. Blocking done inside C extensions (asyncpg's, uvloop's) is not seen.
"""

from __future__ import annotations

import inspect
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any, Final

from blockbuster import BlockBuster

__all__ = ["ALLOWED", "blocking_detector"]

_ROOT: Final = Path(__file__).resolve().parents[1]
_PACKAGES: Final = tuple(f"{_ROOT / name}{os.sep}" for name in
                         ("runtime", "supervisors", "actors", "config", "chaos", "app", "bench"))
_TESTS: Final = (f"{_ROOT / 'tests'}{os.sep}",)
_ASYNC: Final = inspect.CO_COROUTINE | inspect.CO_ASYNC_GENERATOR | inspect.CO_ITERABLE_COROUTINE
_SYNC_APIS: Final = (f"{_ROOT / 'chaos' / 'services.py'}",)
"""Files whose functions may block whoever calls them (see the module docstring)."""

ALLOWED: Final[tuple[tuple[str, frozenset[str]], ...]] = (
    ("actors/spool/_spool.py", frozenset({"_run"})),
    ("<frozen importlib._bootstrap>", frozenset({"_find_and_load"})),
    ("actors/dialogs/_timezones.py", frozenset({"_zone_info"})),
    ("asyncpg/connect_utils.py", frozenset({"_parse_connect_dsn_and_args",
                                            "_read_password_file"})),
    ("hypothesis/internal/scrutineer.py", frozenset({"trace"})),
)
"""(file suffix, function names): a blocking call with one of these on the stack passes."""


def _our_coroutine_on_stack(roots: tuple[str, ...], frame: FrameType | None) -> bool:
    """Whether a coroutine from ``roots`` is running the call (and no ``_SYNC_APIS``)."""
    found = False
    while frame is not None:
        code = frame.f_code
        if code.co_filename.startswith(_SYNC_APIS):
            return False
        if code.co_flags & _ASYNC and code.co_filename.startswith(roots):
            found = True
        frame = frame.f_back
    return found


def _only_ours(
    roots: tuple[str, ...], may_block: Callable[..., bool], *, devnull: bool = False
) -> Callable[..., bool]:
    """blockbuster's predicate for one function (True: the call may block): its own
    exemptions, then ours."""

    def predicate(*args: Any, **kwargs: Any) -> bool:
        if devnull and args and getattr(args[0], "name", None) == os.devnull:
            return True
        if may_block(*args, **kwargs):
            return True
        return not _our_coroutine_on_stack(roots, sys._getframe(1))

    return predicate


@contextmanager
def blocking_detector() -> Iterator[BlockBuster]:
    """blockbuster, active while the block runs, configured as the module docstring says."""
    detector = BlockBuster()
    for name, function in detector.functions.items():
        roots = _PACKAGES + _TESTS if name == "time.sleep" else _PACKAGES
        function.can_block_predicate = _only_ours(
            roots, function.can_block_predicate,
            devnull=name in ("io.TextIOWrapper.write", "io.BufferedWriter.write"))
        for filename, functions in ALLOWED:
            function.can_block_in(filename, functions)
    detector.activate()
    try:
        yield detector
    finally:
        detector.deactivate()
