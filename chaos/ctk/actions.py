"""Chaos Toolkit actions for the Family Emotions bot (``"module": "chaos.ctk.actions"``).

Each action is a plain function whose arguments come from the experiment (usually
``${...}`` from its configuration, read from the environment); each returns a small JSON
object for the journal. Faults go in and out through what an operator would touch:
PostgreSQL, Redis and the bot killed by the PID in their pid files (``chaos.services``
checks the PID is that server before signalling it), a filler file on the spool's disk,
network toxics through a Toxiproxy-compatible HTTP API (``chaos.faultproxy``, or
Toxiproxy itself), and the fault APIs of the Telegram and Anthropic emulators.

Every action that starts or ends a fault appends to the drill's event log
(``<drill_dir>/events.jsonl``, see ``chaos.ctk``): the report shades the fault windows
from it, and the restore actions measure recovery there and then — from the fault's end
to the first sign the component works again (``recovered`` events), which the
``recovery_wait`` probe holds against the RTO. Every wait is bounded.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from chaos.services import PostgresServer, RedisServer

from ._events import EVENTS_FILE, append_event, in_flight_at_kills, read_events
from ._health import read_health, ready_status
from ._jepsen import check_load
from ._load import PID_FILE, read_state
from ._procs import alive, read_pid, signal_pid, spawn, wait_gone
from ._remote import RemoteTelegram

__all__ = [
    "add_toxic",
    "claude_fault",
    "clear_claude_faults",
    "clear_telegram_faults",
    "fill_disk",
    "free_disk",
    "kill_bot",
    "kill_postgres",
    "kill_redis",
    "remove_toxic",
    "reset_proxies",
    "start_bot",
    "start_load",
    "start_postgres",
    "start_redis",
    "stop_load",
    "telegram_fault",
]

LOAD_NEEDLES = ("chaos.ctk._load_process",)
BOT_NEEDLES = ("app", "family-emotions", "chaos.drill._bot")
FILLER = ".chaos-drill-filler"
RECORD_WINDOW = 0.25
"""A reply delivered this shortly before a kill may not be recorded as sent yet: it may
come twice (docs/ARCHITECTURE.md, section "The flow of an update")."""


def _load_dir(drill_dir: str) -> Path:
    return Path(drill_dir).absolute() / "load"  # the load process runs elsewhere


def _wait_for(predicate: Callable[[], bool], timeout: float, poll: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() >= deadline:
            return False
        time.sleep(poll)
    return True


def _fault_open(drill_dir: str | None, fault: str) -> bool:
    """Whether ``fault`` was injected and not removed yet (always, without an event log):
    a restore action run again as a rollback changes nothing and logs nothing."""
    if drill_dir is None:
        return True
    started = ended = 0
    for event in read_events(drill_dir):
        if event.fault == fault:
            started += event.kind == "fault_start"
            ended += event.kind == "fault_end"
    return started > ended


def _measure(drill_dir: str | None, component: str, fault: str, since: float,
             recovered: Callable[[], bool], timeout: float, what: str) -> float | None:
    """Poll ``recovered`` (every 20 ms, up to ``timeout``) and log how long after
    ``since`` it first held: the component's recovery time; None when it never did."""
    if _wait_for(recovered, timeout, poll=0.02):
        seconds = time.time() - since
        append_event(drill_dir, "recovered", fault=fault, component=component,
                     seconds=seconds, what=what)
        return seconds
    append_event(drill_dir, "not_recovered", fault=fault, component=component,
                 waited=timeout, what=what)
    return None


def _recovery_check(health_url: str, component: str) -> Callable[[], bool]:
    """What "recovered" means for ``component`` in the bot's ``/health``, taken before
    the fault is removed. PostgreSQL: a flush committed after this moment (its
    ``rows_flushed`` grew) with no outage left, the first write after the fault; a
    transaction stuck in a black hole is not an outage yet, so "healthy" alone would
    read as recovered before anything was written. Other components: healthy."""
    if component != "postgres":
        return lambda: read_health(health_url).component_status(component) == "healthy"

    def rows() -> int | None:
        value = read_health(health_url).component("postgres").get("rows_flushed")
        return value if isinstance(value, int) else None

    before = rows()

    def wrote() -> bool:
        view = read_health(health_url)
        now = view.component("postgres").get("rows_flushed")
        return (view.component_status("postgres") == "healthy" and isinstance(now, int)
                and (before is None or now > before))

    return wrote


