"""chaos/kill_pg.sh, kill_redis.sh, start_pg.sh, start_redis.sh against private instances.

Plain synchronous tests: the scripts are run as subprocesses and the servers checked by PID
and through a synchronous redis client.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis

from chaos.services import PROJECT_ROOT, PostgresServer, RedisServer

CHAOS = PROJECT_ROOT / "chaos"
UTC_STAMP = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"

PgFactory = Callable[..., PostgresServer]
RedisFactory = Callable[..., RedisServer]


def run(script: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CHAOS / script), *map(str, args)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state in ("Z", "X")


@pytest.fixture
def unrelated_process() -> Iterator[int]:
    """A live process that is neither postgres nor redis-server, for stale pid files."""
    proc = subprocess.Popen(["sleep", "60"])
    yield proc.pid
    proc.kill()
    proc.wait()


# ---- PostgreSQL


def test_kill_pg_sh_kills_the_postmaster_and_start_pg_sh_brings_it_back(
    pg_instance_factory: PgFactory,
) -> None:
    pg = pg_instance_factory()
    pid = pg.pid
    assert pid is not None

    killed = run("kill_pg.sh", pg.data_dir)

    assert killed.returncode == 0, killed.stderr
    expected = rf"{UTC_STAMP} kill_pg.sh: killed postgres postmaster pid {pid} "
    assert re.match(expected, killed.stdout)
    assert f"port {pg.port}" in killed.stdout
    assert not pg.is_running()  # also reaps it: it was this process's child
    assert gone(pid)
    again = run("kill_pg.sh", pg.data_dir)
    assert again.returncode == 1
    assert f"stale pid file {pg.pidfile} (pid {pid} is not running)" in again.stderr

    started = run("start_pg.sh", pg.data_dir)

    assert started.returncode == 0, started.stderr
    expected = rf"{UTC_STAMP} start-pg: postgres started, pid \d+, port {pg.port}"
    assert re.match(expected, started.stdout)
    assert pg.is_running()


def test_kill_pg_sh_accepts_the_pid_file_as_argument(pg_instance_factory: PgFactory) -> None:
    pg = pg_instance_factory()

    killed = run("kill_pg.sh", pg.pidfile)

    assert killed.returncode == 0, killed.stderr
    assert not pg.is_running()


def test_kill_pg_sh_with_nothing_to_act_on_fails_with_a_message(tmp_path: Path) -> None:
    no_pid_file = run("kill_pg.sh", tmp_path)
    no_dir = run("kill_pg.sh", tmp_path / "absent")

    assert no_pid_file.returncode == 1
    assert "nothing to act on: no pid file" in no_pid_file.stderr
    assert re.match(rf"{UTC_STAMP} kill_pg.sh: error:", no_pid_file.stderr)
    assert no_dir.returncode == 1
    assert "does not exist" in no_dir.stderr


def test_kill_pg_sh_refuses_a_stale_pid_file_naming_another_process(
    tmp_path: Path, unrelated_process: int
) -> None:
    (tmp_path / "postmaster.pid").write_text(f"{unrelated_process}\n{tmp_path}\n")

    refused = run("kill_pg.sh", tmp_path)

    assert refused.returncode == 1
    assert "refusing" in refused.stderr
    assert not gone(unrelated_process)


def test_kill_pg_sh_refuses_a_postmaster_of_another_data_dir(
    pg_server: PostgresServer, tmp_path: Path
) -> None:
    pg = pg_server
    shutil.copy(pg.pidfile, tmp_path / "postmaster.pid")

    refused = run("kill_pg.sh", tmp_path)

    assert refused.returncode == 1
    assert "refusing" in refused.stderr
    assert pg.is_running()


def test_start_pg_sh_without_an_instance_fails_with_a_message(tmp_path: Path) -> None:
    absent = run("start_pg.sh", tmp_path / "absent")
    not_ours = run("start_pg.sh", tmp_path)

    assert absent.returncode == 1
    assert "nothing to act on: no data directory" in absent.stderr
    assert not_ours.returncode == 1
    assert "not an instance made by chaos/services.py" in not_ours.stderr


def test_scripts_default_to_var_under_the_project_root() -> None:
    if (PROJECT_ROOT / "var" / "pg").exists() or (PROJECT_ROOT / "var" / "redis").exists():
        pytest.skip("var/pg or var/redis exists here: not touching the demo's instances")

    pg = run("kill_pg.sh")
    redis_ = run("kill_redis.sh")

    assert pg.returncode == redis_.returncode == 1
    assert f"{PROJECT_ROOT}/var/pg does not exist" in pg.stderr
    assert f"{PROJECT_ROOT}/var/redis does not exist" in redis_.stderr


# ---- Redis


def test_kill_redis_sh_and_start_redis_sh_keep_an_aof_always_key(
    redis_instance_factory: RedisFactory,
) -> None:
    server = redis_instance_factory(appendfsync="always")
    client = redis.Redis.from_url(server.url, retry=None, socket_timeout=2)
    assert client.set("diary:1", "sad")
    pid = server.pid

    killed = run("kill_redis.sh", server.data_dir)

    assert killed.returncode == 0, killed.stderr
    assert re.match(rf"{UTC_STAMP} kill_redis.sh: killed redis-server pid {pid} ", killed.stdout)
    assert not server.is_running()

    started = run("start_redis.sh", server.data_dir)

    assert started.returncode == 0, started.stderr
    assert f"port {server.port}" in started.stdout
    fresh = redis.Redis.from_url(server.url, retry=None, socket_timeout=2)
    assert fresh.get("diary:1") == b"sad"
    client.close()
    fresh.close()


def test_kill_redis_sh_refuses_a_stale_pid_file_naming_another_process(
    tmp_path: Path, unrelated_process: int
) -> None:
    pidfile = tmp_path / "redis.pid"
    pidfile.write_text(f"{unrelated_process}\n")

    refused = run("kill_redis.sh", pidfile)

    assert refused.returncode == 1
    assert "refusing" in refused.stderr
    assert not gone(unrelated_process)


def test_kill_redis_sh_with_nothing_to_act_on_fails_with_a_message(tmp_path: Path) -> None:
    result = run("kill_redis.sh", tmp_path)

    assert result.returncode == 1
    assert "nothing to act on" in result.stderr
