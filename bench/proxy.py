"""Fault proxy pass-through cost: chaos.faultproxy with no toxic against a direct connection.

Run: ``.venv/bin/python bench/proxy.py [--quick] [--reps 3]`` (about 20 s; ``--quick``
about 5 s). The output ends with ONE JSON line of figures, ratios and targets.

Method. Three processes on loopback, as a drill runs them: the upstream server (this
script with ``--serve-upstream``: a blocking thread per connection), the fault proxy
(``python -m chaos.faultproxy --port 0``, stock asyncio loop, one proxy created through
its HTTP API) and the client (this process, blocking sockets, ``perf_counter_ns``). Every
workload runs against the upstream directly and through the proxy in the same repetition,
one after the other; best of ``--reps`` repetitions (MB/s by the highest, latency by the
lowest p50, its p99 with it). Workloads:

* **download**: the server sends ``--mb`` MiB (256; ``--quick`` 32) on one connection,
  the client reads it with ``recv_into`` a 1 MiB buffer: MB/s (10^6 bytes) from the
  request to the last byte;
* **upload**: the client sends as much in 1 MiB ``sendall`` calls, the server reads all
  and acknowledges with one byte: MB/s to the acknowledgement;
* **round trips**: 64 bytes to an echo and back on one connection, ``--trips`` (5000;
  ``--quick`` 500) after 100 unmeasured: p50/p99 µs; the proxy's added latency is its
  p50 (p99) minus the direct p50 (p99);
* **noop stage**: download and round trips again with a ``noop`` toxic in each direction,
  what one toxic stage costs.

The proxy's CPU time over its workloads (psutil) gives CPU seconds per GB moved. JSON keys:
``direct_download_mb_s``, ``proxy_download_mb_s``, ``download_ratio`` (proxy / direct),
the same for ``upload``, ``direct_rtt_p50_us``, ``direct_rtt_p99_us``,
``proxy_rtt_p50_us``, ``proxy_rtt_p99_us``, ``added_p50_us``, ``added_p99_us``,
``noop_download_mb_s``, ``noop_added_p50_us``, ``proxy_cpu_s_per_gb``, ``targets``,
``targets_met``, and the machine (``cpus``, ``loadavg1_before``).

Targets: through the proxy, ≥ 100 MB/s each way and an added p50 ≤ 250 µs, p99 ≤ 1 ms:
what a drill slows is tens of milliseconds, so the proxy with no toxic must not be what a
drill measures. (A bare anyio relay of two copy tasks adds about 80 µs per round trip on
the same machine: the floor for Python on asyncio.)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import select
import socket
import socketserver
import struct
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from time import perf_counter, perf_counter_ns
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
MiB = 1 << 20
HEADER = struct.Struct("!cQ")  # operation, size
PAYLOAD = 64
TARGETS: dict[str, float] = {"proxy_download_mb_s_min": 100.0, "proxy_upload_mb_s_min": 100.0,
                             "added_p50_us_max": 250.0, "added_p99_us_max": 1000.0}


# -- the upstream server (a process of its own) ----------------------------------------------


class _Upstream(socketserver.BaseRequestHandler):
    """``E``: echo until EOF; ``D`` + size: send that many bytes; ``U`` + size: read that
    many bytes, answer ``K``."""

    block = bytes(MiB)

    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        header = _recv_exactly(sock, HEADER.size)
        op, size = HEADER.unpack(header)
        if op == b"E":
            while data := sock.recv(65536):
                sock.sendall(data)
        elif op == b"D":
            view = memoryview(self.block)
            while size > 0:
                sent = sock.send(view[: min(size, MiB)])
                size -= sent
        elif op == b"U":
            buffer = bytearray(MiB)
            while size > 0:
                got = sock.recv_into(buffer, min(size, MiB))
                if not got:
                    return
                size -= got
            sock.sendall(b"K")


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client hanging up mid-transfer is not news


def serve_upstream() -> int:
    server = _Server((HOST, 0), _Upstream)
    print(server.server_address[1], flush=True)
    server.serve_forever()
    return 0


def _recv_exactly(sock: socket.socket, size: int) -> bytes:
    data = bytearray()
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise ConnectionError("closed early")
        data += chunk
    return bytes(data)


# -- the client -------------------------------------------------------------------------------


def _connect(port: int, op: bytes, size: int) -> socket.socket:
    sock = socket.create_connection((HOST, port), timeout=30)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.sendall(HEADER.pack(op, size))
    return sock


def download(port: int, size: int) -> float:
    """MB/s of ``size`` bytes sent by the server."""
    buffer = bytearray(MiB)
    start = perf_counter()
    with _connect(port, b"D", size) as sock:
        left = size
        while left > 0:
            got = sock.recv_into(buffer, min(left, MiB))
            if not got:
                raise ConnectionError("download cut short")
            left -= got
    return size / (perf_counter() - start) / 1e6


def upload(port: int, size: int) -> float:
    """MB/s of ``size`` bytes sent to the server, to its acknowledgement."""
    block = bytes(MiB)
    start = perf_counter()
    with _connect(port, b"U", size) as sock:
        left = size
        while left > 0:
            part = min(left, MiB)
            sock.sendall(block[:part])
            left -= part
        if sock.recv(1) != b"K":
            raise ConnectionError("upload not acknowledged")
    return size / (perf_counter() - start) / 1e6


def round_trips(port: int, count: int) -> list[float]:
    """µs of each of ``count`` 64-byte round trips (after 100 unmeasured ones)."""
    message = b"x" * PAYLOAD
    times: list[float] = []
    with _connect(port, b"E", 0) as sock:
        for i in range(100 + count):
            start = perf_counter_ns()
            sock.sendall(message)
            got = 0
            while got < PAYLOAD:
                got += len(sock.recv(PAYLOAD - got))
            if i >= 100:
                times.append((perf_counter_ns() - start) / 1000)
    return sorted(times)


def percentile(sorted_values: list[float], q: float) -> float:
    """The ``q`` quantile (0..1) of already sorted values, nearest rank."""
    rank = min(len(sorted_values) - 1, max(0, round(q * len(sorted_values)) - 1))
    return sorted_values[rank]


# -- the processes ----------------------------------------------------------------------------


def _first_line(proc: subprocess.Popen[str], what: str, timeout: float = 20) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    if not ready:
        raise RuntimeError(f"{what} printed nothing in {timeout} s")
    return proc.stdout.readline().strip()


def _api(url: str, method: str, path: str, body: Any = None) -> Any:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        raw = answer.read()
    return json.loads(raw) if raw else None


class Setup:
    """The upstream server and the fault proxy, each in its own process."""

    def __init__(self) -> None:
        self.upstream = subprocess.Popen(
            [sys.executable, __file__, "--serve-upstream"], stdout=subprocess.PIPE, text=True)
        self.upstream_port = int(_first_line(self.upstream, "the upstream server"))
        self.faultproxy = subprocess.Popen(
            [sys.executable, "-m", "chaos.faultproxy", "--port", "0"], cwd=ROOT,
            stdout=subprocess.PIPE, text=True)
        line = _first_line(self.faultproxy, "the fault proxy")
        found = re.search(r"API on (http://\S+),", line)
        if not found:
            raise RuntimeError(f"unexpected first line from the fault proxy: {line!r}")
        self.api = found.group(1)
        created = _api(self.api, "POST", "/proxies", {
            "name": "bench", "listen": f"{HOST}:0", "upstream": f"{HOST}:{self.upstream_port}"})
        self.proxy_port = int(created["listen"].rsplit(":", 1)[1])
        self.process = psutil.Process(self.faultproxy.pid)

    def cpu_seconds(self) -> float:
        times = self.process.cpu_times()
        return float(times.user + times.system)

    def set_noop(self, on: bool) -> None:
        for stream in ("upstream", "downstream"):
            if on:
                _api(self.api, "POST", "/proxies/bench/toxics",
                     {"type": "noop", "stream": stream})
            else:
                _api(self.api, "DELETE", f"/proxies/bench/toxics/noop_{stream}")

    def close(self) -> None:
        for proc in (self.faultproxy, self.upstream):
            proc.terminate()
        for proc in (self.faultproxy, self.upstream):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


# -- the run ----------------------------------------------------------------------------------


def measure(setup: Setup, size: int, trips: int, reps: int) -> dict[str, Any]:
    best: dict[str, float] = {}
    rtt: dict[str, list[float]] = {}
    moved = 0
    cpu = 0.0

    def keep_max(key: str, value: float) -> None:
        best[key] = max(best.get(key, 0.0), value)

    def keep_rtt(key: str, values: list[float]) -> None:
        if key not in rtt or percentile(values, 0.5) < percentile(rtt[key], 0.5):
            rtt[key] = values

    for rep in range(reps):
        keep_max("direct_download", download(setup.upstream_port, size))
        keep_max("direct_upload", upload(setup.upstream_port, size))
        keep_rtt("direct", round_trips(setup.upstream_port, trips))
        before = setup.cpu_seconds()
        keep_max("proxy_download", download(setup.proxy_port, size))
        keep_max("proxy_upload", upload(setup.proxy_port, size))
        cpu += setup.cpu_seconds() - before
        moved += 2 * size
        keep_rtt("proxy", round_trips(setup.proxy_port, trips))
        setup.set_noop(True)
        keep_max("noop_download", download(setup.proxy_port, size))
        keep_rtt("noop", round_trips(setup.proxy_port, trips))
        setup.set_noop(False)
        print(f"rep {rep + 1}/{reps}: download direct {best['direct_download']:.0f} MB/s, "
              f"proxy {best['proxy_download']:.0f} MB/s", flush=True)

    def p(key: str, q: float) -> float:
        return percentile(rtt[key], q)

    figures: dict[str, Any] = {
        "direct_download_mb_s": round(best["direct_download"], 1),
        "proxy_download_mb_s": round(best["proxy_download"], 1),
        "download_ratio": round(best["proxy_download"] / best["direct_download"], 3),
        "direct_upload_mb_s": round(best["direct_upload"], 1),
        "proxy_upload_mb_s": round(best["proxy_upload"], 1),
        "upload_ratio": round(best["proxy_upload"] / best["direct_upload"], 3),
        "direct_rtt_p50_us": round(p("direct", 0.5), 1),
        "direct_rtt_p99_us": round(p("direct", 0.99), 1),
        "proxy_rtt_p50_us": round(p("proxy", 0.5), 1),
        "proxy_rtt_p99_us": round(p("proxy", 0.99), 1),
        "added_p50_us": round(p("proxy", 0.5) - p("direct", 0.5), 1),
        "added_p99_us": round(p("proxy", 0.99) - p("direct", 0.99), 1),
        "noop_download_mb_s": round(best["noop_download"], 1),
        "noop_added_p50_us": round(p("noop", 0.5) - p("direct", 0.5), 1),
        "proxy_cpu_s_per_gb": round(cpu / (moved / 1e9), 2),
        "size_mib": size // MiB,
        "trips": trips,
        "reps": reps,
    }
    return figures


def check_targets(figures: dict[str, Any]) -> dict[str, bool]:
    return {
        "proxy_download_mb_s": figures["proxy_download_mb_s"] >= TARGETS["proxy_download_mb_s_min"],
        "proxy_upload_mb_s": figures["proxy_upload_mb_s"] >= TARGETS["proxy_upload_mb_s_min"],
        "added_p50_us": figures["added_p50_us"] <= TARGETS["added_p50_us_max"],
        "added_p99_us": figures["added_p99_us"] <= TARGETS["added_p99_us_max"],
    }


def show(f: dict[str, Any]) -> None:
    print(f"{'':14}{'direct':>12}{'proxy':>12}{'ratio':>8}")
    print(f"{'download MB/s':14}{f['direct_download_mb_s']:>12}{f['proxy_download_mb_s']:>12}"
          f"{f['download_ratio']:>8}")
    print(f"{'upload MB/s':14}{f['direct_upload_mb_s']:>12}{f['proxy_upload_mb_s']:>12}"
          f"{f['upload_ratio']:>8}")
    print(f"{'rtt p50 µs':14}{f['direct_rtt_p50_us']:>12}{f['proxy_rtt_p50_us']:>12}"
          f"{'+' + str(f['added_p50_us']):>8}")
    print(f"{'rtt p99 µs':14}{f['direct_rtt_p99_us']:>12}{f['proxy_rtt_p99_us']:>12}"
          f"{'+' + str(f['added_p99_us']):>8}")
    print(f"one noop toxic each way: download {f['noop_download_mb_s']} MB/s, "
          f"added p50 {f['noop_added_p50_us']} µs; proxy CPU {f['proxy_cpu_s_per_gb']} s/GB")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--quick", action="store_true", help="small sizes (a few seconds)")
    p.add_argument("--reps", type=int, default=3, help="repetitions (the best is reported)")
    p.add_argument("--mb", type=int, default=None, help="MiB per bulk transfer (256; quick 32)")
    p.add_argument("--trips", type=int, default=None, help="round trips (5000; quick 500)")
    p.add_argument("--serve-upstream", action="store_true", help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if a.serve_upstream:
        return serve_upstream()
    size = (a.mb or (32 if a.quick else 256)) * MiB
    trips = a.trips or (500 if a.quick else 5000)
    figures: dict[str, Any] = {"loadavg1_before": round(os.getloadavg()[0], 2),
                               "cpus": os.cpu_count(), "python": platform.python_version(),
                               "started_at": time.strftime("%Y-%m-%dT%H:%M:%S")}
    setup = Setup()
    try:
        figures.update(measure(setup, size, trips, max(1, a.reps)))
    finally:
        setup.close()
    show(figures)
    figures["targets"] = TARGETS
    figures["targets_met"] = check_targets(figures)
    print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
