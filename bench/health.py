"""Health endpoint latency while the bot is saturated: p50/p99/max of ``/health/live``,
``/health/ready``, ``/health`` and ``/metrics`` idle and with more updates offered than
the bot can handle, and each p99's ratio saturated/idle (the target: the probes' p99
within 10 ms when saturated).

Run: ``.venv/bin/python bench/health.py [--rate 3000] [--seconds 10] [--reps 3]
[--server fast|aiohttp|both] [--quick]`` (about 25 s a repetition; ``--quick`` one short
repetition). The bot, the load driver with the Telegram emulator, and the prober run in
three processes; the bot is pinned to one core, the driver and the prober to the others
(``--no-pin``: not pinned), as bench/e2e.py does. Each repetition starts a fresh bot and
reports load1, CPU steal and how much of the bot's core other processes took; the
summary is the median over repetitions (per server variant with ``--server both``,
which alternates the fast path and aiohttp-only between repetitions). The last line of
the output is one JSON object. See docs/benchmarks.md, section "Health endpoints under
load (`bench/health.py`)".
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import logging
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ENDPOINTS = ("/health/live", "/health/ready", "/health", "/metrics")
PROBES = ("/health/live", "/health/ready")
CONTROL = "control"
"""The control server (``serve_control``): a process of its own beside the bot."""
TARGET_P99_MS = 10.0
"""The probes' p99 when the bot is saturated."""
ADMIN_TOKEN = "bench-health-admin-token"
TOKEN = "123456789:BENCHHEALTHTOKENabcdefghijklmnopqrs"
SCRIPT = str(Path(__file__).resolve())


def load_e2e() -> ModuleType:
    """bench/e2e.py as a module: its emulator, workload and machine-noise helpers."""
    name = "bench_e2e_for_health"
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "e2e.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


# -- role: the bot ------------------------------------------------------------------------


async def serve_bot(base_url: str, workdir: str, port: int, chats: int, server: str,
                    switch_interval: float | None, probe_port: int | None) -> int:
    import anyio

    from actors.dialogs import Child, Family, MemoryFamilyStore
    from actors.health import HealthServer, Metrics
    from app import run_bot
    from config.settings import load_settings
    from supervisors import start_child, worker

    pauses = watch_gc(Path(workdir) / "gc.json")
    if switch_interval is not None:  # an experiment; the health thread lowers it to 1 ms
        sys.setswitchinterval(switch_interval)
    e2e = load_e2e()
    settings = load_settings(env={}, overrides={
        "telegram": {"base_url": base_url, "global_rate": 0.0, "chat_rate": 0.0,
                     "journal_dir": workdir + "/journal", "poll_limit": 100},
        "database": {"spool_dir": workdir + "/spool"},
        "health": {"enabled": False},  # the benchmark starts its own, on a free port
        "logging": {"level": "WARNING"},
    })
    store = MemoryFamilyStore()
    for index in range(chats):
        language = e2e.language_of(index)
        child = Child(id=1, name="Sam", age=e2e.age_of(index))
        await store.put(Family(chat_id=e2e.FIRST_CHAT + index, language=language,
                               children=(child,), step="ready"))
    metrics = Metrics()

    async def beside(app: Any, system: Any) -> None:
        def make() -> HealthServer:
            return HealthServer(app, metrics, port=port, token=ADMIN_TOKEN,
                                fast_probes=server != "aiohttp",
                                probe_port=probe_port if server == "process" else None)

        await start_child(system.ref("ops"), worker("health", make))
        pauses.arm()  # from now on: not the start-up's own collect() before gc.freeze()
        print("health-ready", flush=True)
        await anyio.sleep_forever()

    try:
        return await run_bot(settings, TOKEN, store=store, beside=beside,
                             handle_signals=True)
    finally:
        pauses()


