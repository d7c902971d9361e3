"""Property tests: the Supervisor against a small reference model of OTP's rules.

``SupervisorModel`` below is OTP's supervisor (docs/notes/supervision.md §1.2–1.8; the
``§`` comments in this file are sections of that note) written as plain Python,
independent of ``supervisors``. Hypothesis draws child lists, strategies, intensities and
event sequences; each case runs the real Supervisor as the root of an ActorSystem on
asyncio and on trio (virtual clock) and must produce the model's event trace,
``which_children`` rows and exit. Every event is driven by a message or an API call, then
awaited through the events it must cause; nothing sleeps on the wall clock. The model
covers ``ignore`` (a start that declines) and significant children with auto_shutdown
(§1.10) too.

More properties: a child failing to start at init, poison messages under the redeliver
policy, the sliding-window intensity rule on trio's virtual clock (exact times, so the
``t >= now - within`` boundary is hit on purpose), and escalation to a parent.
"""

from __future__ import annotations

import contextlib
import itertools
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import anyio
import pytest
import trio
import trio.testing
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from runtime import (
    IGNORE,
    Actor,
    ActorSystem,
    Crashed,
    DeadLettered,
    Escalated,
    ExitKind,
    InFlight,
    IntensityExceeded,
    LifecycleEvent,
    Props,
    Restarting,
    Started,
    StartFailed,
    StopActor,
    Stopped,
)
from runtime.testing import EventRecorder
from supervisors import (
    AutoShutdown,
    ChildRunning,
    ChildSpec,
    ChildState,
    Restart,
    Strategy,
    Supervisor,
    SupervisorFlags,
    count_children,
    restart_child,
    supervisor_spec,
    terminate_child,
    which_children,
)

BACKENDS = ["asyncio", "trio"]
SUP = "sup"
FOREVER = 1e9  # an intensity period that every event of a case falls inside

# A missing event fails a case after this long: virtual seconds under trio (instant once
# the system is idle), wall-clock seconds under asyncio.
WAIT = {"asyncio": 2.0, "trio": 30.0}

Entry = tuple[str, ...]  # ("Started", "c0"), ("Stopped", "c1", "shutdown"), ...


# -- the reference model -------------------------------------------------------------------

PERMANENT, TRANSIENT, TEMPORARY = "permanent", "transient", "temporary"
CHILD_EVENTS = ("crash", "exit", "stop")  # told to a running child; the rest hit any child
RUNNING, UNDEFINED, RESTARTING = "running", "undefined", "restarting"


@dataclass(eq=False)
class _ModelChild:
    id: str
    restart: str  # permanent | transient | temporary
    significant: bool = False
    state: str = RUNNING  # running | undefined (spec kept, not running) | restarting
    restarts: int = 0  # successful automatic restarts of this spec


