"""Shared fixtures. Async tests run on both anyio backends, those marked ``asyncio_only``
(asyncpg, redis-py, aiohttp, httpx against the aiohttp emulators) on asyncio alone."""

from __future__ import annotations

import contextlib
import itertools
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from chaos.services import PostgresServer, RedisServer, ServiceError, ram_tmp_root
from tests.blocking import blocking_detector


@pytest.fixture
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """The backend ``pytest_generate_tests`` gave the test; asyncio for ``asyncio_only``."""
    return str(getattr(request, "param", "asyncio"))


CHAOS_GROUP_MODULES: frozenset[str] = frozenset({
    "test_bot_kill.py", "test_drills.py",
    "test_health_flood.py", "test_outages.py", "test_replicas.py",
    "test_replicas_webhook.py", "test_restart_in_outage.py",
})
"""The modules of ``tests/chaos`` with slow tests (outages, kills, drills, replicas under
load): under pytest-xdist they run one after another on one worker, the chaos group. They
measure recovery times and latencies, which two of them at once on two cores would
distort. ``tests/chaos/test_chaos_group.py`` checks that every slow test under
``tests/chaos`` is in one of them."""

CHAOS_GROUP = "chaos"


def in_chaos_group(nodeid: str) -> bool:
    """Whether the test ``nodeid`` belongs to the chaos group (``CHAOS_GROUP_MODULES``)."""
    module, _, _ = nodeid.partition("::")
    path = Path(module)
    return path.parent == Path("tests", "chaos") and path.name in CHAOS_GROUP_MODULES


def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """Under ``--dist loadgroup``, xdist's own scheduler with the chaos group as one work
    unit, the rest spread test by test (the other slow tests too: benchmark smoke runs, the
    command line's subprocesses, which check structure and outcomes, not timings). The
    group is the largest unit, so it is handed out first. xdist's own grouping reads an
    ``xdist_group`` mark that it writes into the tests' ids, which pytest 9.2 no longer
    lets it change (a known pytest-xdist bug): with the mark alone, the chaos tests ran
    spread over every worker, several at once."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadGroupScheduling  # type: ignore[import-untyped]

    class ChaosGroupScheduling(LoadGroupScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            if in_chaos_group(nodeid):
                return CHAOS_GROUP
            return str(super()._split_scope(nodeid))

    return ChaosGroupScheduling(config, log)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """An anyio test runs once per backend unless it (or its module, ``pytestmark``) is
    marked ``asyncio_only``."""
    if "anyio_backend" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("asyncio_only") is None:
        metafunc.parametrize("anyio_backend", ["asyncio", "trio"], indirect=True)


@pytest.fixture(autouse=True)
def no_blocking_calls() -> Iterator[None]:
    """Every test runs under blockbuster (``tests/blocking.py``): a blocking call made on
    an asyncio event loop by our async code raises ``BlockingError``. It acts in async
    tests (and in sync tests that run an event loop themselves, the property tests);
    under trio it sees nothing, since blockbuster knows asyncio loops alone."""
    with blocking_detector():
        yield


# ---- private PostgreSQL and Redis servers (chaos/services.py) -----------------------------
# Started lazily: only a session that requests one starts it. Every server is started with
# die_with_parent, so even a killed pytest leaves none behind; normal teardown stops them by PID.
# Temporary data directories go to RAM (/dev/shm) when possible: fsync stays on, but a crash
# test no longer waits for a busy disk (see chaos.services.ram_tmp_root).
_TMP_ROOT = ram_tmp_root()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """One private PostgreSQL cluster for the whole session (temporary data dir, free port).
    Tests must not kill it: use ``pg_instance_factory`` for that."""
    server = PostgresServer(die_with_parent=True, tmp_root=_TMP_ROOT)
    try:
        yield server.start()
    finally:
        _shut_down(server)


@pytest.fixture
def pg_dsn(pg_server: PostgresServer) -> Iterator[str]:
    """DSN of a fresh, empty database (a copy of template0) in ``pg_server``; dropped after."""
    name = f"t_{uuid.uuid4().hex[:16]}"
    dsn = pg_server.create_database(name)
    yield dsn
    pg_server.drop_database(name)


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """One private redis-server for the whole session (no persistence, free port).
    Tests must not kill it: use ``redis_instance_factory`` for that."""
    server = RedisServer(die_with_parent=True, tmp_root=_TMP_ROOT)
    try:
        yield server.start()
    finally:
        _shut_down(server)


_redis_dbs = itertools.cycle(range(1, 16))  # db 0 is left to manual poking


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """URL of a logical database of ``redis_server``, emptied (FLUSHDB) before the test."""
    db = next(_redis_dbs)
    redis_server.flushdb(db)
    return redis_server.url_for(db)


@pytest.fixture
def pg_instance_factory() -> Iterator[Callable[..., PostgresServer]]:
    """``start(**kwargs)`` starts a private cluster this test may stop, kill and restart
    (keyword arguments go to :class:`PostgresServer`); all are killed at teardown and their
    temporary data directories removed. A given ``data_dir`` must be enterable by the
    ``postgres`` user when running as root (pytest's tmp_path is not)."""
    started: list[PostgresServer] = []

    def start(**kwargs: Any) -> PostgresServer:
        kwargs.setdefault("tmp_root", _TMP_ROOT)
        server = PostgresServer(die_with_parent=True, **kwargs)
        started.append(server)
        return server.start()

    yield start
    for server in started:
        server.close()


@pytest.fixture
def redis_instance_factory() -> Iterator[Callable[..., RedisServer]]:
    """``start(**kwargs)`` starts a private redis-server this test may stop, kill and restart
    (keyword arguments go to :class:`RedisServer`); all are killed at teardown."""
    started: list[RedisServer] = []

    def start(**kwargs: Any) -> RedisServer:
        kwargs.setdefault("tmp_root", _TMP_ROOT)
        server = RedisServer(die_with_parent=True, **kwargs)
        started.append(server)
        return server.start()

    yield start
    for server in started:
        server.close()


def _shut_down(server: PostgresServer | RedisServer) -> None:
    """Stop gracefully when possible; close() kills whatever is left and removes temp dirs."""
    with contextlib.suppress(ServiceError):
        server.stop(timeout=5)
    server.close()