class GcWatch:
    """Times every garbage collection in this process once armed (a collection holds the
    GIL, so the health thread waits it out); calling it writes the count and the longest
    pause to ``path``."""

    def __init__(self, path: Path) -> None:
        import gc

        self.path = path
        self.armed = False
        self.started: float | None = None
        self.pauses: list[float] = []
        self.by_generation: dict[int, list[float]] = {0: [], 1: [], 2: []}
        gc.callbacks.append(self._callback)

    def arm(self) -> None:
        self.armed = True

    def _callback(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self.started = time.perf_counter()
        elif self.started is not None and self.armed:
            pause = (time.perf_counter() - self.started) * 1000
            self.pauses.append(pause)
            self.by_generation[int(info["generation"])].append(pause)

    def __call__(self) -> None:
        slow = sorted(self.pauses)
        self.path.write_text(json.dumps({
            "collections": len(slow), "max_ms": round(slow[-1], 2) if slow else 0.0,
            "over_5ms": sum(p > 5 for p in slow),
            "by_generation": {str(g): {"collections": len(p),
                                       "max_ms": round(max(p), 2) if p else 0.0}
                              for g, p in self.by_generation.items()}}))


def watch_gc(path: Path) -> GcWatch:
    return GcWatch(path)


# -- role: a control server -----------------------------------------------------------------


def serve_control(port: int) -> None:
    """A process that answers every request with the same small bytes at once: what the
    prober measures against it is the client, the loopback and the OS scheduling of the
    bot's core, without the bot (pinned to the bot's core, beside it)."""
    body = b'{"status":"alive","root":"root","children":3}'
    response = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + str(len(body)).encode() + b"\r\n\r\n" + body)

    class Answer(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            assert isinstance(transport, asyncio.Transport)
            self.transport = transport

        def data_received(self, data: bytes) -> None:
            if data.endswith(b"\r\n\r\n"):
                self.transport.write(response)
                if b"connection: close" in data.lower():
                    self.transport.close()

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(Answer, "127.0.0.1", port)
        async with server:
            # port 0: the kernel's choice, told to the parent (a port picked free before
            # the bind can be taken by another process in between)
            print("control-ready", server.sockets[0].getsockname()[1], flush=True)
            await asyncio.Event().wait()

    asyncio.run(main())


# -- role: the prober ---------------------------------------------------------------------


class Client:
    """A minimal blocking HTTP/1.1 client on one kept-alive connection (``fresh``: a new
    connection per request, as a kubelet probes): as little of the prober's own CPU in
    the figure as Python allows."""

    def __init__(self, port: int, fresh: bool) -> None:
        self.port = port
        self.fresh = fresh
        self.sock: socket.socket | None = None

    def get(self, path: str, auth: bool) -> int:
        """The response's status; raises ``OSError`` on a failure."""
        if self.sock is None:
            self.sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock = self.sock
        headers = f"Authorization: Bearer {ADMIN_TOKEN}\r\n" if auth else ""
        if self.fresh:
            headers += "Connection: close\r\n"
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}\r\n".encode())
        buffer = b""
        while b"\r\n\r\n" not in buffer:
            chunk = sock.recv(65536)
            if not chunk:
                raise ConnectionError("closed before the response")
            buffer += chunk
        head, _, body = buffer.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        while len(body) < length:
            chunk = sock.recv(65536)
            if not chunk:
                raise ConnectionError("closed within the body")
            body += chunk
        if self.fresh or b"connection: close" in head.lower():
            self.close()
        return int(head.split(b" ", 2)[1])

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.sock = None