@dataclass
class SupervisorModel:
    """OTP's static supervisor, predicting the lifecycle trace of every event: strategies
    one_for_one / one_for_all / rest_for_one, restart types against exit reasons, one
    intensity unit per restart event (and per retry of a failed restart), start order and
    reverse stop order, failed restarts marked restarting and retried (the group's later
    children undefined meanwhile), starts that return ``ignore``, significant children
    and auto_shutdown, and giving up (stop the rest in reverse order, exit ``shutdown``).

    Events: ``crash`` (the child raises), ``exit`` / ``stop`` (it stops itself with
    reason normal / shutdown), ``arm`` (its next start fails), ``ignore`` (its next start
    returns IGNORE), ``terminate`` and ``restart`` (``terminate_child`` /
    ``restart_child``). The trace holds what the runtime publishes: Started, Stopped (with
    reason), Crashed (with phase), Restarting (the failed child's), and the supervisor's
    IntensityExceeded, Escalated and final Stopped. Cases are observed only when the
    supervisor is idle, so ``restarting`` (a retry pending in its mailbox) is never seen:
    every retry has succeeded or given up.
    """

    restart_types: Sequence[str]
    strategy: str  # one_for_one | one_for_all | rest_for_one
    max_restarts: int
    significant: Sequence[bool] = ()  # per child; empty: none is
    auto_shutdown: str = "never"  # never | any_significant | all_significant
    children: list[_ModelChild] = field(init=False)
    trace: list[Entry] = field(init=False)
    fail_next: Counter[str] = field(init=False)
    ignore_next: Counter[str] = field(init=False)
    restart_events: int = 0  # the period is infinite: every restart event stays counted
    alive: bool = True
    ended: str = ""  # why the supervisor ended: reached_max_restart_intensity | auto_shutdown

    def __post_init__(self) -> None:
        significant = list(self.significant) or [False] * len(self.restart_types)
        self.children = [_ModelChild(f"c{i}", r, s)
                         for i, (r, s) in enumerate(zip(self.restart_types, significant,
                                                        strict=True))]
        self.fail_next = Counter()
        self.ignore_next = Counter()
        # §1.6: children start left to right, then the supervisor has started.
        self.trace = [("Started", c.id) for c in self.children] + [("Started", SUP)]

    # -- driving -----------------------------------------------------------------------

    def target(self, kind: str, index: int) -> str | None:
        """The child an event hits: the index-th running child (any child for ``arm`` and
        the API calls), or None when nothing can be hit (the event is skipped)."""
        if not self.alive:
            return None
        pool = self.running() if kind in CHILD_EVENTS else self.children
        return pool[index % len(pool)].id if pool else None

    def apply(self, kind: str, child_id: str) -> str:
        """Apply one event; the API calls' outcome: ok, ignored, running or start_failed."""
        child = next(c for c in self.children if c.id == child_id)
        if kind == "arm":
            self.fail_next[child_id] += 1
        elif kind == "ignore":
            self.ignore_next[child_id] += 1
        elif kind == "crash":
            self.trace.append(("Crashed", child_id, "receive"))
            self._exited(child, normal=False)
        elif kind in ("exit", "stop"):  # §1.4: normal and shutdown are both normal
            self.trace.append(("Stopped", child_id, "normal" if kind == "exit" else "shutdown"))
            self._exited(child, normal=True)
        elif kind == "terminate":
            return self._terminate_child(child)
        else:
            return self._restart_child(child)
        return "ok"

    def shut_down(self) -> None:
        """The system stops the supervisor: children in reverse start order, then itself."""
        if self.alive:
            self._stop_all()
            self.trace.append(("Stopped", SUP, "shutdown"))

    def running(self) -> list[_ModelChild]:
        return [c for c in self.children if c.state == RUNNING]

    def rows(self) -> list[tuple[str, str, int]]:
        """``which_children``: most recently added first."""
        return [(c.id, c.state, c.restarts) for c in reversed(self.children)]

    # -- OTP's rules -------------------------------------------------------------------

    def _terminate_child(self, child: _ModelChild) -> str:
        # §1.11: shutdown protocol, spec kept (temporary: removed), no restart, no intensity.
        if child.state == RUNNING:
            self._stop(child)
        if child.restart == TEMPORARY:
            self.children.remove(child)
        return "ok"

    def _restart_child(self, child: _ModelChild) -> str:
        # §1.11: only a stopped child; not a restart event, so intensity is untouched.
        if child.state == RUNNING:
            return "running"
        if self.fail_next[child.id] > 0:
            self.fail_next[child.id] -= 1
            self.trace.append(("Crashed", child.id, "start"))
            return "start_failed"
        if self._ignores(child):
            return "ignored"
        self.trace.append(("Started", child.id))
        child.state = RUNNING
        return "ok"

    def _ignores(self, child: _ModelChild) -> bool:
        # §1.6: a start returning ignore keeps the spec without a child (temporary: dropped).
        if self.ignore_next[child.id] == 0:
            return False
        self.ignore_next[child.id] -= 1
        child.state = UNDEFINED
        if child.restart == TEMPORARY:
            self.children.remove(child)
        return True

    def _exited(self, child: _ModelChild, *, normal: bool) -> None:
        # §1.4: temporary never restarts (spec deleted); transient only after abnormal exits.
        child.state = UNDEFINED
        if child.restart == PERMANENT or (child.restart == TRANSIENT and not normal):
            self._restart(child)
            return
        if child.restart == TEMPORARY:
            self.children.remove(child)
        self._auto_shutdown(child)

    def _auto_shutdown(self, child: _ModelChild) -> None:
        # §1.10: a significant child that ended by itself and is not restarted.
        if self.auto_shutdown == "never" or not child.significant:
            return
        if self.auto_shutdown == "all_significant" and any(
                c.significant and c.state != UNDEFINED for c in self.children):
            return
        self._stop_all()
        self.trace.append(("Stopped", SUP, "shutdown"))
        self.alive = False
        self.ended = "auto_shutdown"

    def _restart(self, child: _ModelChild) -> None:
        # §1.5: one unit per restart event, however many children the strategy restarts.
        self.restart_events += 1
        if self.restart_events > self.max_restarts:
            self._give_up()
            return
        # §1.2: bystanders stop in reverse start order; §1.4: temporary ones are dropped.
        group = self._group(child)
        for member in reversed(group):
            if member is child or member.state != RUNNING:
                continue
            self._stop(member)
            if member.restart == TEMPORARY:
                self.children.remove(member)
        child.state = RESTARTING  # the others of the group are undefined until started
        self.trace.append(("Restarting", child.id))
        self._start_group(child)

    def _start_group(self, child: _ModelChild) -> None:
        # §1.2: the group starts again in start order (children of the group that were not
        # running, e.g. a transient one that had exited normally, start too).
        for member in self._group(child):
            if member.state == RUNNING:
                continue
            if self.fail_next[member.id] > 0:
                # §1.7: marked restarting, retried later; the retry is a restart event and
                # restarts the group from the child that failed to start.
                self.fail_next[member.id] -= 1
                self.trace.append(("Crashed", member.id, "start"))
                member.state = RESTARTING
                self._restart(member)
                return
            if self._ignores(member):
                continue
            self.trace.append(("Started", member.id))
            member.state = RUNNING
            member.restarts += 1

    def _group(self, child: _ModelChild) -> list[_ModelChild]:
        if self.strategy == "one_for_all":
            return list(self.children)
        if self.strategy == "rest_for_one":
            return self.children[self.children.index(child):]
        return [child]

    def _give_up(self) -> None:
        # §1.5: no restart; the rest stop in reverse start order; exit with shutdown.
        self.trace.append(("IntensityExceeded", SUP))
        self._stop_all()
        self.trace.append(("Escalated", SUP))
        self.trace.append(("Stopped", SUP, "shutdown"))
        self.alive = False
        self.ended = "reached_max_restart_intensity"

    def _stop_all(self) -> None:
        for member in reversed(self.children):
            if member.state == RUNNING:
                self._stop(member)

    def _stop(self, member: _ModelChild) -> None:
        self.trace.append(("Stopped", member.id, "shutdown"))
        member.state = UNDEFINED


