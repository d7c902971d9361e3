"""Private PostgreSQL and Redis servers (chaos/services.py), driven through real clients.

These tests are asyncio-only: asyncpg and redis-py's asyncio client are built on asyncio
protocols and streams and do not run under trio, so the module is marked ``asyncio_only``.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import asyncpg
import pytest
import redis.asyncio as aredis
import redis.exceptions

from chaos.services import (
    STATE_FILE,
    BinariesMissing,
    NginxServer,
    NotRunning,
    PostgresServer,
    RedisServer,
    ServiceStartFailed,
    StalePidFile,
    find_pg_bindir,
    find_redis_server,
    ram_tmp_root,
)

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

PgFactory = Callable[..., PostgresServer]
RedisFactory = Callable[..., RedisServer]


def _uid_of(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(status.split("Uid:")[1].split()[0])


def _no_retry_redis(url: str) -> aredis.Redis:
    # redis-py retries 10 times by default; a crash test wants the first failure.
    return aredis.from_url(url, retry=None, socket_timeout=2, socket_connect_timeout=2)


# ---- PostgreSQL


async def test_pg_committed_row_survives_sigkill_and_restart(
    pg_instance_factory: PgFactory,
) -> None:
    pg = pg_instance_factory()
    conn = await asyncpg.connect(pg.dsn, timeout=5)
    await conn.execute("CREATE TABLE diary (id int PRIMARY KEY, note text)")
    await conn.execute("INSERT INTO diary VALUES (1, 'he threw the tablet')")
    postmaster = int(pg.pidfile.read_text().split("\n", 1)[0])
    port, data_dir = pg.port, pg.data_dir

    assert pg.kill() == postmaster

    assert not pg.is_running()
    with pytest.raises(asyncpg.ConnectionDoesNotExistError):
        await conn.fetchval("SELECT 1")
    with pytest.raises(ConnectionRefusedError):
        await asyncpg.connect(pg.dsn, timeout=5)

    pg.restart()
    assert (pg.port, pg.data_dir) == (port, data_dir)
    assert pg.pid != postmaster
    conn = await asyncpg.connect(pg.dsn, timeout=5)
    try:
        assert await conn.fetchval("SELECT note FROM diary WHERE id = 1") == "he threw the tablet"
    finally:
        await conn.close()


async def test_pg_runs_on_loopback_with_fsync_and_not_as_root(pg_server: PostgresServer) -> None:
    conn = await asyncpg.connect(pg_server.dsn, timeout=5)
    try:
        assert await conn.fetchval("SHOW fsync") == "on"
        assert await conn.fetchval("SHOW listen_addresses") == "127.0.0.1"
        assert await conn.fetchval("SHOW unix_socket_directories") == str(pg_server.data_dir)
    finally:
        await conn.close()
    assert pg_server.pid is not None
    assert _uid_of(pg_server.pid) != 0


async def test_pg_killed_leaves_its_shared_memory_in_its_data_directory_not_in_dev_shm(
    pg_instance_factory: PgFactory,
) -> None:
    # A SIGKILLed server cannot remove its dynamic shared memory segments. In /dev/shm they
    # held RAM until reboot (a run of the suite left about 200); as files in the data
    # directory they go with it, and a restart on it clears the dead server's.
    pg = pg_instance_factory()
    conn = await asyncpg.connect(pg.dsn, timeout=5)
    try:
        assert await conn.fetchval("SHOW dynamic_shared_memory_type") == "mmap"
    finally:
        await conn.close()
    dynshmem = pg.data_dir / "pg_dynshmem"
    before = {path.name for path in dynshmem.iterdir()}
    assert before, "the running server keeps its control segment in pg_dynshmem/"

    pg.kill()
    assert {path.name for path in dynshmem.iterdir()} == before  # nobody removed them
    pg.start()

    assert before.isdisjoint(path.name for path in dynshmem.iterdir())


def test_pg_graceful_stop_then_start_on_the_remembered_port(
    pg_instance_factory: PgFactory,
) -> None:
    pg = pg_instance_factory()

    pg.stop()

    assert not pg.pidfile.exists()
    with pytest.raises(NotRunning):
        pg.kill()
    again = PostgresServer(pg.data_dir).start()  # port read back from chaos-service.json
    try:
        assert again.port == pg.port
    finally:
        again.stop()


def test_pg_refuses_stale_pid_file_naming_another_process(tmp_path: Path) -> None:
    (tmp_path / "postmaster.pid").write_text(f"{os.getpid()}\n{tmp_path}\n")
    pg = PostgresServer(tmp_path, port=1)

    with pytest.raises(StalePidFile, match="refusing"):
        pg.kill()
    assert pg.pid is None


async def test_fresh_database_per_test_is_empty(pg_dsn: str, pg_server: PostgresServer) -> None:
    conn = await asyncpg.connect(pg_dsn, timeout=5)
    try:
        tables = await conn.fetchval(
            "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', "
            "'information_schema')"
        )
        assert tables == 0
        await conn.execute("CREATE TABLE leftover (x int)")
    finally:
        await conn.close()
    assert pg_dsn != pg_server.dsn


async def test_another_fresh_database_does_not_see_the_first_ones_table(pg_dsn: str) -> None:
    conn = await asyncpg.connect(pg_dsn, timeout=5)
    try:
        assert await conn.fetchval("SELECT to_regclass('leftover')") is None
    finally:
        await conn.close()


def test_missing_pg_binaries_name_the_debian_package(tmp_path: Path) -> None:
    with pytest.raises(BinariesMissing, match="`postgresql`"):
        find_pg_bindir(globs=[str(tmp_path / "*" / "bin")], path=str(tmp_path))
    with pytest.raises(BinariesMissing, match="`postgresql`"):
        PostgresServer(tmp_path / "data", bindir=tmp_path).start()


# ---- Redis


async def test_redis_acknowledged_key_survives_sigkill_with_aof_always(
    redis_instance_factory: RedisFactory,
) -> None:
    server = redis_instance_factory(appendfsync="always")
    client = _no_retry_redis(server.url)
    try:
        assert await client.set("check-in:42", "calm")
        killed = server.kill()

        assert not server.is_running()
        with pytest.raises(redis.exceptions.ConnectionError):
            await client.get("check-in:42")

        port = server.port
        server.restart()
        assert server.port == port
        assert server.pid != killed
        assert await client.get("check-in:42") == b"calm"
    finally:
        await client.aclose()


async def test_redis_without_aof_loses_keys_on_sigkill(
    redis_instance_factory: RedisFactory,
) -> None:
    server = redis_instance_factory()
    client = _no_retry_redis(server.url)
    try:
        await client.set("volatile", "1")
        server.kill()
        with pytest.raises(redis.exceptions.ConnectionError):
            await client.get("volatile")  # also drops the dead pooled connection
        server.restart()
        assert await client.get("volatile") is None
    finally:
        await client.aclose()


def test_redis_pid_comes_from_its_pid_file_and_is_bound_to_loopback(
    redis_server: RedisServer,
) -> None:
    assert redis_server.pid == int(redis_server.pidfile.read_text().split()[0])
    conf = (redis_server.data_dir / "redis.conf").read_text()
    assert "bind 127.0.0.1\n" in conf


async def test_fresh_redis_db_per_test_is_empty(redis_url: str) -> None:
    client = _no_retry_redis(redis_url)
    try:
        assert await client.dbsize() == 0
        await client.set("leftover", "x")
    finally:
        await client.aclose()


async def test_another_fresh_redis_db_is_empty_too(redis_url: str) -> None:
    client = _no_retry_redis(redis_url)
    try:
        assert await client.dbsize() == 0
    finally:
        await client.aclose()


def test_missing_redis_binary_names_the_debian_package(tmp_path: Path) -> None:
    with pytest.raises(BinariesMissing, match="`redis-server`"):
        find_redis_server(path=str(tmp_path))
    with pytest.raises(BinariesMissing, match="`redis-server`"):
        RedisServer(tmp_path / "data", executable=tmp_path / "redis-server").start()


# ---- command line


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "chaos.services", *args],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def test_cli_kills_and_restarts_redis_on_its_port(redis_instance_factory: RedisFactory) -> None:
    server = redis_instance_factory()
    pid = server.pid

    killed = cli("kill-redis", "--data-dir", str(server.data_dir))
    started = cli("start-redis", "--existing", "--data-dir", str(server.data_dir))

    assert killed.returncode == 0, killed.stderr
    assert f"pid {pid} killed with SIGKILL" in killed.stdout
    assert started.returncode == 0, started.stderr
    assert f"port {server.port}" in started.stdout
    assert server.is_running()
    assert server.pid != pid


def test_cli_with_nothing_to_act_on_exits_nonzero(tmp_path: Path) -> None:
    killed = cli("kill-pg", "--data-dir", str(tmp_path))
    started = cli("start-pg", "--existing", "--data-dir", str(tmp_path / "absent"))

    assert killed.returncode == 1
    assert "no pid file" in killed.stderr
    assert started.returncode == 1
    assert "nothing to start" in started.stderr


# ---- a picked port taken before the server binds it


def _listening_on(port: int) -> socket.socket:
    """Another process's listener on ``port``: what a test worker starting its own server
    between our pick of a free port and our server's bind looks like."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", port))
    sock.listen()
    return sock