def probe(port: int, seconds: float, rate: float, other_every: float, fresh: bool,
          control_port: int | None = None, probe_port: int | None = None) -> dict[str, Any]:
    """``/health/live`` and ``/health/ready`` in turn at ``rate`` per second in all, and
    ``/health`` and ``/metrics`` each every ``other_every`` seconds (as a scrape and a
    status check would), one request at a time, for ``seconds``; with ``control_port``,
    the control server's answer between them, as often as each probe."""
    timings: dict[str, list[float]] = {e: [] for e in (*ENDPOINTS, CONTROL)}
    errors: dict[str, int] = dict.fromkeys((*ENDPOINTS, CONTROL), 0)
    client = Client(port, fresh)
    prober = client if probe_port is None else Client(probe_port, fresh)
    control = None if control_port is None else Client(control_port, fresh)
    cycle = PROBES if control is None else (*PROBES, CONTROL)
    interval = 1.0 / rate
    start = time.perf_counter()
    next_other = start
    n = 0
    others = 0
    while (now := time.perf_counter()) - start < seconds:
        if now >= next_other:
            endpoint = ENDPOINTS[2 + others % 2]
            others += 1
            if others % 2 == 0:
                next_other += other_every
        else:
            endpoint = cycle[n % len(cycle)]
            n += 1
        which = (control if endpoint == CONTROL and control is not None
                 else prober if endpoint in PROBES else client)
        sent = time.perf_counter()
        try:
            ok = which.get("/health/live" if endpoint == CONTROL else endpoint,
                           auth=endpoint == "/metrics") in (200, 503)
        except OSError:
            ok = False
            which.close()
        took = time.perf_counter() - sent
        if ok:
            timings[endpoint].append(took)
        else:
            errors[endpoint] += 1
        time.sleep(max(0.0, start + n * interval - time.perf_counter()))
    client.close()
    prober.close()
    if control is not None:
        control.close()
    return {"timings": timings, "errors": errors}


# -- the GIL experiment ---------------------------------------------------------------------


GIL_VARIANTS = (("thread, switch 5 ms", 0.005), ("thread, switch 1 ms", 0.001),
                ("thread, switch 0.2 ms", 0.0002), ("own process", None))


def _busy_forever() -> None:
    x = 0
    while True:  # pure Python: holds the GIL but at the switch interval
        x = (x * 31 + 7) % 1_000_003


def gil_role(port: int, switch_interval: float | None) -> None:
    """On the bot's core: the control server in a thread beside a busy Python thread
    (``switch_interval`` set), or alone (None: the busy loop is another process)."""
    if switch_interval is None:
        serve_control(port)
        return
    import threading

    sys.setswitchinterval(switch_interval)
    threading.Thread(target=serve_control, args=(port,), daemon=True).start()
    _busy_forever()


def gil_experiment(args: argparse.Namespace) -> dict[str, Any]:
    """The GIL alone: fixed bytes answered by an asyncio protocol (the fast path's least
    work) from a thread beside a busy Python thread at three switch intervals, and from a
    process of its own beside a busy process; the client on the other core."""
    e2e = load_e2e()
    pinning = e2e.pinning_plan(enabled=args.pin)
    cores = None if pinning is None else pinning.bot

    def pin() -> None:
        if cores is not None:
            os.sched_setaffinity(0, cores)

    if pinning is not None:
        os.sched_setaffinity(0, pinning.driver)
    results: list[dict[str, Any]] = []
    for rep in range(args.reps):
        for label, interval in GIL_VARIANTS:
            port = free_port()
            argv = [sys.executable, SCRIPT, "--role", "gil", "--port", str(port)]
            if interval is not None:
                argv += ["--switch-interval", str(interval)]
            procs = [subprocess.Popen(argv, stdout=subprocess.PIPE, preexec_fn=pin)]
            if interval is None:
                procs.append(subprocess.Popen(
                    [sys.executable, SCRIPT, "--role", "busy"], preexec_fn=pin))
            try:
                assert procs[0].stdout is not None
                procs[0].stdout.readline()
                time.sleep(0.3)
                load = e2e.loadavg1()
                client = Client(port, fresh=False)
                took = []
                for _ in range(int(args.seconds * 150)):
                    sent = time.perf_counter()
                    client.get("/health/live", auth=False)
                    took.append((time.perf_counter() - sent) * 1000)
                    time.sleep(1 / 150)
                client.close()
            finally:
                for proc in procs:
                    proc.kill()
                    proc.wait()
            row = {"variant": label, "rep": rep + 1, "n": len(took),
                   "p50_ms": round(percentile(took, 50), 2),
                   "p99_ms": round(percentile(took, 99), 2),
                   "max_ms": round(max(took), 2), "loadavg1": load}
            results.append(row)
            print(f"{label:<22} p50 {row['p50_ms']:>6} ms  p99 {row['p99_ms']:>6} ms  max "
                  f"{row['max_ms']:>6} ms  load1 {load}", flush=True)
    return {"gil_experiment": results, "pinned": None if pinning is None else {
        "server": sorted(pinning.bot), "client": sorted(pinning.driver)}}


