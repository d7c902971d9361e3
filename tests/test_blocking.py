"""The blocking-call detector (tests/blocking.py, an autouse fixture) is on in async tests.

asyncio only: blockbuster sees asyncio event loops alone.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from blockbuster import BlockingError

from runtime import Actor, ActorCrashed, ActorSystem, InFlight
from supervisors import supervisor_spec, worker

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]


async def test_time_sleep_in_an_async_test_raises_blocking_error() -> None:
    with pytest.raises(BlockingError, match=r"time\.sleep"):
        time.sleep(0.01)  # noqa: ASYNC251 - the blocking call the detector must catch


async def test_an_actor_reading_a_file_on_the_event_loop_fails_but_the_test_may(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    data.write_bytes(b"x")
    assert data.read_bytes() == b"x"  # the test's own call, outside our async code

    class Reader(Actor):
        async def receive(self, message: Any) -> Any:
            return data.read_bytes()  # on the event loop, inside the runtime's coroutines

    tree = supervisor_spec("root", [worker("reader", Reader, in_flight=InFlight.DROP)])
    async with ActorSystem.start(tree) as system:
        with pytest.raises(ActorCrashed) as info:
            await system.ref("reader").ask("read")
    assert isinstance(info.value.__cause__, BlockingError)


def test_a_sync_test_runs_no_event_loop_and_may_block() -> None:
    time.sleep(0.001)
