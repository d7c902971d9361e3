"""The chaos group runs at the normal CPU priority under pytest-xdist (tests/conftest.py,
``pytest_runtest_setup``): its tests time outages and kills, and the workers that run the
other tests lower their own priority so that a third worker takes only idle CPU. This
test is in the group (``slow``, under ``tests/chaos``); it fails if the group ever runs on
a worker that ran another test before it and so lowered its priority."""

from __future__ import annotations

import os

import pytest

from tests.conftest import OTHERS_NICE


@pytest.mark.slow
def test_the_chaos_group_runs_at_the_normal_priority() -> None:
    if "PYTEST_XDIST_WORKER" not in os.environ:
        pytest.skip("only under pytest-xdist (./scripts/test)")
    assert os.getpriority(os.PRIO_PROCESS, 0) < OTHERS_NICE