def first_give_up(
    times: Sequence[float], max_restarts: int, within: float
) -> tuple[int, int] | None:
    """The sliding-window rule (§1.5 on float time, keeping ``t >= now - within``): the
    index of the restart that makes the supervisor give up, and how many restarts the
    window then holds; None when it never gives up."""
    stamps: list[float] = []
    for index, now in enumerate(times):
        stamps = [t for t in stamps if t >= now - within] + [now]
        if len(stamps) > max_restarts:
            return index, len(stamps)
    return None


# -- the real thing ------------------------------------------------------------------------

_TRACED = (Started, Stopped, Crashed, Restarting, IntensityExceeded, Escalated)


class Boom(Exception):
    """What the test children raise."""


class _Child(Actor):
    """Crashes on "crash", stops itself on "exit" (normal) and "stop" (shutdown); fails
    its start while armed, returns IGNORE from it while ``ignoring``."""

    def __init__(self, child_id: str, armed: Counter[str],
                 ignoring: Counter[str] | None = None) -> None:
        self._id = child_id
        self._armed = armed
        self._ignoring = ignoring if ignoring is not None else Counter()

    async def started(self) -> Any:
        if self._armed[self._id] > 0:
            self._armed[self._id] -= 1
            raise Boom(f"{self._id} fails to start")
        if self._ignoring[self._id] > 0:
            self._ignoring[self._id] -= 1
            return IGNORE
        return None

    async def receive(self, message: Any) -> Any:
        if message == "crash":
            raise Boom(f"{self._id} crashes")
        if message == "exit":
            raise StopActor(ExitKind.NORMAL)
        if message == "stop":
            raise StopActor(ExitKind.SHUTDOWN)
        return message


