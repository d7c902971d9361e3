"""The chaos group under pytest-xdist (tests/conftest.py): the slow chaos tests, which time
outages and kills, run one after another on one worker."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CHAOS_GROUP_MODULES, in_chaos_group

CHAOS = Path(__file__).resolve().parent


def test_every_slow_chaos_test_is_in_the_chaos_group(request: pytest.FixtureRequest) -> None:
    slow_here = [item for item in request.session.items
                 if item.get_closest_marker("slow") is not None
                 and CHAOS in Path(item.path).parents]
    outside = [item.nodeid for item in slow_here if not in_chaos_group(item.nodeid)]
    assert outside == [], "add their modules to CHAOS_GROUP_MODULES in tests/conftest.py"
    assert {Path(item.path).name for item in slow_here} <= CHAOS_GROUP_MODULES


def test_the_group_is_told_by_the_test_id() -> None:
    assert in_chaos_group("tests/chaos/test_drills.py::test_the_bot_killed_9")
    assert in_chaos_group("tests/chaos/test_restart_in_outage.py::test_a[postgres]")
    assert not in_chaos_group("tests/chaos/test_ctk.py::test_chaos_validate_as_a_process")
    assert not in_chaos_group("tests/test_drills.py::test_x")
