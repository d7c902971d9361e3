"""Kernel benchmark: the actor runtime against raw queues, on asyncio, uvloop and trio.

Run: ``.venv/bin/python bench/kernel.py [--quick]`` (about a minute; ``--quick`` about 20 s).
It measures tell 1→1, fan-in 4→1, ask and restart latency side by side with a raw
baseline measured in the same run (best of 3 calibrated repetitions), prints tables and
ends with one JSON line; ``--profile WORKLOAD`` runs one workload under cProfile. See
docs/benchmarks.md, section "Kernel (`bench/kernel.py`)", for each workload and the method.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import io
import json
import logging
import math
import os
import platform
import pstats
import resource
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from time import perf_counter, perf_counter_ns, process_time
from typing import Any

import anyio
import anyio.lowlevel

import runtime
import runtime.lowlevel
import supervisors
from runtime import Actor, ActorSystem, InFlight, Message, Props

# -- targets (ours / raw asyncio.Queue, asyncio backend without uvloop) ------------------

TARGETS: dict[str, float] = {
    "tell_ratio_min": 0.5,
    "fanin_ratio_min": 0.5,
    "ask_ratio_min": 0.8,
    "restart_p99_us_max": 60.0,
}

CAPACITY = 1000
FANIN_PRODUCERS = 4


# -- messages and actors -----------------------------------------------------------------


class Msg(Message, frozen=True, kw_only=True):
    seq: int
    text: str


class Crash(Message, frozen=True, kw_only=True):
    pass


class Ping(Message, frozen=True, kw_only=True):
    pass


class Boom(Exception):
    """The restart benchmark's deliberate crash."""


class Sink(Actor):
    """Counts messages; sets ``done`` at the n-th."""

    def __init__(self, n: int, done: anyio.Event) -> None:
        self.n = n
        self.count = 0
        self.done = done

    async def receive(self, message: Any) -> Any:
        self.count += 1
        if self.count == self.n:
            self.done.set()
        return None


class Echo(Actor):
    async def receive(self, message: Any) -> Any:
        return message


class RestartProbe:
    """Shared by every incarnation of the crashing worker."""

    __slots__ = ("done", "lat", "t0")

    def __init__(self) -> None:
        self.t0 = 0
        self.lat: list[int] = []
        self.done: anyio.Event | None = None


class Crasher(Actor):
    def __init__(self, probe: RestartProbe) -> None:
        self.probe = probe

    async def receive(self, message: Any) -> Any:
        probe = self.probe
        if type(message) is Crash:
            probe.t0 = perf_counter_ns()
            raise Boom("crash requested")
        probe.lat.append(perf_counter_ns() - probe.t0)
        assert probe.done is not None
        probe.done.set()
        return None


# -- samples and machine noise -----------------------------------------------------------


@dataclass
class Sample:
    """One repetition: ``n`` operations in ``elapsed`` seconds, optional per-op latencies (ns)."""

    n: int
    elapsed: float
    lat_ns: list[int] | None = None
    cpu: float = 0.0  # this process's CPU time over the same span (immune to preemption)

    @property
    def rate(self) -> float:
        return self.n / self.elapsed if self.elapsed > 0 else math.inf

    @property
    def cpu_rate(self) -> float:
        return self.n / self.cpu if self.cpu > 0 else math.inf


@dataclass
class JobResult:
    workload: str
    impl: str
    n: int
    rates: list[float]
    best_rate: float
    p50_us: float | None
    p99_us: float | None
    loadavg1: float
    steal_pct: float | None
    spread: float
    invol_csw: int
    best_cpu_rate: float
    extra: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "workload": self.workload, "impl": self.impl, "n": self.n,
            "rates": [round(r, 1) for r in self.rates], "best_rate": round(self.best_rate, 1),
            "best_cpu_rate": round(self.best_cpu_rate, 1),
            "p50_us": _r(self.p50_us), "p99_us": _r(self.p99_us),
            "loadavg1_before": round(self.loadavg1, 2), "steal_pct": _r(self.steal_pct),
            "rep_spread": round(self.spread, 3), "invol_ctx_switches": self.invol_csw, **self.extra,
        }


