"""The health server in the real application tree: the bot (``build_tree``) against the
Telegram emulator, with the health actor started as a child of ``ops``, probed over HTTP
with httpx. PostgreSQL and Redis are private servers the tests kill (by PID) and restart.

Asyncio only: aiohttp, asyncpg, redis-py.
"""

from __future__ import annotations

import contextlib
import resource
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from actors.health import (
    Component,
    HealthModel,
    HealthServer,
    Metrics,
    Status,
    Thresholds,
    overall,
)
from actors.health._thread import connection_cap
from actors.protocol import IncomingUpdate
from app import App, build_tree, open_app
from chaos.emulators.telegram import TelegramEmulator, make_test_token
from chaos.load import onboard_all
from chaos.services import PostgresServer, RedisServer, free_port
from config.settings import Settings, load_settings
from runtime import ActorSystem
from supervisors import start_child, worker

pytestmark = [pytest.mark.anyio, pytest.mark.asyncio_only]

TOKEN = make_test_token(880001, "HEALTH")
ADMIN = "admin-s3cret-token"
HEALTH_ID = "health_under_test"
PUBLISH_INTERVAL = 0.02  # the probes read a snapshot this old at most


@pytest.fixture
async def telegram() -> AsyncIterator[TelegramEmulator]:
    async with TelegramEmulator(TOKEN, flood=False, first_update_id=880_000) as emu:
        yield emu


def settings_for(tmp_path: Path, emu: TelegramEmulator, **sections: dict[str, Any]
                 ) -> Settings:
    overrides: dict[str, dict[str, Any]] = {
        "telegram": {
            "base_url": emu.base_url, "journal_dir": str(tmp_path / "journal"),
            "poll_timeout": 1, "stall_margin": 5.0, "backoff_min": 0.01, "backoff_max": 0.1,
            "conflict_delay": 0.05, "chat_rate": 50.0, "chat_burst": 10,
            "typing_interval": 5.0, "request_timeout": 1.0,
        },
        "database": {"spool_dir": str(tmp_path / "spool"), "breaker_reset": 0.2},
        "scheduler": {"backup_dir": None},  # no nightly dump in the repository's var/
        "health": {"enabled": False},  # these tests start their own, on a free port
        "redis": {"breaker_reset": 0.2, "probe_interval": 0.05},
        "dialogs": {"shards": 2},
        "translator": {"workers": 1},
    }
    for name, values in sections.items():
        overrides.setdefault(name, {}).update(values)
    return load_settings(env={}, overrides=overrides)


def _probe_line(body: dict[str, Any]) -> str:
    parts = []
    for name, component in sorted(body.get("components", {}).items()):
        extra = ""
        if component.get("rto_budget_left_s") is not None:
            extra = f", RTO left {component['rto_budget_left_s']:.0f} s"
        parts.append(f"{name}={component.get('status')}{extra}")
    return f"/health {body['http_status']} {body.get('status')}: " + " ".join(parts)


async def published() -> None:
    """Until the bot's loop has published what it did so far (the probes and /metrics
    answer from its snapshot)."""
    await anyio.sleep(2 * PUBLISH_INTERVAL)


@dataclass
class Running:
    app: App
    system: ActorSystem
    metrics: Metrics
    http: httpx.AsyncClient
    telegram: TelegramEmulator
    last_line: str = ""

    async def get(self, path: str, *, auth: str | None = ADMIN) -> httpx.Response:
        headers = {"Authorization": f"Bearer {auth}"} if auth is not None else {}
        await published()
        return await self.http.get(path, headers=headers)

    async def health(self) -> dict[str, Any]:
        await published()
        response = await self.http.get("/health")
        body: dict[str, Any] = response.json()
        body["http_status"] = response.status_code
        line = _probe_line(body)
        if line != self.last_line:  # what the probe said, as it changed (pytest -s)
            print(line)
            self.last_line = line
        return body

    async def until_health(self, condition: Callable[[dict[str, Any]], bool],
                           timeout: float = 10.0) -> dict[str, Any]:
        """Poll ``/health`` until ``condition(body)``; the body that satisfied it."""
        with anyio.fail_after(timeout):
            while True:
                body = await self.health()
                if condition(body):
                    return body
                await anyio.sleep(0.05)

    async def conversation(self, chat_id: int, text: str = "/start") -> None:
        """A parent writes and the bot answers (the answer waited for)."""
        self.telegram.user_says(chat_id, text, language_code="en")
        before = len(self.bot_messages(chat_id))  # the chat exists once the parent wrote
        await self.telegram.wait_until(
            lambda: len(self.bot_messages(chat_id)) > before, timeout=10)

    def bot_messages(self, chat_id: int) -> list[dict[str, Any]]:
        return [m for m in self.telegram.transcript(chat_id) if m["from"].get("is_bot")]


