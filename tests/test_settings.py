"""Settings: layers, errors that name the key and its source, masked secrets."""

from __future__ import annotations

from pathlib import Path

import pytest

from config.settings import Secret, SettingsError, load_settings


def test_environment_overrides_a_file_which_overrides_the_defaults(tmp_path: Path) -> None:
    file = tmp_path / "bot.toml"
    file.write_text('[telegram]\npoll_timeout = 40\nchat_burst = 5\n')
    settings = load_settings(file, env={"FE_TELEGRAM__POLL_TIMEOUT": "30",
                                        "TELEGRAM_BOT_TOKEN": "123:abc"})
    assert settings.telegram.poll_timeout == 30
    assert settings.telegram.chat_burst == 5
    assert settings.telegram.token == Secret("123:abc")


@pytest.mark.parametrize(("env", "message"), [
    ({"FE_TELEGRAM__POLL_TIMEOUT": "soon"}, "telegram.poll_timeout (from environment)"),
    ({"FE_TELEGRAM__POLL_TIMEOUT": "99"}, "99 is out of range"),
    ({"FE_SCHEDULER__WEEKLY_TIME": "25:00"}, "scheduler.weekly_time"),
    ({"FE_SCHEDULER__DELIVERY_CONCURRENCY": "0"}, "scheduler.delivery_concurrency"),
    ({"FE_TELEGRAM__NO_SUCH_KEY": "1"}, "no_such_key"),
    ({"FE_LOGGING__FORMAT": "yaml"}, "logging.format (from environment)"),
])
def test_a_bad_value_names_the_key_and_its_source(env: dict[str, str], message: str) -> None:
    with pytest.raises(SettingsError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_settings(env=env)


def test_secrets_are_masked_everywhere_but_reveal() -> None:
    settings = load_settings(env={"TELEGRAM_BOT_TOKEN": "42:very-secret-token-value",
                                  "DATABASE_URL": "postgresql://u:pw@h/db"})
    text = f"{settings!r} {settings}"
    assert "very-secret" not in text
    assert "pw@" not in text
    assert settings.telegram.token is not None
    assert settings.telegram.token.reveal() == "42:very-secret-token-value"
