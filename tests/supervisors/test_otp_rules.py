"""OTP's supervisor rules that ``supervisor_SUITE.erl`` does not test case by case, read
from ``supervisor.erl`` itself: the error each API call answers in each situation, what
the flags and child specs accept, what a stray message does, and the finer points of
group restarts, automatic shutdown and restart intensity.

Each docstring states the rule as supervisor.erl behaves, in our terms (the mapping is in
``test_otp_suite.py``'s docstring and docs/notes/supervision.md §1.12). The tests reuse
``test_otp_suite.py``'s helpers and run on both backends.
"""

from __future__ import annotations

import math
from typing import Any

import pytest

from runtime import ActorSystem, Crashed, Started, Stopped
from runtime.testing import EventRecorder
from supervisors import (
    AlreadyStarted,
    AutoShutdown,
    ChildNotFound,
    ChildSpec,
    InvalidSpec,
    Strategy,
    SupervisorFlags,
    check_child_specs,
    delete_child,
    get_childspec,
    start_child,
    terminate_child,
    which_children,
)
from tests.supervisors.test_otp_suite import (
    PERMANENT,
    RUNNING,
    TEMPORARY,
    TRANSIENT,
    UNDEFINED,
    Kid,
    Plan,
    W,
    counts,
    end,
    ended,
    kid,
    rows,
    simple,
    started_ref,
    stop_reasons,
    sup,
)

# -- the API's answers -----------------------------------------------------------------------