@contextlib.asynccontextmanager
async def running(
    settings: Settings, telegram: TelegramEmulator, *, token: str | None = ADMIN,
    thresholds: Thresholds | None = None, fault: Any = None, **limits: Any,
) -> AsyncIterator[Running]:
    """The bot's tree, and the health server started in its ``ops`` supervisor
    (``limits``: more keyword arguments of ``HealthServer``)."""
    metrics = Metrics()
    port = free_port()
    async with (
        open_app(settings, TOKEN, dialogs_fault=fault) as app,
        ActorSystem.start(build_tree(app)) as system,
    ):
        await telegram.wait_polling(timeout=10)

        def make() -> HealthServer:
            return HealthServer(app, metrics, port=port, token=token, thresholds=thresholds,
                                publish_interval=PUBLISH_INTERVAL, **limits)

        await start_child(system.ref("ops"), worker(HEALTH_ID, make))
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=5) as http:
            yield Running(app, system, metrics, http, telegram)


def component(body: dict[str, Any], name: str) -> dict[str, Any]:
    result: dict[str, Any] = body["components"][name]
    return result


# -- the facade ----------------------------------------------------------------------------


# -- the overall rule ----------------------------------------------------------------------


def parts(**statuses: Status) -> list[Component]:
    return [Component(name, status) for name, status in statuses.items()]


def test_one_degraded_dependency_is_degraded_and_ready() -> None:
    status, why = overall(parts(postgres=Status.DEGRADED, redis=Status.HEALTHY,
                                claude=Status.DISABLED, telegram=Status.HEALTHY,
                                spool=Status.HEALTHY))
    assert status is Status.DEGRADED
    assert "postgres" in why


def test_every_configured_dependency_down_is_unhealthy() -> None:
    status, why = overall(parts(postgres=Status.DEGRADED, redis=Status.DEGRADED,
                                claude=Status.DISABLED, telegram=Status.DEGRADED,
                                spool=Status.HEALTHY))
    assert status is Status.UNHEALTHY
    assert why == "everything down: postgres, redis, telegram"


def test_a_single_configured_dependency_down_is_only_degraded() -> None:
    status, _ = overall(parts(postgres=Status.DISABLED, redis=Status.DISABLED,
                              claude=Status.DISABLED, telegram=Status.DEGRADED,
                              spool=Status.HEALTHY))
    assert status is Status.DEGRADED


def test_disabled_components_count_as_healthy() -> None:
    status, _ = overall(parts(postgres=Status.DISABLED, redis=Status.DISABLED,
                              claude=Status.DISABLED, telegram=Status.HEALTHY,
                              spool=Status.HEALTHY))
    assert status is Status.HEALTHY


def test_an_unhealthy_component_makes_the_bot_unhealthy() -> None:
    status, why = overall(parts(postgres=Status.HEALTHY, telegram=Status.HEALTHY,
                                spool=Status.UNHEALTHY))
    assert (status, why) == (Status.UNHEALTHY, "unhealthy: spool")


# -- the endpoints -------------------------------------------------------------------------


