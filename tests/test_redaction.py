"""config.redaction: every form a secret can take in text is replaced, in strings, log
records (message, arguments, traceback, stack) and uncaught exceptions."""

from __future__ import annotations

import datetime as dt
import io
import logging
import sys
from urllib.parse import quote

import pytest

from actors.db_writer import DeadLetter, SentReply, decode_record, encode_record
from actors.db_writer._dead_letters import ERROR_LIMIT, letter_for
from actors.db_writer._flusher import _letter_for
from actors.telegram import TelegramApiError
from config.redaction import (
    PLACEHOLDER,
    Redactor,
    install_log_redaction,
    redact,
    register_secret,
    register_settings,
)
from config.settings import load_settings

BOT_ID = "123456"
SECRET_HALF = "AAHdQw4w9WgXcQ-redaction_test-secrt"  # 35 characters, as Telegram's
TOKEN = f"{BOT_ID}:{SECRET_HALF}"


def token_forms(token: str = TOKEN) -> list[str]:
    """The token as an error description may echo it (the e2e tests inject these)."""
    bot_id, _, half = token.partition(":")
    return [
        token,                                                  # exact
        f"{bot_id}%3A{half}",                                   # URL-encoded
        half,                                                   # the secret half alone
        f"bot{bot_id}_{half}",                                  # another separator
        f"{bot_id} : {half}",                                   # spaced separator
        f"{bot_id}\\u003a{half}",                               # JSON-escaped colon
        f"https://api.telegram.org/bot{bot_id}%3a{half}/sendMessage",  # in a URL
        f'{{"token": "{token}"}}',                              # in a JSON body
    ]


def test_each_form_of_the_token_loses_its_secret_half() -> None:
    redactor = Redactor()
    redactor.add(TOKEN)
    for form in token_forms():
        clean = redactor.redact(f"Bad Request: {form} (echoed)")
        assert SECRET_HALF not in clean, form
        assert PLACEHOLDER in clean
        assert clean.startswith("Bad Request: ")
        assert clean.endswith(" (echoed)")


def test_an_unregistered_token_shape_is_still_redacted() -> None:
    redactor = Redactor()
    for text in (f"GET /bot{TOKEN}/getMe", f"{BOT_ID}%3A{SECRET_HALF}"):
        assert SECRET_HALF not in redactor.redact(text)


def test_text_without_secrets_is_unchanged() -> None:
    redactor = Redactor()
    redactor.add(TOKEN)
    for text in ("chat 1234567 at 12:30:00", "postgres unavailable", "", "bot: hello",
                 "reply checkin:123456789:2027-01-15 sent", "key weekly:123456789:2027-W02"):
        assert redactor.redact(text) == text


def test_short_secrets_are_not_registered() -> None:
    redactor = Redactor()
    redactor.add("pw")
    redactor.add(None)
    redactor.add("")
    assert len(redactor) == 0
    assert redactor.redact("pw is fine") == "pw is fine"


def test_passwords_and_keys_are_caught_encoded_and_escaped() -> None:
    password = 's3cret p@ss/w"rd\\é'
    redactor = Redactor()
    redactor.add(password)
    forms = [password, quote(password, safe=""), quote(password, safe="").lower(),
             's3cret p@ss/w\\"rd\\\\\\u00e9', 's3cret p@ss/w\\"rd\\\\é',
             repr(password)[1:-1]]
    for form in forms:
        assert redactor.redact(f"error: {form}!") == f"error: {PLACEHOLDER}!", form


def test_the_settings_register_every_secret() -> None:
    key, password, redis_password, health = (
        "sk-ant-settings-test-key-0001", "pg-pass word%", "redis-password-0001",
        "health-token-0001")
    settings = load_settings(env={
        "TELEGRAM_BOT_TOKEN": "654321:" + "B" * 35,
        "ANTHROPIC_API_KEY": key,
        "DATABASE_URL": f"postgresql://u:{quote(password, safe='')}@h/db",
        "REDIS_URL": f"redis://:{redis_password}@h:6379/0",
        "FE_HEALTH__TOKEN": health,
    })
    register_settings(settings)
    for secret in ("B" * 35, key, password, quote(password, safe=""), redis_password,
                   health):
        assert redact(f"<{secret}>") == f"<{PLACEHOLDER}>", secret


def test_a_telegram_error_description_is_redacted() -> None:
    register_secret(TOKEN)
    for form in token_forms():
        error = TelegramApiError("sendMessage", 400, f"Bad Request: {form}")
        assert SECRET_HALF not in f"{error} {error.description} {error!r}"


def test_log_records_are_redacted_whatever_handler_reads_them(
    caplog: pytest.LogCaptureFixture,
) -> None:
    register_secret(TOKEN)
    install_log_redaction()
    stream = io.StringIO()
    late = logging.StreamHandler(stream)  # added after the install: still clean records
    late.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("tests.redaction")
    log.addHandler(late)
    caplog.set_level(logging.DEBUG)
    try:
        for form in token_forms():
            log.debug("refused: %s", form)
            log.info(f"refused: {form}")
            try:
                raise RuntimeError(f"call failed: {form}")
            except RuntimeError:
                log.exception("failed", stack_info=True)
    finally:
        log.removeHandler(late)
    assert caplog.records
    assert SECRET_HALF not in caplog.text
    assert SECRET_HALF not in stream.getvalue()
    assert "RuntimeError: call failed: bot<redacted>" in stream.getvalue()
    for record in caplog.records:
        formatted = logging.Formatter().format(record)
        assert SECRET_HALF not in formatted


def test_an_uncaught_exception_is_printed_redacted(monkeypatch: pytest.MonkeyPatch) -> None:
    register_secret(TOKEN)
    install_log_redaction()
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    try:
        raise ValueError(f"bad: {token_forms()[1]}")
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert "ValueError: bad: bot<redacted>" in err.getvalue()
    assert SECRET_HALF not in err.getvalue()


def test_a_dead_letter_stores_its_error_redacted() -> None:
    register_secret(TOKEN)
    at = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    data = encode_record(SentReply(key="r1", chat_id=1, at=at))
    for form in token_forms():
        letter = _letter_for(7, data, ValueError(f"rejected: {form}"), at)
        assert letter.reason == "rejected"
        assert SECRET_HALF not in letter.error
        assert "<redacted>" in letter.error


def test_a_dead_letter_record_reaches_the_spool_redacted() -> None:
    register_secret(TOKEN)
    at = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    for form in token_forms():
        letter = DeadLetter(key="k", actor="a", reason="poison", error=f"boom: {form}",
                            message_json=f'{{"text": "{form}"}}', at=at)
        data = encode_record(letter)
        assert SECRET_HALF.encode() not in data
        stored = decode_record(data)
        assert isinstance(stored, DeadLetter)
        assert "<redacted>" in stored.error


def test_a_kernel_dead_letter_cut_to_its_limit_shows_no_part_of_the_secret() -> None:
    register_secret(TOKEN)
    error = "x" * (ERROR_LIMIT - 20) + f" {TOKEN} and more"
    letter = letter_for("root/bot/telegram_sender", ValueError(TOKEN), "poison", error)
    assert SECRET_HALF[:8] not in letter.error
    assert SECRET_HALF[:8] not in letter.message_json
