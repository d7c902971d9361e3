"""``python -m chaos.emulators.anthropic``: run the emulator until SIGINT or SIGTERM.

Prints its base URL (one line, flushed) once it is listening; never prints the key. The
key comes from ``--api-key-env`` (the name of an environment variable, default
``FE_ANTHROPIC_EMULATOR_KEY``) and is ``test-key`` when that variable is unset, so no key
ever appears on a command line.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal

from ._server import AnthropicEmulator

DEFAULT_KEY_ENV = "FE_ANTHROPIC_EMULATOR_KEY"
DEFAULT_KEY = "test-key"


def main(argv: list[str] | None = None) -> None:
    """Parse arguments and serve until a stop signal."""
    args = _parser().parse_args(argv)
    key = os.environ.get(args.api_key_env) or DEFAULT_KEY
    asyncio.run(_serve(AnthropicEmulator(port=args.port, api_key=key, seed=args.seed)))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m chaos.emulators.anthropic",
        description="Emulated Anthropic Messages API on 127.0.0.1.",
    )
    parser.add_argument("--port", type=int, default=0, help="port to bind (0: any free one)")
    parser.add_argument("--seed", type=int, default=0, help="seed for probabilistic faults")
    parser.add_argument(
        "--api-key-env",
        default=DEFAULT_KEY_ENV,
        help=f"environment variable holding the accepted key (unset: {DEFAULT_KEY!r})",
    )
    return parser


async def _serve(emulator: AnthropicEmulator) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with emulator:
        print(emulator.base_url, flush=True)
        await stop.wait()


if __name__ == "__main__":
    main()
