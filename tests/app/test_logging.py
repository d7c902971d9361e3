"""Logging: ``[logging] format = "json"`` writes one JSON object per line (time, level,
logger, message, the actor's path, pseudonymised chat and update ids, the traceback), and
every secret is redacted from it as from the text lines."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app._logging import JsonFormatter, pseudonym
from chaos.emulators.telegram import make_test_token
from runtime import Actor, ActorSystem, Props

ROOT = Path(__file__).resolve().parents[2]
CHAT = 123456789


def lines(stream: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """What the ``actor`` and ``test.logging`` loggers write, through a JSON handler."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    loggers = [logging.getLogger("actor"), logging.getLogger("test.logging")]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    yield stream
    for logger in loggers:
        logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)


def test_a_record_is_one_line_with_its_time_in_utc_level_logger_and_message() -> None:
    record = logging.makeLogRecord({
        "name": "test.logging", "levelno": logging.WARNING, "levelname": "WARNING",
        "msg": "spool depth %d", "args": (7,), "created": 1_800_000_000.25,
    })
    text = JsonFormatter().format(record)
    assert "\n" not in text
    assert json.loads(text) == {
        "time": "2027-01-15T08:00:00.250Z", "level": "WARNING", "logger": "test.logging",
        "message": "spool depth 7",
    }
    assert dt.datetime.fromisoformat(json.loads(text)["time"]).timestamp() == 1_800_000_000.25


@pytest.mark.anyio
async def test_an_actors_line_carries_its_path_apart_from_the_message(
    captured: io.StringIO,
) -> None:
    class Talker(Actor):
        async def receive(self, message: Any) -> Any:
            self.ctx.log.info("got %s", message)
            return message

    async with ActorSystem.start(Props(Talker), name="talker") as system:
        await system.ref("talker").ask("hello")
    line = next(line for line in lines(captured) if line["message"] == "got hello")
    assert line["actor"].endswith("talker")
    assert line["logger"] == "actor"
    assert "chat" not in line
    assert "update" not in line


def test_chat_and_update_ids_become_pseudonyms_in_every_field(captured: io.StringIO) -> None:
    log = logging.getLogger("test.logging")
    try:
        raise RuntimeError(f"chat {CHAT} not found")
    except RuntimeError:
        log.exception("chat %s: reply %s failed (chat 1%s is another)", CHAT,
                      f"checkin:{CHAT}:2027-01-15", CHAT, extra={"chat_id": CHAT,
                                                                   "update_id": 42})
    [line] = lines(captured)
    text = json.dumps(line)
    assert str(CHAT) not in text.replace(f"1{CHAT}", "")  # a longer number is left alone
    assert f"1{CHAT}" in line["message"]
    chat, update = pseudonym(CHAT), pseudonym(42)
    assert (line["chat"], line["update"]) == (chat, update)
    assert line["message"] == f"chat {chat}: reply checkin:{chat}:2027-01-15 failed " \
                              f"(chat 1{CHAT} is another)"
    assert line["exc_info"].startswith("Traceback")
    assert f"RuntimeError: chat {chat} not found" in line["exc_info"]


def test_an_update_id_written_inside_the_chats_pseudonym_is_left_there(
    captured: io.StringIO,
) -> None:
    # The pseudonyms are keyed by a salt made per process: take an update id that this
    # process's pseudonym of the chat happens to contain, so the case is there every run.
    chat = next(c for c in range(CHAT, CHAT + 1000) if any(d.isdigit() for d in pseudonym(c)))
    digits = "".join(d if d.isdigit() else " " for d in pseudonym(chat)).split()[0]
    update = int(digits)
    logging.getLogger("test.logging").warning("chat %s, update %s", chat, update,
                                              extra={"chat_id": chat, "update_id": update})
    [line] = lines(captured)
    assert line["message"] == f"chat {pseudonym(chat)}, update {pseudonym(update)}"


def test_a_pseudonym_is_16_hex_digits_stable_within_the_process() -> None:
    assert pseudonym(CHAT) == pseudonym(str(CHAT))
    assert len(pseudonym(CHAT)) == 16
    int(pseudonym(CHAT), 16)
    assert pseudonym(CHAT) != pseudonym(CHAT + 1)


# -- setup_logging, as the commands call it (a process of its own: it sets up the root logger) -

TOKEN = make_test_token(4242424, "LOGS")
SECRET_HALF = TOKEN.split(":")[1]
SCRIPT = f"""
import logging
from app._logging import pseudonym, setup_logging
from config.settings import load_settings

setup_logging(load_settings(), quiet=False)
log = logging.getLogger("telegram")
log.info("GET https://api.telegram.org/bot{TOKEN}/getMe")
try:
    raise OSError("connect to https://api.telegram.org/bot{TOKEN}/getUpdates failed")
except OSError:
    log.exception("chat %s: poll failed", {CHAT}, extra={{"chat_id": {CHAT}}})
print(pseudonym({CHAT}))
"""


def run_script(log_format: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "FE_LOGGING__FORMAT": log_format}
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done


def test_json_lines_from_setup_logging_have_the_token_redacted_and_a_fresh_salt() -> None:
    first, second = run_script("json"), run_script("json")
    records = [json.loads(line) for line in first.stderr.splitlines()]
    assert [r["level"] for r in records] == ["INFO", "ERROR"]
    assert SECRET_HALF not in first.stderr
    assert str(CHAT) not in first.stderr
    assert "bot<redacted>" in records[0]["message"]
    assert "OSError" in records[1]["exc_info"]
    assert records[1]["chat"] == first.stdout.strip()
    assert first.stdout != second.stdout  # a salt per process: no link between runs


def test_text_lines_stay_the_default_and_are_redacted_too() -> None:
    done = run_script("text")
    assert SECRET_HALF not in done.stderr
    assert "INFO telegram - GET" in done.stderr
    with pytest.raises(json.JSONDecodeError):
        json.loads(done.stderr.splitlines()[0])