def _r(x: float | None, nd: int = 2) -> float | None:
    return None if x is None else round(x, nd)


def percentile_us(lat_ns: list[int], q: float) -> float:
    """Nearest-rank percentile (q in [0, 1]) of latencies in ns, in µs."""
    s = sorted(lat_ns)
    k = min(len(s) - 1, max(0, math.ceil(q * len(s)) - 1))
    return s[k] / 1000.0


def _cpu_times() -> tuple[int, int] | None:
    """(steal, total) jiffies from /proc/stat, or None where unavailable."""
    try:
        with open("/proc/stat") as f:
            fields = f.readline().split()
    except OSError:
        return None
    if not fields or fields[0] != "cpu":
        return None
    values = [int(v) for v in fields[1:9]]  # user nice system idle iowait irq softirq steal
    return (values[7] if len(values) > 7 else 0), sum(values)


def _steal_pct(before: tuple[int, int] | None, after: tuple[int, int] | None) -> float | None:
    if before is None or after is None or after[1] <= before[1]:
        return None
    return 100.0 * (after[0] - before[0]) / (after[1] - before[1])


def _loadavg1() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return -1.0


# -- configuration -----------------------------------------------------------------------


@dataclass
class Config:
    target_s: float = 0.6  # seconds per repetition after calibration
    reps: int = 3
    n: int | None = None  # fixed N for message workloads (skips calibration)
    restarts: int | None = None  # fixed N for the restart workload
    backends: tuple[str, ...] = ("asyncio", "uvloop", "trio")
    quick: bool = False


BACKENDS: dict[str, tuple[str, dict[str, Any]]] = {
    "asyncio": ("asyncio", {}),
    "uvloop": ("asyncio", {"use_uvloop": True}),
    "trio": ("trio", {}),
}

Job = Callable[[int], Awaitable[Sample]]


async def calibrate(job: Job, target_s: float, start_n: int) -> int:
    """The N for which one repetition of ``job`` takes about ``target_s`` seconds (also warms up)."""
    floor = min(0.1, target_s / 4)
    n = start_n
    while True:
        s = await job(n)
        if s.elapsed >= floor or n >= 50_000_000:
            break
        n *= 4 if s.elapsed < floor / 4 else 2
    n = int(n * target_s / max(s.elapsed, 1e-6))
    n = max(FANIN_PRODUCERS * 25, n - n % FANIN_PRODUCERS)
    return n


async def measure(workload: str, impl: str, job: Job, cfg: Config, *, fixed_n: int | None,
                  start_n: int, **extra: Any) -> JobResult:
    load = _loadavg1()
    cpu0 = _cpu_times()
    n = fixed_n if fixed_n is not None else await calibrate(job, cfg.target_s, start_n)
    samples: list[Sample] = []
    csw0 = resource.getrusage(resource.RUSAGE_SELF).ru_nivcsw
    for _ in range(cfg.reps):
        gc.collect()
        samples.append(await job(n))
    csw = resource.getrusage(resource.RUSAGE_SELF).ru_nivcsw - csw0
    steal = _steal_pct(cpu0, _cpu_times())
    best = max(samples, key=lambda s: s.rate)
    rates = [s.rate for s in samples]
    p50 = p99 = None
    if best.lat_ns:
        p50 = percentile_us(best.lat_ns, 0.50)
        p99 = percentile_us(best.lat_ns, 0.99)
        extra = {**extra, "p90_us": round(percentile_us(best.lat_ns, 0.90), 2),
                 "max_us": round(max(best.lat_ns) / 1000.0, 1)}
    spread = (max(rates) - min(rates)) / max(rates) if rates and max(rates) > 0 else 0.0
    best_cpu = max(s.cpu_rate for s in samples)
    return JobResult(workload, impl, n, rates, best.rate, p50, p99, load, steal, spread, csw,
                     best_cpu, extra)


