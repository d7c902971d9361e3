"""A flood of idle and slow clients against a TCP port, in a process of its own so it
does not share an event loop (or a GIL) with the emulator and the load of a test:
``python -m tests.chaos.flood_clients PORT CLIENTS SECONDS [REOPEN]``.

Half the clients connect and stay silent, half send a request line and then one header
line a second without ever finishing the request; each one connects again ``REOPEN``
seconds (1) after the server closes its connection. It prints ``ready`` once every
client has connected once, and after ``SECONDS`` one JSON line of counts: connections
opened, failed to connect, closed by the server, and the most open at once.
"""

from __future__ import annotations

import json
import resource
import sys
from dataclasses import asdict, dataclass

import anyio


@dataclass
class Counts:
    opened: int = 0
    failed: int = 0
    closed_by_server: int = 0
    open_now: int = 0
    most_open: int = 0


async def client(port: int, slow: bool, reopen: float, counts: Counts) -> None:
    while True:
        try:
            with anyio.fail_after(5):
                stream = await anyio.connect_tcp("127.0.0.1", port)
        except (OSError, TimeoutError):
            counts.failed += 1
            await anyio.sleep(reopen)
            continue
        counts.opened += 1
        counts.open_now += 1
        counts.most_open = max(counts.most_open, counts.open_now)
        try:
            async with stream:
                if slow:
                    await stream.send(b"GET /health HTTP/1.1\r\nHost: flood\r\n")
                while True:
                    with anyio.move_on_after(1.0):
                        await stream.receive()  # an answer (503) or the close: done
                        break
                    if slow:
                        await stream.send(b"X-Slow: 1\r\n")
        except (anyio.EndOfStream, anyio.BrokenResourceError, OSError):
            pass
        finally:
            counts.open_now -= 1
        counts.closed_by_server += 1
        await anyio.sleep(reopen)


async def flood(port: int, clients: int, seconds: float, reopen: float) -> Counts:
    counts = Counts()
    async with anyio.create_task_group() as tg:
        for n in range(clients):
            tg.start_soon(client, port, n % 2 == 1, reopen, counts)
        with anyio.fail_after(30):
            while counts.opened < clients:
                await anyio.sleep(0.05)
        print("ready", flush=True)
        await anyio.sleep(seconds)
        tg.cancel_scope.cancel()
    return counts


def main(argv: list[str]) -> int:
    port, clients, seconds = int(argv[0]), int(argv[1]), float(argv[2])
    reopen = float(argv[3]) if len(argv) > 3 else 1.0
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < clients + 64:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, clients + 1024), hard))
    counts = anyio.run(flood, port, clients, seconds, reopen)
    print(json.dumps(asdict(counts)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
