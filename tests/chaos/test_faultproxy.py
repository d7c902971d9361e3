"""chaos.faultproxy's proxying and toxics, measured over loopback against an echo server.

The proxy runs without its HTTP API here (``FaultProxy(port=None)``), so these tests run on
both anyio backends; the API, the third-party clients and PostgreSQL are in the other
``test_faultproxy_*`` modules. Timings are measured with ``perf_counter`` against the same
echo server reached directly. Every test is bounded by ``fail_after``.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import itertools
import random
import socket
import statistics
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
import pytest
import trio
import trio.testing
from anyio.abc import SocketAttribute, SocketStream

from chaos.faultproxy import FaultProxy, Proxy
from chaos.faultproxy._pipe import Chunk, End, Pipe
from chaos.faultproxy._toxics import Stub, bandwidth, latency, slice_offsets

pytestmark = pytest.mark.anyio

HOST = "127.0.0.1"


# -- helpers (the other test_faultproxy modules import them) ----------------------------------


@asynccontextmanager
async def echo_server() -> AsyncIterator[int]:
    """An echo server on loopback: every byte back, and it closes when the client does."""

    async def handle(stream: SocketStream) -> None:
        async with stream:
            with contextlib.suppress(anyio.EndOfStream, anyio.BrokenResourceError):
                while True:
                    await stream.send(await stream.receive())

    listener = await anyio.create_tcp_listener(local_host=HOST, local_port=0)
    async with listener, anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, handle)
        yield int(listener.extra(SocketAttribute.local_port))
        tg.cancel_scope.cancel()


@asynccontextmanager
async def proxied_echo(seed: int = 1) -> AsyncIterator[tuple[FaultProxy, Proxy, int]]:
    """A fault proxy (no HTTP API) with one proxy ``echo`` in front of an echo server:
    yields the fault proxy, the proxy and the echo server's own port."""
    async with echo_server() as port, FaultProxy(port=None, seed=seed) as fp:
        proxy = await fp.create_proxy("echo", upstream=f"{HOST}:{port}")
        yield fp, proxy, port


async def receive_exactly(stream: SocketStream, size: int) -> bytes:
    got = bytearray()
    while len(got) < size:
        got += await stream.receive()
    return bytes(got)


async def round_trip(stream: SocketStream, payload: bytes = b"ping" * 8) -> float:
    """Seconds for ``payload`` to come back through ``stream``."""
    start = time.perf_counter()
    await stream.send(payload)
    await receive_exactly(stream, len(payload))
    return time.perf_counter() - start


async def median_round_trip(port: int, count: int) -> float:
    async with await anyio.connect_tcp(HOST, port) as stream:
        await round_trip(stream)  # connection set up, nothing cold
        return statistics.median([await round_trip(stream) for _ in range(count)])


async def closed_within(stream: SocketStream, seconds: float) -> bool:
    """True when the peer closed ``stream`` (EOF or reset) within ``seconds``; data that
    arrives in the meantime is discarded."""
    with anyio.move_on_after(seconds):
        try:
            while True:
                await stream.receive()
        except (anyio.EndOfStream, anyio.BrokenResourceError):
            return True
    return False


# -- plain proxying -------------------------------------------------------------------------


async def test_bytes_pass_unchanged_both_ways() -> None:
    with anyio.fail_after(10):
        async with proxied_echo() as (_, proxy, _port):
            async with await anyio.connect_tcp(HOST, proxy.listen_port) as stream:
                payload = random.Random(1).randbytes(200_000)
                await stream.send(payload)
                assert await receive_exactly(stream, len(payload)) == payload

            assert proxy.listen.startswith(f"{HOST}:")
            assert proxy.listen_port != 0
            assert proxy.stats.links["upstream"].sent == len(payload)
            assert proxy.stats.links["downstream"].sent == len(payload)


