"""The runtime demo (the README's run command until the bot exists) really shows supervision."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_demo_shows_crashes_restarts_dead_letters_and_escalation(backend: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app", "demo-runtime", "--backend", backend],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for needle in ("CRASHED      root/bot/translator", "restarting   root/bot/translator",
                   "DEAD LETTER  root/bot/translator", "GIVES UP     root/bot",
                   "escalated    root/bot", "CRASHED      root/infra/db_writer in start",
                   "every failure was contained"):
        assert needle in out
    stops = [line.split()[3] for line in out.splitlines() if " stopped " in line][-7:]
    assert stops == ["root/bot/dialogs", "root/bot/translator", "root/bot",
                     "root/infra/db_writer", "root/infra/cache", "root/infra", "root"]


def _bot_env(tmp_path: object) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("TELEGRAM_BOT_TOKEN", "ANTHROPIC_API_KEY") and not k.startswith("FE_")}
    env["FE_TELEGRAM__JOURNAL_DIR"] = f"{tmp_path}/journal"
    env["FE_DATABASE__SPOOL_DIR"] = f"{tmp_path}/spool"
    env["FE_SCHEDULER__BACKUP_DIR"] = f"{tmp_path}/backups"
    env["FE_HEALTH__ENABLED"] = "false"
    return env


def test_demo_script_plays_a_whole_conversation(tmp_path: object) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app", "demo", "--script",
         os.path.join(ROOT, "tests", "data", "demo_script.txt")],
        cwd=ROOT, capture_output=True, text=True, timeout=90, check=False, env=_bot_env(tmp_path),
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for needle in ("parent> /start", "[1] Русский  [2] English", "parent taps [English]",
                   "How old is Sam?", "What Sam may be feeling:", "Basic mode:",
                   "Who is this about? Choose a child:", "What Lily may be feeling:",
                   "The check-in will come at 20:45.", "OK, nothing was deleted.",
                   "-- 18 bot messages; updates pending: 0"):
        assert needle in out, needle
    assert "(no reply)" not in out


def test_run_without_a_token_chats_in_the_terminal_until_input_ends(tmp_path: object) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app", "run", "--no-servers"],
        input="Русский\nда\nМосква\nМаша\n5\nдевочка\n"
              "Маша плачет, потому что её не позвали играть\n",
        cwd=ROOT, capture_output=True, text=True, timeout=90, check=False, env=_bot_env(tmp_path),
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "the built-in Telegram emulator, the offline translator" in out
    assert "Маша: сколько лет?" in out
    assert "Маша — мальчик или девочка?" in out
    assert "Что может чувствовать Маша:" in out
    assert "Базовый режим" in out


@pytest.mark.slow  # 5 to 13 s: five commands, each a process, against a private PostgreSQL
def test_migrate_backup_verify_and_restore_from_the_command_line(
    tmp_path: object, pg_dsn: str,
) -> None:
    env = {**_bot_env(tmp_path), "DATABASE_URL": pg_dsn}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT,
                              capture_output=True, text=True, timeout=120, check=False, env=env)

    migrated = cli("migrate")
    assert migrated.returncode == 0, migrated.stderr
    assert "0001_initial" in migrated.stdout
    assert "nothing (up to date)" in cli("migrate").stdout
    backed_up = cli("backup", "--dir", f"{tmp_path}/backups", "--keep", "2")
    assert backed_up.returncode == 0, backed_up.stdout + backed_up.stderr
    dump = next(line for line in backed_up.stdout.split() if line.endswith(".dump"))
    verified = cli("verify-backup", dump)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    refused = cli("restore", dump, "--dir", f"{tmp_path}/backups")
    assert refused.returncode == 2
    assert "--yes" in refused.stdout + refused.stderr
    restored = cli("restore", dump, "--yes", "--dir", f"{tmp_path}/backups")
    assert restored.returncode == 0, restored.stdout + restored.stderr


def test_ctrl_c_ends_the_terminal_chat_while_it_waits_for_input(tmp_path: object) -> None:
    import signal
    import time

    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "run", "--no-servers"], cwd=ROOT,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=_bot_env(tmp_path))
    try:
        assert proc.stdout is not None
        deadline = time.monotonic() + 60
        while "[2] English" not in (line := proc.stdout.readline()):
            assert line, "the chat ended before it greeted the parent"
            assert time.monotonic() < deadline
        proc.send_signal(signal.SIGINT)  # stdin stays open: a blocked read must not hang us
        proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0


@pytest.mark.slow  # about 8 s: the scripted demo, twice
def test_the_demo_run_twice_on_one_var_dir_answers_every_line_both_times(
    tmp_path: object,
) -> None:
    # The built-in emulator starts afresh each run; the journal under the var dir keeps
    # the ids it has seen. Ids taken again must not be dropped as replays.
    script = os.path.join(ROOT, "tests", "data", "demo_script.txt")
    outs = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-m", "app", "demo", "--script", script,
             "--var-dir", f"{tmp_path}/var"],
            cwd=ROOT, capture_output=True, text=True, timeout=90, check=False,
            env=_bot_env(tmp_path))
        assert done.returncode == 0, done.stderr
        outs.append(done.stdout)
    first, second = outs
    assert "(no reply)" not in first
    assert "(no reply)" not in second, second
    assert "updates pending: 0" in second