# -- the synthetic parents -------------------------------------------------------------------


def start_load(emulator_url: str, drill_dir: str, rate: float = 30.0, seed: int = 0,
               chats: int = 20, first_chat: int = 700_001, max_seconds: float = 600.0,
               onboard_timeout: float = 30.0, burst: int = 60) -> dict[str, Any]:
    """Start the synthetic parents (``python -m chaos.ctk._load_process``) in the background:
    they onboard through the bot, then send ``rate`` phrases per second on a schedule
    drawn from ``seed``. Returns once they send (or failed to onboard: an error)."""
    if not rate > 0:  # a Poisson schedule at 0 or less never advances: refuse it
        raise ValueError(f"rate {rate!r}: the load needs a rate above 0 phrases per second")
    _set_aside_earlier_run(drill_dir)
    load_dir = _load_dir(drill_dir)
    load_dir.mkdir(parents=True, exist_ok=True)
    argv = [sys.executable, "-m", "chaos.ctk._load_process", "--emulator", emulator_url,
            "--dir", str(load_dir), "--rate", str(rate), "--seed", str(seed),
            "--chats", str(chats), "--first-chat", str(first_chat),
            "--max-seconds", str(max_seconds), "--onboard-timeout", str(onboard_timeout),
            "--burst", str(burst)]
    root = Path(__file__).resolve().parents[2]
    pid = spawn(argv, env=dict(os.environ), cwd=str(root), log=load_dir / "load.log")
    (load_dir / PID_FILE).write_text(f"{pid}\n")

    def started() -> bool:
        state = read_state(load_dir)
        running = state is not None and state.get("pid") == pid and state.get("state") in (
            "running", "failed", "stopped")
        return running or not alive(pid)

    _wait_for(started, onboard_timeout + 15)
    state = read_state(load_dir) or {}
    if state.get("state") != "running":
        raise RuntimeError(f"the synthetic parents did not start: {state.get('error')} "
                           f"(see {load_dir / 'load.log'})")
    append_event(drill_dir, "load_start", rate=rate, seed=seed, chats=len(state["chats"]))
    return {"pid": pid, "chats": len(state["chats"]), "rate": rate, "seed": seed}


def _set_aside_earlier_run(drill_dir: str) -> None:
    """A run starts with its load: the event log and load files of an earlier run in the
    same directory (``chaos run`` twice against one system) move to ``runs/<n>/``."""
    base = Path(drill_dir)
    earlier = [p for p in (base / EVENTS_FILE, base / "load") if p.exists()]
    if not earlier:
        return
    n = 1
    while (base / "runs" / str(n)).exists():
        n += 1
    target = base / "runs" / str(n)
    target.mkdir(parents=True)
    for path in earlier:
        path.rename(target / path.name)


def stop_load(drill_dir: str, settle_timeout: float = 30.0,
              secrets: dict[str, Any] | None = None) -> dict[str, Any]:
    """Stop the synthetic parents (SIGTERM by their PID), then wait up to
    ``settle_timeout`` for the bot to acknowledge and answer every phrase sent (and, with
    the ``database_url`` secret, for each acknowledged phrase's diary row)."""
    load_dir = _load_dir(drill_dir)
    settled = [e for e in read_events(drill_dir) if e.kind == "settled"]
    if settled:  # a rollback after the method stopped it
        return {"already_stopped": True, **settled[-1].data.get("counts", {})}
    pid = read_pid(load_dir / PID_FILE)
    if pid is not None and alive(pid):
        signal_pid(pid, signal.SIGTERM, expect=LOAD_NEEDLES)
        if not wait_gone(pid, 10.0):
            signal_pid(pid, signal.SIGKILL, expect=LOAD_NEEDLES)
            wait_gone(pid, 5.0)
    append_event(drill_dir, "load_stop")
    started = time.monotonic()
    deadline = started + settle_timeout
    check = check_load(load_dir)
    while check.report is not None and time.monotonic() < deadline:
        r = check.report
        if r.unknown == 0 and len(r.lost) == 0:
            break
        time.sleep(0.5)
        check = check_load(load_dir)
    dsn = (secrets or {}).get("database_url") or None
    if dsn and check.report is not None:
        left = max(1.0, deadline - time.monotonic())
        check = check_load(load_dir, database_url=dsn, rows_timeout=left)
    counts = check.counts(in_flight_at_kills(read_events(drill_dir)))  # as the probes do
    append_event(drill_dir, "settled", seconds=time.monotonic() - started, counts=counts)
    return {"settled_in_s": round(time.monotonic() - started, 3), **counts}


