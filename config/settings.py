"""Settings: one msgspec Struct tree, loaded from ``default.toml``, then a file named by
``--config``, then the environment.

Environment variables: the well-known names (``TELEGRAM_BOT_TOKEN``, ``ANTHROPIC_API_KEY``,
``DATABASE_URL``, ``REDIS_URL``) and ``FE_<SECTION>__<KEY>`` for everything else
(``FE_TELEGRAM__POLL_TIMEOUT=30``). A bad value fails at start with ``SettingsError``
naming the key, the source and what was expected. Secrets are ``Secret`` objects whose
repr and str are masked; ``reveal()`` is the only way to read them.

Every setting's range is in its type (msgspec ``Meta``: bounds for numbers, which are
finite, patterns and lengths for strings, literals for choices); what a type cannot say
(the URLs and token held as secrets, the health host, one setting against another) is
checked in ``_CHECKS`` and ``_RELATIONS``. All of it runs in ``load_settings``, before
anything starts. A bad value, a file that is not UTF-8 TOML, an unknown key: one
``SettingsError`` line naming the key, its source (the file, or the environment variable
with the value, never a secret's) and what was expected.
"""

from __future__ import annotations

import functools
import ipaddress
import math
import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Final, Literal
from urllib.parse import urlsplit

import msgspec
import msgspec.inspect as mi
from msgspec import Meta

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


# -- ranges shared by many settings (seconds unless said) ------------------------------------

HOUR: Final = 3600
DAY: Final = 24 * HOUR
WEEK: Final = 7 * DAY
Timeout = Annotated[float, Meta(gt=0, le=HOUR)]
"""A timeout, delay or interval: more than 0 s, at most an hour."""
Period = Annotated[float, Meta(gt=0, le=WEEK)]
"""A longer period (an RTO, a lease, a sweep interval): more than 0 s, at most a week."""
CatchUp = Annotated[float, Meta(ge=0, le=WEEK)]
"""How late a scheduled run may still go out: 0 (never late) to a week."""
Rate = Annotated[float, Meta(ge=0, le=10_000)]
"""Messages per second; 0: unlimited."""
Failures = Annotated[int, Meta(ge=1, le=1000)]
"""Consecutive failures that open a breaker."""
_DIRECTORY: Final = r"^[^\x00\r\n]+$"
_HTTP_URL: Final = r"^https?://[^\s/?#]+[^\s]*$"
_CLOCK_TIME: Final = r"^([01]?[0-9]|2[0-3]):[0-5][0-9]$"
Directory = Annotated[str, Meta(min_length=1, max_length=4096, pattern=_DIRECTORY)]
"""A directory path: not empty, no NUL or line break."""
HttpUrl = Annotated[str, Meta(max_length=2048, pattern=_HTTP_URL)]
"""An http:// or https:// URL with a host."""
ClockTime = Annotated[str, Meta(pattern=_CLOCK_TIME)]
"""A time of day, "HH:MM" (24 h)."""
_PATTERNS: Final = {
    _DIRECTORY: "a directory path (not empty, no line break)",
    _HTTP_URL: "an http:// or https:// URL",
    _CLOCK_TIME: 'a time of day, "HH:MM"',
}


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
    base_url: HttpUrl = "https://api.telegram.org"
    poll_timeout: Annotated[int, Meta(ge=0, le=50)] = 25
    """getUpdates long-poll timeout, seconds (the server caps it at 50)."""
    poll_limit: Annotated[int, Meta(ge=1, le=100)] = 100
    request_timeout: Timeout = 10.0
    """HTTP timeout of every call but getUpdates (which gets poll_timeout + margin)."""
    stall_margin: Timeout = 15.0
    """The watchdog restarts the poller when no poll completed in poll_timeout + this."""
    backoff_min: Timeout = 0.5
    backoff_max: Timeout = 30.0
    conflict_delay: Timeout = 5.0
    """Pause after a 409 (another poller or a webhook is active)."""
    global_rate: Rate = 25.0
    """sendMessage calls per second over all chats (0: unlimited, for benchmarks)."""
    global_burst: Annotated[int, Meta(ge=1, le=10_000)] = 25
    chat_rate: Rate = 1.0
    """Messages per second to one private chat (0: unlimited)."""
    chat_burst: Annotated[int, Meta(ge=1, le=1000)] = 3
    max_send_attempts: Annotated[int, Meta(ge=1, le=100)] = 5
    typing_interval: Annotated[float, Meta(gt=0, le=60)] = 4.5
    journal_dir: Directory = "var/journal"
    """Where the poller's local append-only journal lives."""
    journal_fsync: bool = True
    mode: Literal["polling", "webhook"] = "polling"
    """How updates arrive: ``polling`` (getUpdates) or ``webhook`` (Telegram POSTs each
    update to ``webhook_url``; the bot serves it on ``webhook_host:webhook_port``)."""
    webhook_url: HttpUrl | None = None
    """The public URL Telegram POSTs to (registered with setWebhook); webhook mode only."""
    webhook_secret: Secret | None = None
    """The ``X-Telegram-Bot-Api-Secret-Token`` every webhook request must carry (1-256 of
    A-Z a-z 0-9 _ -); required in webhook mode."""
    webhook_host: Annotated[str, Meta(min_length=1, max_length=253)] = "127.0.0.1"
    webhook_port: Annotated[int, Meta(ge=0, le=65535)] = 8443
    webhook_path: Annotated[str, Meta(pattern=r"^/[A-Za-z0-9._~/-]{0,200}$")] = "/telegram"
    webhook_max_connections: Annotated[int, Meta(ge=1, le=100)] = 40
    """setWebhook's max_connections: parallel requests Telegram may make."""
    webhook_drop_pending: bool = False
    """setWebhook's drop_pending_updates when the webhook is (re)registered."""
    webhook_register: bool = True
    """Call setWebhook at start (the lease holder, with replicas); false: someone else
    registers it."""
    allowed_updates: Annotated[tuple[Literal["message", "edited_message", "callback_query",
                                             "my_chat_member"], ...], Meta(min_length=1)] = (
        "message", "edited_message", "callback_query", "my_chat_member")
    """Update types asked for (getUpdates and setWebhook); never empty, since an empty
    list means every type to Telegram."""


class AnthropicSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    api_key: Secret | None = None
    """Unset: the offline translator answers every phrase."""
    base_url: HttpUrl | None = None
    """None: the SDK's default (api.anthropic.com); the emulator's URL in tests."""
    model: Annotated[str, Meta(max_length=200, pattern=r"^[A-Za-z0-9][A-Za-z0-9._:@/-]*$")] = (
        "claude-sonnet-5-5")
    timeout: Annotated[float, Meta(gt=0, le=600)] = 20.0
    max_tokens: Annotated[int, Meta(ge=1, le=8192)] = 800
    max_retries: Annotated[int, Meta(ge=0, le=10)] = 1
    """The SDK's own retries per call (it honours retry-after)."""


class TranslatorSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    workers: Annotated[int, Meta(ge=1, le=256)] = 8
    """Translator actors; also the limit on concurrent Claude calls."""
    breaker_failures: Failures = 5
    """Consecutive Claude failures that open the breaker."""
    breaker_reset: Timeout = 30.0
    """Seconds the breaker stays open before one half-open probe."""
    cache_size: Annotated[int, Meta(ge=0, le=10_000_000)] = 10_000
    """Translations kept in memory (0: none)."""
    cache_ttl: Annotated[float, Meta(gt=0, le=365 * DAY)] = 7 * 24 * 3600.0
    answer_within: Annotated[float, Meta(ge=1, le=HOUR)] = 30.0
    """Seconds Claude has for one phrase, from dialogs' asking (the translator's mailbox
    and the wait for a free call included) to the second try after an invalid answer;
    then the translator answers in basic mode. Where the SDK's timeout and retries alone
    could take 40 s, and the second try as long again."""
    ask_timeout: Timeout = 60.0
    """How long dialogs waits for a translation before answering in basic mode: the
    backstop for a translator that does not answer at all (``answer_within`` bounds
    Claude); more than ``answer_within``, whose basic-mode answer it must leave time
    for."""


class DialogsSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    shards: Annotated[int, Meta(ge=1, le=1024)] = 16
    """Dialogs actors; a chat always goes to shard chat_id % shards (order per chat)."""
    default_language: Literal["ru", "en"] = "ru"
    max_children: Annotated[int, Meta(ge=1, le=50)] = 10
    max_phrase: Annotated[int, Meta(ge=1, le=4096)] = 2000
    """Longer phrases are refused politely."""
    claude_per_hour: Annotated[int, Meta(ge=0, le=100_000)] = 60
    """Claude translations per chat per hour (a rate-limit counter in the cache); beyond
    it the offline translator answers, so a flood from one chat cannot drain the budget."""
    state_wait_notice: Timeout = 5.0
    """Seconds a chat's updates may wait for its family state (not cached, PostgreSQL
    down) before the parent is told the answer is coming; the updates wait regardless."""
    state_retry_max: Timeout = 5.0
    """Longest pause between two tries to read a waiting chat's state."""


class SupervisionSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Restart policies; backoff ceilings come from the RTOs (docs/ARCHITECTURE.md,
    section "The actor tree")."""

    max_restarts: Annotated[int, Meta(ge=0, le=10_000)] = 20
    within: Annotated[float, Meta(gt=0, le=DAY)] = 60.0
    rto_bot: Period = 1200.0
    rto_postgres: Period = 1800.0
    rto_redis: Period = 600.0
    shutdown_timeout: Timeout = 5.0
    max_redeliveries: int = 3
    """Redeliveries of a message that crashed its handler, for every worker, before the
    kernel dead-letters it (a ``dead_letters`` row) and the worker goes on."""


class DatabaseSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    url: Secret | None = None
    """PostgreSQL DSN; unset: a private cluster under ./var when the binaries exist (the
    run command), else the spool alone."""
    spool_dir: Directory = "var/spool"
    """The write-ahead spool: every record is here, fsynced, before it is acknowledged."""
    spool_fsync: bool = True
    batch: Annotated[int, Meta(ge=1, le=100_000)] = 1000
    """Records per flush transaction."""
    breaker_failures: Failures = 3
    breaker_reset: Timeout = 1.0
    """Seconds between connection probes while PostgreSQL is down (writes resume within
    about this long after it is back)."""
    connect_timeout: Timeout = 2.0
    command_timeout: Timeout = 5.0
    read_timeout: Timeout = 0.5


class RedisSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    url: Secret | None = None
    """Redis URL; unset: a private redis-server when the binary exists (the run command),
    else the in-memory cache alone."""
    namespace: Annotated[str, Meta(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")] = "fe"
    """The prefix of every key (letters, digits, ``_.:-``; at most 64)."""
    socket_timeout: Timeout = 0.25
    connect_timeout: Timeout = 0.5
    breaker_failures: Failures = 3
    breaker_reset: Timeout = 30.0
    probe_interval: Timeout = 1.0
    memory_items: Annotated[int, Meta(ge=100, le=10_000_000)] = 100_000


class SchedulerSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """The scheduler's knobs (``actors.scheduler.Scheduler`` takes this struct). Durations
    are seconds; times are "HH:MM"."""

    tick: Annotated[float, Meta(gt=0, le=DAY)] = 30.0
    """Seconds between sweeps for due runs (a sweep also runs at start)."""
    retry_min: Timeout = 1.0
    retry_max: Timeout = 30.0
    """Backoff between sweeps while PostgreSQL does not answer (doubling, capped)."""
    checkin_catch_up: CatchUp = 6 * 3600.0
    """A check-in missed (scheduler or PostgreSQL down) still goes out this long after its
    due time; older ones are skipped for good (an evening question at noon helps nobody)."""
    weekly_weekday: Annotated[int, Meta(ge=0, le=6)] = 6
    """The weekly report's local weekday: Monday 0 … Sunday 6."""
    weekly_time: ClockTime = "19:00"
    weekly_catch_up: CatchUp = 24 * 3600.0
    backup_dir: Directory | None = "var/backups"
    """Where nightly dumps go; None: no scheduled backups."""
    backup_time_utc: ClockTime = "03:00"
    backup_keep: Annotated[int, Meta(ge=1, le=1000)] = 7
    """Dumps kept (the newest); older ones are deleted after a successful backup."""
    backup_verify: bool = True
    """Restore each nightly dump into a scratch database and compare row counts."""
    backup_catch_up: CatchUp = 24 * 3600.0
    pg_bin_dir: Directory | None = None
    """Where pg_dump/pg_restore are; None: the newest /usr/lib/postgresql/*/bin, else PATH."""
    gauges_interval: Period = 3600.0
    """Seconds between recomputations of the business gauges."""
    claim_lease: Period = 600.0
    """A run claimed but not marked done (the claimer died, or its message's delivery was
    not confirmed) may be claimed again after this long; the key recorded as sent stops a
    second delivery. The scheduler waits at most half of it for a delivery."""
    keep_runs_days: Annotated[int, Meta(ge=1, le=3650)] = 40
    """Schedule run rows older than this are pruned."""
    db_timeout: Timeout = 5.0
    """Seconds for one PostgreSQL statement (and for connecting)."""
    delivery_timeout: Annotated[float, Meta(gt=0, le=DAY)] = 120.0
    """Seconds a check-in or report waits for the sender to deliver it before the run is
    left to its lease (a chat paused by a 429 for a minute still makes it); capped at
    half of ``claim_lease``."""
    delivery_concurrency: Annotated[int, Meta(ge=1, le=10_000)] = 50
    """Deliveries awaited at once during a sweep (families in progress together)."""


class HealthSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    enabled: bool = True
    host: Annotated[str, Meta(min_length=1, max_length=253)] = "127.0.0.1"
    """A host name or an IP address to listen on (checked in ``_CHECKS``)."""
    port: Annotated[int, Meta(ge=0, le=65535)] = 8080
    token: Secret | None = None
    """Bearer token for /metrics and /admin/* (the health endpoints stay open)."""
    max_connections: Annotated[int, Meta(ge=4, le=65_536)] = 512
    """The most connections the health port keeps open (fewer when the open-files limit
    leaves less than ``fd_reserve`` descriptors); at the cap a new one evicts the oldest
    idle one."""
    fd_reserve: Annotated[int, Meta(ge=0, le=65_536)] = 256
    """Descriptors the health port never takes: the spool, PostgreSQL, Redis, the API
    clients, pg_dump."""
    idle_timeout: Annotated[float, Meta(gt=0, le=600)] = 5.0
    """Seconds a health connection may stay without a whole request (after it opened or
    after its last response) before it is closed."""
    nofile_target: Annotated[int, Meta(ge=1024, le=1_048_576)] = 65_536
    """At start the soft open-files limit (RLIMIT_NOFILE) is raised toward the hard one,
    up to this."""
    probe_process: bool = False
    """Also answer /health/live and /health/ready on ``probe_port`` from a small process of
    their own, which neither the GIL nor the bot's garbage collections delay (point the
    orchestrator's probes there)."""
    probe_port: Annotated[int, Meta(ge=0, le=65535)] = 8081


class ReplicasSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    enabled: bool = False
    """Run as one of several replicas sharing PostgreSQL: a lease elects the replica that
    polls (or, in webhook mode, handles what every replica receives); needs
    ``database.url``. Off: one process, no lease (docs/replicas.md)."""
    id: Annotated[str, Meta(max_length=100, pattern=r"^[A-Za-z0-9._:@-]*$")] = ""
    """This replica's name in the lease (empty: host name, PID and a random suffix)."""
    lease_ttl: Annotated[float, Meta(ge=0.5, le=600)] = 6.0
    """Seconds a lease lasts without renewal: a dead leader is replaced after at most
    this (plus one renewal interval)."""
    renew_interval: Annotated[float, Meta(ge=0.05, le=300)] = 1.5
    """Seconds between renewals (and, on a standby, attempts to take the lease)."""


class LoggingSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    format: Literal["text", "json"] = "text"
    """``text``: one readable line per record; ``json``: one JSON object per line, for a
    log shipper, with chat and update ids replaced by per-process pseudonyms."""


