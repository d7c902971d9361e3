"""Settings: one msgspec Struct tree, loaded from ``default.toml``, then a file named by
``--config``, then the environment.

Environment variables: the well-known names (``TELEGRAM_BOT_TOKEN``, ``ANTHROPIC_API_KEY``,
``DATABASE_URL``, ``REDIS_URL``) and ``FE_<SECTION>__<KEY>`` for everything else
(``FE_TELEGRAM__POLL_TIMEOUT=30``). A bad value fails at start with ``SettingsError``
naming the key, the source and what was expected. Secrets are ``Secret`` objects whose
repr and str are masked; ``reveal()`` is the only way to read them.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final, Literal

import msgspec

DEFAULT_FILE: Final = Path(__file__).with_name("default.toml")
ENV_PREFIX: Final = "FE_"
WELL_KNOWN_ENV: Final[dict[str, tuple[str, str]]] = {
    "TELEGRAM_BOT_TOKEN": ("telegram", "token"),
    "ANTHROPIC_API_KEY": ("anthropic", "api_key"),
    "DATABASE_URL": ("database", "url"),
    "REDIS_URL": ("redis", "url"),
}


class SettingsError(ValueError):
    """A setting is missing, malformed or out of range; the message names key and source."""


class Secret:
    """A secret string: masked in ``repr``/``str`` (and so in every log line)."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


class TelegramSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    token: Secret | None = None
    """The bot token; unset: the built-in emulator and a terminal chat."""
    base_url: str = "https://api.telegram.org"
    poll_timeout: int = msgspec.field(default=25)
    """getUpdates long-poll timeout, seconds (the server caps it at 50)."""
    poll_limit: int = 100
    request_timeout: float = 10.0
    """HTTP timeout of every call but getUpdates (which gets poll_timeout + margin)."""
    stall_margin: float = 15.0
    """The watchdog restarts the poller when no poll completed in poll_timeout + this."""
    backoff_min: float = 0.5
    backoff_max: float = 30.0
    conflict_delay: float = 5.0
    """Pause after a 409 (another poller or a webhook is active)."""
    global_rate: float = 25.0
    """sendMessage calls per second over all chats (0: unlimited, for benchmarks)."""
    global_burst: int = 25
    chat_rate: float = 1.0
    """Messages per second to one private chat (0: unlimited)."""
    chat_burst: int = 3
    max_send_attempts: int = 5
    typing_interval: float = 4.5
    journal_dir: str = "var/journal"
    """Where the poller's local append-only journal lives."""
    journal_fsync: bool = True


class AnthropicSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    api_key: Secret | None = None
    """Unset: the offline translator answers every phrase."""
    base_url: str | None = None
    """None: the SDK's default (api.anthropic.com); the emulator's URL in tests."""
    model: str = "claude-sonnet-5-5"
    timeout: float = 20.0
    max_tokens: int = 800
    max_retries: int = 1
    """The SDK's own retries per call (it honours retry-after)."""


class TranslatorSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    workers: int = 8
    """Translator actors; also the limit on concurrent Claude calls."""
    breaker_failures: int = 5
    """Consecutive Claude failures that open the breaker."""
    breaker_reset: float = 30.0
    """Seconds the breaker stays open before one half-open probe."""
    cache_size: int = 10_000
    cache_ttl: float = 7 * 24 * 3600.0
    ask_timeout: float = 60.0
    """How long dialogs waits for a translation before answering in basic mode."""


class DialogsSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    shards: int = 16
    """Dialogs actors; a chat always goes to shard chat_id % shards (order per chat)."""
    default_language: Literal["ru", "en"] = "ru"
    max_children: int = 10
    max_phrase: int = 2000
    """Longer phrases are refused politely."""
    claude_per_hour: int = 60
    """Claude translations per chat per hour (a rate-limit counter in the cache); beyond
    it the offline translator answers, so a flood from one chat cannot drain the budget."""
    state_wait_notice: float = 5.0
    """Seconds a chat's updates may wait for its family state (not cached, PostgreSQL
    down) before the parent is told the answer is coming; the updates wait regardless."""
    state_retry_max: float = 5.0
    """Longest pause between two tries to read a waiting chat's state."""


class SupervisionSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Restart policies; backoff ceilings come from the RTOs (docs/ARCHITECTURE.md,
    section "The actor tree")."""

    max_restarts: int = 20
    within: float = 60.0
    rto_bot: float = 1200.0
    rto_postgres: float = 1800.0
    rto_redis: float = 600.0
    shutdown_timeout: float = 5.0
    max_redeliveries: int = 3
    """Redeliveries of a message that crashed its handler, for every worker, before the
    kernel dead-letters it (a ``dead_letters`` row) and the worker goes on."""


class DatabaseSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    url: Secret | None = None
    """PostgreSQL DSN; unset: a private cluster under ./var when the binaries exist (the
    run command), else the spool alone."""
    spool_dir: str = "var/spool"
    """The write-ahead spool: every record is here, fsynced, before it is acknowledged."""
    spool_fsync: bool = True
    batch: int = 1000
    """Records per flush transaction."""
    breaker_failures: int = 3
    breaker_reset: float = 1.0
    """Seconds between connection probes while PostgreSQL is down (writes resume within
    about this long after it is back)."""
    connect_timeout: float = 2.0
    command_timeout: float = 5.0
    read_timeout: float = 0.5


class RedisSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    url: Secret | None = None
    """Redis URL; unset: a private redis-server when the binary exists (the run command),
    else the in-memory cache alone."""
    namespace: str = "fe"
    socket_timeout: float = 0.25
    connect_timeout: float = 0.5
    breaker_failures: int = 3
    breaker_reset: float = 30.0
    probe_interval: float = 1.0
    memory_items: int = 100_000


class SchedulerSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """The scheduler's knobs (``actors.scheduler.Scheduler`` takes this struct). Durations
    are seconds; times are "HH:MM"."""

    tick: float = 30.0
    """Seconds between sweeps for due runs (a sweep also runs at start)."""
    retry_min: float = 1.0
    retry_max: float = 30.0
    """Backoff between sweeps while PostgreSQL does not answer (doubling, capped)."""
    checkin_catch_up: float = 6 * 3600.0
    """A check-in missed (scheduler or PostgreSQL down) still goes out this long after its
    due time; older ones are skipped for good (an evening question at noon helps nobody)."""
    weekly_weekday: int = 6
    """The weekly report's local weekday: Monday 0 … Sunday 6."""
    weekly_time: str = "19:00"
    weekly_catch_up: float = 24 * 3600.0
    backup_dir: str | None = "var/backups"
    """Where nightly dumps go; None: no scheduled backups."""
    backup_time_utc: str = "03:00"
    backup_keep: int = 7
    """Dumps kept (the newest); older ones are deleted after a successful backup."""
    backup_verify: bool = True
    """Restore each nightly dump into a scratch database and compare row counts."""
    backup_catch_up: float = 24 * 3600.0
    pg_bin_dir: str | None = None
    """Where pg_dump/pg_restore are; None: the newest /usr/lib/postgresql/*/bin, else PATH."""
    gauges_interval: float = 3600.0
    """Seconds between recomputations of the business gauges."""
    claim_lease: float = 600.0
    """A run claimed but not marked done (the claimer died, or its message's delivery was
    not confirmed) may be claimed again after this long; the key recorded as sent stops a
    second delivery. The scheduler waits at most half of it for a delivery."""
    keep_runs_days: int = 40
    """Schedule run rows older than this are pruned."""
    db_timeout: float = 5.0
    """Seconds for one PostgreSQL statement (and for connecting)."""
    delivery_timeout: float = 120.0
    """Seconds a check-in or report waits for the sender to deliver it before the run is
    left to its lease (a chat paused by a 429 for a minute still makes it); capped at
    half of ``claim_lease``."""
    delivery_concurrency: int = 50
    """Deliveries awaited at once during a sweep (families in progress together)."""


class HealthSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = 8080
    token: Secret | None = None
    """Bearer token for /metrics and /admin/* (the health endpoints stay open)."""


class LoggingSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"


class Settings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    telegram: TelegramSettings = msgspec.field(default_factory=TelegramSettings)
    anthropic: AnthropicSettings = msgspec.field(default_factory=AnthropicSettings)
    translator: TranslatorSettings = msgspec.field(default_factory=TranslatorSettings)
    dialogs: DialogsSettings = msgspec.field(default_factory=DialogsSettings)
    supervision: SupervisionSettings = msgspec.field(default_factory=SupervisionSettings)
    database: DatabaseSettings = msgspec.field(default_factory=DatabaseSettings)
    redis: RedisSettings = msgspec.field(default_factory=RedisSettings)
    scheduler: SchedulerSettings = msgspec.field(default_factory=SchedulerSettings)
    health: HealthSettings = msgspec.field(default_factory=HealthSettings)
    logging: LoggingSettings = msgspec.field(default_factory=LoggingSettings)


_CHECKS: Final[tuple[tuple[str, str, Any], ...]] = (
    ("telegram", "poll_timeout", lambda v: 0 <= v <= 50),
    ("telegram", "poll_limit", lambda v: 1 <= v <= 100),
    ("telegram", "global_rate", lambda v: v >= 0),
    ("telegram", "chat_rate", lambda v: v >= 0),
    ("telegram", "chat_burst", lambda v: v >= 1),
    ("telegram", "max_send_attempts", lambda v: v >= 1),
    ("translator", "workers", lambda v: 1 <= v <= 256),
    ("translator", "breaker_failures", lambda v: v >= 1),
    ("dialogs", "shards", lambda v: 1 <= v <= 1024),
    ("dialogs", "max_children", lambda v: 1 <= v <= 50),
    ("anthropic", "max_tokens", lambda v: 1 <= v <= 8192),
    ("database", "batch", lambda v: 1 <= v <= 100_000),
    ("redis", "socket_timeout", lambda v: v > 0),
    ("redis", "memory_items", lambda v: v >= 100),
    ("health", "port", lambda v: 0 <= v <= 65535),
    ("scheduler", "tick", lambda v: v > 0),
    ("scheduler", "backup_keep", lambda v: v >= 1),
    ("scheduler", "delivery_concurrency", lambda v: v >= 1),
    ("scheduler", "weekly_weekday", lambda v: 0 <= v <= 6),
    ("scheduler", "weekly_time", lambda v: _is_hhmm(v)),
    ("scheduler", "backup_time_utc", lambda v: _is_hhmm(v)),
    ("supervision", "max_redeliveries", lambda v: 0 <= v <= 100),
)