async def test_the_client_end_reaches_the_server_and_back() -> None:
    with anyio.fail_after(10):
        async with proxied_echo() as (_, proxy, _port), \
                await anyio.connect_tcp(HOST, proxy.listen_port) as stream:
            await stream.send(b"last words")
            await stream.send_eof()  # the echo server answers, then closes on EOF
            assert await receive_exactly(stream, 10) == b"last words"
            assert await closed_within(stream, 2)


async def test_an_unreachable_upstream_closes_the_client() -> None:
    with anyio.fail_after(10):
        unused = socket.socket()
        unused.bind((HOST, 0))
        port = unused.getsockname()[1]
        unused.close()  # nothing listens there now
        async with FaultProxy(port=None) as fp:
            proxy = await fp.create_proxy("nowhere", upstream=f"{HOST}:{port}")
            async with await anyio.connect_tcp(HOST, proxy.listen_port) as stream:
                assert await closed_within(stream, 3)
            assert proxy.stats.upstream_failures == 1


async def test_disabling_closes_listener_and_connections_and_enabling_reuses_the_port() -> None:
    with anyio.fail_after(10):
        async with proxied_echo() as (fp, proxy, _port):
            port = proxy.listen_port
            async with await anyio.connect_tcp(HOST, port) as stream:
                await round_trip(stream)

                await fp.disable("echo")

                assert await closed_within(stream, 2)
            with pytest.raises(OSError):
                await anyio.connect_tcp(HOST, port)
            assert not proxy.enabled

            await fp.enable("echo")

            assert proxy.listen_port == port
            assert await median_round_trip(port, 3) < 0.05


# -- latency --------------------------------------------------------------------------------


async def test_latency_adds_its_setting_to_each_round_trip_within_5_ms() -> None:
    with anyio.fail_after(20):
        async with proxied_echo() as (fp, proxy, port):
            direct = await median_round_trip(port, 20)
            await fp.add_toxic("echo", "latency", attributes={"latency": 100})

            lagged = await median_round_trip(proxy.listen_port, 10)

            added_ms = (lagged - direct) * 1000
            assert abs(added_ms - 100) <= 5, f"added {added_ms:.2f} ms for a 100 ms toxic"


async def test_latency_reaches_live_connections_and_updates_and_removal_apply_to_them() -> None:
    with anyio.fail_after(20):
        async with proxied_echo() as (fp, proxy, _port):
            async with await anyio.connect_tcp(HOST, proxy.listen_port) as stream:
                assert min([await round_trip(stream) for _ in range(3)]) < 0.05  # no toxic yet

                await fp.add_toxic("echo", "latency", stream="upstream",
                                   attributes={"latency": 60})
                upstream_lag = await round_trip(stream)
                await fp.update_toxic("echo", "latency_upstream", attributes={"latency": 150})
                updated_lag = await round_trip(stream)
                await fp.remove_toxic("echo", "latency_upstream")
                after = min([await round_trip(stream) for _ in range(3)])

            # Lower bounds are exact (nothing leaves before its time); the upper ones leave
            # room for a loaded machine, and still tell 60 ms from 150 ms.
            assert 0.060 <= upstream_lag <= 0.120
            assert 0.150 <= updated_lag <= 0.220
            assert after < 0.05


async def test_jitter_spreads_round_trips_over_latency_plus_or_minus_jitter() -> None:
    with anyio.fail_after(20):
        async with proxied_echo(seed=3) as (fp, proxy, _port):
            await fp.add_toxic("echo", "latency", attributes={"latency": 60, "jitter": 30})
            async with await anyio.connect_tcp(HOST, proxy.listen_port) as stream:
                lags = [await round_trip(stream) for _ in range(12)]

            assert min(lags) >= 0.030, lags  # never earlier than latency - jitter
            assert 0.040 <= statistics.median(lags) <= 0.080, lags
            assert max(lags) - min(lags) > 0.010, lags


# -- bandwidth ------------------------------------------------------------------------------