class _RecordedSupervisor(Supervisor):
    """A Supervisor that opens an EventRecorder before its children start, so the trace
    includes the initial start order."""

    def __init__(self, flags: SupervisorFlags, specs: Sequence[ChildSpec],
                 box: list[EventRecorder]) -> None:
        super().__init__(flags, specs)
        self._box = box

    async def started(self) -> None:
        if not self._box:
            self._box.append(EventRecorder(self.ctx.system))
        await super().started()


def _entry(event: LifecycleEvent) -> Entry:
    name = event.path.removeprefix(SUP + "/")
    if isinstance(event, Stopped):
        return ("Stopped", name, event.reason)
    if isinstance(event, Crashed):
        return ("Crashed", name, event.phase)
    return (event.kind, name)


def _traced(event: LifecycleEvent) -> bool:
    return isinstance(event, _TRACED)


def trace_of(recorder: EventRecorder) -> list[Entry]:
    return [_entry(e) for e in recorder.events if _traced(e)]


async def settle(recorder: EventRecorder, count: int, timeout: float) -> None:
    """Wait until ``count`` traced events were published (the model's prediction); a
    shortfall shows up as a trace mismatch, not as a bare timeout."""
    if count > 0:
        with contextlib.suppress(TimeoutError):
            await recorder.wait_for(LifecycleEvent, where=_traced, count=count, timeout=timeout)
    await anyio.wait_all_tasks_blocked()


async def rows_of(system: ActorSystem) -> list[tuple[str, str, int]]:
    """``which_children`` as (id, state, restarts); checks ``count_children`` agrees."""
    rows = await which_children(system.ref(SUP), timeout=10)
    counts = await count_children(system.ref(SUP), timeout=10)
    active = sum(1 for r in rows if r.state is ChildState.RUNNING)
    assert (counts.specs, counts.active, counts.workers) == (len(rows), active, len(rows))
    return [(r.id, r.state.value, r.restarts) for r in rows]


async def call_api(system: ActorSystem, kind: str, child_id: str, timeout: float) -> str:
    try:
        if kind == "terminate":
            await terminate_child(system.ref(SUP), child_id, timeout=timeout)
        elif (await restart_child(system.ref(SUP), child_id, timeout=timeout)).ignored:
            return "ignored"
    except ChildRunning:
        return "running"
    except StartFailed:
        return "start_failed"
    return "ok"


def run_on(backend: str, main: Callable[[], Awaitable[None]]) -> None:
    if backend == "trio":
        trio.run(main, clock=trio.testing.MockClock(autojump_threshold=0))
    else:
        anyio.run(main, backend="asyncio")


# -- property: strategies, restart types, intensity, failed restarts ---------------------

_STRATEGIES = {
    "one_for_one": Strategy.ONE_FOR_ONE,
    "one_for_all": Strategy.ONE_FOR_ALL,
    "rest_for_one": Strategy.REST_FOR_ONE,
}
_RESTARTS = {PERMANENT: Restart.PERMANENT, TRANSIENT: Restart.TRANSIENT,
             TEMPORARY: Restart.TEMPORARY}
_AUTO_SHUTDOWN = {mode.value: mode for mode in AutoShutdown}


