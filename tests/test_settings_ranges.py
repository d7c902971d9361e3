"""Every setting has a range, checked before anything starts: for each key (every key of
``config/default.toml``, and the settings it leaves unset) a wrong type, an
out-of-range value and, for numbers, NaN and infinities are refused with a
``SettingsError`` naming the key and the file; ``family-emotions`` stops on one with
exit code 78 and one line on stderr, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import msgspec.inspect as mi
import pytest

from config.settings import DEFAULT_FILE, Settings, SettingsError, load_settings

ROOT = Path(__file__).resolve().parent.parent
DEFAULTS: dict[str, dict[str, Any]] = tomllib.loads(DEFAULT_FILE.read_text(encoding="utf-8"))


def _types() -> dict[tuple[str, str], mi.Type]:
    root = mi.type_info(Settings)
    assert isinstance(root, mi.StructType)
    found: dict[tuple[str, str], mi.Type] = {}
    for part in root.fields:
        assert isinstance(part.type, mi.StructType)
        for field in part.type.fields:
            kind = field.type
            if isinstance(kind, mi.UnionType):  # X | None: X
                kind = next(t for t in kind.types if not isinstance(t, mi.NoneType))
            found[(part.name, field.name)] = kind
    return found


TYPES = _types()
FILE_KEYS = [(section, key) for section, table in DEFAULTS.items() for key in table]
OTHER_KEYS = [key for key in TYPES if key not in FILE_KEYS]

# Values a secret or a checked string refuses (an empty secret means "unset").
SPECIAL: dict[tuple[str, str], str] = {
    ("telegram", "token"): '"12345 not-a-token"',
    ("anthropic", "api_key"): '"sk ant with spaces"',
    ("health", "token"): '"a token with spaces"',
    ("database", "url"): '"mysql://user:pw@host/db"',
    ("redis", "url"): '"http://host:6379/0"',
    ("health", "host"): '"256.1.1.1"',
    ("telegram", "webhook_secret"): '"a secret with spaces"',
    ("replicas", "id"): '"a name with spaces"',  # empty is legal: a generated name
}


def bad_values(section: str, key: str) -> list[tuple[str, str]]:
    """(what, TOML literal) the setting must refuse."""
    kind = TYPES[(section, key)]
    if isinstance(kind, mi.BoolType):
        return [("wrong type", '"maybe"'), ("wrong type", "2")]
    if isinstance(kind, mi.IntType | mi.FloatType):
        cases = [("wrong type", '"soon"'), ("below its range", "-1"),
                 ("above its range", "1_000_000_000_000"), ("NaN", "nan"),
                 ("infinity", "inf"), ("-infinity", "-inf")]
        if isinstance(kind, mi.IntType):
            cases.append(("wrong type", "1.5"))
        return cases
    cases = [("wrong type", "12345"), ("wrong type", "[]")]
    if (section, key) in SPECIAL:
        return [*cases, ("out of range", SPECIAL[(section, key)])]
    return [*cases, ("out of range", '""'), ("out of range", '"two\\nlines"')]


CASES = [pytest.param(section, key, value, id=f"{section}.{key}-{what}")
         for section, key in FILE_KEYS + OTHER_KEYS
         for what, value in bad_values(section, key)]


def test_the_walk_covers_every_key_of_the_defaults_file() -> None:
    assert FILE_KEYS
    assert set(FILE_KEYS) <= set(TYPES), "default.toml names a key the settings lack"


def test_the_defaults_load() -> None:
    assert load_settings(env={}) == load_settings(DEFAULT_FILE, env={})


@pytest.mark.parametrize(("section", "key", "value"), CASES)
def test_a_bad_value_is_refused_naming_the_key_and_the_file(
    tmp_path: Path, section: str, key: str, value: str,
) -> None:
    file = tmp_path / "bad.toml"
    file.write_text(f"[{section}]\n{key} = {value}\n", encoding="utf-8")
    with pytest.raises(SettingsError) as refused:
        load_settings(file, env={})
    message = str(refused.value)
    assert f"setting {section}.{key} (from {file})" in message
    assert "expected" in message
    assert "\n" not in message


@pytest.mark.parametrize(("section", "key"), [
    ("telegram", "backoff_max"), ("scheduler", "retry_max"),
])
def test_a_maximum_below_its_minimum_is_refused(section: str, key: str) -> None:
    low = key.replace("_max", "_min")
    with pytest.raises(SettingsError, match=f"{section}.{key}.*>= {section}.{low}"):
        load_settings(env={}, overrides={section: {low: 20.0, key: 10.0}})


@pytest.mark.parametrize("ask_timeout", [20.0, 30.0])
def test_dialogs_may_not_give_up_on_the_translator_before_claudes_budget_is_spent(
    ask_timeout: float,
) -> None:
    with pytest.raises(SettingsError,
                       match=r"translator.ask_timeout.*> translator.answer_within"):
        load_settings(env={}, overrides={"translator": {"answer_within": 30.0,
                                                        "ask_timeout": ask_timeout}})


def test_claudes_budget_below_its_timeout_is_accepted_and_not_below_one_second() -> None:
    settings = load_settings(env={}, overrides={"translator": {"answer_within": 20.0,
                                                               "ask_timeout": 25.0}})
    assert settings.translator.answer_within == 20.0
    with pytest.raises(SettingsError, match=r"translator.answer_within"):
        load_settings(env={}, overrides={"translator": {"answer_within": 0.5}})


def test_a_value_from_the_environment_names_the_variable() -> None:
    with pytest.raises(SettingsError) as refused:
        load_settings(env={"FE_TELEGRAM__REQUEST_TIMEOUT": "-1"})
    assert ("setting telegram.request_timeout (from environment): "
            "FE_TELEGRAM__REQUEST_TIMEOUT=-1 is out of range") in str(refused.value)


def test_a_secret_is_never_shown_in_the_error() -> None:
    with pytest.raises(SettingsError) as refused:
        load_settings(env={"DATABASE_URL": "mysql://user:hunter2-secret@host/db"})
    assert "DATABASE_URL (value not shown)" in str(refused.value)
    assert "hunter2" not in str(refused.value)


@pytest.mark.parametrize(("content", "expected"), [
    (b"\xff\xfe\x00\x01binary\x00", "is not text"),
    (b"[telegram\npoll_timeout = 1\n", "is not valid TOML"),
    (b"telegram = 5\n", "must be a table"),
])
def test_a_file_that_is_not_toml_is_refused(tmp_path: Path, content: bytes, expected: str) -> None:
    file = tmp_path / "bad.toml"
    file.write_bytes(content)
    with pytest.raises(SettingsError, match=expected) as refused:
        load_settings(file, env={})
    assert str(file) in str(refused.value)


def test_a_directory_given_as_the_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="cannot be read"):
        load_settings(tmp_path, env={})


# -- the command ---------------------------------------------------------------------------


def run_command(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith("FE_") and k not in (
                 "TELEGRAM_BOT_TOKEN", "ANTHROPIC_API_KEY", "DATABASE_URL", "REDIS_URL")}
    clean.update(env, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=tmp_path, env=clean,
                          capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.parametrize(("args", "env", "named"), [
    (("run", "--no-servers"), {"FE_TELEGRAM__REQUEST_TIMEOUT": "nan"},
     "telegram.request_timeout (from environment): FE_TELEGRAM__REQUEST_TIMEOUT=nan"),
    (("run", "--no-servers"), {"FE_SUPERVISION__MAX_RESTARTS": "-1"},
     "supervision.max_restarts (from environment): FE_SUPERVISION__MAX_RESTARTS=-1"),
    (("run", "--no-servers"), {"FE_HEALTH__HOST": "256.0.0.1"},
     "health.host (from environment): FE_HEALTH__HOST=256.0.0.1"),
    (("run", "--no-servers"), {"DATABASE_URL": "mysql://user:hunter2-secret@h/db"},
     "database.url (from environment): DATABASE_URL (value not shown)"),
    (("migrate",), {"FE_DATABASE__CONNECT_TIMEOUT": "-5"},
     "database.connect_timeout (from environment): FE_DATABASE__CONNECT_TIMEOUT=-5"),
])
def test_the_command_stops_with_exit_78_and_one_line(
    tmp_path: Path, args: tuple[str, ...], env: dict[str, str], named: str,
) -> None:
    done = run_command(tmp_path, *args, **env)
    assert done.returncode == 78, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("family-emotions: setting ")
    assert named in lines[0]
    assert "expected" in lines[0]
    assert "Traceback" not in done.stderr
    assert "hunter2" not in done.stderr


def test_the_command_stops_on_a_binary_config_file(tmp_path: Path) -> None:
    config = tmp_path / "bot.toml"
    config.write_bytes(bytes(range(256)))
    done = run_command(tmp_path, "run", "--no-servers", "--config", str(config))
    assert done.returncode == 78, done.stderr
    assert done.stderr.splitlines() == [
        f"family-emotions: config file {config} is not text (expected UTF-8 TOML)"]