async def test_bandwidth_paces_to_its_rate_within_10_percent() -> None:
    rate_kb_s, size = 512, 512_000  # about one second of data
    with anyio.fail_after(20):
        async with proxied_echo() as (fp, proxy, _port):
            await fp.add_toxic("echo", "bandwidth", attributes={"rate": rate_kb_s})
            payload = random.Random(2).randbytes(size)
            async with await anyio.connect_tcp(HOST, proxy.listen_port) as stream:
                start = time.perf_counter()
                async with anyio.create_task_group() as tg:
                    tg.start_soon(stream.send, payload)
                    echoed = await receive_exactly(stream, size)
                elapsed = time.perf_counter() - start

            measured = size / elapsed / 1000
            assert echoed == payload
            assert abs(measured - rate_kb_s) <= 0.10 * rate_kb_s, f"{measured:.1f} KB/s"


# -- timeout, reset_peer, limit_data, slow_close, slicer -----------------------------------


async def test_timeout_zero_is_a_black_hole_and_removing_it_closes_the_connection() -> None:
    with anyio.fail_after(20):
        async with proxied_echo() as (fp, proxy, _port):
            async with await anyio.connect_tcp(HOST, proxy.listen_port) as stream:
                await round_trip(stream)
                await fp.add_toxic("echo", "timeout", attributes={"timeout": 0})
                await stream.send(b"into the void")

                nothing: list[bytes] = []
                with anyio.move_on_after(0.6):
                    nothing.append(await stream.receive())  # neither data nor EOF
                assert nothing == []
                await stream.send(b"still accepted")  # TCP is up: the proxy reads on

                await fp.remove_toxic("echo", "timeout_downstream")

                # As Toxiproxy (TimeoutToxic.Cleanup): the held connection is closed, and
                # what was sent meanwhile never comes back.
                with anyio.fail_after(2):
                    with pytest.raises((anyio.EndOfStream, anyio.BrokenResourceError)):
                        await stream.receive()
            assert proxy.stats.closed_by_toxic == {"timeout": 1}
            assert await median_round_trip(proxy.listen_port, 3) < 0.05  # new ones flow


async def test_timeout_closes_the_connection_after_its_delay_without_data() -> None:
    with anyio.fail_after(10):
        async with proxied_echo() as (fp, proxy, _port):
            await fp.add_toxic("echo", "timeout", attributes={"timeout": 200})
            async with await anyio.connect_tcp(HOST, proxy.listen_port) as stream:
                start = time.perf_counter()
                await stream.send(b"dropped")
                assert await closed_within(stream, 2)
                elapsed = time.perf_counter() - start

            assert 0.19 <= elapsed <= 0.5


def _blocking_round_trip_error(port: int) -> OSError | None:
    """Send through a plain blocking socket and read: the error the kernel reports."""
    with socket.create_connection((HOST, port), timeout=5) as sock:
        sock.sendall(b"hello")
        try:
            while sock.recv(100):
                pass
        except OSError as exc:
            return exc
    return None


async def test_reset_peer_gives_the_client_econnreset() -> None:
    with anyio.fail_after(10):
        async with proxied_echo() as (fp, proxy, _port):
            await fp.add_toxic("echo", "reset_peer", attributes={"timeout": 100})

            start = time.perf_counter()
            failure = await anyio.to_thread.run_sync(
                _blocking_round_trip_error, proxy.listen_port)
            elapsed = time.perf_counter() - start

            assert isinstance(failure, ConnectionResetError), failure
            assert failure.errno == errno.ECONNRESET
            assert 0.09 <= elapsed <= 1.0
            assert proxy.stats.closed_by_toxic == {"reset_peer": 1}


async def test_limit_data_passes_that_many_bytes_then_closes() -> None:
    with anyio.fail_after(10):
        async with proxied_echo() as (fp, proxy, _port):
            await fp.add_toxic("echo", "limit_data", attributes={"bytes": 1000})
            async with await anyio.connect_tcp(HOST, proxy.listen_port) as stream:
                await stream.send(bytes(range(256)) * 10)
                got = bytearray()
                with contextlib.suppress(anyio.EndOfStream, anyio.BrokenResourceError):
                    while True:
                        got += await stream.receive()

            assert bytes(got) == (bytes(range(256)) * 10)[:1000]


