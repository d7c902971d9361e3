"""``fe_dead_letters_total`` in a real ActorSystem: the letters a shutdown leaves are
counted with ``reason="shutdown"`` (the DeadLetters alert leaves them out), letters lost
while the system runs with their own reason, and the label stays a bounded set."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from actors.health import Metrics
from actors.health._metrics import DEAD_LETTER_REASONS
from runtime import Actor, ActorSystem, DeadLettered
from supervisors import start_child, supervisor_spec, worker

pytestmark = pytest.mark.anyio


class Stuck(Actor):
    async def receive(self, message: Any) -> Any:
        await anyio.sleep_forever()


def counted(metrics: Metrics) -> dict[tuple[str, str], float]:
    return {(s.labels["actor"], s.labels["reason"]): s.value
            for family in metrics.registry.collect() if family.name == "fe_dead_letters"
            for s in family.samples if s.name == "fe_dead_letters_total"}


async def test_a_stopping_bots_letters_are_counted_as_shutdown_not_as_losses() -> None:
    metrics = Metrics()
    spec = supervisor_spec("root", [supervisor_spec("sub", []), worker("fixed", Stuck,
                                                                       shutdown=0.0)])
    async with ActorSystem.start(spec) as system:
        metrics.watch(system)
        await start_child(system.ref("sub"), worker("dyn", Stuck, shutdown=0.0))
        [dyn] = [c.ref for c in system.actors() if c.path == "root/sub/dyn"]
        for i in range(3):
            await dyn.tell(i)
            await system.ref("fixed").tell(i)
        await anyio.wait_all_tasks_blocked()
    assert counted(metrics) == {("root/sub/dyn", "shutdown"): 3.0,
                                ("root/fixed", "shutdown"): 3.0}


async def test_a_reason_outside_the_kernels_set_is_counted_as_other() -> None:
    metrics = Metrics()
    for reason in ("poison", "overflow", "made-up reason 1", "made-up reason 2"):
        metrics.on_event(DeadLettered(path="root/a", at=0.0, message=None, reason=reason))
    assert counted(metrics) == {("root/a", "poison"): 1.0, ("root/a", "overflow"): 1.0,
                                ("root/a", "other"): 2.0}
    assert {"poison", "dropped", "overflow", "stopped", "shutdown"} == DEAD_LETTER_REASONS
