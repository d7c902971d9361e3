"""The chaos group under pytest-xdist (tests/conftest.py): the slow chaos tests, which time
outages and kills, run one after another on one worker."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CHAOS_GROUP_MODULES, in_chaos_group, pytest_xdist_make_scheduler

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


def test_under_loadgroup_the_scheduler_gives_the_chaos_group_one_work_unit(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The scheduler tests/conftest.py gives xdist: the chaos modules one scope, every
    other test its own (or its ``xdist_group``); none for another ``--dist``."""
    option = request.config.option
    monkeypatch.setattr(option, "dist", "loadgroup")
    monkeypatch.setattr(option, "numprocesses", 2, raising=False)
    monkeypatch.setattr(option, "tx", ["popen"] * 2, raising=False)
    scheduler = pytest_xdist_make_scheduler(request.config, None)
    assert scheduler._split_scope("tests/chaos/test_drills.py::test_the_bot_killed_9") == "chaos"
    assert scheduler._split_scope("tests/chaos/test_outages.py::test_a[x]") == "chaos"
    assert scheduler._split_scope("tests/test_layers.py::test_b") == "tests/test_layers.py::test_b"
    monkeypatch.setattr(option, "dist", "load")
    assert pytest_xdist_make_scheduler(request.config, None) is None
