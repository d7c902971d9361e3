"""chaos/kill_pg.sh, kill_redis.sh, start_pg.sh, start_redis.sh against private instances,
and chaos/lag_network.sh, restore_network.sh against a fault proxy started by the test.

Plain synchronous tests: the scripts are run as subprocesses and the servers checked by PID
and through a synchronous redis client; the fault proxy is ``python -m chaos.faultproxy``
in a subprocess, checked through its HTTP API.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis

from chaos.services import PROJECT_ROOT, PostgresServer, RedisServer

CHAOS = PROJECT_ROOT / "chaos"
UTC_STAMP = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"

PgFactory = Callable[..., PostgresServer]
RedisFactory = Callable[..., RedisServer]


def run(
    script: str, *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CHAOS / script), *map(str, args)],
        capture_output=True, text=True, timeout=60, check=False,
        env=None if env is None else {**os.environ, **env},
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


# ---- network lag through the fault proxy


@pytest.fixture
def fault_proxy(
    tmp_path: Path, pg_server: PostgresServer, redis_server: RedisServer
) -> Iterator[str]:
    """``python -m chaos.faultproxy`` on a free API port with proxies ``postgres`` and
    ``redis`` in front of the session's servers; yields its API URL. Stopped by its PID."""
    config = tmp_path / "proxies.json"
    config.write_text(json.dumps([
        {"name": "postgres", "listen": "127.0.0.1:0", "upstream": f"127.0.0.1:{pg_server.port}"},
        {"name": "redis", "listen": "127.0.0.1:0", "upstream": f"127.0.0.1:{redis_server.port}"},
    ]))
    proc = subprocess.Popen(
        [sys.executable, "-m", "chaos.faultproxy", "--port", "0", "--config", str(config)],
        cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], 20)
        assert ready, "the fault proxy printed nothing in 20 s"
        line = proc.stdout.readline()
        match = re.search(r"API on (http://127\.0\.0\.1:\d+),", line)
        assert match, line
        yield match.group(1)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def proxy_state(url: str, name: str) -> dict[str, Any]:
    answer: dict[str, Any] = httpx.get(f"{url}/proxies/{name}", timeout=5).json()
    return answer


def get_seconds(client: redis.Redis, key: str) -> float:
    start = time.perf_counter()
    client.get(key)
    return time.perf_counter() - start


def test_lag_network_sh_lags_postgres_and_redis_and_restore_network_sh_ends_it(
    fault_proxy: str, redis_url: str
) -> None:
    env = {"TOXIPROXY_URL": fault_proxy}
    port = int(proxy_state(fault_proxy, "redis")["listen"].rsplit(":", 1)[1])
    db = int(redis_url.rsplit("/", 1)[1])
    client = redis.Redis(host="127.0.0.1", port=port, db=db, retry=None, socket_timeout=5)
    client.set("k", "v")  # the connection stays open across the lag
    assert get_seconds(client, "k") < 0.05

    lagged = run("lag_network.sh", "200", env=env)
    slow = get_seconds(client, "k")
    changed = run("lag_network.sh", "300", "20", env=env)
    toxics = {name: [(t["name"], t["type"], t["stream"], t["attributes"])
                     for t in proxy_state(fault_proxy, name)["toxics"]]
              for name in ("postgres", "redis")}
    restored = run("restore_network.sh", env=env)
    fast = get_seconds(client, "k")
    again = run("restore_network.sh", env=env)
    client.close()

    assert lagged.returncode == 0, lagged.stderr
    lines = lagged.stdout.splitlines()
    assert len(lines) == 2
    assert re.match(rf"{UTC_STAMP} lag_network.sh: postgres: added a lag of 200 ms", lines[0])
    assert re.match(rf"{UTC_STAMP} lag_network.sh: redis: added a lag of 200 ms", lines[1])
    assert 0.2 <= slow < 0.35
    assert changed.returncode == 0, changed.stderr
    assert "redis: changed the lag to 300 ms (jitter 20 ms)" in changed.stdout
    lag = ("lag_network", "latency", "downstream", {"latency": 300, "jitter": 20})
    assert toxics == {"postgres": [lag], "redis": [lag]}
    assert restored.returncode == 0, restored.stderr
    assert proxy_state(fault_proxy, "redis")["toxics"] == []
    assert re.match(rf"{UTC_STAMP} restore_network.sh: postgres: removed toxic lag_network "
                    r"\(latency on downstream, latency=300 jitter=20\)", restored.stdout)
    assert fast < 0.05
    assert again.returncode == 1
    assert re.match(rf"{UTC_STAMP} restore_network.sh: error: nothing to act on: postgres "
                    "and redis have no toxic and are enabled", again.stderr)


def test_restore_network_sh_removes_every_toxic_and_enables_a_disabled_proxy(
    fault_proxy: str,
) -> None:
    httpx.post(f"{fault_proxy}/proxies/postgres/toxics", timeout=5,
               json={"type": "timeout", "stream": "upstream", "attributes": {"timeout": 0}})
    httpx.post(f"{fault_proxy}/proxies/redis", json={"enabled": False}, timeout=5)

    restored = run("restore_network.sh", env={"TOXIPROXY_URL": fault_proxy})

    assert restored.returncode == 0, restored.stderr
    assert "postgres: removed toxic timeout_upstream (timeout on upstream, timeout=0)" in (
        restored.stdout)
    assert "redis: enabled again (it was disabled)" in restored.stdout
    assert proxy_state(fault_proxy, "postgres")["toxics"] == []
    assert proxy_state(fault_proxy, "redis")["enabled"] is True


def test_network_scripts_with_nothing_to_act_on_fail_with_a_message(fault_proxy: str) -> None:
    nobody = {"TOXIPROXY_URL": "http://127.0.0.1:9"}  # discard port: nothing listens
    unknown = {"TOXIPROXY_URL": fault_proxy, "LAG_PROXIES": "mysql"}
    one_missing = {"TOXIPROXY_URL": fault_proxy, "LAG_PROXIES": "mysql redis"}

    no_api = run("lag_network.sh", env=nobody)
    no_api_restore = run("restore_network.sh", env=nobody)
    no_proxy = run("lag_network.sh", env=unknown)
    not_a_number = run("lag_network.sh", "fast", env={"TOXIPROXY_URL": fault_proxy})
    partly = run("lag_network.sh", "50", env=one_missing)

    for failed in (no_api, no_api_restore, no_proxy, not_a_number):
        assert failed.returncode == 1
        assert re.match(rf"{UTC_STAMP} \w+_network.sh: error: ", failed.stderr)
    assert "nothing to act on: no fault proxy answers at http://127.0.0.1:9" in no_api.stderr
    assert "nothing to act on: no fault proxy answers" in no_api_restore.stderr
    assert "nothing to act on: no proxy named mysql at" in no_proxy.stderr
    assert "MS must be a whole number of milliseconds, not 'fast'" in not_a_number.stderr
    assert partly.returncode == 0, partly.stderr
    assert "no proxy 'mysql'" in partly.stdout
    assert "redis: added a lag of 50 ms" in partly.stdout
    assert proxy_state(fault_proxy, "postgres")["toxics"] == []