# -- the driver ---------------------------------------------------------------------------


def figures(result: dict[str, Any], endpoints: tuple[str, ...] = ENDPOINTS
            ) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for endpoint in endpoints:
        ms = [t * 1000 for t in result["timings"][endpoint]]
        out[endpoint] = {"n": len(ms), "errors": result["errors"][endpoint],
                         "p50_ms": round(percentile(ms, 50), 2),
                         "p99_ms": round(percentile(ms, 99), 2),
                         "max_ms": round(max(ms), 2) if ms else None}
    return out


class Driver:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.e2e = load_e2e()
        self.pinning = self.e2e.pinning_plan(enabled=args.pin)
        self.control_port = 0
        self.probe_port: int | None = None

    def run(self) -> dict[str, Any]:
        args = self.args
        variants = {"both": ["fast", "aiohttp"], "all": ["fast", "aiohttp", "process"]}.get(
            args.server, [args.server])
        saved = os.sched_getaffinity(0) if self.pinning is not None else None
        runs: list[dict[str, Any]] = []
        failed: list[str] = []
        try:
            if self.pinning is not None:  # the driver, the emulator and the prober
                os.sched_setaffinity(0, self.pinning.driver)
            for rep in range(args.reps):
                order = variants if rep % 2 == 0 else list(reversed(variants))
                for server in order:
                    try:
                        run = asyncio.run(self.run_once(server))
                    except Exception as error:  # a run that failed is reported, not fatal
                        failed.append(f"{server}#{rep + 1}: {type(error).__name__}: {error}")
                        print(f"run {server} FAILED: {failed[-1]}", file=sys.stderr,
                              flush=True)
                        continue
                    run["rep"] = rep + 1
                    runs.append(run)
                    print_run(run)
        finally:
            if saved is not None:
                os.sched_setaffinity(0, saved)
        if not runs:
            raise RuntimeError(f"every run failed: {failed}")
        report = self.report(runs)
        report["failed_runs"] = failed
        return report

    async def run_once(self, server: str) -> dict[str, Any]:
        args = self.args
        e2e = self.e2e
        port = free_port()
        self.control_port = 0  # chosen when the control server binds
        self.probe_port = free_port() if server == "process" else None
        emu = e2e.make_emulator(TOKEN, 0.01)
        workload = e2e.Workload(args.chats, e2e.load_phrases())
        load_before = e2e.loadavg1()
        stat_before = e2e.cpu_times()
        with tempfile.TemporaryDirectory(dir=ROOT / "var" if (ROOT / "var").is_dir()
                                         else None) as workdir:
            async with emu:
                # One update waits for the bot, so its first long poll returns at once
                # (with nothing queued it would return only at its 25 s timeout).
                emu.inject(*workload.next_message(0), track=False)
                control = await self._start_control()
                bot = await self._start_bot(emu.base_url, workdir, port, server)
                try:
                    await asyncio.wait_for(emu.first_poll.wait(), 30)
                    idle = await self._prober(port, args.idle_seconds)
                    saturated, noise = await self._under_load(emu, workload, bot, port)
                finally:
                    bot.send_signal(signal.SIGTERM)
                    try:
                        await asyncio.wait_for(bot.wait(), 15)
                    except TimeoutError:
                        bot.kill()
                        await bot.wait()
                    control.kill()
                    await control.wait()
                try:
                    gc_stats = json.loads((Path(workdir) / "gc.json").read_text())
                except (OSError, ValueError):
                    gc_stats = None
        idle_figures, busy = figures(idle), figures(saturated)
        controls = {"idle": figures(idle, (CONTROL,))[CONTROL],
                    "saturated": figures(saturated, (CONTROL,))[CONTROL]}
        return {
            "server": server, "idle": idle_figures, "saturated": busy,
            "control": controls, "bot_gc": gc_stats,
            "worst_probe_p99_ms_saturated": max(busy[e]["p99_ms"] for e in PROBES),
            "loadavg1_before": load_before, "loadavg1_after": e2e.loadavg1(),
            "steal_pct": e2e.steal_pct(stat_before, e2e.cpu_times()), **noise,
        }

    async def _start_control(self) -> asyncio.subprocess.Process:
        cores = None if self.pinning is None else self.pinning.bot

        def pin() -> None:
            if cores is not None:
                os.sched_setaffinity(0, cores)

        control = await asyncio.create_subprocess_exec(
            sys.executable, SCRIPT, "--role", "control", "--port", str(self.control_port),
            cwd=str(ROOT), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, preexec_fn=pin)
        assert control.stdout is not None
        line = await asyncio.wait_for(control.stdout.readline(), 30)
        if not line.startswith(b"control-ready "):
            raise RuntimeError(f"the control server did not start: {line!r}")
        self.control_port = int(line.split()[1])
        return control

    async def _start_bot(self, base_url: str, workdir: str, port: int, server: str
                         ) -> asyncio.subprocess.Process:
        env = {k: v for k, v in os.environ.items() if not k.startswith("FE_") and k not in (
            "TELEGRAM_BOT_TOKEN", "ANTHROPIC_API_KEY", "DATABASE_URL", "REDIS_URL")}
        cores = None if self.pinning is None else self.pinning.bot

        def pin() -> None:  # in the child, before exec: its every thread inherits it
            if cores is not None:
                os.sched_setaffinity(0, cores)

        argv = [sys.executable, SCRIPT, "--role", "bot", "--base-url", base_url,
                "--workdir", workdir, "--port", str(port), "--chats", str(self.args.chats),
                "--server", server]
        if self.probe_port is not None:
            argv += ["--probe-port", str(self.probe_port)]
        if self.args.switch_interval is not None:
            argv += ["--switch-interval", str(self.args.switch_interval)]
        bot = await asyncio.create_subprocess_exec(
            *argv, env=env, cwd=str(ROOT), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=None, preexec_fn=pin)
        assert bot.stdout is not None
        line = await asyncio.wait_for(bot.stdout.readline(), 30)
        if b"health-ready" not in line:
            raise RuntimeError(f"the bot did not start its health server: {line!r}")
        return bot

    async def _prober(self, port: int, seconds: float) -> dict[str, Any]:
        argv = [sys.executable, SCRIPT, "--role", "prober", "--port", str(port),
                "--seconds", str(seconds), "--probe-rate", str(self.args.probe_rate),
                "--other-every", str(self.args.other_every),
                "--control-port", str(self.control_port)]
        if self.probe_port is not None:
            argv += ["--probe-port", str(self.probe_port)]
        if self.args.fresh_connections:
            argv.append("--fresh-connections")
        proc = await asyncio.create_subprocess_exec(*argv, stdout=subprocess.PIPE,
                                                    cwd=str(ROOT))
        out, _ = await proc.communicate()
        result: dict[str, Any] = json.loads(out.decode().strip().splitlines()[-1])
        return result

    async def _under_load(self, emu: Any, workload: Any, bot: asyncio.subprocess.Process,
                          port: int) -> tuple[dict[str, Any], dict[str, Any]]:
        args = self.args
        e2e = self.e2e
        stop = asyncio.Event()
        sent = 0

        async def inject() -> None:
            """``--rate`` updates/s, in bursts every 10 ms (a sleep per update would cost
            the driver more than the updates)."""
            nonlocal sent
            start = time.perf_counter()
            while not stop.is_set():
                due = int((time.perf_counter() - start) * args.rate)
                while sent < due:
                    user, text, language = workload.next_message(sent)
                    emu.inject(user, text, language, track=False)
                    sent += 1
                await asyncio.sleep(0.01)

        injector = asyncio.create_task(inject())
        await asyncio.sleep(0.5)  # the bot is busy before the first probe
        replies_before = emu.replies
        cpu_before = e2e.process_cpu(bot.pid)
        core = None if self.pinning is None else e2e.cores_busy(self.pinning.bot)
        started = time.perf_counter()
        load = await self._prober(port, args.seconds)
        elapsed = time.perf_counter() - started
        cpu_after = e2e.process_cpu(bot.pid)
        core_after = None if self.pinning is None else e2e.cores_busy(self.pinning.bot)
        replies = (emu.replies - replies_before) / elapsed
        stop.set()
        await injector
        cpu = None if cpu_before is None or cpu_after is None else (
            100 * (cpu_after - cpu_before) / elapsed)
        others = None
        if core is not None and core_after is not None and cpu is not None:
            busy = core_after[0] - core[0]
            total = core_after[1] - core[1]
            others = round(max(0.0, 100 * busy / total - cpu), 1) if total else None
        return load, {"replies_per_s": round(replies, 1),
                      "bot_saturated": replies < 0.9 * args.rate,
                      "bot_cpu_pct": None if cpu is None else round(cpu, 1),
                      "others_on_bot_core_pct": others}

    def report(self, runs: list[dict[str, Any]]) -> dict[str, Any]:
        by_server: dict[str, dict[str, Any]] = {}
        for server in dict.fromkeys(r["server"] for r in runs):
            mine = [r for r in runs if r["server"] == server]
            by_server[server] = summarise(mine)
        main = by_server[next(iter(by_server))] if "fast" not in by_server else by_server[
            "fast"]
        loads = [r["loadavg1_before"] for r in runs] + [r["loadavg1_after"] for r in runs]
        return {
            **main, "by_server": by_server, "runs": runs,
            "rate_updates_per_s": self.args.rate, "target_p99_ms": TARGET_P99_MS,
            "loadavg1": round(statistics.median(loads), 2),
            "loadavg1_range": [min(loads), max(loads)],
            "pinned": None if self.pinning is None else {
                "bot": sorted(self.pinning.bot), "driver_and_prober": sorted(
                    self.pinning.driver)},
            "method": {"reps": self.args.reps, "seconds": self.args.seconds,
                       "idle_seconds": self.args.idle_seconds,
                       "probe_rate": self.args.probe_rate,
                       "other_every": self.args.other_every, "chats": self.args.chats,
                       "fresh_connections": self.args.fresh_connections,
                       "switch_interval": self.args.switch_interval,
                       "quick": self.args.quick},
        }


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Medians over ``runs`` (one server variant) of every figure, and the ratios."""
    def median_of(phase: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for endpoint in ENDPOINTS:
            rows = [r[phase][endpoint] for r in runs]
            out[endpoint] = {
                "n": sum(row["n"] for row in rows),
                "errors": sum(row["errors"] for row in rows),
                **{key: round(statistics.median(row[key] for row in rows), 2)
                   for key in ("p50_ms", "p99_ms", "max_ms")}}
        return out

    idle, busy = median_of("idle"), median_of("saturated")
    control = {phase: {key: round(statistics.median(r["control"][phase][key] for r in runs), 2)
                       for key in ("p50_ms", "p99_ms", "max_ms")}
               for phase in ("idle", "saturated")}
    ratios = {e: round(busy[e]["p99_ms"] / idle[e]["p99_ms"], 2) if idle[e]["p99_ms"]
              else None for e in ENDPOINTS}
    worst = [r["worst_probe_p99_ms_saturated"] for r in runs]
    median_worst = max(busy[e]["p99_ms"] for e in PROBES)
    return {
        "idle": idle, "saturated": busy, "p99_ratio_saturated_to_idle": ratios,
        "control": control,
        "probe_p99_over_control_p99_saturated": round(
            max(busy[e]["p99_ms"] for e in PROBES) / control["saturated"]["p99_ms"], 2)
        if control["saturated"]["p99_ms"] else None,
        "bot_gc_max_ms": _median([(r["bot_gc"] or {}).get("max_ms") for r in runs]),
        "replies_per_s": round(statistics.median(r["replies_per_s"] for r in runs), 1),
        "bot_saturated": all(r["bot_saturated"] for r in runs),
        "bot_cpu_pct": _median([r["bot_cpu_pct"] for r in runs]),
        "others_on_bot_core_pct": _median([r["others_on_bot_core_pct"] for r in runs]),
        "steal_pct": _median([r["steal_pct"] for r in runs]),
        "worst_probe_p99_ms_saturated": median_worst,
        "worst_probe_p99_ms_per_run": worst,
        "target_met": median_worst <= TARGET_P99_MS,
        "target_met_runs": sum(w <= TARGET_P99_MS for w in worst), "reps": len(runs),
    }


def _median(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(statistics.median(present), 2) if present else None


def print_run(run: dict[str, Any]) -> None:
    busy = run["saturated"]
    print(f"run {run['server']:<7} live p50/p99 {busy['/health/live']['p50_ms']}/"
          f"{busy['/health/live']['p99_ms']} ms, ready {busy['/health/ready']['p50_ms']}/"
          f"{busy['/health/ready']['p99_ms']} ms (idle live p99 "
          f"{run['idle']['/health/live']['p99_ms']}; control p50/p99 "
          f"{run['control']['saturated']['p50_ms']}/{run['control']['saturated']['p99_ms']}"
          f"), gc max {(run['bot_gc'] or {}).get('max_ms')} ms, "
          f"{run['replies_per_s']} replies/s, bot "
          f"CPU {run['bot_cpu_pct']}%, others on its core {run['others_on_bot_core_pct']}%, "
          f"load1 {run['loadavg1_before']}->{run['loadavg1_after']}, steal "
          f"{run['steal_pct']}%", flush=True)


def print_table(report: dict[str, Any]) -> None:
    for server, summary in report["by_server"].items():
        print(f"medians over {summary['reps']} run(s), server {server}:")
        print(f"{'phase':<9} {'endpoint':<14} {'n':>5} {'p50 ms':>8} {'p99 ms':>8} "
              f"{'max ms':>8} {'p99 ratio':>9}")
        for phase in ("idle", "saturated"):
            for endpoint, f in summary[phase].items():
                ratio = (summary["p99_ratio_saturated_to_idle"][endpoint]
                         if phase != "idle" else "")
                print(f"{phase:<9} {endpoint:<14} {f['n']:>5} {f['p50_ms']:>8} "
                      f"{f['p99_ms']:>8} {f['max_ms']:>8} {ratio:>9}")
        print(f"saturated: {report['rate_updates_per_s']} updates/s offered, "
              f"{summary['replies_per_s']} replies/s "
              f"({'saturated' if summary['bot_saturated'] else 'NOT saturated'}), "
              f"bot CPU {summary['bot_cpu_pct']}%, others on its core "
              f"{summary['others_on_bot_core_pct']}%, steal {summary['steal_pct']}%")
        control = summary["control"]
        print(f"control server (own process on the bot's core) p50/p99: idle "
              f"{control['idle']['p50_ms']}/{control['idle']['p99_ms']} ms, saturated "
              f"{control['saturated']['p50_ms']}/{control['saturated']['p99_ms']} ms; "
              f"probe p99 / control p99 saturated "
              f"{summary['probe_p99_over_control_p99_saturated']}; bot GC pause max "
              f"{summary['bot_gc_max_ms']} ms")
        print(f"worst probe p99 saturated {summary['worst_probe_p99_ms_saturated']} ms "
              f"(target {TARGET_P99_MS} ms): {'met' if summary['target_met'] else 'NOT met'}"
              f" (met in {summary['target_met_runs']} of {summary['reps']} runs)")
    print(f"load1 median {report['loadavg1']} (range {report['loadavg1_range']}), pinned "
          f"{report['pinned']}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("--rate", type=float, default=3000.0,
                   help="updates/s offered (3000: more than the bot handles)")
    p.add_argument("--seconds", type=float, default=10.0, help="saturated phase length (10)")
    p.add_argument("--idle-seconds", type=float, default=5.0, help="idle phase length (5)")
    p.add_argument("--probe-rate", type=float, default=100.0,
                   help="/health/live and /health/ready requests/s in all (100)")
    p.add_argument("--other-every", type=float, default=1.0,
                   help="seconds between /health and between /metrics requests (1)")
    p.add_argument("--reps", type=int, default=3, help="repetitions, a fresh bot each (3)")
    p.add_argument("--server", choices=["fast", "aiohttp", "process", "both", "all"],
                   default="fast",
                   help="the probes' fast path in the health thread, aiohttp only, the "
                        "probe process (its own port), both (fast and aiohttp) or all, "
                        "alternating (fast)")
    p.add_argument("--no-pin", dest="pin", action="store_false",
                   help="do not pin the bot and the driver to different cores")
    p.add_argument("--fresh-connections", action="store_true",
                   help="a new connection per request (Connection: close), as a kubelet")
    p.add_argument("--switch-interval", type=float, default=None,
                   help="the bot's thread switch interval in seconds, at most 0.001 (the "
                        "health thread lowers a larger one to that; an experiment)")
    p.add_argument("--chats", type=int, default=200)
    p.add_argument("--quick", action="store_true", help="one run, 2 s phases at 1000/s")
    p.add_argument("--gil", action="store_true",
                   help="instead: the GIL experiment (a thread beside a busy thread at "
                        "three switch intervals, against a process of its own)")
    p.add_argument("--role", choices=["bot", "prober", "control", "gil", "busy"],
                   default=None,
                   help=argparse.SUPPRESS)
    p.add_argument("--control-port", type=int, default=None, help=argparse.SUPPRESS)
    p.add_argument("--probe-port", type=int, default=None, help=argparse.SUPPRESS)
    p.add_argument("--base-url", help=argparse.SUPPRESS)
    p.add_argument("--workdir", help=argparse.SUPPRESS)
    p.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.quick:
        args.rate, args.seconds, args.idle_seconds, args.chats = 1000.0, 2.0, 1.0, 100
        args.reps, args.other_every = 1, 0.5
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.role == "bot":
        import anyio

        logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
        code: int = anyio.run(serve_bot, args.base_url, args.workdir, args.port, args.chats,
                              args.server, args.switch_interval, args.probe_port,
                              backend="asyncio")
        return code
    if args.role == "control":
        serve_control(args.port)
        return 0
    if args.role == "gil":
        gil_role(args.port, args.switch_interval)
        return 0
    if args.role == "busy":
        _busy_forever()
    if args.gil:
        print(json.dumps(gil_experiment(args)))
        return 0
    if args.role == "prober":
        result = probe(args.port, args.seconds, args.probe_rate, args.other_every,
                       args.fresh_connections, args.control_port, args.probe_port)
        print(json.dumps(result))
        return 0
    report = Driver(args).run()
    print_table(report)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