class RuntimeSettings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    loop: Literal["uvloop", "asyncio"] = "uvloop"
    """The bot's event loop: ``uvloop`` (libuv, its loop and sockets in C; the stock loop,
    with a warning, where uvloop is not installed) or ``asyncio`` (the standard library's).
    In bench/e2e.py the two are within the noise of each other so far (docs/ARCHITECTURE.md,
    section 11). ``family-emotions run`` reads it at start."""


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
    replicas: ReplicasSettings = msgspec.field(default_factory=ReplicasSettings)
    logging: LoggingSettings = msgspec.field(default_factory=LoggingSettings)
    runtime: RuntimeSettings = msgspec.field(default_factory=RuntimeSettings)


_CHECKS: Final[tuple[tuple[str, str, Any], ...]] = (
    ("telegram", "token", lambda v: v is None or _BOT_TOKEN.fullmatch(v.reveal())),
    ("anthropic", "api_key", lambda v: v is None or _NO_SPACE.fullmatch(v.reveal())),
    ("health", "token", lambda v: v is None or _NO_SPACE.fullmatch(v.reveal())),
    ("database", "url", lambda v: v is None or _url_of(v, "postgres", "postgresql")),
    ("redis", "url", lambda v: v is None or _url_of(v, "redis", "rediss", "unix")),
    ("health", "host", lambda v: _is_host(v)),
    ("telegram", "webhook_host", lambda v: _is_host(v)),
    ("telegram", "webhook_secret", lambda v: v is None or _SECRET_TOKEN.fullmatch(v.reveal())),
    ("supervision", "max_redeliveries", lambda v: 0 <= v <= 100),
)


_RELATIONS: Final[tuple[tuple[str, str, str, bool], ...]] = (
    ("telegram", "backoff_max", "backoff_min", False),
    ("scheduler", "retry_max", "retry_min", False),
    ("replicas", "lease_ttl", "renew_interval", False),
    # dialogs must leave the translator time for its basic-mode answer
    ("translator", "ask_timeout", "answer_within", True),
)
"""(section, key, other, strict): ``key`` may not be less than ``other`` of the same
section, nor equal to it when ``strict``."""

_EXPECTED: Final[dict[tuple[str, str], str]] = {
    ("telegram", "token"): "a bot token: digits, a colon, then letters, digits, _ or -",
    ("anthropic", "api_key"): "a key without spaces",
    ("health", "token"): "a token without spaces",
    ("database", "url"): "a postgresql:// or postgres:// URL",
    ("redis", "url"): "a redis://, rediss:// or unix:// URL",
    ("health", "host"): "a host name or an IP address",
    ("supervision", "max_redeliveries"): "an integer from 0 to 100",
    ("telegram", "webhook_host"): "a host name or an IP address",
    ("telegram", "webhook_secret"): "1 to 256 of A-Z a-z 0-9 _ -",
}
"""What ``_CHECKS`` expects, where the type cannot say it."""

_BOT_TOKEN: Final[re.Pattern[str]] = re.compile(r"[0-9]{1,20}:[A-Za-z0-9_-]{1,256}")
_NO_SPACE: Final[re.Pattern[str]] = re.compile(r"[!-~]{1,1024}")
_SECRET_TOKEN: Final[re.Pattern[str]] = re.compile(r"[A-Za-z0-9_-]{1,256}")
_HOST_LABEL: Final = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")


def _url_of(secret: Secret, *schemes: str) -> bool:
    """A URL with one of ``schemes`` and no white space."""
    url = secret.reveal()
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in schemes and not any(c.isspace() for c in url)


def _is_host(value: str) -> bool:
    """An IP address, or a host name of letters, digits and hyphens (not all digits)."""
    try:
        ipaddress.ip_address(value)
        return True
    except ValueError:
        pass
    labels = value.removesuffix(".").split(".")
    return (not all(label.isdigit() for label in labels)
            and all(_HOST_LABEL.fullmatch(label) for label in labels))


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
    names: dict[tuple[str, str], str] = {}
    _merge(merged, sources, _from_env(env, names), "environment")
    if overrides:
        _merge(merged, sources, {k: dict(v) for k, v in overrides.items()}, "overrides")
    where = _Where(merged, sources, names)
    settings = _convert(merged, where)
    _check(settings, where)
    return settings


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise SettingsError(f"config file {path} does not exist") from None
    except UnicodeDecodeError:
        raise SettingsError(f"config file {path} is not text (expected UTF-8 TOML)") from None
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"config file {path} is not valid TOML: {error}") from None
    except OSError as error:
        raise SettingsError(f"config file {path} cannot be read: {error.strerror}") from None