async def test_slow_close_holds_the_end_of_the_stream() -> None:
    with anyio.fail_after(10):
        async with proxied_echo() as (fp, proxy, _port):
            await fp.add_toxic("echo", "slow_close", attributes={"delay": 300})
            async with await anyio.connect_tcp(HOST, proxy.listen_port) as stream:
                await stream.send(b"bye")
                await stream.send_eof()
                echoed = await receive_exactly(stream, 3)
                start = time.perf_counter()
                assert await closed_within(stream, 2)
                held = time.perf_counter() - start

            assert echoed == b"bye"
            assert 0.25 <= held <= 0.6


async def test_slicer_delivers_small_pieces_with_a_delay_between_them() -> None:
    with anyio.fail_after(10):
        async with proxied_echo() as (fp, proxy, _port):
            await fp.add_toxic("echo", "slicer", attributes={
                "average_size": 100, "size_variation": 20, "delay": 5000})
            payload = random.Random(4).randbytes(2000)
            async with await anyio.connect_tcp(HOST, proxy.listen_port) as stream:
                start = time.perf_counter()
                await stream.send(payload)
                pieces: list[bytes] = []
                while sum(map(len, pieces)) < len(payload):
                    pieces.append(await stream.receive())
                elapsed = time.perf_counter() - start

            assert b"".join(pieces) == payload
            assert len(pieces) >= 12  # about 20 pieces of 100 ± 20 bytes
            assert max(map(len, pieces)) <= 240
            assert elapsed >= 0.06  # 5 ms after each piece


# -- splicing under load, toxicity ----------------------------------------------------------


async def test_no_byte_is_lost_or_reordered_while_toxics_come_and_go_mid_stream() -> None:
    """4 MB through the echo, both ways at once, while latency and slicer toxics are added,
    updated and removed on both streams every few milliseconds."""
    data = random.Random(5).randbytes(4_000_000)
    with anyio.fail_after(60):
        async with proxied_echo(seed=9) as (fp, proxy, _port):
            got = bytearray()
            changes = 0
            async with await anyio.connect_tcp(HOST, proxy.listen_port) as stream:

                async def send() -> None:
                    for i in range(0, len(data), 10_000):
                        await stream.send(data[i:i + 10_000])
                        if i % 50_000 == 0:
                            await anyio.sleep(0.02)  # about two seconds of stream

                async def receive() -> None:
                    while len(got) < len(data):
                        got.extend(await stream.receive())

                async def meddle() -> None:
                    nonlocal changes
                    rng = random.Random(6)
                    while len(got) < len(data):
                        stream_ = rng.choice(["upstream", "downstream"])
                        kind = rng.choice(["latency", "slicer"])
                        name = f"{kind}_{stream_}"
                        if proxy.find_toxic(name) is None:
                            attrs = ({"latency": rng.randint(1, 20), "jitter": 3}
                                     if kind == "latency" else
                                     {"average_size": rng.randint(100, 3000),
                                      "size_variation": 50, "delay": rng.randint(0, 50)})
                            await fp.add_toxic("echo", kind, stream=stream_, attributes=attrs)
                        elif kind == "latency" and rng.random() < 0.3:
                            await fp.update_toxic("echo", name,
                                                  attributes={"latency": rng.randint(1, 20)})
                        else:
                            await fp.remove_toxic("echo", name)
                        changes += 1
                        await anyio.sleep(rng.uniform(0.001, 0.01))

                async with anyio.create_task_group() as tg:
                    tg.start_soon(send)
                    tg.start_soon(receive)
                    tg.start_soon(meddle)

    assert len(got) == len(data)
    assert hashlib.sha256(got).hexdigest() == hashlib.sha256(data).hexdigest()
    assert changes >= 100