def _split(n: int, parts: int) -> list[tuple[int, int]]:
    base, rem = divmod(n, parts)
    out, start = [], 0
    for i in range(parts):
        count = base + (1 if i < rem else 0)
        out.append((start, count))
        start += count
    return out


# -- our runtime -------------------------------------------------------------------------


def ours_oneway(producers: int) -> Job:
    async def job(n: int) -> Sample:
        done = anyio.Event()
        props = Props(lambda: Sink(n, done), capacity=CAPACITY)
        async with ActorSystem.start(props, name="sink") as system:
            ref = system.ref("sink")

            async def produce(start: int, count: int) -> None:
                tell = ref.tell
                for i in range(start, start + count):
                    await tell(Msg(seq=i, text="hello"))

            async with anyio.create_task_group() as tg:
                t0, c0 = perf_counter(), process_time()
                for start, count in _split(n, producers):
                    tg.start_soon(produce, start, count)
                await done.wait()
                elapsed, cpu = perf_counter() - t0, process_time() - c0
        return Sample(n, elapsed, cpu=cpu)

    return job


def ours_ask(timeout: float | None) -> Job:
    async def job(n: int) -> Sample:
        lat = [0] * n
        async with ActorSystem.start(Props(Echo, capacity=CAPACITY), name="echo") as system:
            ask = system.ref("echo").ask
            t0, c0 = perf_counter(), process_time()
            for i in range(n):
                msg = Msg(seq=i, text="hello")
                t = perf_counter_ns()
                await ask(msg, timeout=timeout)
                lat[i] = perf_counter_ns() - t
            elapsed, cpu = perf_counter() - t0, process_time() - c0
        return Sample(n, elapsed, lat, cpu=cpu)

    return job


def restart_tree(probe: RestartProbe) -> supervisors.ChildSpec:
    return supervisors.supervisor_spec(
        "root",
        [supervisors.worker("w", lambda: Crasher(probe), in_flight=InFlight.DROP)],
        max_restarts=10**9, within=1.0,
    )


async def ours_restart(n: int) -> Sample:
    probe = RestartProbe()
    crash, ping = Crash(), Ping()
    async with ActorSystem.start(restart_tree(probe)) as system:
        ref = system.ref("w")
        probe.done = anyio.Event()
        ref.tell_nowait(ping)  # the first incarnation is up and serving
        await probe.done.wait()
        probe.lat.clear()
        t0, c0 = perf_counter(), process_time()
        for _ in range(n):
            done = probe.done = anyio.Event()
            ref.tell_nowait(crash)
            ref.tell_nowait(ping)
            await done.wait()
        elapsed, cpu = perf_counter() - t0, process_time() - c0
        restarts = system.events.counts["Restarting"]
    if restarts != n or len(probe.lat) != n:
        raise RuntimeError(f"restart bench: {restarts} restarts, {len(probe.lat)} pings, wanted {n}")
    return Sample(n, elapsed, list(probe.lat), cpu=cpu)


# -- raw baselines: asyncio.Queue (asyncio/uvloop) ---------------------------------------


def raw_queue_oneway(producers: int) -> Job:
    async def job(n: int) -> Sample:
        q: asyncio.Queue[Msg] = asyncio.Queue(CAPACITY)
        done = anyio.Event()

        async def consume() -> None:
            get = q.get
            count = 0
            while True:
                await get()
                count += 1
                if count == n:
                    done.set()
                    return

        async def produce(start: int, count: int) -> None:
            put = q.put
            for i in range(start, start + count):
                await put(Msg(seq=i, text="hello"))

        async with anyio.create_task_group() as tg:
            tg.start_soon(consume)
            await anyio.lowlevel.checkpoint()
            t0, c0 = perf_counter(), process_time()
            for start, count in _split(n, producers):
                tg.start_soon(produce, start, count)
            await done.wait()
            elapsed, cpu = perf_counter() - t0, process_time() - c0
        return Sample(n, elapsed, cpu=cpu)

    return job


