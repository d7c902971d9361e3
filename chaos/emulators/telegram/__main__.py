"""``python -m chaos.emulators.telegram``: run the emulator until SIGINT/SIGTERM.

Prints one line with the base URL (never the token) once it listens, so a parent process
can read the port: ``telegram emulator: http://127.0.0.1:PORT bots=123456789``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys

from ._server import DEFAULT_TOKEN, TelegramEmulator


def _args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m chaos.emulators.telegram")
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to bind")
    parser.add_argument("--port", type=int, default=8081, help="0 picks a free port")
    parser.add_argument(
        "--token",
        action="append",
        help="accepted bot token (repeatable); default: the built-in test token",
    )
    parser.add_argument("--no-flood", action="store_true", help="switch flood control off")
    parser.add_argument("--seed", type=int, default=0, help="seed for ids and fault dice")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every call")
    return parser.parse_args(argv)


async def _serve(args: argparse.Namespace) -> None:
    emulator = TelegramEmulator(
        args.token or [DEFAULT_TOKEN],
        host=args.host,
        port=args.port,
        seed=args.seed,
        flood=not args.no_flood,
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    async with emulator:
        bots = ",".join(str(bot_id) for bot_id in emulator.bot_ids)
        print(f"telegram emulator: {emulator.base_url} bots={bots}", flush=True)
        await stop.wait()


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        asyncio.run(_serve(args))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