async def _lagged_connections(seed: int, count: int) -> list[bool]:
    async with proxied_echo(seed=seed) as (fp, proxy, _port):
        await fp.add_toxic("echo", "latency", toxicity=0.5, attributes={"latency": 80})
        pattern = []
        for _ in range(count):
            async with await anyio.connect_tcp(HOST, proxy.listen_port) as stream:
                pattern.append(await round_trip(stream) > 0.04)
        return pattern


async def test_toxicity_is_rolled_per_connection_from_the_seed() -> None:
    with anyio.fail_after(30):
        first = await _lagged_connections(seed=11, count=12)
        again = await _lagged_connections(seed=11, count=12)

    assert first == again  # the same seed, the same connections lagged
    assert 2 <= sum(first) <= 10, first  # about half


# -- the toxics on anyio's clock, without sockets ------------------------------------------


def test_latency_and_bandwidth_run_on_the_anyio_clock() -> None:
    """Under trio's MockClock (virtual time) a 100 ms latency is exactly 100 ms after the
    chunk's stamp, and 250 KB at 100 KB/s leave in 100 ms pieces over 2.5 s."""

    async def main() -> None:
        rng = random.Random(0)
        into, out = Pipe(1024), Pipe(1)
        stub = Stub(into, out, rng)
        async with anyio.create_task_group() as tg:
            tg.start_soon(latency, stub, {"latency": 100, "jitter": 0})
            start = anyio.current_time()
            await into.put(Chunk(b"a", start))
            await into.put(Chunk(b"b", start + 0.03))
            first, second = await out.get(), await out.get()
            assert isinstance(first, Chunk)
            assert isinstance(second, Chunk)
            assert first.stamp == pytest.approx(start + 0.1)
            assert second.stamp == pytest.approx(start + 0.13)
            assert anyio.current_time() == pytest.approx(start + 0.13)
            tg.cancel_scope.cancel()

        into, out = Pipe(1), Pipe(1)
        async with anyio.create_task_group() as tg:
            tg.start_soon(bandwidth, Stub(into, out, rng), {"rate": 100})
            start = anyio.current_time()
            await into.put(Chunk(bytes(250_000), start))
            await into.put(End("eof"))
            sizes, times = [], []
            while not isinstance(item := await out.get(), End):
                sizes.append(len(item.data))
                times.append(round(anyio.current_time() - start, 6))
            assert sizes == [10_000] * 25
            assert times == [round(0.1 * i, 6) for i in range(1, 26)]

    trio.run(main, clock=trio.testing.MockClock(autojump_threshold=0))


def test_slices_cover_the_chunk_in_order_within_the_size_range() -> None:
    rng = random.Random(1)
    for size in (1, 99, 100, 101, 65_536):
        cuts = slice_offsets(0, size, 100, 20, rng)
        assert cuts[0] == 0
        assert cuts[-1] == size
        pieces = [b - a for a, b in itertools.pairwise(cuts)]
        assert all(p > 0 for p in pieces)
        assert all(p <= 120 for p in pieces)
    assert slice_offsets(0, 10, 0, 0, rng) == list(range(11))  # degenerate average: bytes


async def test_a_pipe_spliced_out_keeps_every_item_in_order() -> None:
    with anyio.fail_after(5):
        into, out = Pipe(2), Pipe(1)
        await out.put(Chunk(b"1", 0))
        await into.put(Chunk(b"3", 0))
        await into.put(Chunk(b"4", 0))
        got = []
        async with anyio.create_task_group() as tg:
            tg.start_soon(into.put, Chunk(b"5", 0))  # waits: the pipe is full
            await anyio.wait_all_tasks_blocked()
            into.forward_to(out, [Chunk(b"2", 0)])  # "2" was held by the removed stage
            while len(got) < 5:  # the waiting put lands in ``out``, after the rest
                item = await out.get()
                assert isinstance(item, Chunk)
                got.append(item.data)
        assert got == [b"1", b"2", b"3", b"4", b"5"]
        assert into.target() is out