async def raw_queue_ask(n: int) -> Sample:
    q: asyncio.Queue[tuple[Msg, asyncio.Future[Msg]]] = asyncio.Queue(CAPACITY)
    loop = asyncio.get_running_loop()
    lat = [0] * n

    async def serve() -> None:
        get = q.get
        while True:
            msg, fut = await get()
            fut.set_result(msg)

    async with anyio.create_task_group() as tg:
        tg.start_soon(serve)
        put = q.put
        t0, c0 = perf_counter(), process_time()
        for i in range(n):
            msg = Msg(seq=i, text="hello")
            t = perf_counter_ns()
            fut = loop.create_future()
            await put((msg, fut))
            await fut
            lat[i] = perf_counter_ns() - t
        elapsed, cpu = perf_counter() - t0, process_time() - c0
        tg.cancel_scope.cancel()
    return Sample(n, elapsed, lat, cpu=cpu)


# -- raw baselines: trio memory channels (trio reference) -------------------------------


def raw_trio_oneway(producers: int) -> Job:
    async def job(n: int) -> Sample:
        import trio

        send, recv = trio.open_memory_channel[Msg](CAPACITY)
        done = anyio.Event()

        async def consume() -> None:
            receive = recv.receive
            count = 0
            while True:
                await receive()
                count += 1
                if count == n:
                    done.set()
                    return

        async def produce(start: int, count: int) -> None:
            put = send.send
            for i in range(start, start + count):
                await put(Msg(seq=i, text="hello"))

        async with anyio.create_task_group() as tg:
            tg.start_soon(consume)
            await anyio.lowlevel.checkpoint()
            t0, c0 = perf_counter(), process_time()
            for start, count in _split(n, producers):
                tg.start_soon(produce, start, count)
            await done.wait()
            elapsed, cpu = perf_counter() - t0, process_time() - c0
        return Sample(n, elapsed, cpu=cpu)

    return job


class _Slot:
    __slots__ = ("event", "value")

    def __init__(self, event: Any) -> None:
        self.event = event
        self.value: Any = None


async def raw_trio_ask(n: int) -> Sample:
    import trio

    send, recv = trio.open_memory_channel[tuple[Msg, _Slot]](CAPACITY)
    lat = [0] * n

    async def serve() -> None:
        receive = recv.receive
        while True:
            msg, slot = await receive()
            slot.value = msg
            slot.event.set()

    async with anyio.create_task_group() as tg:
        tg.start_soon(serve)
        put = send.send
        event = trio.Event
        t0, c0 = perf_counter(), process_time()
        for i in range(n):
            msg = Msg(seq=i, text="hello")
            t = perf_counter_ns()
            slot = _Slot(event())
            await put((msg, slot))
            await slot.event.wait()
            lat[i] = perf_counter_ns() - t
        elapsed, cpu = perf_counter() - t0, process_time() - c0
        tg.cancel_scope.cancel()
    return Sample(n, elapsed, lat, cpu=cpu)


# -- one backend -------------------------------------------------------------------------