@dataclass(frozen=True)
class Case:
    restart_types: tuple[str, ...]
    strategy: str
    max_restarts: int
    events: tuple[tuple[str, int], ...]  # (crash | exit | stop | arm | ignore | terminate
    #                                        | restart, i)
    significant: tuple[bool, ...] = ()  # per child (only transient or temporary ones)
    auto_shutdown: str = "never"

    def model(self) -> SupervisorModel:
        return SupervisorModel(self.restart_types, self.strategy, self.max_restarts,
                               self.significant, self.auto_shutdown)


@st.composite
def cases(draw: st.DrawFn) -> Case:
    n = draw(st.integers(1, 6))
    kinds = ["crash", "crash", "crash", "exit", "stop", "arm", "arm", "ignore", "terminate",
             "restart"]
    restart_types = tuple(draw(st.lists(st.sampled_from(list(_RESTARTS)),
                                        min_size=n, max_size=n)))
    auto_shutdown = draw(st.sampled_from(list(_AUTO_SHUTDOWN)))
    significant = tuple(
        auto_shutdown != "never" and r != PERMANENT and draw(st.booleans())
        for r in restart_types
    )
    return Case(
        restart_types=restart_types,
        strategy=draw(st.sampled_from(list(_STRATEGIES))),
        max_restarts=draw(st.integers(0, 4)),
        events=tuple(draw(st.lists(st.tuples(st.sampled_from(kinds), st.integers(0, 5)),
                                   max_size=8))),
        significant=significant,
        auto_shutdown=auto_shutdown,
    )


async def check_case(case: Case, backend: str) -> None:
    timeout = WAIT[backend]
    model = case.model()
    armed: Counter[str] = Counter()
    ignoring: Counter[str] = Counter()
    significant = case.significant or (False,) * len(case.restart_types)
    specs = [
        ChildSpec(id=f"c{i}", factory=_Child, args=(f"c{i}", armed, ignoring),
                  restart=_RESTARTS[r], in_flight=InFlight.DROP, significant=sig)
        for i, (r, sig) in enumerate(zip(case.restart_types, significant, strict=True))
    ]
    flags = SupervisorFlags(strategy=_STRATEGIES[case.strategy],
                            max_restarts=case.max_restarts, within=FOREVER,
                            auto_shutdown=_AUTO_SHUTDOWN[case.auto_shutdown])
    box: list[EventRecorder] = []
    props = Props(lambda: _RecordedSupervisor(flags, specs, box), capacity=10_000)
    async with ActorSystem.start(props, name=SUP) as system:
        recorder = box[0]
        await settle(recorder, len(model.trace), timeout)
        assert trace_of(recorder) == model.trace, "start order"
        assert await rows_of(system) == model.rows()
        for step, (kind, index) in enumerate(case.events):
            target = model.target(kind, index)
            if target is None:
                continue
            expected = model.apply(kind, target)
            if kind == "arm":
                armed[target] += 1
                continue
            if kind == "ignore":
                ignoring[target] += 1
                continue
            if kind in CHILD_EVENTS:
                await system.ref(f"{SUP}/{target}").tell(kind)
            else:
                assert await call_api(system, kind, target, timeout) == expected
            await settle(recorder, len(model.trace), timeout)
            if model.alive:
                rows = await rows_of(system)  # also a barrier: the supervisor is idle
                assert trace_of(recorder) == model.trace, f"after event {step}: {kind} {target}"
                assert rows == model.rows(), f"after event {step}: {kind} {target}"
            else:
                assert trace_of(recorder) == model.trace, f"after event {step}: {kind} {target}"
                with anyio.fail_after(timeout):
                    root_exit = await system.wait()
                assert root_exit is not None
                assert root_exit.kind is ExitKind.SHUTDOWN
                assert root_exit.detail == model.ended
                assert system.exit_code == (0 if model.ended == "auto_shutdown" else 1)
                break
        if model.alive:
            assert {c.path for c in system.actors() if c.running} == (
                {SUP} | {f"{SUP}/{c.id}" for c in model.running()})
            assert system.root_exit is None
    # Leaving the block shut the system down: children in reverse start order, then the root.
    model.shut_down()
    assert trace_of(recorder) == model.trace, "shutdown order"
    assert system.exit_code == (1 if model.ended == "reached_max_restart_intensity" else 0)
    recorder.close()