def _is_hhmm(value: str) -> bool:
    hours, _, minutes = value.partition(":")
    return (hours.isdigit() and minutes.isdigit() and len(minutes) == 2
            and 0 <= int(hours) <= 23 and 0 <= int(minutes) <= 59)


def load_settings(
    path: str | os.PathLike[str] | None = None,
    *,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Mapping[str, Any]] | None = None,
) -> Settings:
    """Defaults, then ``path`` (TOML), then ``env`` (default ``os.environ``), then
    ``overrides`` (tests). Raises ``SettingsError`` naming the key and its source."""
    env = os.environ if env is None else env
    merged: dict[str, dict[str, Any]] = {}
    sources: dict[tuple[str, str], str] = {}
    _merge(merged, sources, _read_toml(DEFAULT_FILE), str(DEFAULT_FILE))
    if path is not None:
        _merge(merged, sources, _read_toml(Path(path)), str(path))
    _merge(merged, sources, _from_env(env), "environment")
    if overrides:
        _merge(merged, sources, {k: dict(v) for k, v in overrides.items()}, "overrides")
    settings = _convert(merged, sources)
    _check(settings, sources)
    return settings


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise SettingsError(f"config file {path} does not exist") from None
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"config file {path} is not valid TOML: {error}") from None


def _from_env(env: Mapping[str, str]) -> dict[str, Any]:
    out: dict[str, dict[str, Any]] = {}
    for name, (section, key) in WELL_KNOWN_ENV.items():
        if env.get(name):
            out.setdefault(section, {})[key] = env[name]
    for name, value in env.items():
        if not name.startswith(ENV_PREFIX) or "__" not in name:
            continue
        section, _, key = name[len(ENV_PREFIX):].lower().partition("__")
        out.setdefault(section, {})[key] = value
    return out


def _merge(
    into: dict[str, dict[str, Any]], sources: dict[tuple[str, str], str],
    layer: Mapping[str, Any], source: str,
) -> None:
    for section, values in layer.items():
        if not isinstance(values, Mapping):
            raise SettingsError(f"[{section}] in {source} must be a table, not {values!r}")
        for key, value in values.items():
            into.setdefault(section, {})[key] = value
            sources[(section, key)] = source


_SECRET_FIELDS: Final = {("telegram", "token"), ("anthropic", "api_key"), ("database", "url"),
                         ("redis", "url"), ("health", "token")}


def _convert(merged: dict[str, dict[str, Any]], sources: dict[tuple[str, str], str]) -> Settings:
    plain = {s: {k: _unwrap(v) for k, v in vals.items()} for s, vals in merged.items()}
    for section, key in _SECRET_FIELDS:
        if plain.get(section, {}).get(key) == "":
            plain[section][key] = None
    try:
        return msgspec.convert(plain, Settings, strict=False, dec_hook=_dec_hook)
    except msgspec.ValidationError as error:
        raise SettingsError(_explain(str(error), sources)) from None


def _unwrap(value: Any) -> Any:
    return value.reveal() if isinstance(value, Secret) else value


def _dec_hook(type_: type, value: Any) -> Any:
    if type_ is Secret:
        if not isinstance(value, str):
            raise ValueError("expected a string")
        return Secret(value)
    raise NotImplementedError


def _explain(message: str, sources: dict[tuple[str, str], str]) -> str:
    # msgspec says e.g. "Expected `int`, got `str` - at `$.telegram.poll_timeout`"
    text, _, where = message.partition(" - at `$.")
    parts = where.rstrip("`").split(".")
    if len(parts) >= 2:
        section, key = parts[0], parts[1].split("[")[0]
        source = sources.get((section, key), "defaults")
        return f"setting {section}.{key} (from {source}): {text}"
    if "unknown field" in message.lower():
        return f"settings: {message} (check the section and key names)"
    return f"settings: {message}"


def _check(settings: Settings, sources: dict[tuple[str, str], str]) -> None:
    for section, key, ok in _CHECKS:
        value = getattr(getattr(settings, section), key)
        if not ok(value):
            source = sources.get((section, key), "defaults")
            raise SettingsError(
                f"setting {section}.{key} (from {source}): {value!r} is out of range"
            )