async def run_backend(backend: str, cfg: Config) -> dict[str, Any]:
    is_trio = backend == "trio"
    if is_trio:
        import trio

        raw_name = "trio memory channel(1000)"
        raw_one, raw_fan, raw_ask = raw_trio_oneway(1), raw_trio_oneway(FANIN_PRODUCERS), raw_trio_ask
        loop_name = f"trio {trio.__version__}"
    else:
        raw_name = "asyncio.Queue(1000)"
        raw_one, raw_fan = raw_queue_oneway(1), raw_queue_oneway(FANIN_PRODUCERS)
        raw_ask = raw_queue_ask
        loop = asyncio.get_running_loop()
        loop_name = f"{type(loop).__module__}.{type(loop).__name__}"
    n, nr = cfg.n, cfg.restarts
    jobs: list[JobResult] = [
        await measure("tell", "runtime", ours_oneway(1), cfg, fixed_n=n, start_n=2000),
        await measure("tell", raw_name, raw_one, cfg, fixed_n=n, start_n=2000),
        await measure("fanin", "runtime", ours_oneway(FANIN_PRODUCERS), cfg, fixed_n=n, start_n=2000),
        await measure("fanin", raw_name, raw_fan, cfg, fixed_n=n, start_n=2000),
        await measure("ask", "runtime", ours_ask(5.0), cfg, fixed_n=n, start_n=500),
        await measure("ask_no_timeout", "runtime", ours_ask(None), cfg, fixed_n=n, start_n=500),
        await measure("ask", raw_name, raw_ask, cfg, fixed_n=n, start_n=500),
        await measure("restart", "runtime", ours_restart, cfg, fixed_n=nr, start_n=100),
    ]
    return {"backend": backend, "loop": loop_name, "raw_impl": raw_name,
            "jobs": [j.as_json() for j in jobs]}


def _job(res: dict[str, Any], workload: str, ours: bool) -> dict[str, Any]:
    jobs: list[dict[str, Any]] = res["jobs"]
    for j in jobs:
        if j["workload"] == workload and (j["impl"] == "runtime") == ours:
            return j
    raise KeyError(workload)


def summarize(res: dict[str, Any]) -> dict[str, Any]:
    """The flat figures of one backend (ratios = ours / raw of the same backend)."""
    tell, rtell = _job(res, "tell", True), _job(res, "tell", False)
    fan, rfan = _job(res, "fanin", True), _job(res, "fanin", False)
    ask, rask = _job(res, "ask", True), _job(res, "ask", False)
    ask_nt = _job(res, "ask_no_timeout", True)
    rst = _job(res, "restart", True)
    return {
        "loop": res["loop"], "raw_impl": res["raw_impl"],
        "tell_ratio": round(tell["best_rate"] / rtell["best_rate"], 3),
        "fanin_ratio": round(fan["best_rate"] / rfan["best_rate"], 3),
        "ask_ratio": round(ask["best_rate"] / rask["best_rate"], 3),
        "ask_no_timeout_ratio": round(ask_nt["best_rate"] / rask["best_rate"], 3),
        "cpu_time_ratios": {  # the same ratios from ops per CPU-second of this process
            "tell": round(tell["best_cpu_rate"] / rtell["best_cpu_rate"], 3),
            "fanin": round(fan["best_cpu_rate"] / rfan["best_cpu_rate"], 3),
            "ask": round(ask["best_cpu_rate"] / rask["best_cpu_rate"], 3),
            "ask_no_timeout": round(ask_nt["best_cpu_rate"] / rask["best_cpu_rate"], 3),
        },
        "tell_msgs_per_s": tell["best_rate"], "raw_tell_msgs_per_s": rtell["best_rate"],
        "fanin_msgs_per_s": fan["best_rate"], "raw_fanin_msgs_per_s": rfan["best_rate"],
        "ask_rt_per_s": ask["best_rate"], "raw_ask_rt_per_s": rask["best_rate"],
        "ask_p50_us": ask["p50_us"], "ask_p99_us": ask["p99_us"],
        "raw_ask_p50_us": rask["p50_us"], "raw_ask_p99_us": rask["p99_us"],
        "ask_no_timeout_rt_per_s": ask_nt["best_rate"],
        "ask_no_timeout_p50_us": ask_nt["p50_us"], "ask_no_timeout_p99_us": ask_nt["p99_us"],
        "restarts_per_s": rst["best_rate"],
        "restart_p50_us": rst["p50_us"], "restart_p99_us": rst["p99_us"],
        "restart_p90_us": rst.get("p90_us"), "restart_max_us": rst.get("max_us"),
        "noise": {
            "loadavg1_before": [j["loadavg1_before"] for j in res["jobs"]],
            "steal_pct": [j["steal_pct"] for j in res["jobs"]],
            "max_rep_spread": max(j["rep_spread"] for j in res["jobs"]),
            "invol_ctx_switches": [j["invol_ctx_switches"] for j in res["jobs"]],
        },
        "jobs": res["jobs"],
    }


