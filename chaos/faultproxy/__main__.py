"""``python -m chaos.faultproxy``: run the fault proxy and its HTTP API until SIGINT or
SIGTERM.

Prints one line once the API listens (``<UTC time> faultproxy: API on http://HOST:PORT,
N proxies``), and one per proxy created from ``--config``. Exits 1 with a message when the
port is taken or the config file is wrong.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import signal
import sys
from pathlib import Path

from ._model import API_PORT, ApiError
from ._server import FaultProxy, load_config


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s: %(message)s")
    try:
        config = load_config(args.config) if args.config is not None else None
    except (OSError, ValueError, ApiError) as exc:
        _say(f"error: cannot read {args.config}: {exc}", err=True)
        return 1
    proxy = FaultProxy(host=args.host, port=args.port, seed=args.seed, config=config)
    try:
        asyncio.run(_serve(proxy))
    except OSError as exc:
        _say(f"error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}",
             err=True)
        return 1
    except ApiError as exc:
        _say(f"error: {args.config}: {exc.message}", err=True)
        return 1
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m chaos.faultproxy",
        description="A TCP fault proxy with Toxiproxy's HTTP API.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="API address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=API_PORT,
                        help=f"API port (default {API_PORT}, Toxiproxy's; 0 picks one)")
    parser.add_argument("--config", type=Path, default=None,
                        help="JSON list of proxies to create at start (a /populate body)")
    parser.add_argument("--seed", type=int, default=None,
                        help="seed for toxicity rolls, jitter and slicer cuts")
    return parser


async def _serve(proxy: FaultProxy) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with proxy:
        _say(f"API on {proxy.api_url}, {len(proxy.proxies)} proxies, "
             f"seed {proxy.seed if proxy.seed is not None else 'random'}")
        for p in proxy.proxies.values():
            _say(f"proxy {json.dumps(p.name)} listening on {p.listen} for {p.upstream}")
        await stop.wait()
        _say("stopping")


def _say(text: str, *, err: bool = False) -> None:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    print(f"{stamp} faultproxy: {text}", file=sys.stderr if err else sys.stdout, flush=True)


if __name__ == "__main__":
    sys.exit(main())