def _from_env(env: Mapping[str, str], names: dict[tuple[str, str], str]) -> dict[str, Any]:
    """The settings ``env`` sets; ``names`` gets the variable that set each."""
    out: dict[str, dict[str, Any]] = {}
    for name, (section, key) in WELL_KNOWN_ENV.items():
        if env.get(name):
            out.setdefault(section, {})[key] = env[name]
            names[(section, key)] = name
    for name, value in env.items():
        if not name.startswith(ENV_PREFIX) or "__" not in name:
            continue
        section, _, key = name[len(ENV_PREFIX):].lower().partition("__")
        out.setdefault(section, {})[key] = value
        names[(section, key)] = name
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
                         ("redis", "url"), ("health", "token"), ("telegram", "webhook_secret")}


class _Where:
    """Where each setting came from, to name it in an error: the merged raw values, the
    source of each (a file, ``environment``, ``overrides``) and the variables that set
    them."""

    def __init__(self, raw: dict[str, dict[str, Any]], sources: dict[tuple[str, str], str],
                 names: dict[tuple[str, str], str]) -> None:
        self.raw, self.sources, self.names = raw, sources, names

    def setting(self, section: str, key: str) -> str:
        """``setting telegram.poll_timeout (from <source>)``."""
        return f"setting {section}.{key} (from {self.sources.get((section, key), 'defaults')})"

    def value(self, section: str, key: str) -> str:
        """The value as it was set: ``NAME=text`` from the environment, the TOML value
        otherwise; never a secret's."""
        secret = (section, key) in _SECRET_FIELDS
        raw = self.raw.get(section, {}).get(key)
        name = self.names.get((section, key))
        if self.sources.get((section, key)) == "environment" and name is not None:
            return f"{name} (value not shown)" if secret else f"{name}={_printable(str(raw))}"
        return "the value (not shown)" if secret else _printable(repr(raw))


def _printable(text: str) -> str:
    """``text`` on one line (escapes for control characters), at most 200 characters."""
    return (text if text.isprintable() else repr(text)[1:-1])[:200]


def _convert(merged: dict[str, dict[str, Any]], where: _Where) -> Settings:
    plain = {s: {k: _unwrap(v) for k, v in vals.items()} for s, vals in merged.items()}
    for section, key in _SECRET_FIELDS:
        if plain.get(section, {}).get(key) == "":
            plain[section][key] = None
    try:
        return msgspec.convert(plain, Settings, strict=False, dec_hook=_dec_hook)
    except msgspec.ValidationError as error:
        raise SettingsError(_explain(str(error), where)) from None


def _unwrap(value: Any) -> Any:
    return value.reveal() if isinstance(value, Secret) else value


def _dec_hook(type_: type, value: Any) -> Any:
    if type_ is Secret:
        if not isinstance(value, str):
            raise ValueError("expected a string")
        return Secret(value)
    raise NotImplementedError


_AT: Final = re.compile(r" - at `\$\.([^`]*)`$")
_UNKNOWN: Final = re.compile(r"Object contains unknown field `([^`]*)`")
_NUMBER_RANGE: Final = re.compile(r"Expected `(int|float)` [<>]")


def _explain(message: str, where: _Where) -> str:
    """One line for msgspec's ``message`` (e.g. "Expected `int` <= 50 - at
    `$.telegram.poll_timeout`"): the setting, its source, its value and what was
    expected."""
    at = _AT.search(message)
    path = at.group(1).split(".") if at else []
    text = message[: at.start()] if at else message
    unknown = _UNKNOWN.match(text)
    if unknown and path:
        section, key = path[0], unknown.group(1)
        return (f"{where.setting(section, key)}: {where.value(section, key)}: there is no "
                f"such setting in [{section}]")
    if unknown:
        section = unknown.group(1)
        key = next((k for s, k in where.sources if s == section), "?")
        return (f"{where.setting(section, key)}: {where.value(section, key)}: there is no "
                f"[{section}] section (expected one of {', '.join(Settings.__struct_fields__)})")
    if len(path) >= 2:
        section, key = path[0], path[1].split("[")[0]
        problem = "is out of range" if _NUMBER_RANGE.match(text) else "is not valid"
        return (f"{where.setting(section, key)}: {where.value(section, key)} {problem}: "
                f"expected {_expected(section, key)}")
    return f"settings: {_printable(message)}"


