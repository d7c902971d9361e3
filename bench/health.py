"""Health endpoint latency while the bot is saturated: p50/p99/max of ``/health/live``,
``/health/ready``, ``/health`` and ``/metrics`` idle and with more updates offered than
the bot can handle, and each p99's ratio saturated/idle (the target: the probes' p99
within 10 ms when saturated).

Run: ``.venv/bin/python bench/health.py [--rate 3000] [--seconds 10] [--quick]`` (about
25 s; ``--quick`` about 8 s). The bot, the load driver with the Telegram emulator, and the
prober run in three processes; the figures are per phase (idle, saturated) and endpoint,
and the last line of the output is one JSON object. See docs/benchmarks.md, section
"Health endpoints under load (`bench/health.py`)".
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


async def serve_bot(base_url: str, workdir: str, port: int, chats: int) -> int:
    import anyio

    from actors.dialogs import Child, Family, MemoryFamilyStore
    from actors.health import HealthServer, Metrics
    from app import run_bot
    from config.settings import load_settings
    from supervisors import start_child, worker

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
            return HealthServer(app, metrics, port=port, token=ADMIN_TOKEN)

        await start_child(system.ref("ops"), worker("health", make))
        print("health-ready", flush=True)
        await anyio.sleep_forever()

    return await run_bot(settings, TOKEN, store=store, beside=beside, handle_signals=True)


# -- role: the prober ---------------------------------------------------------------------


async def probe(port: int, seconds: float, rate: float) -> dict[str, Any]:
    """Request the endpoints in turn at ``rate`` per second for ``seconds``."""
    import aiohttp

    timings: dict[str, list[float]] = {e: [] for e in ENDPOINTS}
    errors: dict[str, int] = dict.fromkeys(ENDPOINTS, 0)
    headers = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    interval = 1.0 / rate
    async with aiohttp.ClientSession(f"http://127.0.0.1:{port}", headers=headers) as http:
        start = time.perf_counter()
        n = 0
        while time.perf_counter() - start < seconds:
            endpoint = ENDPOINTS[n % len(ENDPOINTS)]
            sent = time.perf_counter()
            try:
                async with http.get(endpoint) as response:
                    await response.read()
                    ok = response.status in (200, 503)
            except aiohttp.ClientError:
                ok = False
            took = time.perf_counter() - sent
            if ok:
                timings[endpoint].append(took)
            else:
                errors[endpoint] += 1
            n += 1
            await asyncio.sleep(max(0.0, start + n * interval - time.perf_counter()))
    return {"timings": timings, "errors": errors}


# -- the driver ---------------------------------------------------------------------------


class Driver:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.e2e = load_e2e()
        self.port = free_port()

    async def run(self) -> dict[str, Any]:
        args = self.args
        emu = self.e2e.make_emulator(TOKEN, 0.01)
        workload = self.e2e.Workload(args.chats, self.e2e.load_phrases())
        with tempfile.TemporaryDirectory(dir=ROOT / "var" if (ROOT / "var").is_dir()
                                         else None) as workdir:
            async with emu:
                bot = await self._start_bot(emu.base_url, workdir)
                try:
                    await asyncio.wait_for(emu.first_poll.wait(), 30)
                    idle = await self._prober(args.idle_seconds)
                    saturated, replies, cpu = await self._under_load(emu, workload, bot)
                finally:
                    bot.send_signal(signal.SIGTERM)
                    try:
                        await asyncio.wait_for(bot.wait(), 15)
                    except TimeoutError:
                        bot.kill()
                        await bot.wait()
        return self._report(idle, saturated, replies, cpu)

    async def _start_bot(self, base_url: str, workdir: str) -> asyncio.subprocess.Process:
        env = {k: v for k, v in os.environ.items() if not k.startswith("FE_") and k not in (
            "TELEGRAM_BOT_TOKEN", "ANTHROPIC_API_KEY", "DATABASE_URL", "REDIS_URL")}
        bot = await asyncio.create_subprocess_exec(
            sys.executable, SCRIPT, "--role", "bot",
            "--base-url", base_url, "--workdir", workdir, "--port", str(self.port),
            "--chats", str(self.args.chats), env=env, cwd=str(ROOT),
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=None)
        assert bot.stdout is not None
        line = await asyncio.wait_for(bot.stdout.readline(), 30)
        if b"health-ready" not in line:
            raise RuntimeError(f"the bot did not start its health server: {line!r}")
        return bot

    async def _prober(self, seconds: float) -> dict[str, Any]:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, SCRIPT, "--role", "prober",
            "--port", str(self.port), "--seconds", str(seconds),
            "--probe-rate", str(self.args.probe_rate),
            stdout=subprocess.PIPE, cwd=str(ROOT))
        out, _ = await proc.communicate()
        result: dict[str, Any] = json.loads(out.decode().strip().splitlines()[-1])
        return result

    async def _under_load(self, emu: Any, workload: Any, bot: asyncio.subprocess.Process
                          ) -> tuple[dict[str, Any], float, float | None]:
        args = self.args
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

        replies_before = emu.replies
        cpu_before = self.e2e.process_cpu(bot.pid)
        started = time.perf_counter()
        injector = asyncio.create_task(inject())
        await asyncio.sleep(0.5)  # the bot is busy before the first probe
        load = await self._prober(args.seconds)
        stop.set()
        await injector
        elapsed = time.perf_counter() - started
        cpu_after = self.e2e.process_cpu(bot.pid)
        cpu = None if cpu_before is None or cpu_after is None else (
            100 * (cpu_after - cpu_before) / elapsed)
        return load, (emu.replies - replies_before) / elapsed, cpu

    def _report(self, idle: dict[str, Any], saturated: dict[str, Any], replies: float,
                cpu: float | None) -> dict[str, Any]:
        def figures(result: dict[str, Any]) -> dict[str, Any]:
            out: dict[str, Any] = {}
            for endpoint in ENDPOINTS:
                ms = [t * 1000 for t in result["timings"][endpoint]]
                out[endpoint] = {"n": len(ms), "errors": result["errors"][endpoint],
                                 "p50_ms": round(percentile(ms, 50), 2),
                                 "p99_ms": round(percentile(ms, 99), 2),
                                 "max_ms": round(max(ms), 2) if ms else None}
            return out

        idle_figures, busy = figures(idle), figures(saturated)
        ratios = {e: round(busy[e]["p99_ms"] / idle_figures[e]["p99_ms"], 2)
                  if idle_figures[e]["p99_ms"] else None for e in ENDPOINTS}
        worst_p99 = max(busy[endpoint]["p99_ms"] for endpoint in PROBES)
        return {
            "idle": idle_figures, "saturated": busy, "p99_ratio_saturated_to_idle": ratios,
            "rate_updates_per_s": self.args.rate, "replies_per_s": round(replies, 1),
            "bot_saturated": replies < 0.9 * self.args.rate,
            "bot_cpu_pct": None if cpu is None else round(cpu, 1),
            "worst_probe_p99_ms_saturated": worst_p99, "target_p99_ms": TARGET_P99_MS,
            "target_met": worst_p99 <= TARGET_P99_MS,
            "loadavg1": round(self.e2e.loadavg1(), 2),
            "method": {"seconds": self.args.seconds, "idle_seconds": self.args.idle_seconds,
                       "probe_rate": self.args.probe_rate, "chats": self.args.chats,
                       "quick": self.args.quick},
        }


def print_table(report: dict[str, Any]) -> None:
    print(f"{'phase':<9} {'endpoint':<14} {'n':>5} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} "
          f"{'p99 ratio':>9}")
    for phase in ("idle", "saturated"):
        for endpoint, f in report[phase].items():
            ratio = report["p99_ratio_saturated_to_idle"][endpoint] if phase != "idle" else ""
            print(f"{phase:<9} {endpoint:<14} {f['n']:>5} {f['p50_ms']:>8} {f['p99_ms']:>8} "
                  f"{f['max_ms']:>8} {ratio:>9}")
    print(f"saturated: {report['rate_updates_per_s']} updates/s offered, "
          f"{report['replies_per_s']} replies/s "
          f"({'saturated' if report['bot_saturated'] else 'NOT saturated'}), "
          f"bot CPU {report['bot_cpu_pct']}%, loadavg {report['loadavg1']}")
    print(f"worst probe p99 saturated {report['worst_probe_p99_ms_saturated']} ms "
          f"(target {TARGET_P99_MS} ms): {'met' if report['target_met'] else 'NOT met'}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("--rate", type=float, default=3000.0,
                   help="updates/s offered (3000: more than the bot handles)")
    p.add_argument("--seconds", type=float, default=10.0, help="saturated phase length (10)")
    p.add_argument("--idle-seconds", type=float, default=5.0, help="idle phase length (5)")
    p.add_argument("--probe-rate", type=float, default=60.0, help="probe requests/s (60)")
    p.add_argument("--chats", type=int, default=200)
    p.add_argument("--quick", action="store_true", help="2 s phases at 1000 updates/s")
    p.add_argument("--role", choices=["bot", "prober"], default=None, help=argparse.SUPPRESS)
    p.add_argument("--base-url", help=argparse.SUPPRESS)
    p.add_argument("--workdir", help=argparse.SUPPRESS)
    p.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.quick:
        args.rate, args.seconds, args.idle_seconds, args.chats = 1000.0, 2.0, 1.0, 100
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.role == "bot":
        import anyio

        logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
        code: int = anyio.run(serve_bot, args.base_url, args.workdir, args.port, args.chats,
                              backend="asyncio")
        return code
    if args.role == "prober":
        result = asyncio.run(probe(args.port, args.seconds, args.probe_rate))
        print(json.dumps(result))
        return 0
    report = asyncio.run(Driver(args).run())
    print_table(report)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