@pytest.mark.anyio
async def test_get_childspec_of_an_ended_instance_answers_the_template() -> None:
    """get_childspec under simple_one_for_one finds a pid as terminate_child does: a pid
    that is no longer alive is answered with the template ({ok, Spec}), not not_found
    (supervisor.erl's find_child). Here: the ref of an instance that already ended; a ref
    that never was an instance is still not found."""
    template = kid("child", restart=TEMPORARY)
    async with ActorSystem.start(simple(template)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        ref = await started_ref(start_child(s, [], timeout=W))
        await end(recorder, ref, "stop")
        assert await rows(s) == []
        assert await get_childspec(s, ref, timeout=W) == template
        with pytest.raises(ChildNotFound):
            await get_childspec(s, s, timeout=W)  # alive, and not an instance


@pytest.mark.anyio
async def test_start_child_with_a_child_spec_under_simple_one_for_one_starts_nothing() -> None:
    """start_child under simple_one_for_one appends its argument to the template's
    arguments (A ++ ExtraArgs); a child spec is not a list of arguments, so the start
    fails with an error and no instance is added."""
    async with ActorSystem.start(simple(kid("child"))) as system:
        s = system.ref("sup")
        with pytest.raises(InvalidSpec, match="simple_one_for_one"):
            await start_child(s, kid("other"), timeout=W)
        assert await rows(s) == []
        assert await counts(s) == (1, 0, 0, 0)


@pytest.mark.anyio
async def test_already_started_carries_the_running_childs_ref() -> None:
    """start_child with the id of a running child answers {error, {already_started,
    Child}}: the error names the running child's pid (here its ref), not only the id."""
    async with ActorSystem.start(sup([kid("child1")])) as system:
        with pytest.raises(AlreadyStarted) as raised:
            await start_child(system.ref("sup"), kid("child1"), timeout=W)
        assert raised.value.child_id == "child1"
        assert raised.value.ref == system.ref("sup/child1")


@pytest.mark.anyio
async def test_a_stray_message_does_not_stop_the_supervisor() -> None:
    """A message the supervisor does not know is logged ("Supervisor received unexpected
    message") and ignored (supervisor.erl's catch-all handle_info): the supervisor and its
    children go on untouched. An ask of an unknown request is answered None and leaves
    the supervisor up as well (where OTP would crash on an unknown call: see
    docs/notes/supervision.md §1.12)."""
    async with ActorSystem.start(sup([kid("child1")])) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        await s.tell("garbage")
        assert await s.ask(("garbage", 2), timeout=W) is None
        children = await which_children(s, timeout=W)
        assert [(c.id, c.state, c.incarnation) for c in children] == [("child1", RUNNING, 1)]
        assert recorder.of(Crashed) == []
        assert system.root_exit is None


# -- what the flags, child specs and check_childspecs accept ---------------------------------


@pytest.mark.parametrize(("specs", "strategy", "auto_shutdown", "field_name"), [
    (kid("child1"), Strategy.ONE_FOR_ONE, None, "sequence"),  # a spec, not a list of them
    ("child1", Strategy.ONE_FOR_ONE, None, "sequence"),
    ([kid("child1")], "one_for_one", None, "strategy"),
    ([kid("child1")], Strategy.ONE_FOR_ONE, "any_significant", "auto_shutdown"),
])
def test_check_child_specs_refuses_bad_arguments(
    specs: Any, strategy: Any, auto_shutdown: Any, field_name: str,
) -> None:
    """check_childspecs(X) answers {error, {badarg, X}} when X is not a list, and
    check_childspecs(Specs, AutoShutdown) when AutoShutdown is not undefined, never,
    any_significant or all_significant: an error, never a crash nor a silent ok."""
    with pytest.raises(InvalidSpec, match=field_name):
        check_child_specs(specs, strategy, auto_shutdown)


@pytest.mark.parametrize(("flags", "field_name"), [
    ({"max_restarts": True}, "intensity"),
    ({"within": True}, "period"),
    ({"within": math.nan}, "period"),
])
def test_sup_flags_refuse_bools_and_nan(flags: dict[str, Any], field_name: str) -> None:
    """intensity must be an integer >= 0 and period a positive integer (supervisor.erl's
    validIntensity and validPeriod use is_integer, and true is an atom): a bool is not a
    number here either, nor is NaN."""
    with pytest.raises(InvalidSpec, match=field_name):
        SupervisorFlags(**flags)


@pytest.mark.parametrize("shutdown", [True, False, math.nan])
def test_child_spec_refuses_a_bool_or_nan_shutdown(shutdown: Any) -> None:
    """shutdown must be brutal_kill, an integer >= 0 or infinity (validShutdown): a bool
    (False would have meant brutal, True one second) or NaN is an invalid shutdown."""
    with pytest.raises(InvalidSpec, match="shutdown"):
        ChildSpec(id="child1", factory=Kid, shutdown=shutdown)


def test_an_integer_too_large_for_the_clock_is_an_invalid_spec_not_a_crash() -> None:
    """OTP's integers have no size limit, but this runtime counts time in floats: a
    shutdown or a period past a float's range could never be waited for, so it is refused
    as an invalid spec, like any other bad number, and never raises anything else."""
    with pytest.raises(InvalidSpec, match="shutdown"):
        ChildSpec(id="child1", factory=Kid, shutdown=10**400)
    with pytest.raises(InvalidSpec, match="period"):
        SupervisorFlags(within=10**400)
    assert ChildSpec(id="child1", factory=Kid, shutdown=10**6).shutdown == 10**6


# -- group restarts, automatic shutdown, intensity ---------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("strategy", [Strategy.ONE_FOR_ALL, Strategy.REST_FOR_ONE])
async def test_group_restart_starts_members_that_were_not_running(strategy: Strategy) -> None:
    """A group restart starts every member of the group, running or not (start_children
    after terminate_children): a transient child that had ended normally and a child
    stopped by terminate_child come back with the group. rest_for_one's group is the
    failed child and those after it, so such a child before it stays undefined."""
    specs = [kid("a"), kid("b", restart=TRANSIENT), kid("c"), kid("d")]
    async with ActorSystem.start(sup(specs, strategy=strategy)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        await end(recorder, system.ref("sup/b"), "stop")
        await terminate_child(s, "d", timeout=W)
        assert await rows(s) == [("d", UNDEFINED), ("c", RUNNING), ("b", UNDEFINED),
                                 ("a", RUNNING)]
        failed = "a" if strategy is Strategy.ONE_FOR_ALL else "c"
        await end(recorder, system.ref(f"sup/{failed}"), "die")
        await recorder.wait_for(Started, path="sup/d", timeout=W)
        b = RUNNING if strategy is Strategy.ONE_FOR_ALL else UNDEFINED
        assert await rows(s) == [("d", RUNNING), ("c", RUNNING), ("b", b), ("a", RUNNING)]


@pytest.mark.anyio
@pytest.mark.parametrize("strategy", [Strategy.ONE_FOR_ALL, Strategy.REST_FOR_ONE])
async def test_temporary_significant_bystander_does_not_shut_down(strategy: Strategy) -> None:
    """A temporary significant child stopped as the bystander of a group restart is
    dropped (terminate_children removes temporary children) without an automatic
    shutdown: only a significant child's own exit counts (do_auto_shutdown runs from
    do_restart, never from terminate_children)."""
    specs = [kid("a"), kid("b", restart=TEMPORARY, significant=True),
             kid("c", restart=TRANSIENT, significant=True)]
    async with ActorSystem.start(sup(specs, strategy=strategy,
                                     auto_shutdown=AutoShutdown.ANY_SIGNIFICANT)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        await end(recorder, system.ref("sup/a"), "die")
        await recorder.wait_for(Started, path="sup/c", timeout=W)
        assert await rows(s) == [("c", RUNNING), ("a", RUNNING)]
        assert system.root_exit is None


@pytest.mark.anyio
@pytest.mark.parametrize("first", ["terminated", "ignored"])
async def test_all_significant_counts_only_running_significant_children(first: str) -> None:
    """all_significant shuts the supervisor down when a significant child ends by itself
    and no other significant child has a pid (do_auto_shutdown skips children whose pid
    is undefined): one stopped by terminate_child, or whose start returned ignore, does
    not keep the supervisor up, though neither triggers the shutdown itself."""
    plan = Plan(["ignore"]) if first == "ignored" else Plan()
    specs = [kid("a", plan, restart=TRANSIENT, significant=True),
             kid("b", restart=TRANSIENT, significant=True), kid("c")]
    async with ActorSystem.start(sup(specs, auto_shutdown=AutoShutdown.ALL_SIGNIFICANT)
                                 ) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        if first == "terminated":
            await terminate_child(s, "a", timeout=W)
        assert await rows(s) == [("c", RUNNING), ("b", RUNNING), ("a", UNDEFINED)]
        assert system.root_exit is None
        await end(recorder, system.ref("sup/b"), "stop")
        exit = await ended(system)
    assert exit.detail == "auto_shutdown"
    assert stop_reasons(recorder, "sup/c", "sup") == [("sup/c", "shutdown"), ("sup", "shutdown")]


@pytest.mark.anyio
async def test_significant_child_over_the_intensity_gives_up_rather_than_shut_down() -> None:
    """A transient significant child that crashes is restarted, so its crash goes through
    the intensity (restart/2), not do_auto_shutdown: over the limit the supervisor gives
    up with reached_max_restart_intensity, not auto_shutdown."""
    specs = [kid("a", restart=TRANSIENT, significant=True)]
    async with ActorSystem.start(sup(specs, auto_shutdown=AutoShutdown.ANY_SIGNIFICANT,
                                     max_restarts=0)) as system:
        recorder = EventRecorder(system)
        await end(recorder, system.ref("sup/a"), "die")
        exit = await ended(system)
    assert exit.detail == "reached_max_restart_intensity"
    assert system.exit_code == 1


@pytest.mark.anyio
@pytest.mark.parametrize(("restart", "how"), [(TRANSIENT, "stop"), (TRANSIENT, "shutdown"),
                                              (TEMPORARY, "stop"), (TEMPORARY, "die")])
async def test_exits_that_are_not_restarted_do_not_count(restart: Any, how: str) -> None:
    """Only a restart is counted (add_restart is called from restart/2): with intensity 0,
    any number of transient normal exits and temporary exits of any kind leave the
    supervisor up."""
    async with ActorSystem.start(sup(max_restarts=0)) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        for n in range(3):
            ref = await started_ref(start_child(s, kid(f"k{n}", restart=restart), timeout=W))
            await end(recorder, ref, how)
        assert await counts(s) == ((3, 0, 0, 3) if restart is TRANSIENT else (0, 0, 0, 0))
        assert system.root_exit is None


@pytest.mark.anyio
async def test_order_follows_when_each_child_was_added() -> None:
    """The supervisor's order is the order children were added (init's list, then each
    start_child); a restart keeps a child's place, a deleted and re-added child goes
    last. which_children lists the most recent first, and shutdown stops children in that
    same reverse order."""
    async with ActorSystem.start(sup([kid("a"), kid("b", restart=PERMANENT)])) as system:
        recorder = EventRecorder(system)
        s = system.ref("sup")
        await start_child(s, kid("c"), timeout=W)
        await terminate_child(s, "a", timeout=W)
        await delete_child(s, "a", timeout=W)
        await start_child(s, kid("a"), timeout=W)
        await end(recorder, system.ref("sup/b"), "die")
        await recorder.wait_for(Started, path="sup/b", timeout=W)
        assert await rows(s) == [("a", RUNNING), ("c", RUNNING), ("b", RUNNING)]
        since = len(recorder.of(Stopped))
    assert [(e.path, e.reason) for e in recorder.of(Stopped)[since:]] == [
        ("sup/a", "shutdown"), ("sup/c", "shutdown"), ("sup/b", "shutdown"),
        ("sup", "shutdown")]