@pytest.mark.parametrize("backend", BACKENDS)
@settings(max_examples=150, deadline=None)
@given(case=cases())
@example(case=Case((PERMANENT, PERMANENT, PERMANENT), "rest_for_one", 4,
                   (("arm", 2), ("crash", 0))))
@example(case=Case((PERMANENT, TRANSIENT, TEMPORARY), "one_for_all", 3,
                   (("exit", 1), ("crash", 0), ("crash", 0))))
@example(case=Case((PERMANENT, PERMANENT, TEMPORARY), "rest_for_one", 4,
                   (("ignore", 1), ("ignore", 2), ("crash", 0), ("restart", 1))))
@example(case=Case((TRANSIENT, PERMANENT, TEMPORARY), "one_for_one", 2,
                   (("crash", 0), ("exit", 2), ("exit", 0)), (True, False, True),
                   "all_significant"))
@example(case=Case((PERMANENT, TRANSIENT), "one_for_all", 2,
                   (("exit", 1),), (False, True), "any_significant"))
def test_supervisor_follows_otp_model(backend: str, case: Case) -> None:
    async def main() -> None:
        await check_case(case, backend)

    run_on(backend, main)
    model = case.model()
    for kind, index in case.events:
        target = model.target(kind, index)
        if target is not None:
            model.apply(kind, target)
    event(f"{case.strategy}, " + (model.ended or "survived"))
    if ("Crashed", SUP, "start") not in model.trace and any(
            e[0] == "Crashed" and e[2] == "start" for e in model.trace):
        event("a restart failed to start")


# -- property: a child that fails to start while the supervisor starts -------------------


@pytest.mark.parametrize("backend", BACKENDS)
@settings(max_examples=25, deadline=None)
@given(restart_types=st.lists(st.sampled_from(list(_RESTARTS)), min_size=1, max_size=6),
       data=st.data())
def test_failed_initial_start_stops_started_children_in_reverse(
    backend: str, restart_types: list[str], data: st.DataObject
) -> None:
    """§1.6: children start left to right; when child k fails to start, children 0..k-1
    stop right to left, later children never start, and the supervisor's start fails."""
    failing = data.draw(st.integers(0, len(restart_types) - 1), label="failing")
    timeout = WAIT[backend]
    expected = (
        [("Started", f"c{i}") for i in range(failing)]
        + [("Crashed", f"c{failing}", "start")]
        + [("Stopped", f"c{i}", "shutdown") for i in reversed(range(failing))]
        + [("Crashed", SUP, "start")]
    )

    async def main() -> None:
        armed = Counter({f"c{failing}": 1})
        specs = [ChildSpec(id=f"c{i}", factory=_Child, args=(f"c{i}", armed),
                           restart=_RESTARTS[r], in_flight=InFlight.DROP)
                 for i, r in enumerate(restart_types)]
        box: list[EventRecorder] = []
        flags = SupervisorFlags(max_restarts=4, within=FOREVER)
        props = Props(lambda: _RecordedSupervisor(flags, specs, box))
        with pytest.raises(BaseException) as raised:  # noqa: PT012
            with anyio.fail_after(timeout):
                async with ActorSystem.start(props, name=SUP):
                    pass
        errors = (raised.value.exceptions if isinstance(raised.value, BaseExceptionGroup)
                  else (raised.value,))
        assert [type(e) for e in errors] == [StartFailed]
        assert trace_of(box[0]) == expected

    run_on(backend, main)


# -- property: poison messages under the redeliver policy --------------------------------