# -- PostgreSQL and Redis --------------------------------------------------------------------


def kill_postgres(data_dir: str, drill_dir: str | None = None,
                  fault: str = "postgres_down") -> dict[str, Any]:
    """SIGKILL to the postmaster in ``data_dir``'s pid file (it must be that server)."""
    pid = PostgresServer(data_dir, run_as=None).kill()
    append_event(drill_dir, "fault_start", fault=fault, component="postgres", pid=pid)
    return {"killed": pid}


def start_postgres(data_dir: str, drill_dir: str | None = None, health_url: str | None = None,
                   fault: str = "postgres_down", recovery_timeout: float = 60.0
                   ) -> dict[str, Any]:
    """Start the killed cluster again on its data directory and port (crash recovery),
    then, with ``health_url``, measure how long until the bot writes to it again (the
    first flush committed after it is back, as ``/health`` shows it)."""
    server = PostgresServer(data_dir, detach=True)
    if not _fault_open(drill_dir, fault):
        server.start()  # a rollback: make sure it runs, nothing to measure
        return {"pid": server.pid, "port": server.port, "writes_resumed_after_s": None}
    check = _recovery_check(health_url, "postgres") if health_url else None
    server.start()
    back = time.time()
    append_event(drill_dir, "fault_end", fault=fault, component="postgres", pid=server.pid,
                 measured=check is not None)
    seconds = None
    if check is not None:
        seconds = _measure(drill_dir, "postgres", fault, back, check, recovery_timeout,
                           "writes resumed")
    return {"pid": server.pid, "port": server.port, "writes_resumed_after_s": seconds}


def kill_redis(data_dir: str, drill_dir: str | None = None,
               fault: str = "redis_down") -> dict[str, Any]:
    """SIGKILL to the redis-server in ``data_dir``'s pid file (it must be that server)."""
    pid = RedisServer(data_dir).kill()
    append_event(drill_dir, "fault_start", fault=fault, component="redis", pid=pid)
    return {"killed": pid}


def start_redis(data_dir: str, drill_dir: str | None = None, health_url: str | None = None,
                fault: str = "redis_down", recovery_timeout: float = 30.0) -> dict[str, Any]:
    """Start the killed redis-server again (same port, its AOF), then, with
    ``health_url``, measure how long until the cache reads from Redis again."""
    server = RedisServer(data_dir, detach=True)
    if not _fault_open(drill_dir, fault):
        server.start()  # a rollback: make sure it runs, nothing to measure
        return {"pid": server.pid, "port": server.port, "redis_primary_after_s": None}
    server.start()
    back = time.time()
    append_event(drill_dir, "fault_end", fault=fault, component="redis", pid=server.pid,
                 measured=bool(health_url))
    seconds = None
    if health_url:
        seconds = _measure(drill_dir, "redis", fault, back,
                           _recovery_check(health_url, "redis"), recovery_timeout,
                           "Redis primary again")
    return {"pid": server.pid, "port": server.port, "redis_primary_after_s": seconds}


# -- the bot process -------------------------------------------------------------------------


