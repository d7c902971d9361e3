"""Under pytest-xdist a worker that runs a test outside the chaos group lowers its CPU
priority (tests/conftest.py, ``pytest_runtest_setup``), so the chaos tests, which time
outages and kills, keep the CPU when they need it."""

from __future__ import annotations

import os

import pytest

from tests.conftest import OTHERS_NICE


def test_a_worker_outside_the_chaos_group_runs_at_a_lower_priority() -> None:
    if "PYTEST_XDIST_WORKER" not in os.environ:
        pytest.skip("only under pytest-xdist (./scripts/test)")
    assert os.getpriority(os.PRIO_PROCESS, 0) >= OTHERS_NICE