async def test_probes_are_open_and_report_a_healthy_bot(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    async with running(settings_for(tmp_path, telegram), telegram) as bot:
        live = await bot.get("/health/live", auth=None)
        ready = await bot.get("/health/ready", auth=None)
        body = await bot.until_health(lambda b: b["status"] == "healthy")

    assert (live.status_code, live.json()["status"]) == (200, "alive")
    assert live.json()["children"] == 3  # infra, bot, ops
    assert (ready.status_code, ready.json()["status"]) == (200, "healthy")
    assert body["http_status"] == 200
    assert set(body["components"]) == {"postgres", "redis", "claude", "telegram", "spool",
                                       "dialogs"}
    assert component(body, "dialogs")["status"] == "healthy"
    assert component(body, "dialogs")["chats"] == 0
    # Nothing configured but Telegram: the designed fallbacks are "disabled", not failures.
    assert [component(body, n)["status"] for n in ("postgres", "redis", "claude")] == [
        "disabled"] * 3
    assert component(body, "telegram")["status"] == "healthy"
    assert component(body, "claude")["breaker"] == "closed"
    assert body["spool"]["depth"] >= 0


async def test_health_lists_the_actor_tree_with_incarnations_and_restarts(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    crashes = []

    def crash_once(point: str, update: IncomingUpdate, attempt: int) -> None:
        if point == "received" and attempt == 1 and not crashes:
            crashes.append(update.update_id)
            raise RuntimeError("drill: dialogs crashes mid-message")

    async with running(settings_for(tmp_path, telegram), telegram, fault=crash_once) as bot:
        await bot.conversation(4242)  # crashes once, redelivered, answered
        body = await bot.health()

    actors_by_path = {a["path"]: a for a in body["actors"]}
    poller = actors_by_path["root/bot/telegram_poller"]
    assert (poller["incarnation"], poller["restarts"], poller["running"]) == (1, 0, True)
    shard = actors_by_path[f"root/bot/dialogs/dialogs-{4242 % 2}"]
    assert (shard["incarnation"], shard["restarts"]) == (2, 1)
    assert f"root/ops/{HEALTH_ID}" in actors_by_path
    assert body["events"]["Crashed"] == 1


async def test_metrics_and_admin_need_the_bearer_token_probes_do_not(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    async with running(settings_for(tmp_path, telegram), telegram) as bot:
        missing = {p: (await bot.get(p, auth=None)).status_code
                   for p in ("/metrics", "/admin/actors", "/admin/db")}
        wrong = {p: (await bot.get(p, auth="not-the-token")).status_code
                 for p in ("/metrics", "/admin/actors", "/admin/db")}
        warm_anonymous = await bot.http.post("/admin/cache/warm", json={"chat_ids": []})
        right = {p: (await bot.get(p)).status_code
                 for p in ("/metrics", "/admin/actors", "/admin/db")}
        open_ = {p: (await bot.get(p, auth=None)).status_code
                 for p in ("/health/live", "/health/ready", "/health")}

    assert set(missing.values()) == {401}
    assert set(wrong.values()) == {401}
    assert warm_anonymous.status_code == 401
    assert set(right.values()) == {200}
    assert set(open_.values()) == {200}


async def test_without_a_token_metrics_are_open(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    async with running(settings_for(tmp_path, telegram), telegram, token=None) as bot:
        response = await bot.get("/metrics", auth=None)

    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/plain; version=0.0.4")
    assert "fe_spool_depth" in response.text


async def test_admin_actors_is_the_supervisors_view_of_the_tree(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    async with running(settings_for(tmp_path, telegram), telegram) as bot:
        tree = (await bot.get("/admin/actors")).json()

    assert tree["path"] == "root"
    assert [c["id"] for c in tree["children"]] == ["infra", "bot", "ops"]
    bot_sup = tree["children"][1]
    assert [c["id"] for c in bot_sup["children"]] == [
        "telegram_sender", "translator", "dialogs", "telegram_poller"]
    poller = bot_sup["children"][3]
    assert (poller["state"], poller["type"], poller["restarts"]) == ("running", "worker", 0)
    shards = bot_sup["children"][2]["children"]
    assert [s["path"] for s in shards] == ["root/bot/dialogs/dialogs-0",
                                           "root/bot/dialogs/dialogs-1"]


async def test_admin_db_shows_the_spool_and_the_flusher(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    async with running(settings_for(tmp_path, telegram), telegram) as bot:
        await bot.conversation(77)  # the update is journaled in the spool
        body = (await bot.get("/admin/db")).json()

    assert body["spool_last_seq"] >= 1
    assert body["spool_depth"] == body["spool_last_seq"]  # no PostgreSQL: nothing drains
    assert body["spool_healthy"] is True
    assert body["postgres"]["status"] == "disabled"


async def test_cache_warm_loads_the_requested_families_into_the_cache(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    async with running(settings_for(tmp_path, telegram), telegram) as bot:
        await bot.conversation(501)  # /start: the family exists (spool) and is cached
        await bot.app.cache.delete("family:501:profile")
        assert await bot.app.cache.get("family:501:profile") is None

        response = await bot.http.post(
            "/admin/cache/warm", json={"chat_ids": [501, 999]},
            headers={"Authorization": f"Bearer {ADMIN}"})
        cached = await bot.app.cache.get("family:501:profile")
        bad = await bot.http.post("/admin/cache/warm", content=b"{not json",
                                  headers={"Authorization": f"Bearer {ADMIN}"})

    assert response.status_code == 200
    assert response.json() == {"warmed": 1, "missing": 1, "source": "request"}
    assert cached is not None
    assert bad.status_code == 400


# -- the probes under faults ---------------------------------------------------------------


async def test_low_disk_makes_the_spool_and_the_bot_unhealthy(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    thresholds = Thresholds(min_free_bytes=2**62)  # more than any disk has
    async with running(settings_for(tmp_path, telegram), telegram,
                       thresholds=thresholds) as bot:
        health = await bot.health()
        ready = await bot.get("/health/ready", auth=None)
        live = await bot.get("/health/live", auth=None)

    assert health["http_status"] == 503
    assert (health["status"], component(health, "spool")["status"]) == (
        "unhealthy", "unhealthy")
    assert "free disk" in component(health, "spool")["detail"]
    assert ready.status_code == 503
    assert live.status_code == 200  # alive: restarting the process would not free disk


async def test_postgres_killed_is_degraded_with_the_rto_budget_counting_down_then_healthy(
    tmp_path: Path, telegram: TelegramEmulator,
    pg_instance_factory: Callable[..., PostgresServer],
) -> None:
    server = pg_instance_factory()
    settings = settings_for(tmp_path, telegram, database={"url": server.dsn})
    rto = settings.supervision.rto_postgres
    async with running(settings, telegram) as bot:
        await bot.conversation(1)
        before = await bot.health()

        await anyio.to_thread.run_sync(server.kill)
        bot.telegram.user_says(2, "/start")  # its journal record cannot be flushed
        first = await bot.until_health(
            lambda b: component(b, "postgres")["status"] == "degraded")
        await anyio.sleep(0.05)
        later = await bot.health()
        ready = await bot.get("/health/ready", auth=None)

        await anyio.to_thread.run_sync(server.restart)
        # Chat 2 is new to the cache: its /start waited for PostgreSQL (dialogs degraded)
        # and is answered once PostgreSQL is back; then everything is healthy.
        after = await bot.until_health(lambda b: b["status"] == "healthy")

    assert component(after, "dialogs")["chats"] == 0
    assert component(before, "postgres")["status"] == "healthy"
    pg = component(first, "postgres")
    assert first["status"] == "degraded"
    assert first["http_status"] == 200
    assert pg["since"] is not None
    assert 0 < pg["rto_budget_left_s"] <= rto
    assert component(later, "postgres")["rto_budget_left_s"] < pg["rto_budget_left_s"]
    assert ready.status_code == 200  # degraded is ready: the spool keeps every record
    assert "rto_budget_left_s" not in component(after, "postgres")
    assert after["status"] == "healthy"


async def test_redis_killed_is_degraded_and_back_is_healthy(
    tmp_path: Path, telegram: TelegramEmulator,
    redis_instance_factory: Callable[..., RedisServer],
) -> None:
    server = redis_instance_factory()
    settings = settings_for(tmp_path, telegram, redis={"url": server.url})
    async with running(settings, telegram) as bot:
        await bot.conversation(10)
        before = await bot.health()
        await anyio.to_thread.run_sync(server.kill)
        await bot.conversation(11)  # the cache falls back to memory; the parent sees nothing
        down = await bot.until_health(lambda b: component(b, "redis")["status"] == "degraded")
        await anyio.to_thread.run_sync(server.restart)
        back = await bot.until_health(lambda b: component(b, "redis")["status"] == "healthy")

    assert component(before, "redis")["status"] == "healthy"
    redis = component(down, "redis")
    assert redis["state"] == "memory"
    assert 0 < redis["rto_budget_left_s"] <= settings.supervision.rto_redis
    assert down["http_status"] == 200
    assert component(back, "redis")["state"] == "redis"


async def test_a_409_conflict_is_degraded_until_getupdates_works_again(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    async with running(settings_for(tmp_path, telegram), telegram) as bot:
        telegram.add_fault(method="getUpdates", code=409, times=None,
                           description="Conflict: terminated by other getUpdates request")
        conflict = await bot.until_health(
            lambda b: component(b, "telegram")["status"] == "degraded")
        telegram.clear_faults()
        telegram.user_says(31, "/start")  # getUpdates returns at once, not after its timeout
        back = await bot.until_health(
            lambda b: component(b, "telegram")["status"] == "healthy")

    assert "409" in component(conflict, "telegram")["detail"]
    assert component(conflict, "telegram")["conflicts_409"] >= 1
    assert conflict["http_status"] == 200
    assert back["status"] == "healthy"


async def test_a_rejected_token_makes_telegram_unhealthy(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    async with running(settings_for(tmp_path, telegram), telegram) as bot:
        telegram.add_fault(method="getUpdates", code=401, description="Unauthorized",
                           times=None)
        telegram.user_says(32, "/start")  # ends the long poll in flight
        body = await bot.until_health(lambda b: b["status"] == "unhealthy")
        ready = await bot.get("/health/ready", auth=None)

    assert component(body, "telegram")["status"] == "unhealthy"
    assert body["http_status"] == 503
    assert ready.status_code == 503


@pytest.mark.slow
async def test_everything_down_is_503_and_everything_back_is_healthy(
    tmp_path: Path, telegram: TelegramEmulator,
    pg_instance_factory: Callable[..., PostgresServer],
    redis_instance_factory: Callable[..., RedisServer],
) -> None:
    pg, redis = pg_instance_factory(), redis_instance_factory()
    settings = settings_for(tmp_path, telegram, database={"url": pg.dsn},
                            redis={"url": redis.url}, telegram={"stall_margin": 0.5})
    async with running(settings, telegram) as bot:
        await bot.conversation(20)
        healthy = await bot.until_health(lambda b: b["status"] == "healthy")

        await anyio.to_thread.run_sync(pg.kill)
        await anyio.to_thread.run_sync(redis.kill)
        await bot.conversation(21)  # answered: from memory, the spool, offline
        telegram.add_fault(method="getUpdates", code=502, description="Bad Gateway",
                           times=None)
        down = await bot.until_health(lambda b: b["status"] == "unhealthy")
        ready_down = await bot.get("/health/ready", auth=None)
        live_down = await bot.get("/health/live", auth=None)

        telegram.clear_faults()
        await anyio.to_thread.run_sync(pg.restart)
        await anyio.to_thread.run_sync(redis.restart)
        back = await bot.until_health(lambda b: b["status"] == "healthy", timeout=15)

    assert healthy["http_status"] == 200
    assert down["http_status"] == 503
    assert down["why"] == "everything down: postgres, redis, telegram"
    assert [component(down, n)["status"] for n in ("postgres", "redis", "telegram")] == [
        "degraded"] * 3
    assert ready_down.status_code == 503
    assert live_down.status_code == 200
    assert back["http_status"] == 200


# -- what the alerts count -----------------------------------------------------------------


async def test_a_phrase_given_up_is_counted_as_a_failed_translation(
    tmp_path: Path, telegram: TelegramEmulator, monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("drill: the diary entry cannot be stored")

    settings = settings_for(tmp_path, telegram, supervision={"max_redeliveries": 1})
    async with running(settings, telegram) as bot:
        await onboard_all(telegram, [707])
        monkeypatch.setattr(bot.app.store, "record_entry", broken)
        await bot.conversation(707, "he threw his toy at me")  # the apology
        counted = {sample.labels["success"]: sample.value
                   for family in bot.app.metrics.registry.collect()
                   for sample in family.samples if sample.name == "fe_translations_total"}
        reply = bot.bot_messages(707)[-1]["text"]

    assert counted == {"false": 1}  # the final attempt only: the parent got one apology
    assert reply.startswith("Sorry, something went wrong")


# -- the health thread ---------------------------------------------------------------------


async def test_a_non_ascii_authorization_header_is_401_not_500(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    async with running(settings_for(tmp_path, telegram), telegram) as bot:
        await published()
        answers = [(await bot.http.get("/metrics", headers={b"Authorization": raw})).status_code
                   for raw in (b"Bearer \xff\xfe", "Bearer пароль".encode(),
                               b"Bearer " + ADMIN.encode() + b"\xc3")]

    assert answers == [401, 401, 401]


async def test_live_fails_while_the_bots_loop_is_stuck_and_the_probes_still_answer(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    async with running(settings_for(tmp_path, telegram), telegram, stale_after=0.3) as bot:
        before = await bot.get("/health/live", auth=None)
        url = str(bot.http.base_url)
        during: dict[str, httpx.Response] = {}

        def probe_while_stuck() -> None:  # a thread: the test's loop is the bot's
            time.sleep(0.6)
            for path in ("/health/live", "/health/ready", "/health"):
                during[path] = httpx.get(url + path, timeout=2.0)

        prober = threading.Thread(target=probe_while_stuck)
        prober.start()
        stuck_until = time.monotonic() + 1.5
        while time.monotonic() < stuck_until:  # the bot's event loop does not turn
            pass
        await anyio.to_thread.run_sync(prober.join)
        after = await bot.get("/health/live", auth=None)

    assert before.status_code == 200
    live = during["/health/live"]
    assert live.status_code == 503
    assert live.json()["status"] == "dead"
    assert "has published nothing for" in live.json()["why"]
    assert during["/health/ready"].status_code == 503
    assert during["/health"].status_code == 200  # the last snapshot, as it was
    assert after.status_code == 200


async def test_at_the_cap_an_idle_connection_makes_room_for_a_probe(
    tmp_path: Path, telegram: TelegramEmulator
) -> None:
    async with running(settings_for(tmp_path, telegram), telegram, max_connections=4,
                       idle_timeout=0.5) as bot:
        port = bot.http.base_url.port
        assert port is not None
        idle = [await anyio.connect_tcp("127.0.0.1", port) for _ in range(10)]
        await published()
        live = await bot.get("/health/live", auth=None)  # evicts the oldest idle one
        closed = 0
        for stream in idle:
            with anyio.move_on_after(2.0):
                try:
                    await stream.receive()
                except (anyio.EndOfStream, anyio.BrokenResourceError, OSError):
                    closed += 1
            await stream.aclose()
        scrape = (await bot.get("/metrics")).text

    assert live.status_code == 200
    assert closed == 10  # evicted, or closed when their idle time ran out
    assert "fe_health_connection_cap 4.0" in scrape
    assert 'fe_health_connections_dropped_total{why="evicted"}' in scrape


def test_the_connection_cap_leaves_the_reserve_under_the_open_files_limit() -> None:
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    assert connection_cap(reserve=0, max_connections=8, in_use=0) == 8
    assert connection_cap(reserve=soft, max_connections=512, in_use=10) == 4  # the floor
    if soft != resource.RLIM_INFINITY and soft > 400:
        assert connection_cap(reserve=256, max_connections=10**9, in_use=100) == soft - 356


def test_the_soft_open_files_limit_is_raised_toward_the_hard_one() -> None:
    code = ("import resource\n"
            "resource.setrlimit(resource.RLIMIT_NOFILE, (256, 4096))\n"
            "from actors.health import raise_nofile_limit\n"
            "print(*raise_nofile_limit(), *resource.getrlimit(resource.RLIMIT_NOFILE))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True, cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.split() == ["4096", "4096", "4096", "4096"]


async def test_a_failing_report_makes_health_503_and_leaves_live_alone(
    tmp_path: Path, telegram: TelegramEmulator, monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(self: HealthModel) -> None:
        raise RuntimeError("drill: a bug in a status rule")

    async with running(settings_for(tmp_path, telegram), telegram) as bot:
        monkeypatch.setattr(HealthModel, "report", broken)
        health = await bot.get("/health", auth=None)
        ready = await bot.get("/health/ready", auth=None)
        live = await bot.get("/health/live", auth=None)
        monkeypatch.undo()
        back = await bot.get("/health", auth=None)

    assert (health.status_code, health.json()) == (503, {
        "status": "unhealthy", "why": "the health report failed: RuntimeError"})
    assert ready.status_code == 503
    assert live.status_code == 200
    assert back.status_code == 200