_MAKERS: dict[str, Callable[[], PostgresServer | RedisServer | NginxServer]] = {
    "postgres": lambda: PostgresServer(die_with_parent=True, tmp_root=ram_tmp_root()),
    "redis": lambda: RedisServer(die_with_parent=True, tmp_root=ram_tmp_root()),
    "nginx": lambda: NginxServer(upstreams=[9], die_with_parent=True, tmp_root=ram_tmp_root()),
}


@pytest.mark.parametrize("kind", sorted(_MAKERS))
def test_a_picked_port_taken_before_the_first_start_moves_to_another(kind: str) -> None:
    server = _MAKERS[kind]()
    taken = server.port
    try:
        with _listening_on(taken):
            server.start()

            assert server.port != taken
            assert server.is_running()
            with socket.create_connection(("127.0.0.1", server.port), timeout=2):
                pass
            state = json.loads((server.data_dir / STATE_FILE).read_text())
            assert state["port"] == server.port  # a restart comes back on the new port
    finally:
        server.close()


def test_a_port_the_caller_chose_is_never_moved() -> None:
    with socket.socket() as picker:
        picker.bind(("127.0.0.1", 0))
        port = int(picker.getsockname()[1])
    server = RedisServer(port=port, die_with_parent=True, tmp_root=ram_tmp_root())
    try:
        with _listening_on(port), pytest.raises(ServiceStartFailed):
            server.start(timeout=10)
        assert server.port == port
    finally:
        server.close()
