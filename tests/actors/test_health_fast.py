"""The probes' fast path (``actors/health/_fast.py``) in the real application tree: a
complete ``GET /health/live`` or ``/health/ready`` is answered with the bytes the bot's
loop rendered (no aiohttp: no ``Server`` header), the same status and body aiohttp gives,
counted in the request metrics; keep-alive and ``Connection: close`` are honoured; what
is not a plain probe request (a query, a split or pipelined request) goes to aiohttp;
a kept-alive probe connection's idle time starts again at each answer. Raw sockets, so
the bytes on the wire are what is checked."""

from __future__ import annotations

from pathlib import Path

import anyio
import pytest
from anyio.abc import SocketStream

from chaos.emulators.telegram import TelegramEmulator
from tests.actors.test_health import published, running, settings_for, telegram

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

__all__ = ["telegram"]  # the fixture, used by name


async def exchange(stream: SocketStream, request: bytes, responses: int = 1) -> list[bytes]:
    """Send ``request``; read ``responses`` whole responses (by Content-Length)."""
    await stream.send(request)
    buffer = b""
    found: list[bytes] = []
    with anyio.fail_after(5):
        while len(found) < responses:
            end = buffer.find(b"\r\n\r\n")
            if end >= 0:
                head = buffer[:end].decode()
                length = next(int(line.split(":", 1)[1]) for line in head.split("\r\n")
                              if line.lower().startswith("content-length:"))
                if len(buffer) >= end + 4 + length:
                    found.append(buffer[:end + 4 + length])
                    buffer = buffer[end + 4 + length:]
                    continue
            buffer += await stream.receive()
    return found


def split(response: bytes) -> tuple[str, dict[str, str], bytes]:
    head, body = response.split(b"\r\n\r\n", 1)
    status, *lines = head.decode().split("\r\n")
    return status, {k.lower(): v.strip() for k, v in (ln.split(":", 1) for ln in lines)}, body


def get(path: str, *headers: str) -> bytes:
    return (f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n" + "".join(h + "\r\n" for h in headers)
            + "\r\n").encode()


async def test_probes_are_answered_from_the_rendered_bytes_as_aiohttp_would(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    async with running(settings_for(tmp_path, telegram), telegram) as bot:
        port = bot.http.base_url.port
        assert port is not None
        await published()
        async with await anyio.connect_tcp("127.0.0.1", port) as stream:
            fast = [split(r)[0:3] for path in ("/health/live", "/health/ready")
                    for r in await exchange(stream, get(path))]
            again = split((await exchange(stream, get("/health/live")))[0])  # kept alive
        async with await anyio.connect_tcp("127.0.0.1", port) as stream:
            slow = [split(r) for path in ("/health/live?via=aiohttp", "/health/ready?x=1")
                    for r in await exchange(stream, get(path))]
        scrape = (await bot.get("/metrics")).text

    for (status, headers, body), (slow_status, slow_headers, slow_body) in zip(
            fast, slow, strict=True):
        assert status == slow_status == "HTTP/1.1 200 OK"
        assert body == slow_body
        assert headers["content-type"] == slow_headers["content-type"] == "application/json"
        assert int(headers["content-length"]) == len(body)
        assert "date" in headers
        assert "server" not in headers  # not aiohttp's
        assert "server" in slow_headers
    assert fast[0][2].startswith(b'{"status":"alive"')
    assert again[0] == "HTTP/1.1 200 OK"
    assert 'fe_http_requests_total{handler="/health/live",method="GET",status="200"} 3.0' \
        in scrape


async def test_connection_close_is_answered_and_the_connection_closed(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    async with running(settings_for(tmp_path, telegram), telegram) as bot:
        port = bot.http.base_url.port
        assert port is not None
        await published()
        async with await anyio.connect_tcp("127.0.0.1", port) as stream:
            [response] = await exchange(stream, get("/health/ready", "Connection: close"))
            with anyio.fail_after(2), pytest.raises(anyio.EndOfStream):
                await stream.receive()

    status, headers, _ = split(response)
    assert status == "HTTP/1.1 200 OK"
    assert headers["connection"] == "close"
    assert "server" not in headers


async def test_split_and_pipelined_requests_go_to_aiohttp_and_are_answered(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    async with running(settings_for(tmp_path, telegram), telegram) as bot:
        port = bot.http.base_url.port
        assert port is not None
        await published()
        async with await anyio.connect_tcp("127.0.0.1", port) as stream:
            request = get("/health/live")
            await stream.send(request[:10])
            await anyio.sleep(0.05)
            [split_answer] = await exchange(stream, request[10:])
        async with await anyio.connect_tcp("127.0.0.1", port) as stream:
            pipelined = await exchange(stream, get("/health/live") + get("/health/ready"), 2)

    assert split(split_answer)[0] == "HTTP/1.1 200 OK"
    assert "server" in split(split_answer)[1]  # aiohttp's
    assert [split(r)[0] for r in pipelined] == ["HTTP/1.1 200 OK"] * 2
    assert all("server" in split(r)[1] for r in pipelined)


async def test_a_probe_connection_kept_alive_stays_while_used_and_closes_when_idle(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    async with running(settings_for(tmp_path, telegram), telegram, idle_timeout=0.5) as bot:
        port = bot.http.base_url.port
        assert port is not None
        await published()
        async with await anyio.connect_tcp("127.0.0.1", port) as stream:
            answers = []
            for _ in range(8):  # 2.4 s: longer than the idle time plus a sweep
                answers += await exchange(stream, get("/health/live"))
                await anyio.sleep(0.3)
            with anyio.fail_after(3), pytest.raises(anyio.EndOfStream):
                await stream.receive()  # silent now: closed after 0.5 s and a sweep

    assert [split(r)[0] for r in answers] == ["HTTP/1.1 200 OK"] * 8