class _Poisoned(Actor):
    """Crashes on "poison" (noting each delivery attempt); records everything else."""

    def __init__(self, log: list[Any]) -> None:
        self._log = log

    async def receive(self, message: Any) -> Any:
        if message == "poison":
            self._log.append(("poison", self.ctx.attempt, self.ctx.incarnation))
            raise Boom("poison")
        self._log.append(message)
        return message


@pytest.mark.parametrize("backend", BACKENDS)
@settings(max_examples=60, deadline=None)
@given(redeliveries=st.integers(0, 4), max_restarts=st.integers(0, 5),
       queued=st.integers(0, 3))
def test_poison_message_crashes_k_plus_one_times_then_dead_letters(
    backend: str, redeliveries: int, max_restarts: int, queued: int
) -> None:
    """With ``max_redeliveries=k`` a message that always crashes its handler is handled
    k+1 times (attempts 1..k+1, one per incarnation) and then dead-lettered as poison;
    messages queued behind it are handled afterwards, in order. When the intensity allows
    fewer restarts the supervisor gives up first."""
    crashes = min(redeliveries + 1, max_restarts + 1)
    gives_up = redeliveries + 1 > max_restarts
    poisoned = redeliveries <= max_restarts
    timeout = WAIT[backend]

    async def main() -> None:
        log: list[Any] = []
        spec = ChildSpec(id="w", factory=_Poisoned, args=(log,),
                         in_flight=InFlight.REDELIVER, max_redeliveries=redeliveries)
        root = supervisor_spec(SUP, [spec], max_restarts=max_restarts, within=FOREVER)
        async with ActorSystem.start(root) as system:
            with EventRecorder(system) as recorder:
                ref = system.ref(f"{SUP}/w")
                await ref.tell("poison")
                for i in range(queued):
                    await ref.tell(("ping", i))
                if gives_up:
                    with anyio.fail_after(timeout):
                        await system.wait()
                else:
                    await recorder.wait_for(Started, path=f"{SUP}/w", count=crashes,
                                            timeout=timeout)
                    assert await ref.ask("sync", timeout=timeout) == "sync"
                    assert log[crashes:] == [("ping", i) for i in range(queued)] + ["sync"]
                assert log[:crashes] == [("poison", n, n) for n in range(1, crashes + 1)]
                assert len(recorder.of(Crashed, path=f"{SUP}/w")) == crashes
                poison = recorder.of(DeadLettered, where=lambda e: e.reason == "poison")
                if poisoned:
                    assert [(e.message, e.attempts) for e in poison] == [
                        ("poison", redeliveries + 1)]
                else:
                    assert poison == []
                assert bool(recorder.of(IntensityExceeded)) == gives_up
                assert (system.root_exit is not None) == gives_up

    run_on(backend, main)


# -- property: the sliding window on trio's virtual clock --------------------------------


@settings(max_examples=150, deadline=None)
@given(max_restarts=st.integers(0, 4), within=st.integers(1, 6),
       gaps=st.lists(st.integers(0, 8), min_size=1, max_size=8))
@example(max_restarts=1, within=5, gaps=[0, 5])  # a restart exactly `within` old counts
@example(max_restarts=1, within=5, gaps=[0, 6])  # one older than that does not
@example(max_restarts=2, within=3, gaps=[1, 3, 1, 3, 3])
def test_intensity_gives_up_exactly_when_the_window_overflows(
    max_restarts: int, within: int, gaps: list[int]
) -> None:
    """Crashes at exact virtual times: the supervisor gives up at the first restart that
    leaves more than ``max_restarts`` restarts with ``t >= now - within``, not before."""

    async def main() -> None:
        spec = ChildSpec(id="w", factory=_Child, args=("w", Counter()),
                         in_flight=InFlight.DROP)
        root = supervisor_spec(SUP, [spec], max_restarts=max_restarts, within=within)
        async with ActorSystem.start(root) as system:
            with EventRecorder(system) as recorder:
                start = trio.current_time()
                times = [start + t for t in itertools.accumulate(gaps)]
                verdict = first_give_up(times, max_restarts, within)
                for index, gap in enumerate(gaps):
                    await trio.sleep(gap)
                    assert trio.current_time() == times[index]
                    await system.ref(f"{SUP}/w").tell("crash")
                    if verdict is not None and verdict[0] == index:
                        exceeded = await recorder.wait_for(IntensityExceeded, timeout=30)
                        assert (exceeded.at, exceeded.restarts) == (times[index], verdict[1])
                        with anyio.fail_after(30):
                            await system.wait()
                        assert len(recorder.of(Escalated, path=SUP)) == 1
                        assert system.root_exit is not None
                        assert system.exit_code == 1
                        return
                    await recorder.wait_for(Started, path=f"{SUP}/w", count=index + 1,
                                            timeout=30)
                    assert recorder.of(IntensityExceeded) == []
                assert verdict is None
                assert system.root_exit is None

    trio.run(main, clock=trio.testing.MockClock(autojump_threshold=0))