# -- output ------------------------------------------------------------------------------


def _fmt_rate(x: float | None) -> str:
    if x is None:
        return "—"
    if x >= 1e6:
        return f"{x / 1e6:.2f}M"
    if x >= 1e3:
        return f"{x / 1e3:.1f}k"
    return f"{x:.0f}"


def _fmt_us(x: float | None) -> str:
    return "—" if x is None else (f"{x:.0f}" if x >= 100 else f"{x:.1f}")


def _fmt_opt(x: float | None, fmt: str) -> str:
    return "—" if x is None else format(x, fmt)


LABELS = {"tell": "tell 1→1 msg/s", "fanin": "fan-in 4→1 msg/s", "ask": "ask rt/s",
          "ask_no_timeout": "ask(timeout=None) rt/s", "restart": "restart /s"}


def print_backend(name: str, res: dict[str, Any], out: Any) -> None:
    print(f"\n== {name}  (loop: {res['loop']}; raw = {res['raw_impl']})", file=out)
    head = (f"{'workload':<23} {'impl':<26} {'N':>8} {'best':>8} {'cpu':>8}  {'reps':<22} {'p50 µs':>7} "
            f"{'p90 µs':>7} {'p99 µs':>7} {'max µs':>7} {'spread':>6} {'load1':>5} {'steal%':>6} {'preempt':>7}")
    print(head, file=out)
    print("-" * len(head), file=out)
    for j in res["jobs"]:
        reps = " ".join(_fmt_rate(r) for r in j["rates"])
        print(f"{LABELS[j['workload']]:<23} {j['impl']:<26} {j['n']:>8} {_fmt_rate(j['best_rate']):>8} "
              f"{_fmt_rate(j['best_cpu_rate']):>8}  "
              f"{reps:<22} {_fmt_us(j['p50_us']):>7} {_fmt_us(j.get('p90_us')):>7} "
              f"{_fmt_us(j['p99_us']):>7} {_fmt_us(j.get('max_us')):>7} "
              f"{j['rep_spread'] * 100:>5.0f}% {j['loadavg1_before']:>5.2f} "
              f"{_fmt_opt(j['steal_pct'], '.1f'):>6} {j['invol_ctx_switches']:>7}", file=out)
    print("   best = best rep by wall clock (the figure); cpu = best ops per CPU-second of this process; "
          "spread = (max-min)/max of the reps;\n   preempt = involuntary context switches during "
          "the timed reps (CPU taken by other processes)", file=out)