def kill_bot(pid_file: str, drill_dir: str | None = None, burst: bool = True,
             fault: str = "bot_down") -> dict[str, Any]:
    """SIGKILL to the bot (the PID in ``pid_file``, checked to be the bot). With
    ``burst`` and the synthetic parents running, the kill lands in a burst: they send a
    burst of phrases, and the kill follows as soon as the bot has acknowledged them (most
    still unanswered). The replies in flight at the kill are logged: only they may come
    twice."""
    pid = read_pid(pid_file)
    if pid is None:
        raise ProcessLookupError(f"no pid in {pid_file}")
    load_dir = _load_dir(drill_dir) if drill_dir else None
    load_pid = read_pid(load_dir / PID_FILE) if load_dir else None
    state = read_state(load_dir) if load_dir else None
    remote = None
    if burst and load_pid is not None and alive(load_pid) and state is not None:
        remote = RemoteTelegram(str(state["emulator_url"]))
        first = int(remote.state()["next_update_id"])
        signal_pid(load_pid, signal.SIGUSR1, expect=LOAD_NEEDLES)
        # The kill waits for the whole burst to be in the emulator and acknowledged by the
        # bot: a loaded machine can take the load tens of milliseconds to start sending,
        # and a kill before the burst would find nothing in flight.
        last = first + int(state.get("burst", 1))

        def acknowledged(remote: RemoteTelegram = remote) -> bool:
            now = remote.state()
            return bool(now["next_update_id"] >= last and now["pending_update_count"] == 0)

        _wait_for(acknowledged, 5.0, poll=0.005)
    signal_pid(pid, signal.SIGKILL, expect=BOT_NEEDLES)
    killed_at = time.time()
    append_event(drill_dir, "fault_start", fault=fault, component="bot", at=killed_at,
                 pid=pid)
    if remote is not None:
        remote.close()
    wait_gone(pid, 10.0)
    in_flight: list[int] = []
    if load_dir is not None and state is not None:
        check = check_load(load_dir)
        if check.report is not None:
            replied = check.report.first_reply_at
            unanswered = {s.update_id for s in check.sent} - replied.keys()
            recent = {u for u, at in replied.items() if at >= killed_at - RECORD_WINDOW}
            in_flight = sorted(unanswered | recent)
    append_event(drill_dir, "kill", fault=fault, component="bot", at=killed_at, pid=pid,
                 in_flight=in_flight)
    return {"killed": pid, "in_flight": len(in_flight)}


def start_bot(pid_file: str, drill_dir: str | None = None, launch_file: str | None = None,
              health_url: str | None = None, emulator_url: str | None = None,
              fault: str = "bot_down", recovery_timeout: float = 60.0) -> dict[str, Any]:
    """Start the bot again: with ``launch_file`` (a JSON object: ``argv``, ``env``,
    ``cwd``, ``log``, written by whoever started it first) spawn it and write its PID to
    ``pid_file``; without one, wait for the service manager to start it (a new PID in
    ``pid_file``). Then measure how long until it is ready (``health_url``) and until it
    delivered its first reply (``emulator_url``: the emulator's call log)."""
    old = read_pid(pid_file)
    if old is not None and alive(old) and not _fault_open(drill_dir, fault):
        return {"pid": old, "already_running": True}  # a rollback after a good run
    remote = RemoteTelegram(emulator_url) if emulator_url else None
    calls_before = int(remote.state()["calls"]) if remote is not None else 0
    if launch_file:
        spec = json.loads(Path(launch_file).read_text())
        pid = spawn(spec["argv"], env=spec.get("env"), cwd=spec.get("cwd"),
                    log=spec.get("log", os.devnull))
        Path(pid_file).write_text(f"{pid}\n")
    else:
        def restarted() -> bool:
            new = read_pid(pid_file)
            return new is not None and new != old and alive(new)

        if not _wait_for(restarted, recovery_timeout):
            raise RuntimeError(f"no new bot process in {pid_file} within {recovery_timeout} s")
        pid = read_pid(pid_file) or 0
    back = time.time()
    append_event(drill_dir, "fault_end", fault=fault, component="bot", pid=pid,
                 measured=remote is not None)
    ready_after = first_reply_after = None
    if health_url:
        ready_after = _measure(drill_dir, "bot_ready", fault, back,
                               lambda: ready_status(health_url) == 200, recovery_timeout,
                               "ready")
    if remote is not None:
        def replied() -> bool:
            return bool(remote.calls("sendMessage", status=200, since=calls_before))

        first_reply_after = _measure(drill_dir, "bot", fault, back, replied, recovery_timeout,
                                     "first reply")
        remote.close()
    return {"pid": pid, "ready_after_s": ready_after, "first_reply_after_s": first_reply_after}


# -- the spool's disk ------------------------------------------------------------------------


