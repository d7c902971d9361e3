"""Dead letters at shutdown are ``shutdown`` letters, whoever closes the mailbox: the
system retiring what is left, or a supervisor removing its dynamic children as it stops
with the system. A child removed while the system runs on is still ``stopped``."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from runtime import Actor, ActorRef, ActorSystem, DeadLettered
from supervisors import Restart, start_child, supervisor_spec, terminate_child, worker

pytestmark = pytest.mark.anyio


class Stuck(Actor):
    """Never finishes a message, so the ones sent after the first stay queued."""

    async def receive(self, message: Any) -> Any:
        await anyio.sleep_forever()


def dynamic_ref(system: ActorSystem, name: str) -> ActorRef:
    [cell] = [c for c in system.actors() if c.path.endswith("/" + name)]
    return cell.ref


async def test_a_dynamic_childs_queued_messages_at_shutdown_are_shutdown_letters() -> None:
    spec = supervisor_spec("root", [supervisor_spec("sub", [])])
    dead: list[DeadLettered] = []
    async with ActorSystem.start(spec) as system:
        system.events.add_listener(
            lambda e: dead.append(e) if isinstance(e, DeadLettered) else None)
        await start_child(system.ref("sub"), worker("dyn", Stuck, shutdown=0.0))
        ref = dynamic_ref(system, "dyn")
        for i in range(3):
            await ref.tell(i)
        await anyio.wait_all_tasks_blocked()
    assert sorted((d.path, d.message, d.reason) for d in dead) == [
        ("root/sub/dyn", i, "shutdown") for i in range(3)]


async def test_a_child_terminated_while_the_system_runs_leaves_stopped_letters() -> None:
    spec = supervisor_spec("root", [supervisor_spec("sub", [])])
    dead: list[DeadLettered] = []
    async with ActorSystem.start(spec) as system:
        system.events.add_listener(
            lambda e: dead.append(e) if isinstance(e, DeadLettered) else None)
        await start_child(system.ref("sub"), worker("dyn", Stuck, shutdown=0.0,
                                                    restart=Restart.TEMPORARY))
        ref = dynamic_ref(system, "dyn")
        for i in range(3):
            await ref.tell(i)
        await anyio.wait_all_tasks_blocked()
        await terminate_child(system.ref("sub"), "dyn")
        during = sorted((d.message, d.reason) for d in dead)
    assert during == [(i, "stopped") for i in range(3)]