def print_summary(summ: dict[str, dict[str, Any] | None], targets_met: dict[str, bool],
                  out: Any) -> None:
    print("\n== ratios ours / raw (same backend, best of reps)", file=out)
    head = (f"{'backend':<9} {'tell':>6} {'fan-in':>7} {'ask':>6} {'ask(no to)':>10} "
            f"{'ask p50/p99 µs':>15} {'raw p50/p99 µs':>15} {'restart p50/p99 µs':>19} {'restarts/s':>10}"
            f"   {'cpu-time ratios tell/fan-in/ask':>31}")
    print(head, file=out)
    print("-" * len(head), file=out)
    for name, s in summ.items():
        if s is None:
            print(f"{name:<9} failed", file=out)
            continue
        print(f"{name:<9} {s['tell_ratio']:>6.3f} {s['fanin_ratio']:>7.3f} {s['ask_ratio']:>6.3f} "
              f"{s['ask_no_timeout_ratio']:>10.3f} "
              f"{_fmt_us(s['ask_p50_us']) + ' / ' + _fmt_us(s['ask_p99_us']):>15} "
              f"{_fmt_us(s['raw_ask_p50_us']) + ' / ' + _fmt_us(s['raw_ask_p99_us']):>15} "
              f"{_fmt_us(s['restart_p50_us']) + ' / ' + _fmt_us(s['restart_p99_us']):>19} "
              f"{_fmt_rate(s['restarts_per_s']):>10}   "
              f"{'{tell:.3f} / {fanin:.3f} / {ask:.3f}'.format(**s['cpu_time_ratios']):>31}", file=out)
    print("\n== targets (asyncio backend, no uvloop)", file=out)
    a = summ.get("asyncio")
    rows = [
        ("tell", f"tell ratio >= {TARGETS['tell_ratio_min']}", a and a["tell_ratio"]),
        ("fanin", f"fan-in ratio >= {TARGETS['fanin_ratio_min']}", a and a["fanin_ratio"]),
        ("ask", f"ask ratio >= {TARGETS['ask_ratio_min']}", a and a["ask_ratio"]),
        ("restart_p99", f"restart p99 <= {TARGETS['restart_p99_us_max']:.0f} µs",
         a and a["restart_p99_us"]),
    ]
    for key, text, value in rows:
        print(f"  {text:<26} {value!s:>10}  {'MET' if targets_met[key] else 'NOT MET'}", file=out)


# -- main --------------------------------------------------------------------------------


def run_all(cfg: Config, out: Any = None) -> dict[str, Any]:
    """Run every configured backend in this process; print the tables and the JSON line."""
    out = out if out is not None else sys.stdout
    events_log = logging.getLogger("runtime.events")
    old_level = events_log.level
    events_log.setLevel(logging.ERROR)
    started = time.time()
    results: dict[str, dict[str, Any]] = {}
    errors: dict[str, str] = {}
    try:
        for name in cfg.backends:
            backend, options = BACKENDS[name]
            t = perf_counter()
            try:
                results[name] = anyio.run(run_backend, name, cfg, backend=backend,
                                          backend_options=options)
            except Exception as error:  # report and carry on with the other backends
                if name == "asyncio":
                    raise
                errors[name] = f"{type(error).__name__}: {error}"
                print(f"\n== {name}: FAILED: {errors[name]}", file=out)
                continue
            print_backend(name, results[name], out)
            print(f"   ({perf_counter() - t:.1f} s)", file=out)
    finally:
        events_log.setLevel(old_level)

    summ: dict[str, dict[str, Any] | None] = {
        name: (summarize(results[name]) if name in results else None) for name in cfg.backends
    }
    a = summ.get("asyncio")
    targets_met = {
        "tell": bool(a and a["tell_ratio"] >= TARGETS["tell_ratio_min"]),
        "fanin": bool(a and a["fanin_ratio"] >= TARGETS["fanin_ratio_min"]),
        "ask": bool(a and a["ask_ratio"] >= TARGETS["ask_ratio_min"]),
        "restart_p99": bool(a and a["restart_p99_us"] is not None
                            and a["restart_p99_us"] <= TARGETS["restart_p99_us_max"]),
    }
    print_summary(summ, targets_met, out)
    total = time.time() - started
    print(f"\ntotal {total:.1f} s", file=out)

    report: dict[str, Any] = {}
    if a is not None:
        report.update({k: v for k, v in a.items() if k != "jobs"})
    for name in cfg.backends:
        if name != "asyncio":
            s = summ.get(name)
            report[name] = None if s is None else {k: v for k, v in s.items() if k != "jobs"}
    report.update({
        "targets": TARGETS,
        "targets_met": targets_met,
        "tell_target_met": targets_met["tell"],
        "fanin_target_met": targets_met["fanin"],
        "ask_target_met": targets_met["ask"],
        "restart_target_met": targets_met["restart_p99"],
        "all_targets_met": all(targets_met.values()),
        "errors": errors,
        "method": {"reps": cfg.reps, "target_s_per_rep": cfg.target_s, "fixed_n": cfg.n,
                   "fixed_restarts": cfg.restarts, "quick": cfg.quick, "best_of": cfg.reps},
        "jobs": {name: s["jobs"] for name, s in summ.items() if s is not None},
        "env": {
            "python": platform.python_version(), "anyio": _version("anyio"),
            "trio": _version("trio"), "uvloop": _version("uvloop"),
            "msgspec": _version("msgspec"), "cpus": os.cpu_count(),
            "fairness_batch": runtime.lowlevel.FAIRNESS_BATCH,
        },
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(started)),
        "total_s": round(total, 1),
    })
    print(json.dumps(report, ensure_ascii=False), file=out)
    out.flush()
    return report