def _check(settings: Settings, where: _Where) -> None:
    """What the types cannot say: finite numbers (NaN and infinity pass no range, but a
    number without one would take them), ``_CHECKS`` and ``_RELATIONS``."""
    for section in Settings.__struct_fields__:
        part = getattr(settings, section)
        for key in part.__struct_fields__:
            value = getattr(part, key)
            if isinstance(value, float) and not math.isfinite(value):
                raise SettingsError(f"{where.setting(section, key)}: "
                                    f"{where.value(section, key)} is not valid: expected "
                                    f"{_expected(section, key)}")
    for section, key, ok in _CHECKS:
        value = getattr(getattr(settings, section), key)
        if not ok(value):
            problem = "is out of range" if isinstance(value, int | float) else "is not valid"
            raise SettingsError(f"{where.setting(section, key)}: "
                                f"{where.value(section, key)} {problem}: expected "
                                f"{_expected(section, key)}")
    telegram = settings.telegram
    if telegram.mode == "webhook" and (telegram.webhook_url is None
                                       or telegram.webhook_secret is None):
        missing = "webhook_url" if telegram.webhook_url is None else "webhook_secret"
        raise SettingsError(f"{where.setting('telegram', 'mode')}: 'webhook' needs "
                            f"telegram.{missing} (FE_TELEGRAM__{missing.upper()})")
    for section, key, other, strict in _RELATIONS:
        part = getattr(settings, section)
        value, bound = getattr(part, key), getattr(part, other)
        if value < bound or (strict and value == bound):
            source = where.sources.get((section, other), "defaults")
            raise SettingsError(f"{where.setting(section, key)}: "
                                f"{where.value(section, key)} is out of range: expected a "
                                f"number {'>' if strict else '>='} {section}.{other} "
                                f"({where.value(section, other)} from {source})")


def _expected(section: str, key: str) -> str:
    """What ``section.key`` takes, in words (``_EXPECTED``, else from its type)."""
    if (section, key) in _EXPECTED:
        return _EXPECTED[(section, key)]
    kind = _field_types().get((section, key))
    return _describe(kind) if kind is not None else "a valid value"


@functools.cache
def _field_types() -> dict[tuple[str, str], mi.Type]:
    found: dict[tuple[str, str], mi.Type] = {}
    root = mi.type_info(Settings)
    assert isinstance(root, mi.StructType)
    for part in root.fields:
        assert isinstance(part.type, mi.StructType)
        for field in part.type.fields:
            found[(part.name, field.name)] = field.type
    return found


def _describe(kind: mi.Type) -> str:
    if isinstance(kind, mi.UnionType):
        return " or ".join(_describe(t) for t in kind.types if not isinstance(t, mi.NoneType))
    if isinstance(kind, mi.BoolType):
        return "true or false"
    if isinstance(kind, mi.IntType):
        return "an integer" + _bounds(kind.ge, kind.gt, kind.le, kind.lt)
    if isinstance(kind, mi.FloatType):
        return "a finite number" + _bounds(kind.ge, kind.gt, kind.le, kind.lt)
    if isinstance(kind, mi.LiteralType):
        return "one of " + ", ".join(repr(v) for v in kind.values)
    if isinstance(kind, mi.StrType):
        return _PATTERNS.get(kind.pattern or "", "a string")
    return "a valid value"


def _bounds(ge: float | None, gt: float | None, le: float | None, lt: float | None) -> str:
    if ge is not None and le is not None:
        return f" from {_number(ge)} to {_number(le)}"
    low = f">= {_number(ge)}" if ge is not None else f"> {_number(gt)}" if gt is not None else ""
    high = f"<= {_number(le)}" if le is not None else f"< {_number(lt)}" if lt is not None else ""
    return " " + " and ".join(b for b in (low, high) if b) if low or high else ""


def _number(value: float | None) -> str:
    return str(int(value)) if value is not None and float(value).is_integer() else str(value)