def fill_disk(path: str, drill_dir: str | None = None, leave_bytes: int = 0,
              fault: str = "spool_disk_full") -> dict[str, Any]:
    """Fill the file system holding ``path`` (a directory on the spool's disk) with one
    filler file until ``leave_bytes`` are free; ``free_disk`` removes it."""
    filler = Path(path) / FILLER
    stats = os.statvfs(path)
    free = stats.f_bavail * stats.f_frsize
    size = max(0, free - leave_bytes)
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        if size:
            with contextlib.suppress(OSError):  # the writes below fill it anyway
                os.posix_fallocate(fd, 0, size)
        chunk = b"\0" * 65536
        while leave_bytes == 0:  # top up what fallocate's rounding left
            try:
                os.write(fd, chunk)
            except OSError:
                if len(chunk) == 1:
                    break
                chunk = chunk[: len(chunk) // 2]
    finally:
        os.close(fd)
    left = os.statvfs(path)
    append_event(drill_dir, "fault_start", fault=fault, component="spool",
                 filler_bytes=filler.stat().st_size)
    return {"filler": str(filler), "free_bytes": left.f_bavail * left.f_frsize}


def free_disk(path: str, drill_dir: str | None = None, health_url: str | None = None,
              fault: str = "spool_disk_full", recovery_timeout: float = 150.0
              ) -> dict[str, Any]:
    """Remove the filler file; with ``health_url``, measure how long until the spool
    writes again (its ``/health`` component healthy)."""
    filler = Path(path) / FILLER
    filler.unlink(missing_ok=True)
    if not _fault_open(drill_dir, fault):
        return {"free_bytes": shutil.disk_usage(path).free, "spool_writes_after_s": None}
    back = time.time()
    append_event(drill_dir, "fault_end", fault=fault, component="spool",
                 measured=bool(health_url))
    seconds = None
    if health_url:
        seconds = _measure(drill_dir, "spool", fault, back,
                           lambda: read_health(health_url).component_status("spool")
                           == "healthy", recovery_timeout, "spool writes again")
    usage = shutil.disk_usage(path)
    return {"free_bytes": usage.free, "spool_writes_after_s": seconds}


# -- the network (a Toxiproxy-compatible API) ------------------------------------------------


def _proxy_api(proxy_url: str, method: str, path: str, body: Any = None) -> Any:
    # Toxiproxy refuses browsers' user agents (Mozilla/...): httpx's default is fine.
    with httpx.Client(base_url=proxy_url.rstrip("/"), timeout=10, trust_env=False) as http:
        response = http.request(method, path, json=body)
    if response.status_code >= 400:
        raise RuntimeError(f"{method} {path}: HTTP {response.status_code} {response.text}")
    return response.json() if response.content else None


def add_toxic(proxy_url: str, proxy: str, toxic_type: str, attributes: dict[str, int],
              stream: str = "downstream", toxicity: float = 1.0, name: str | None = None,
              drill_dir: str | None = None, fault: str | None = None,
              component: str | None = None) -> dict[str, Any]:
    """Add a toxic to ``proxy`` through the Toxiproxy HTTP API at ``proxy_url``."""
    toxic_name = name or f"{toxic_type}_{stream}"
    result = _proxy_api(proxy_url, "POST", f"/proxies/{proxy}/toxics", {
        "name": toxic_name, "type": toxic_type, "stream": stream, "toxicity": toxicity,
        "attributes": attributes})
    append_event(drill_dir, "fault_start", fault=fault or f"{proxy}:{toxic_name}",
                 component=component or proxy, toxic=toxic_type, attributes=attributes)
    return {"proxy": proxy, "toxic": result}


def remove_toxic(proxy_url: str, proxy: str, name: str, drill_dir: str | None = None,
                 fault: str | None = None, component: str | None = None,
                 health_url: str | None = None, recovery_timeout: float = 60.0
                 ) -> dict[str, Any]:
    """Remove a toxic; with ``health_url`` and a ``component`` (postgres, redis), measure
    how long until that component is healthy again."""
    fault = fault or f"{proxy}:{name}"
    if not _fault_open(drill_dir, fault):
        return {"proxy": proxy, "removed": None, "healthy_after_s": None}
    check = _recovery_check(health_url, component) if health_url and component else None
    _proxy_api(proxy_url, "DELETE", f"/proxies/{proxy}/toxics/{name}")
    back = time.time()
    append_event(drill_dir, "fault_end", fault=fault, component=component or proxy,
                 measured=check is not None)
    seconds = None
    if check is not None and component:
        what = "writes resumed" if component == "postgres" else f"{component} healthy"
        seconds = _measure(drill_dir, component, fault, back, check, recovery_timeout, what)
    return {"proxy": proxy, "removed": name, "healthy_after_s": seconds}


def reset_proxies(proxy_url: str, drill_dir: str | None = None) -> dict[str, Any]:
    """Remove every toxic and enable every proxy (``POST /reset``): the rollback."""
    _proxy_api(proxy_url, "POST", "/reset")
    _close_open_toxics(drill_dir)
    return {"reset": True}


# -- the Telegram and Anthropic emulators ----------------------------------------------------


def telegram_fault(emulator_url: str, method: str = "sendMessage", code: int = 500,
                   mode: str = "respond", retry_after: int | None = None,
                   probability: float = 1.0, latency: float = 0.0,
                   drill_dir: str | None = None, fault: str = "telegram_errors"
                   ) -> dict[str, Any]:
    """A fault in the Telegram emulator (``POST /_emu/faults``) until cleared: ``method``
    (``*`` for all) answers ``code`` (429 with ``retry_after``) with ``probability``, drawn
    from the emulator's seeded dice."""
    with RemoteTelegram(emulator_url) as remote:
        rule = remote.add_fault(method=method, mode=mode, code=code, retry_after=retry_after,
                                times=None, probability=probability, latency=latency)
    append_event(drill_dir, "fault_start", fault=fault, component="telegram", method=method,
                 code=code, probability=probability)
    return {"fault": rule}


def clear_telegram_faults(emulator_url: str, drill_dir: str | None = None,
                          fault: str = "telegram_errors", recovery_timeout: float = 60.0
                          ) -> dict[str, Any]:
    """Remove every Telegram emulator fault and measure how long until the bot's next
    reply was delivered."""
    with RemoteTelegram(emulator_url) as remote:
        calls_before = int(remote.state()["calls"])
        fired = sum(int(f.get("fired", 0)) for f in remote.faults())
        remote.clear_faults()
        if not _fault_open(drill_dir, fault):
            return {"fired": fired, "first_reply_after_s": None}
        back = time.time()
        append_event(drill_dir, "fault_end", fault=fault, component="telegram", fired=fired)
        seconds = _measure(drill_dir, "telegram", fault, back,
                           lambda: bool(remote.calls("sendMessage", status=200,
                                                     since=calls_before)),
                           recovery_timeout, "first reply delivered")
    return {"fired": fired, "first_reply_after_s": seconds}


def claude_fault(anthropic_url: str, kind: str = "server_error", delay: float = 0.0,
                 probability: float = 1.0, retry_after: float | None = None,
                 drill_dir: str | None = None, fault: str = "claude_down") -> dict[str, Any]:
    """A fault in the Anthropic emulator (``POST /_emu/faults``) until cleared: every
    request (with ``probability``) gets ``kind`` (``server_error``, ``overloaded``,
    ``rate_limit``, ``hang``, ``disconnect``, ``latency`` with ``delay`` seconds, …)."""
    spec: dict[str, Any] = {"kind": kind, "times": None, "probability": probability}
    if delay:
        spec["delay"] = delay
    if retry_after is not None:
        spec["retry_after"] = retry_after
    with httpx.Client(base_url=anthropic_url.rstrip("/"), timeout=10, trust_env=False) as http:
        response = http.post("/_emu/faults", json=spec)
        response.raise_for_status()
    append_event(drill_dir, "fault_start", fault=fault, component="claude", claude_fault=kind,
                 delay=delay)
    return {"fault": response.json().get("fault")}


def clear_claude_faults(anthropic_url: str, drill_dir: str | None = None,
                        health_url: str | None = None, fault: str = "claude_down",
                        recovery_timeout: float = 60.0) -> dict[str, Any]:
    """Remove every Anthropic emulator fault (hung requests are released); with
    ``health_url``, measure how long until the Claude breaker is closed again."""
    with httpx.Client(base_url=anthropic_url.rstrip("/"), timeout=10, trust_env=False) as http:
        http.delete("/_emu/faults").raise_for_status()
    if not _fault_open(drill_dir, fault):
        return {"breaker_closed_after_s": None}
    back = time.time()
    append_event(drill_dir, "fault_end", fault=fault, component="claude",
                 measured=bool(health_url))
    seconds = None
    if health_url:
        seconds = _measure(drill_dir, "claude", fault, back,
                           lambda: read_health(health_url).breakers().get("claude")
                           == "closed", recovery_timeout, "breaker closed")
    return {"breaker_closed_after_s": seconds}


def _close_open_toxics(drill_dir: str | None) -> None:
    """A reset removed toxics the method did not: log the end of their faults."""
    if drill_dir is None:
        return
    open_: dict[str, str | None] = {}
    for event in read_events(drill_dir):
        if event.kind == "fault_start" and event.fault and "toxic" in event.data:
            open_[event.fault] = event.component
        elif event.kind == "fault_end" and event.fault:
            open_.pop(event.fault, None)
    for name, owner in open_.items():
        append_event(drill_dir, "fault_end", fault=name, component=owner, rollback=True)