def _version(dist: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return None


PROFILE_JOBS: dict[str, tuple[Job, int]] = {
    "tell": (ours_oneway(1), 2000),
    "fanin": (ours_oneway(FANIN_PRODUCERS), 2000),
    "ask": (ours_ask(5.0), 500),
    "restart": (ours_restart, 100),
}


def profile(workload: str, cfg: Config, out: Any = None) -> None:
    """Run one of our workloads under cProfile on the asyncio backend; print the top entries."""
    out = out if out is not None else sys.stdout
    job, start_n = PROFILE_JOBS[workload]
    logging.getLogger("runtime.events").setLevel(logging.ERROR)

    async def main() -> None:
        n = cfg.n or await calibrate(job, cfg.target_s, start_n)
        prof = cProfile.Profile()
        prof.enable()
        s = await job(n)
        prof.disable()
        print(f"{workload}: N={n}, {s.rate:,.0f}/s under cProfile", file=out)
        for key in ("tottime", "cumulative"):
            buf = io.StringIO()
            pstats.Stats(prof, stream=buf).sort_stats(key).print_stats(30)
            print(buf.getvalue(), file=out)

    anyio.run(main, backend="asyncio")


def parse_args(argv: list[str] | None) -> tuple[Config, str | None]:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--quick", action="store_true", help="~0.2 s per repetition (about 20 s in all)")
    p.add_argument("--reps", type=int, default=3, help="repetitions per job (best is kept)")
    p.add_argument("--target", type=float, default=None, help="seconds per repetition")
    p.add_argument("--n", type=int, default=None, help="fixed N for message workloads (no calibration)")
    p.add_argument("--restarts", type=int, default=None, help="fixed N for the restart workload")
    p.add_argument("--backends", default="asyncio,uvloop,trio",
                   help="comma-separated subset of asyncio,uvloop,trio (asyncio is required)")
    p.add_argument("--profile", choices=sorted(PROFILE_JOBS), default=None,
                   help="profile one of our workloads (asyncio) instead of benchmarking")
    a = p.parse_args(argv)
    backends = tuple(b.strip() for b in a.backends.split(",") if b.strip())
    unknown = [b for b in backends if b not in BACKENDS]
    if unknown:
        p.error(f"unknown backend(s): {unknown}")
    if "asyncio" not in backends and a.profile is None:
        p.error("the asyncio backend is required (the targets are measured on it)")
    target = a.target if a.target is not None else (0.2 if a.quick else 0.6)
    cfg = Config(target_s=target, reps=max(1, a.reps), n=a.n, restarts=a.restarts,
                 backends=backends, quick=a.quick)
    return cfg, a.profile


def main(argv: list[str] | None = None) -> int:
    cfg, prof = parse_args(argv)
    if prof is not None:
        profile(prof, cfg)
        return 0
    run_all(cfg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