# -- escalation: a sub-supervisor that gives up, seen by its parent ----------------------


@pytest.mark.parametrize("backend", BACKENDS)
@settings(max_examples=36, deadline=None)
@given(restart=st.sampled_from(list(_RESTARTS)), max_restarts=st.integers(0, 3),
       root_max_restarts=st.integers(0, 2))
def test_gave_up_sub_supervisor_is_handled_by_its_restart_type(
    backend: str, restart: str, max_restarts: int, root_max_restarts: int
) -> None:
    """§1.8: a sub-supervisor that gives up exits with ``shutdown``. Its parent restarts it
    when permanent, which is one restart event for the parent (so a parent with intensity
    0 gives up in turn), and not when transient (shutdown is a normal reason) or temporary
    (its spec is deleted)."""
    timeout = WAIT[backend]
    restarted = restart == PERMANENT
    root_gives_up = restarted and root_max_restarts == 0

    async def main() -> None:
        spec = ChildSpec(id="w", factory=_Child, args=("w", Counter()),
                         in_flight=InFlight.DROP)
        sub = supervisor_spec("sub", [spec], max_restarts=max_restarts, within=FOREVER,
                              restart=_RESTARTS[restart])
        root = supervisor_spec("root", [sub], max_restarts=root_max_restarts, within=FOREVER)
        async with ActorSystem.start(root) as system:
            with EventRecorder(system) as recorder:
                for n in range(max_restarts + 1):
                    await system.ref("root/sub/w").tell("crash")
                    if n < max_restarts:
                        await recorder.wait_for(Started, path="root/sub/w", count=n + 1,
                                                timeout=timeout)
                await recorder.wait_for(Stopped, path="root/sub", timeout=timeout)
                if root_gives_up:
                    with anyio.fail_after(timeout):
                        root_exit = await system.wait()
                    assert root_exit is not None
                    assert root_exit.kind is ExitKind.SHUTDOWN
                    assert system.exit_code == 1
                    assert [e.path for e in recorder.of(Escalated)] == ["root/sub", "root"]
                    return
                if restarted:
                    await recorder.wait_for(Started, path="root/sub", timeout=timeout)
                await anyio.wait_all_tasks_blocked()
                rows = await which_children(system.ref("root"), timeout=timeout)
                expected = {PERMANENT: [("sub", ChildState.RUNNING, 1)],
                            TRANSIENT: [("sub", ChildState.UNDEFINED, 0)],
                            TEMPORARY: []}[restart]
                assert [(r.id, r.state, r.restarts) for r in rows] == expected
                assert [e.reason for e in recorder.of(Stopped, path="root/sub")] == ["shutdown"]
                assert [e.path for e in recorder.of(Escalated)] == ["root/sub"]
                assert len(recorder.of(Restarting, path="root/sub")) == int(restarted)
                if restarted:  # a fresh sub-supervisor with fresh children
                    sub_rows = await which_children(system.ref("root/sub"), timeout=timeout)
                    assert [(r.id, r.state) for r in sub_rows] == [("w", ChildState.RUNNING)]
                assert system.root_exit is None

    run_on(backend, main)
