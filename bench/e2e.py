"""End-to-end benchmark: updates/s and update-to-reply latency, our bot against aiogram 3.

Run: ``.venv/bin/python bench/e2e.py [--quick] [--no-peer] [--reps 3] [--profile]``
(about two minutes; ``--quick --no-peer`` about ten seconds). Each bot runs in its own
process against a fresh Telegram emulator in this one: throughput over a queued backlog,
then latency at a steady 200 updates/s; the last line of the output is one JSON object.
See docs/benchmarks.md, section "End to end (`bench/e2e.py`)", for what is measured, the
peer and why the comparison is fair.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import io
import json
import logging
import math
import os
import platform
import pstats
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, deque
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, TextIO

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
PEER_VENV = BENCH / ".venv-aiogram"
PEER_REQUIREMENTS = BENCH / "requirements-aiogram.txt"
PHRASES = ROOT / "tests" / "data" / "child_phrases.jsonl"
TOKEN_ENV = "E2E_BENCH_TOKEN"
PROFILE_ENV = "E2E_BENCH_PROFILE"
LOOP_ENV = "E2E_BENCH_LOOP"
"""Ours: the event loop (``[runtime] loop``) when not the settings' default."""
OURS, OURS_ASYNCIO, PEER, PEER_UVLOOP = "ours", "ours-aio", "aiogram", "aiogram-uv"
BEFORE = "before"
"""``--before PATH``: our bot from another tree's files (an earlier commit's), driven by
this script with the same texts, in the same run: a before/after pair free of the
machine's changing load."""
"""The bots a run can hold: ours as it runs by default (uvloop), ours on the stock loop
(``--ours-asyncio``), aiogram as it runs by default (stock loop) and aiogram on uvloop."""

TARGETS: dict[str, float] = {
    "cpu_ratio_vs_aiogram_max": 0.5,
    "p99_ms_at_200_max": 20.0,
    "updates_per_s_min": 1000.0,
    "ratio_vs_aiogram_min": 1.0,
    "startup_s_max": 1.5,
    "idle_rss_mb_max": 80.0,
}
"""The headline is CPU per update: ours at most half of aiogram's bare echo bot, measured
in the same run with the same pinning, journaling on."""

FIRST_CHAT = 700_000_001
"""Private chats: chat id == user id, FIRST_CHAT … FIRST_CHAT + chats - 1."""

FALLBACK_PHRASES: dict[str, list[str]] = {
    "en": ["He threw the tablet and shouted that he hates me",
           "She cries every morning before kindergarten and won't let go of my hand"],
    "ru": ["Он бросил планшет и закричал, что ненавидит меня",
           "Она плачет каждое утро перед садиком и не отпускает мою руку"],
}

AIOGRAM_PEER = r'''
"""The aiogram 3 peer: long-polling Dispatcher, one echo handler (bench/e2e.py runs it)."""
import asyncio, logging, os
from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Message

async def main() -> None:
    session = AiohttpSession(api=TelegramAPIServer.from_base(os.environ["E2E_BENCH_BASE_URL"]))
    bot = Bot(os.environ["E2E_BENCH_TOKEN"], session=session)
    dp = Dispatcher()

    @dp.message()
    async def echo(message: Message) -> None:
        await message.answer(message.text or "")

    await dp.start_polling(bot, handle_signals=True, polling_timeout=25)

logging.basicConfig(level=logging.WARNING)
if os.environ.get("E2E_BENCH_UVLOOP"):  # aiogram's own advice for speed: uvloop
    import uvloop
    uvloop.run(main())
else:
    asyncio.run(main())
'''


# -- the workload ------------------------------------------------------------------------


def language_of(index: int) -> Literal["ru", "en"]:
    """Chats alternate: even index Russian, odd English."""
    return "ru" if index % 2 == 0 else "en"


def age_of(index: int) -> int:
    return (4, 6, 9, 13)[index % 4]


def load_phrases(path: Path = PHRASES) -> dict[str, list[str]]:
    """The labelled child phrases by language (a small built-in set if the file is gone)."""
    out: dict[str, list[str]] = {"ru": [], "en": []}
    try:
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    out.setdefault(row["language"], []).append(row["phrase"])
    except OSError:
        return FALLBACK_PHRASES
    return out if out["ru"] and out["en"] else FALLBACK_PHRASES


VARIATION_SEED = 20261206
"""The seed of the texts' variations: the same run of updates every time."""

OPENERS: dict[str, tuple[str, ...]] = {
    "ru": ("Сегодня", "Вчера вечером", "Утром", "После садика", "После школы", "Опять",
           "Третий день подряд", "Перед сном", "В магазине", "На прогулке", "За ужином",
           "У бабушки", "В машине", "Только что", "С утра", "Всю неделю", "Не знаю, что делать:",
           "Помогите понять:", "Подскажите,", "Уже не первый раз:"),
    "en": ("Today", "Last night", "This morning", "After daycare", "After school", "Again",
           "Third day in a row", "At bedtime", "At the store", "On our walk", "At dinner",
           "At grandma's", "In the car", "Just now", "Since this morning", "All week",
           "I don't know what to do:", "Help me understand:", "Any advice?", "Not the first time:"),
}
ENDINGS: dict[str, tuple[str, ...]] = {
    "ru": ("Что делать?", "Как реагировать?", "Я растерялась.", "Муж говорит, что это "
           "возраст.", "Раньше такого не было.", "Я сорвалась и накричала.", "Устала.",
           "Это нормально?", "Сестра его дразнит.", "Мы недавно переехали.", "🙁", "!!!",
           "Подскажите, пожалуйста.", "Не понимаю, что с ним.", "Спасибо заранее."),
    "en": ("What do I do?", "How should I react?", "I'm lost.", "My husband says it's a "
           "phase.", "This never happened before.", "I snapped and yelled.", "So tired.",
           "Is this normal?", "His sister teases him.", "We moved recently.", "🙁", "!!!",
           "Please help.", "I don't get what's going on.", "Thanks in advance."),
}
NAMES: dict[str, tuple[str, ...]] = {
    "ru": ("Миша", "Аня", "Ваня", "Соня", "Тёма", "Лиза", "Костя", "Вера", "Гоша", "Маша",
           "Дима", "Полина", "Лёва", "Ева", "Саша", "Ксюша"),
    "en": ("Mia", "Leo", "Ava", "Noah", "Zoe", "Eli", "Ruby", "Max", "Ivy", "Sam", "Lily",
           "Finn", "Nora", "Jack", "Emma", "Theo"),
}


def vary(text: str, language: str, rng: random.Random, pool: Sequence[str]) -> str:
    """A variation of ``text`` as a parent might write it: an opener, the child's name or
    age, a clause of another phrase, a closing question, a typo, different case and
    punctuation; each with its own probability, so hardly two texts of a run are alike
    (a cache keyed by the text never hits, as with real traffic) while the words stay
    the corpus's (and the vocabulary Zipf-like: most words common, a tail of rare ones)."""
    words = text.split()
    if len(words) > 3 and rng.random() < 0.35:  # a typo: two neighbouring letters swapped
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 3:
            j = rng.randrange(len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    body = " ".join(words)
    if rng.random() < 0.25:
        body = body.lower()
    parts = []
    if rng.random() < 0.5:
        parts.append(rng.choice(OPENERS[language]))
    if rng.random() < 0.3:
        name = rng.choice(NAMES[language])
        age = rng.randint(2, 15)
        parts.append(f"{name} ({age})" if rng.random() < 0.5 else f"{name},")
    parts.append(body)
    if rng.random() < 0.3:  # a clause of another phrase
        other = rng.choice(pool).split()
        cut = rng.randint(min(3, len(other)), len(other))
        parts.append(("А ещё " if language == "ru" else "And ") + " ".join(other[:cut]))
    if rng.random() < 0.5:
        parts.append(rng.choice(ENDINGS[language]))
    return " ".join(parts)


class Workload:
    """Who says what: update ``i`` comes from chat ``i % chats`` with that chat's next
    phrase, varied (``vary``): deterministic, and hardly ever the same text twice."""

    def __init__(self, chats: int, phrases: dict[str, list[str]],
                 seed: int = VARIATION_SEED, *, varied: bool = True) -> None:
        self.chats = chats
        self.phrases = phrases
        self._said = [0] * chats
        self._seed = seed
        self._varied = varied
        """False: the corpus's phrases as they are (230 texts, each said again and again)."""

    def chat_id(self, index: int) -> int:
        return FIRST_CHAT + index

    def next_message(self, seq: int) -> tuple[int, str, str]:
        """(user/chat id, text, language code) of update number ``seq``."""
        index = seq % self.chats
        language = language_of(index)
        pool = self.phrases[language]
        base = pool[(index * 7 + self._said[index]) % len(pool)]
        self._said[index] += 1
        if not self._varied:
            return self.chat_id(index), base, language
        text = vary(base, language, random.Random(self._seed * 1_000_003 + seq), pool)
        return self.chat_id(index), text, language


# -- the emulator, instrumented ---------------------------------------------------------


def make_emulator(token: str, batch_window: float) -> Any:
    """A ``TelegramEmulator`` (flood model off) that timestamps what the benchmark needs."""
    from chaos.emulators.telegram import TelegramEmulator

    class BenchEmulator(TelegramEmulator):
        """Counts answered calls and matches each sendMessage to the oldest open injection
        of its chat. ``_record`` is the emulator's single funnel for answered calls."""

        def __init__(self) -> None:
            super().__init__(token, flood=False, seed=None, batch_window=batch_window)
            self.methods: Counter[str] = Counter()
            self.failed: Counter[str] = Counter()
            self.first_poll_at: float | None = None
            self.first_poll = asyncio.Event()
            self.replies = 0
            self.last_reply_at = 0.0
            self.replies_per_chat: Counter[int] = Counter()
            self.open: dict[int, deque[float]] = {}
            self.latencies: list[float] = []
            self.injected_at: list[float] = []  # the injection time of each latency
            self.unmatched = 0
            self.open_count = 0  # tracked injections not matched by a reply yet
            self.update_ids: dict[int, list[int]] = {}  # chat → tracked injections' ids
            self.polled: set[int] = set()  # update ids some getUpdates answer carried
            self._all_matched = asyncio.Event()
            self._want = math.inf
            self._enough = asyncio.Event()
            # What the bot's requests cost the emulator: bytes each way (request line,
            # headers and body; response body) and the client connections seen.
            self.request_bytes = 0
            self.response_bytes = 0
            self.requests = 0
            self.connections: set[Any] = set()

        async def _bot_api(self, request: Any) -> Any:
            transport = request.transport
            if transport is not None:
                self.connections.add(transport.get_extra_info("peername"))
            self.requests += 1
            self.request_bytes += (len(request.method) + len(request.raw_path) + 12
                                   + sum(len(k) + len(v) + 4 for k, v in request.raw_headers)
                                   + (request.content_length or 0))
            response = await super()._bot_api(request)
            body = getattr(response, "body", None)
            if isinstance(body, bytes | bytearray):
                self.response_bytes += len(body)
            return response

        def _record(self, entry: dict[str, Any], status: int | None, body: Any) -> None:
            super()._record(entry, status, body)
            method = str(entry["method"])
            if status != 200:
                self.failed[method] += 1
                return
            self.methods[method] += 1
            if method == "sendMessage":
                self._on_reply(int(entry["params"]["chat_id"]), float(entry["time"]))
            elif method == "getUpdates":
                self.polled.update(u["update_id"] for u in body.get("result", ()))
                if self.first_poll_at is None:
                    self.first_poll_at = float(entry["time"])
                    self.first_poll.set()

        def _on_reply(self, chat_id: int, at: float) -> None:
            self.replies += 1
            self.last_reply_at = max(self.last_reply_at, at)
            self.replies_per_chat[chat_id] += 1
            waiting = self.open.get(chat_id)
            if waiting:
                sent = waiting.popleft()
                self.latencies.append(at - sent)
                self.injected_at.append(sent)
                self.open_count -= 1
                if self.open_count == 0:
                    self._all_matched.set()
            elif waiting is not None:
                self.unmatched += 1
            if self.replies >= self._want:
                self._enough.set()

        def inject(self, user_id: int, text: str, language: str, *, track: bool) -> float:
            """The user writes; returns the injection time (emulator clock)."""
            said = self.user_says(user_id, text, language_code=language, first_name="Parent")
            at = float(self.now())
            if track:
                self.update_ids.setdefault(user_id, []).append(int(said["update_id"]))
                self.open.setdefault(user_id, deque()).append(at)
                self.open_count += 1
                self._all_matched.clear()
            return at

        def unanswered(self) -> list[str]:
            """For each chat with an unanswered injection: its tracked update ids, which
            of them a getUpdates answer carried, and the replies it got."""
            out = []
            for chat, waiting in sorted(self.open.items()):
                if waiting:
                    ids = self.update_ids.get(chat, [])
                    out.append(f"chat {chat}: updates {ids}, polled "
                               f"{[i for i in ids if i in self.polled]}, "
                               f"{self.replies_per_chat[chat]} replies in all")
            return out

        async def wait_matched(self, timeout: float) -> bool:
            """True once every tracked injection has its reply; False after ``timeout``.
            (Waiting for a count of replies instead ends one reply early when an extra
            one, such as a late reply to the backlog, was counted.)"""
            if self.open_count == 0:
                return True
            try:
                await asyncio.wait_for(self._all_matched.wait(), timeout)
            except TimeoutError:
                return False
            return True

        async def wait_replies(self, count: int, timeout: float) -> bool:
            """True once ``count`` sendMessage calls were answered; False after ``timeout``."""
            if self.replies >= count:
                return True
            self._want, self._enough = count, asyncio.Event()
            try:
                await asyncio.wait_for(self._enough.wait(), timeout)
            except TimeoutError:
                return False
            finally:
                self._want = math.inf
            return True

    return BenchEmulator()


# -- machine noise ----------------------------------------------------------------------


def cpu_times() -> tuple[int, int] | None:
    """(steal, total) jiffies from /proc/stat, or None."""
    try:
        with open("/proc/stat") as f:
            fields = f.readline().split()
    except OSError:
        return None
    values = [int(v) for v in fields[1:9]]
    return (values[7] if len(values) > 7 else 0), sum(values)


def cores_busy(cores: frozenset[int]) -> tuple[float, float] | None:
    """(busy, total) seconds of ``cores`` so far, from /proc/stat (busy: everything but
    idle and iowait), or None."""
    busy = total = 0
    try:
        with open("/proc/stat") as f:
            for line in f:
                name, *fields = line.split()
                if name.startswith("cpu") and name[3:].isdigit() and int(name[3:]) in cores:
                    values = [int(v) for v in fields[:8]]
                    total += sum(values)
                    busy += sum(values) - values[3] - values[4]
    except (OSError, ValueError):
        return None
    tick = os.sysconf("SC_CLK_TCK")
    return (busy / tick, total / tick) if total else None


def steal_pct(before: tuple[int, int] | None, after: tuple[int, int] | None) -> float | None:
    if before is None or after is None or after[1] <= before[1]:
        return None
    return round(100.0 * (after[0] - before[0]) / (after[1] - before[1]), 2)


def loadavg1() -> float:
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return -1.0


def process_cpu(pid: int) -> float | None:
    """User + system CPU seconds of process ``pid`` so far (Linux /proc), or None."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            stat = f.read()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def filesystem_of(path: Path) -> str:
    """The mount's filesystem type for ``path`` (from /proc/mounts), or "unknown"."""
    best, fstype = "", "unknown"
    try:
        with open("/proc/mounts") as f:
            for line in f:
                parts = line.split()
                mount = parts[1]
                if str(path).startswith(mount) and len(mount) > len(best):
                    best, fstype = mount, parts[2]
    except OSError:
        pass
    return fstype


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile, q in [0, 1]."""
    s = sorted(values)
    k = min(len(s) - 1, max(0, math.ceil(q * len(s)) - 1))
    return s[k]


@dataclass(frozen=True)
class Pinning:
    """Which cores the driver (the emulator) and the bot under test may run on."""

    driver: frozenset[int]
    bot: frozenset[int]


def pinning_plan(enabled: bool = True) -> Pinning | None:
    """The bot on the last core the process may use, the driver on the others; None when
    pinning is off, unsupported, or there is a single core. Both bots get the same plan,
    so the emulator's CPU never competes with the bot's and CPU per update is the bot's."""
    if not enabled or not hasattr(os, "sched_getaffinity"):
        return None
    cores = sorted(os.sched_getaffinity(0))
    if len(cores) < 2:
        return None
    return Pinning(driver=frozenset(cores[:-1]), bot=frozenset(cores[-1:]))


# -- the bots under test ----------------------------------------------------------------


class PeerUnavailable(Exception):
    """The aiogram peer could not be installed or imported; the message says why."""


def ensure_peer(venv: Path = PEER_VENV, requirements: Path = PEER_REQUIREMENTS,
                log: TextIO = sys.stdout) -> tuple[str, str]:
    """The peer venv's interpreter and aiogram's version, creating the venv on first use.

    Raises ``PeerUnavailable`` when the venv cannot be made or aiogram not installed.
    """
    python = venv / "bin" / "python"
    probe = [str(python), "-c", "import aiogram, uvloop; print(aiogram.__version__)"]
    try:
        if python.exists():
            found = subprocess.run(probe, capture_output=True, text=True, timeout=60)
            if found.returncode == 0:
                return str(python), found.stdout.strip()
        print(f"setting up the aiogram peer in {venv} (first use) …", file=log, flush=True)
        base = shutil.which("python3") or sys.executable
        steps = [[base, "-m", "venv", str(venv)],
                 [str(python), "-m", "pip", "install", "-q", "-r", str(requirements)]]
        for step in steps:
            done = subprocess.run(step, capture_output=True, text=True, timeout=900)
            if done.returncode != 0:
                tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
                raise PeerUnavailable(f"{' '.join(step[:3])} failed: {' | '.join(tail)}")
        found = subprocess.run(probe, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise PeerUnavailable(f"{type(error).__name__}: {error}") from error
    if found.returncode != 0:
        raise PeerUnavailable(f"aiogram does not import: {found.stderr.strip()[-300:]}")
    return str(python), found.stdout.strip()


@dataclass
class Impl:
    """How to start one bot: ``argv`` gets the emulator URL and the token in its environment,
    and ``env`` on top."""

    name: str
    argv: list[str]
    version: str
    env: dict[str, str] = field(default_factory=dict)


def ours_impl(chats: int, loop: str | None = None) -> Impl:
    """Ours on the loop its settings name (uvloop), or on ``loop``."""
    return Impl(OURS if loop is None else OURS_ASYNCIO,
                [sys.executable, str(Path(__file__).resolve()), "--role", "ours",
                 "--chats", str(chats)], "working tree", {LOOP_ENV: loop} if loop else {})


def before_impl(chats: int, tree: Path) -> Impl:
    """Ours from the files of ``tree`` (first on ``PYTHONPATH``), on its default loop."""
    return Impl(BEFORE, [sys.executable, str(Path(__file__).resolve()), "--role", "ours",
                         "--chats", str(chats)], str(tree), {"PYTHONPATH": str(tree)})


def peer_impl(python: str, version: str, uvloop: bool = False) -> Impl:
    return Impl(PEER_UVLOOP if uvloop else PEER, [python, "-c", AIOGRAM_PEER], version,
                {"E2E_BENCH_UVLOOP": "1"} if uvloop else {})


class BotProcess:
    """A bot under test in its own process; its output goes to a file (shown on failure)."""

    def __init__(self, impl: Impl, base_url: str, token: str, journal_dir: Path,
                 profile_to: Path | None, cores: frozenset[int] | None = None) -> None:
        self.impl = impl
        self.cores = cores
        """The cores the bot is pinned to (None: not pinned)."""
        self._env = {k: v for k, v in os.environ.items()
                     if not k.startswith("FE_") and k not in (
                         "TELEGRAM_BOT_TOKEN", "ANTHROPIC_API_KEY", "DATABASE_URL", "REDIS_URL")}
        self._env.update({TOKEN_ENV: token, "E2E_BENCH_BASE_URL": base_url,
                          "E2E_BENCH_JOURNAL": str(journal_dir), "PYTHONUNBUFFERED": "1"})
        self._env.update(impl.env)
        if profile_to is not None:
            self._env[PROFILE_ENV] = str(profile_to)
        # Kept open for the process's lifetime, closed by close().
        self._log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # noqa: SIM115
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        cores = self.cores

        def pin() -> None:  # in the child, before exec: every thread it makes inherits it
            if cores is not None:
                os.sched_setaffinity(0, cores)

        self.proc = await asyncio.create_subprocess_exec(
            *self.impl.argv, env=self._env, cwd=str(ROOT), stdin=subprocess.DEVNULL,
            stdout=self._log, stderr=subprocess.STDOUT, preexec_fn=pin)

    def signal(self, signum: int) -> None:
        if self.proc is not None and self.proc.returncode is None:
            self.proc.send_signal(signum)

    def cpu(self) -> float | None:
        return None if self.proc is None else process_cpu(self.proc.pid)

    @property
    def exited(self) -> bool:
        return self.proc is not None and self.proc.returncode is not None

    async def stop(self, timeout: float = 15.0) -> int | None:
        """SIGTERM (both bots shut down gracefully on it), SIGKILL after ``timeout``."""
        if self.proc is None:
            return None
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.proc.wait(), timeout)
            except TimeoutError:
                self.proc.kill()
                await self.proc.wait()
        return self.proc.returncode

    def output_tail(self, lines: int = 15) -> str:
        self._log.seek(0)
        return "\n".join(self._log.read().splitlines()[-lines:])

    def close(self) -> None:
        self._log.close()


# -- one run ----------------------------------------------------------------------------


@dataclass
class Config:
    backlog: int = 5000
    chats: int = 200
    rate: float = 200.0
    steady_s: float = 10.0
    reps: int = 3
    peer: bool = True
    quick: bool = False
    batch_window: float = 0.01
    settle_s: float = 1.0
    profile: bool = False
    low_rate: float = 10.0
    low_s: float = 5.0
    pin: bool = True
    startup: bool = True
    peer_uvloop: bool = True
    """Also aiogram on uvloop (aiogram's own advice for speed), next to its default."""
    ours_asyncio: bool = False
    """Also ours on the stock asyncio loop (``[runtime] loop = "asyncio"``)."""
    py_spy: str | None = None
    """With ``profile``: sample ours with this py-spy executable instead of cProfile."""
    varied: bool = True
    """Texts varied (``vary``); False: the corpus's phrases repeated as they are."""
    before: Path | None = None
    """Also ours from the files of this tree (``before_impl``)."""


@dataclass
class RunResult:
    impl: str
    rep: int
    updates_per_s: float | None = None
    throughput_s: float | None = None
    bot_cpu_ms_per_update: float | None = None
    bot_cpu_pct: float | None = None
    emulator_cpu_pct: float | None = None
    p50_ms: float | None = None
    p90_ms: float | None = None
    p99_ms: float | None = None
    max_ms: float | None = None
    max_at_s: float | None = None
    """When the slowest update was injected, seconds into the steady phase."""
    p50_ms_at_low: float | None = None
    p99_ms_at_low: float | None = None
    max_ms_at_low: float | None = None
    low_samples: int = 0
    """Latency at the low rate (``Config.low_rate``): mostly fixed delays (the emulator's
    batch window, our spool's group commit, one fsync), hardly any queueing."""
    bottleneck: str | None = None
    """Who bounded the throughput phase: ``bot`` (its core busy), ``emulator`` or ``neither``."""
    others_on_bot_core_pct: float | None = None
    """Over the throughput phase, the share of the bot's core(s) that other processes
    used (pinned runs only): the noise the bot's figures carry."""
    emulator_cpu_ms_per_update: float | None = None
    requests_per_update: float | None = None
    request_bytes_per_update: float | None = None
    response_bytes_per_update: float | None = None
    connections: int | None = None
    """Distinct client connections the emulator saw over the run (fewer is better:
    each new one is a TCP, and on Telegram a TLS, handshake)."""
    injected_rate: float | None = None
    latency_samples: int = 0
    missing_replies: int = 0
    extra_replies: int = 0
    missing_chats: list[int] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)
    """What the emulator knows of those chats (update ids, which were polled, replies)."""
    """The first chats (ids) with an update still unanswered, to look them up."""
    calls_per_update: dict[str, float] = field(default_factory=dict)
    failed_calls: dict[str, int] = field(default_factory=dict)
    loadavg1_before: float = 0.0
    steal_pct: float | None = None
    disk_fsync_p99_ms: float | None = None
    disk_fsync_max_ms: float | None = None
    """A 4 KiB append and fdatasync to a file beside the journal every ``DiskProbe.EVERY``
    seconds of the steady phase, from the driver: how long the disk made a journaling bot
    wait then (aiogram journals nothing; ours waits for its group commit's fdatasync
    before it answers), so a p99 set by the disk shows as such."""
    exit_code: int | None = None
    error: str | None = None


async def run_once(impl: Impl, cfg: Config, rep: int, phrases: dict[str, list[str]],
                   profile_to: Path | None = None, pinning: Pinning | None = None,
                   sample_to: Path | None = None) -> RunResult:
    """One bot against a fresh emulator: the throughput phase, then the steady-rate phase,
    then the low-rate phase. ``pinning``: the bot's cores (the caller pins itself).
    ``sample_to``: py-spy (``cfg.py_spy``) samples the bot over the throughput phase into
    this file (collapsed stacks)."""
    from chaos.emulators.telegram import make_test_token

    token = make_test_token(random.randrange(1, 10**6))
    result = RunResult(impl.name, rep, loadavg1_before=loadavg1())
    steal0 = cpu_times()
    workload = Workload(cfg.chats, phrases, varied=cfg.varied)
    (ROOT / "var").mkdir(exist_ok=True)
    journal_dir = Path(tempfile.mkdtemp(prefix="e2e-journal-", dir=ROOT / "var"))
    emu = make_emulator(token, cfg.batch_window)
    try:
        async with emu:
            bot = BotProcess(impl, emu.base_url, token, journal_dir, profile_to,
                             pinning.bot if pinning is not None else None)
            try:
                for seq in range(cfg.backlog):
                    uid, text, lang = workload.next_message(seq)
                    emu.inject(uid, text, lang, track=False)
                _quiet_collector()
                await bot.start()
                await _throughput_phase(emu, bot, cfg, result,
                                        profiling=profile_to is not None, sample_to=sample_to)
                _quiet_collector()
                with DiskProbe(journal_dir) as disk:
                    await _steady_phase(emu, bot, cfg, workload, result)
                result.disk_fsync_p99_ms, result.disk_fsync_max_ms = disk.figures()
                await _low_rate_phase(emu, bot, cfg, workload, result)
                _count_calls(emu, cfg, result)
                result.exit_code = await bot.stop()
                if result.missing_replies:
                    result.unanswered.append(f"bot output (tail):\n{bot.output_tail(40)}")
                elif (result.p99_ms or 0.0) > STALL_MS:  # what the bot said about a stall
                    result.unanswered.append(f"p99 over {STALL_MS:.0f} ms; bot output "
                                             f"(tail):\n{bot.output_tail(20)}")
            except RunFailed as failure:
                result.error = (f"{failure}\n--- {impl.name} output (tail) ---\n"
                                f"{bot.output_tail()}")
            finally:
                await bot.stop(timeout=5.0)  # a no-op when it already exited
                bot.close()
    finally:
        shutil.rmtree(journal_dir, ignore_errors=True)
        gc.unfreeze()  # this run's emulator and its call log may go now
        gc.enable()
    result.steal_pct = steal_pct(steal0, cpu_times())
    return result


class DiskProbe:
    """Times a 4 KiB append and ``fdatasync`` to a file in ``directory`` every ``EVERY``
    seconds, in a thread of the driver, while the ``with`` block runs (the steady phase).
    On a shared machine the disk sometimes takes hundreds of milliseconds to sync, and a
    bot that journals its updates before it answers waits that long; the run's
    ``disk_fsync_*`` figures say so next to its p99."""

    EVERY = 0.025

    def __init__(self, directory: Path) -> None:
        self._path = directory / "disk-probe"
        self._times: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="disk-probe", daemon=True)

    def __enter__(self) -> DiskProbe:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        block = b"\0" * 4096
        fd = os.open(self._path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            while not self._stop.wait(self.EVERY):
                os.write(fd, block)
                began = time.perf_counter()
                os.fdatasync(fd)
                self._times.append(time.perf_counter() - began)
        finally:
            os.close(fd)
            self._path.unlink(missing_ok=True)

    def figures(self) -> tuple[float | None, float | None]:
        """The p99 and the max of the syncs timed, in ms (None: none)."""
        if not self._times:
            return None, None
        ms = [1e3 * t for t in self._times]
        return round(percentile(ms, 0.99), 2), round(max(ms), 2)


def _quiet_collector() -> None:
    """Collect, freeze what is alive in this process (the emulator's queue and its log of
    every call so far), and turn the automatic collector off until the run ends
    (``gc.enable`` in ``run_once``'s ``finally``), so the emulator, which times the bots, is
    never stopped by a collection of its own. A full collection of the throughput phase's
    5,000 calls stopped it for 75-320 ms in the steady phase; with the heap frozen, the
    collections of the steady phase's own calls still took 40-66 ms, and the reply that
    waited on one set the run's p99 (seen for both bots; more often for ours, whose calls
    hold more objects). A run's garbage is freed by reference counting all the same; the
    cycles wait for the end of the run."""
    gc.collect()
    gc.freeze()
    gc.disable()


class RunFailed(Exception):
    """A phase did not complete (the bot died, or replies stopped coming)."""


def _count_calls(emu: Any, cfg: Config, result: RunResult) -> None:
    """Bot API calls per update, failed calls, replies beyond one per update, and the
    requests' traffic per update."""
    total = cfg.backlog + result.latency_samples + result.low_samples + result.missing_replies
    result.calls_per_update = {m: round(c / total, 2) for m, c in emu.methods.items()
                               if m in ("sendMessage", "sendChatAction", "getUpdates",
                                        "answerCallbackQuery")}
    result.failed_calls = dict(emu.failed)
    result.extra_replies = max(0, emu.replies - total)
    result.requests_per_update = round(emu.requests / total, 3)
    result.request_bytes_per_update = round(emu.request_bytes / total, 1)
    result.response_bytes_per_update = round(emu.response_bytes / total, 1)
    result.connections = len(emu.connections)


STALL_MS = 1000.0
"""A steady phase whose p99 is over this stalled: the run's table shows the bot's output."""

BUSY_PCT = 90.0
"""A process using this much of its core over the throughput phase bounded it."""


async def _throughput_phase(emu: Any, bot: BotProcess, cfg: Config, result: RunResult,
                            *, profiling: bool = False, sample_to: Path | None = None) -> None:
    """From the bot's first getUpdates to the arrival of the backlog's last reply.
    ``profiling``: the bot's profiler is switched on (SIGUSR1) and off (SIGUSR2) around
    this window, so the profile holds the steady work, not start-up or idling."""
    try:
        await asyncio.wait_for(emu.first_poll.wait(), 60.0)
    except TimeoutError:
        raise RunFailed(f"{bot.impl.name}: no getUpdates within 60 s of start") from None
    if profiling:
        bot.signal(signal.SIGUSR1)
    sampler = None
    if sample_to is not None and cfg.py_spy and bot.proc is not None:
        sampler = await asyncio.create_subprocess_exec(
            cfg.py_spy, "record", "--nonblocking", "-r", "200", "-f", "raw", "-o",
            str(sample_to), "-p", str(bot.proc.pid), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
    core0 = cores_busy(bot.cores) if bot.cores is not None else None
    cpu0, drv0, wall0 = bot.cpu(), time.process_time(), time.perf_counter()
    deadline = 60.0 + cfg.backlog / 50.0
    if not await emu.wait_replies(cfg.backlog, deadline):
        raise RunFailed(f"{bot.impl.name}: {emu.replies} of {cfg.backlog} backlog replies "
                        f"after {deadline:.0f} s (exited: {bot.exited})")
    cpu1, drv1, wall1 = bot.cpu(), time.process_time(), time.perf_counter()
    core1 = cores_busy(bot.cores) if bot.cores is not None else None
    if profiling:
        bot.signal(signal.SIGUSR2)
    if sampler is not None:
        sampler.send_signal(signal.SIGINT)  # py-spy writes its file and exits
        await sampler.wait()
    elapsed = emu.last_reply_at - emu.first_poll_at
    result.throughput_s = round(elapsed, 4)
    result.updates_per_s = round(cfg.backlog / elapsed, 1) if elapsed > 0 else None
    span = wall1 - wall0
    result.emulator_cpu_pct = round(100.0 * (drv1 - drv0) / span, 1) if span > 0 else None
    result.emulator_cpu_ms_per_update = round(1000.0 * (drv1 - drv0) / cfg.backlog, 3)
    if cpu0 is not None and cpu1 is not None and span > 0:
        result.bot_cpu_pct = round(100.0 * (cpu1 - cpu0) / span, 1)
        result.bot_cpu_ms_per_update = round(1000.0 * (cpu1 - cpu0) / cfg.backlog, 3)
        if core0 is not None and core1 is not None and core1[1] > core0[1]:
            others = (core1[0] - core0[0]) - (cpu1 - cpu0)
            result.others_on_bot_core_pct = round(
                max(0.0, 100.0 * others / (core1[1] - core0[1])), 1)
    bot_busy = (result.bot_cpu_pct or 0.0) >= BUSY_PCT
    emu_busy = (result.emulator_cpu_pct or 0.0) >= BUSY_PCT
    result.bottleneck = ("bot" if bot_busy and not emu_busy else
                         "emulator" if emu_busy and not bot_busy else
                         "both" if bot_busy else "neither")


async def _steady_phase(emu: Any, bot: BotProcess, cfg: Config, workload: Workload,
                        result: RunResult) -> None:
    """Inject at ``cfg.rate`` for ``cfg.steady_s`` seconds; latency per update to its reply."""
    try:
        await emu.wait_polling(timeout=10.0)  # drained and idle again: a poll is held
    except TimeoutError:
        raise RunFailed(f"{bot.impl.name}: not polling after the backlog") from None
    await asyncio.sleep(cfg.settle_s)  # leftovers of the backlog are not the steady state
    count = max(1, int(cfg.rate * cfg.steady_s))
    loop = asyncio.get_running_loop()
    start = loop.time()
    first_at = last_at = 0.0
    for i in range(count):
        delay = start + i / cfg.rate - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        uid, text, lang = workload.next_message(cfg.backlog + i)
        at = emu.inject(uid, text, lang, track=True)
        first_at = first_at or at
        last_at = at
    span = last_at - first_at
    result.injected_rate = round((count - 1) / span, 1) if span > 0 else None
    await emu.wait_matched(10.0)
    await asyncio.sleep(0.5)  # a doubled reply arrives just after the first: count it too
    lat = emu.latencies
    result.latency_samples = len(lat)
    result.missing_replies = sum(len(q) for q in emu.open.values())
    result.missing_chats = sorted(chat for chat, q in emu.open.items() if q)[:10]
    result.unanswered = emu.unanswered()[:10]
    if not lat:
        raise RunFailed(f"{bot.impl.name}: no reply in the steady phase (exited: {bot.exited})")
    result.p50_ms = round(1000.0 * percentile(lat, 0.50), 2)
    result.p90_ms = round(1000.0 * percentile(lat, 0.90), 2)
    result.p99_ms = round(1000.0 * percentile(lat, 0.99), 2)
    result.max_ms = round(1000.0 * max(lat), 2)
    worst = max(range(len(lat)), key=lat.__getitem__)
    result.max_at_s = round(emu.injected_at[worst] - first_at, 2)


async def _low_rate_phase(emu: Any, bot: BotProcess, cfg: Config, workload: Workload,
                          result: RunResult) -> None:
    """Inject at ``cfg.low_rate`` for ``cfg.low_s`` seconds (none when either is 0): the
    latency of a lone update, which is the fixed delays (batch window, group commit)."""
    count = int(cfg.low_rate * cfg.low_s)
    if count <= 0:
        return
    await asyncio.sleep(cfg.settle_s)
    seen = len(emu.latencies)
    loop = asyncio.get_running_loop()
    start = loop.time()
    seq0 = cfg.backlog + result.latency_samples + result.missing_replies
    for i in range(count):
        delay = start + i / cfg.low_rate - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        uid, text, lang = workload.next_message(seq0 + i)
        emu.inject(uid, text, lang, track=True)
    await emu.wait_matched(10.0)
    lat = emu.latencies[seen:]
    result.low_samples = len(lat)
    result.missing_replies = sum(len(q) for q in emu.open.values())
    if not lat:
        raise RunFailed(f"{bot.impl.name}: no reply at the low rate (exited: {bot.exited})")
    result.p50_ms_at_low = round(1000.0 * percentile(lat, 0.50), 2)
    result.p99_ms_at_low = round(1000.0 * percentile(lat, 0.99), 2)
    result.max_ms_at_low = round(1000.0 * max(lat), 2)


# -- repetitions, summary, output -------------------------------------------------------


def _median(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(statistics.median(present), 2) if present else None


SPREAD_KEYS = ("updates_per_s", "bot_cpu_ms_per_update", "p50_ms", "p99_ms", "p50_ms_at_low",
               "emulator_cpu_ms_per_update")


def summarize(runs: list[RunResult], impl: str) -> dict[str, Any]:
    """Medians over one bot's successful runs, and the spread (min, max) of the main ones."""
    mine = [r for r in runs if r.impl == impl and r.error is None]
    keys = ("updates_per_s", "bot_cpu_ms_per_update", "p50_ms", "p90_ms", "p99_ms", "max_ms",
            "p50_ms_at_low", "p99_ms_at_low", "max_ms_at_low", "emulator_cpu_pct",
            "bot_cpu_pct", "emulator_cpu_ms_per_update", "requests_per_update",
            "request_bytes_per_update", "response_bytes_per_update", "connections")
    out: dict[str, Any] = {k: _median([getattr(r, k) for r in mine]) for k in keys}
    spread: dict[str, list[float] | None] = {}
    for k in SPREAD_KEYS:
        values = [v for v in (getattr(r, k) for r in mine) if v is not None]
        spread[k] = [min(values), max(values)] if values else None
    bottlenecks = Counter(r.bottleneck for r in mine if r.bottleneck)
    return out | {"spread": spread, "ok_runs": len(mine),
                  "bottleneck": bottlenecks.most_common(1)[0][0] if bottlenecks else None}


HEAD = (f"{'impl':<10} {'rep':>3} {'upd/s':>6} {'bound':>6} {'cpu ms/upd':>10} {'bot%':>5} "
        f"{'oth%':>5} {'emu%':>5} {'emu ms':>6} {'p50':>6} {'p90':>6} {'p99':>6} {'max':>6} {'@ s':>5} "
        f"{'p50@lo':>6} {'n':>5} {'miss':>4} {'xtra':>4} {'req/u':>5} {'B/u in':>6} "
        f"{'B/u out':>7} {'conn':>4} {'calls/upd':<28} {'load1':>5} {'steal%':>6} {'disk':>5}")


def _f(x: float | None, fmt: str = ".1f") -> str:
    return "—" if x is None else format(x, fmt)


def print_run(r: RunResult, out: TextIO) -> None:
    calls = " ".join(f"{k.removeprefix('send').removeprefix('answer')[:4]}={v}" for k, v in
                     sorted(r.calls_per_update.items()))
    print(f"{r.impl:<10} {r.rep:>3} {_f(r.updates_per_s, '.0f'):>6} {r.bottleneck or '—':>6} "
          f"{_f(r.bot_cpu_ms_per_update, '.3f'):>10} {_f(r.bot_cpu_pct, '.0f'):>5} "
          f"{_f(r.others_on_bot_core_pct, '.0f'):>5} {_f(r.emulator_cpu_pct, '.0f'):>5} {_f(r.emulator_cpu_ms_per_update, '.3f'):>6} "
          f"{_f(r.p50_ms):>6} {_f(r.p90_ms):>6} {_f(r.p99_ms):>6} {_f(r.max_ms):>6} "
          f"{_f(r.max_at_s):>5} {_f(r.p50_ms_at_low):>6} {r.latency_samples:>5} "
          f"{r.missing_replies:>4} {r.extra_replies:>4} {_f(r.requests_per_update, '.2f'):>5} "
          f"{_f(r.request_bytes_per_update, '.0f'):>6} {_f(r.response_bytes_per_update, '.0f'):>7} "
          f"{r.connections if r.connections is not None else '—':>4} {calls:<28} "
          f"{r.loadavg1_before:>5.2f} {_f(r.steal_pct, '.2f'):>6} "
          f"{_f(r.disk_fsync_max_ms, '.0f'):>5}", file=out, flush=True)
    if r.missing_replies:
        print(f"   unanswered 10 s after injection, in chats {r.missing_chats}", file=out,
              flush=True)
    if r.missing_replies or (r.p99_ms or 0.0) > STALL_MS:
        for line in r.unanswered:
            print(f"     {line}", file=out, flush=True)
    if r.error:
        print(f"   FAILED: {r.error}", file=out, flush=True)


LEGEND = """\
   upd/s: backlog drained per second (first getUpdates → last reply); bound: whose core was
   busy (≥ 90 %) in that window; cpu ms/upd: the bot process's CPU per update in that window;
   bot% / emu%: the bot's and the driver's (the emulator's) CPU use meanwhile, oth%: other
   processes' share of the bot's core (noise), emu ms: the emulator's CPU per update; p50…max: injection → reply in ms at the steady rate (@ s: when
   the slowest was injected); p50@lo: at the low rate; n: steady samples; miss: updates
   unanswered 10 s after injection; xtra: replies beyond one per update; req/u, B/u in, B/u
   out: Bot API requests, request bytes (line, headers, body) and response body bytes per
   update over the whole run; conn: distinct client connections; calls/upd: by method;
   disk: the slowest fdatasync of a 4 KiB append beside the journal during the steady
   phase, in ms (``DiskProbe``): a journaling bot's replies wait on such syncs"""


def run_all(cfg: Config, out: TextIO | None = None) -> dict[str, Any]:
    """Every repetition, the tables, and the JSON line (printed last and returned)."""
    out = out if out is not None else sys.stdout
    started = time.time()
    errors: dict[str, str] = {}
    phrases = load_phrases()
    impls = [ours_impl(cfg.chats)]
    if cfg.ours_asyncio:
        impls.append(ours_impl(cfg.chats, "asyncio"))
    if cfg.before is not None:
        impls.append(before_impl(cfg.chats, cfg.before))
    peer_version: str | None = None
    if cfg.peer:
        try:
            python, peer_version = ensure_peer(log=out)
            impls.append(peer_impl(python, peer_version))
            if cfg.peer_uvloop:
                impls.append(peer_impl(python, peer_version, uvloop=True))
        except PeerUnavailable as error:
            errors["aiogram"] = str(error)
            print(f"aiogram peer unavailable: {error}", file=out)
    fs = filesystem_of(ROOT / "var")
    pinning = pinning_plan(cfg.pin)
    pinned = ("driver (emulator) on cores "
              f"{sorted(pinning.driver)}, bot on {sorted(pinning.bot)}" if pinning else "off")
    print(f"e2e: backlog {cfg.backlog} updates over {cfg.chats} chats, then {cfg.rate:.0f}/s for "
          f"{cfg.steady_s:.0f} s, then {cfg.low_rate:.0f}/s for {cfg.low_s:.0f} s; {cfg.reps} "
          f"rep(s); journal on {fs} (fsync on); emulator batch_window "
          f"{cfg.batch_window * 1000:.0f} ms; {os.cpu_count()} CPUs, pinning {pinned}; "
          f"load1 {loadavg1()}", file=out)
    print(HEAD, file=out)
    print("-" * len(HEAD), file=out)
    runs: list[RunResult] = []
    saved = os.sched_getaffinity(0) if pinning is not None else None
    try:
        if pinning is not None:
            os.sched_setaffinity(0, pinning.driver)
        for rep in range(1, cfg.reps + 1):
            order = impls if rep % 2 == 1 else list(reversed(impls))
            for impl in order:
                r = asyncio.run(run_once(impl, cfg, rep, phrases, pinning=pinning))
                runs.append(r)
                print_run(r, out)
                if r.error:
                    errors[f"{r.impl}#{rep}"] = r.error.splitlines()[0]
    finally:
        if saved is not None:
            os.sched_setaffinity(0, saved)
    print(LEGEND, file=out)
    startup: dict[str, Any] | None = None
    if cfg.startup:
        print("start-up (bench/startup.py):", file=out, flush=True)
        startup = load_startup().measure(reps=1 if cfg.quick else 3,
                                         idle=1.0 if cfg.quick else 3.0, out=out)
        if startup.get("error"):
            errors["startup"] = str(startup["error"]).splitlines()[0][:300]
    report = build_report(cfg, runs, errors, peer_version, fs, started, pinning, startup)
    print_summary(report, out)
    print(json.dumps(report, ensure_ascii=False), file=out, flush=True)
    return report


def load_startup() -> Any:
    """bench/startup.py as a module (this script is also loaded by path, by bench/health.py
    and the tests, so ``bench/`` is not always on ``sys.path``)."""
    import importlib.util

    name = "bench_startup_for_e2e"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCH / "startup.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def build_report(cfg: Config, runs: list[RunResult], errors: dict[str, str],
                 peer_version: str | None, fs: str, started: float,
                 pinning: Pinning | None = None,
                 startup: dict[str, Any] | None = None) -> dict[str, Any]:
    ours = summarize(runs, OURS)
    peer = summarize(runs, PEER) if cfg.peer else None
    peer_uv = summarize(runs, PEER_UVLOOP) if cfg.peer and cfg.peer_uvloop else None
    ours_aio = summarize(runs, OURS_ASYNCIO) if cfg.ours_asyncio else None
    before = summarize(runs, BEFORE) if cfg.before is not None else None

    def cpu_of(side: dict[str, Any] | None) -> float | None:
        return side["bot_cpu_ms_per_update"] if side else None

    def over(a: float | None, b: float | None) -> float | None:
        return round(a / b, 3) if a and b else None
    peer_rate = peer["updates_per_s"] if peer else None
    ratio = (round(ours["updates_per_s"] / peer_rate, 3)
             if ours["updates_per_s"] and peer_rate else None)
    ours_cpu = ours["bot_cpu_ms_per_update"]
    peer_cpu = peer["bot_cpu_ms_per_update"] if peer else None
    cpu_ratio = round(ours_cpu / peer_cpu, 3) if ours_cpu and peer_cpu else None
    startup_s = startup.get("startup_s") if startup else None
    idle_rss = startup.get("idle_rss_mb") if startup else None
    met = {
        "cpu_ratio_vs_aiogram": bool(cpu_ratio is not None
                                     and cpu_ratio <= TARGETS["cpu_ratio_vs_aiogram_max"]),
        "p99_ms_at_200": bool(ours["p99_ms"] is not None
                              and ours["p99_ms"] < TARGETS["p99_ms_at_200_max"]),
        "updates_per_s": bool(ours["updates_per_s"]
                              and ours["updates_per_s"] >= TARGETS["updates_per_s_min"]),
        "ratio_vs_aiogram": bool(ratio and ratio >= TARGETS["ratio_vs_aiogram_min"]),
        "startup_s": bool(startup_s is not None and startup_s < TARGETS["startup_s_max"]),
        "idle_rss_mb": bool(idle_rss is not None and idle_rss < TARGETS["idle_rss_mb_max"]),
    }
    return {
        "bot_cpu_ms_per_update": ours_cpu,
        "aiogram_bot_cpu_ms_per_update": peer_cpu,
        "cpu_ratio_vs_aiogram": cpu_ratio,
        "aiogram_uvloop_bot_cpu_ms_per_update": cpu_of(peer_uv),
        "cpu_ratio_vs_aiogram_uvloop": over(ours_cpu, cpu_of(peer_uv)),
        "aiogram_uvloop_updates_per_s": peer_uv and peer_uv["updates_per_s"],
        "aiogram_uvloop_p99_ms_at_200": peer_uv and peer_uv["p99_ms"],
        "aiogram_uvloop_p50_ms_at_10": peer_uv and peer_uv["p50_ms_at_low"],
        "ours_asyncio_bot_cpu_ms_per_update": cpu_of(ours_aio),
        "ours_asyncio_cpu_ratio_vs_aiogram": over(cpu_of(ours_aio), peer_cpu),
        "ours_loop": ours_settings({}).runtime.loop,
        "before_bot_cpu_ms_per_update": cpu_of(before),
        "before_cpu_ratio_vs_aiogram": over(cpu_of(before), peer_cpu),
        "before_tree": str(cfg.before) if cfg.before is not None else None,
        "updates_per_s": ours["updates_per_s"],
        "aiogram_updates_per_s": peer_rate,
        "ratio_vs_aiogram": ratio,
        "throughput_bottleneck": ours["bottleneck"],
        "aiogram_throughput_bottleneck": peer and peer["bottleneck"],
        "p50_ms_at_200": ours["p50_ms"],
        "p90_ms_at_200": ours["p90_ms"],
        "p99_ms_at_200": ours["p99_ms"],
        "max_ms_at_200": ours["max_ms"],
        "p50_ms_at_10": ours["p50_ms_at_low"],
        "p99_ms_at_10": ours["p99_ms_at_low"],
        "startup_s": startup_s,
        "idle_rss_mb": idle_rss,
        "cpu_ms_per_update": ours_cpu,
        "aiogram_p50_ms_at_200": peer and peer["p50_ms"],
        "aiogram_p99_ms_at_200": peer and peer["p99_ms"],
        "aiogram_max_ms_at_200": peer and peer["max_ms"],
        "aiogram_p50_ms_at_10": peer and peer["p50_ms_at_low"],
        "aiogram_cpu_ms_per_update": peer_cpu,
        "emulator_cpu_ms_per_update": ours["emulator_cpu_ms_per_update"],
        "aiogram_emulator_cpu_ms_per_update": peer and peer["emulator_cpu_ms_per_update"],
        "targets": TARGETS,
        "targets_met": met,
        "all_targets_met": all(met.values()),
        "ours": ours,
        "aiogram": peer,
        "aiogram_uvloop": peer_uv,
        "ours_asyncio": ours_aio,
        "before": before,
        "startup": startup,
        "runs": [asdict(r) | {"error": r.error and r.error.splitlines()[0]} for r in runs],
        "errors": errors,
        "noise": {"loadavg1_before": [r.loadavg1_before for r in runs],
                  "steal_pct": [r.steal_pct for r in runs],
                  "disk_fsync_max_ms": [r.disk_fsync_max_ms for r in runs],
                  "emulator_cpu_pct": [r.emulator_cpu_pct for r in runs],
                  "bot_cpu_pct": [r.bot_cpu_pct for r in runs],
                  "others_on_bot_core_pct": [r.others_on_bot_core_pct for r in runs]},
        "method": {"backlog": cfg.backlog, "chats": cfg.chats, "rate": cfg.rate,
                   "steady_s": cfg.steady_s, "low_rate": cfg.low_rate, "low_s": cfg.low_s,
                   "reps": cfg.reps, "median_of_reps": True,
                   "quick": cfg.quick, "batch_window_s": cfg.batch_window, "settle_s": cfg.settle_s,
                   "journal_fs": fs, "journal_fsync": True, "texts_varied": cfg.varied,
                   "pinning": ({"driver": sorted(pinning.driver), "bot": sorted(pinning.bot)}
                               if pinning else None),
                   "cpu_ratio": "ours CPU-ms per update / aiogram's (lower is better)"},
        "env": {"python": platform.python_version(), "aiogram": peer_version,
                "cpus": os.cpu_count()},
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(started)),
        "total_s": round(time.time() - started, 1),
    }


def _spread(report: dict[str, Any], impl: str, key: str, fmt: str = ".3f") -> str:
    side = report.get(impl) or {}
    pair = (side.get("spread") or {}).get(key)
    return f"[{format(pair[0], fmt)}–{format(pair[1], fmt)}]" if pair else ""


def print_summary(report: dict[str, Any], out: TextIO) -> None:
    m = report["method"]
    print("\n== summary (medians over repetitions, [min–max])", file=out)
    print(f"  ours     {_f(report['bot_cpu_ms_per_update'], '.3f')} CPU-ms/update "
          f"{_spread(report, 'ours', 'bot_cpu_ms_per_update')}   "
          f"{_f(report['updates_per_s'], '.0f')} updates/s "
          f"{_spread(report, 'ours', 'updates_per_s', '.0f')} (bound: "
          f"{report['throughput_bottleneck']})   p50/p99/max at {m['rate']:.0f}/s: "
          f"{_f(report['p50_ms_at_200'])} / {_f(report['p99_ms_at_200'])} / "
          f"{_f(report['max_ms_at_200'])} ms   p50 at {m['low_rate']:.0f}/s: "
          f"{_f(report['p50_ms_at_10'])} ms   emulator "
          f"{_f(report['emulator_cpu_ms_per_update'], '.3f')} CPU-ms/update", file=out)
    if report["aiogram"] is not None:
        print(f"  aiogram  {_f(report['aiogram_bot_cpu_ms_per_update'], '.3f')} CPU-ms/update "
              f"{_spread(report, 'aiogram', 'bot_cpu_ms_per_update')}   "
              f"{_f(report['aiogram_updates_per_s'], '.0f')} updates/s "
              f"{_spread(report, 'aiogram', 'updates_per_s', '.0f')} (bound: "
              f"{report['aiogram_throughput_bottleneck']})   p50/p99/max: "
              f"{_f(report['aiogram_p50_ms_at_200'])} / {_f(report['aiogram_p99_ms_at_200'])} / "
              f"{_f(report['aiogram_max_ms_at_200'])} ms   p50 at {m['low_rate']:.0f}/s: "
              f"{_f(report['aiogram_p50_ms_at_10'])} ms   emulator "
              f"{_f(report['aiogram_emulator_cpu_ms_per_update'], '.3f')} CPU-ms/update",
              file=out)
        print(f"  ours/aiogram: CPU per update {_f(report['cpu_ratio_vs_aiogram'], '.3f')} "
              f"(lower is better), throughput {_f(report['ratio_vs_aiogram'], '.3f')}", file=out)
    for key, label in (("aiogram_uvloop", "aiogram on uvloop"),
                       ("ours_asyncio", "ours on the stock loop"),
                       ("before", "ours from the --before tree")):
        side = report.get(key)
        if side is None:
            continue
        print(f"  {label}: {_f(side['bot_cpu_ms_per_update'], '.3f')} CPU-ms/update "
              f"{_spread(report, key, 'bot_cpu_ms_per_update')}   "
              f"{_f(side['updates_per_s'], '.0f')} updates/s   p50/p99/max: "
              f"{_f(side['p50_ms'])} / {_f(side['p99_ms'])} / {_f(side['max_ms'])} ms   "
              f"p50 at {m['low_rate']:.0f}/s: {_f(side['p50_ms_at_low'])} ms", file=out)
    if report.get("cpu_ratio_vs_aiogram_uvloop") is not None:
        print(f"  ours/aiogram on uvloop: CPU per update "
              f"{_f(report['cpu_ratio_vs_aiogram_uvloop'], '.3f')}", file=out)
    if report.get("before_cpu_ratio_vs_aiogram") is not None:
        print(f"  before/aiogram: CPU per update "
              f"{_f(report['before_cpu_ratio_vs_aiogram'], '.3f')}", file=out)
    if report.get("ours_asyncio_cpu_ratio_vs_aiogram") is not None:
        print(f"  ours on the stock loop/aiogram: CPU per update "
              f"{_f(report['ours_asyncio_cpu_ratio_vs_aiogram'], '.3f')}", file=out)
    if report["startup"] is not None:
        print(f"  start-up {_f(report['startup_s'], '.2f')} s to /health/ready, idle RSS "
              f"{_f(report['idle_rss_mb'])} MB", file=out)
    print("== targets", file=out)
    t, met = report["targets"], report["targets_met"]
    rows = [(f"CPU ours/aiogram <= {t['cpu_ratio_vs_aiogram_max']}",
             report["cpu_ratio_vs_aiogram"], met["cpu_ratio_vs_aiogram"]),
            (f"p99 at 200/s < {t['p99_ms_at_200_max']:.0f} ms", report["p99_ms_at_200"],
             met["p99_ms_at_200"]),
            (f"updates/s >= {t['updates_per_s_min']:.0f}", report["updates_per_s"],
             met["updates_per_s"]),
            (f"throughput vs aiogram >= {t['ratio_vs_aiogram_min']}", report["ratio_vs_aiogram"],
             met["ratio_vs_aiogram"]),
            (f"start-up < {t['startup_s_max']} s", report["startup_s"], met["startup_s"]),
            (f"idle RSS < {t['idle_rss_mb_max']:.0f} MB", report["idle_rss_mb"],
             met["idle_rss_mb"])]
    for text, value, ok in rows:
        print(f"  {text:<30} {value!s:>10}  {'MET' if ok else 'NOT MET'}", file=out)
    print(f"total {time.time() - time.mktime(time.strptime(report['started_at'], '%Y-%m-%dT%H:%M:%S')):.0f} s",
          file=out)


# -- profiling ours ---------------------------------------------------------------------


PROFILE_LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("HTTP client: aiohttp (sender)", ("aiohttp/", "multidict", "yarl", "propcache",
                                        "aiohappyeyeballs", "frozenlist", "aiosignal")),
    ("HTTP client: httpx (poller)", ("httpx", "httpcore", "h11", "anyio/streams")),
    ("Bot API wrapper (_api.py)", ("actors/telegram/_api.py",)),
    ("poller + edge (parse, dedupe)", ("actors/telegram/_poller.py", "actors/telegram/_edge.py")),
    ("journal (_spool_journal.py)", ("actors/telegram/_spool_journal.py",)),
    ("spool (group commit)", ("actors/spool/",)),
    ("records, encoding (db_writer)", ("actors/db_writer/",)),
    ("sender", ("actors/telegram/_sender.py", "actors/telegram/_buckets.py",
                "actors/telegram/_text.py")),
    ("dialogs", ("actors/dialogs/",)),
    ("crisis check", ("actors/crisis/",)),
    ("translator (offline)", ("actors/translator/",)),
    ("cache", ("actors/cache/",)),
    ("metrics", ("actors/health/", "prometheus_client")),
    ("kernel (runtime, supervisors)", ("runtime/", "supervisors/")),
    ("anyio", ("anyio/", "sniffio")),
    ("asyncio loop, sockets", ("asyncio/", "selectors.py", "socket")),
    ("threads (to_thread hand-off)", ("threading.py", "concurrent/futures", "queue.py")),
)
"""Layers of the bot's CPU, by where the code lives (the first pattern found in a
function's ``file:line(name)`` wins). A built-in is charged to the layer of its caller
that spent the most time in it."""
IDLE: tuple[str, ...] = ("select.epoll", "'poll' of")


def layer_summary(path: Path | str) -> tuple[float, list[tuple[str, float, list[str]]]]:
    """A cProfile dump's self time by layer (waiting in epoll, i.e. idle, left out):
    the total in seconds and, largest first, each layer's seconds and its top functions."""
    stats: Any = pstats.Stats(str(path))
    by_layer: dict[str, float] = {}
    top: dict[str, list[tuple[float, str]]] = {}
    total = 0.0
    for (file, line, name), (_, _, self_time, _, callers) in stats.stats.items():
        if any(p in name for p in IDLE):
            continue
        key = f"{file}:{line}({name})"
        if file == "~" and callers:
            (cfile, cline, cname), _ = max(callers.items(), key=lambda kv: kv[1][2])
            key = f"{cfile}:{cline}({cname}) -> {name}"
        layer = next((label for label, patterns in PROFILE_LAYERS
                      if any(p in key for p in patterns)), "other (stdlib, msgspec, …)")
        by_layer[layer] = by_layer.get(layer, 0.0) + self_time
        top.setdefault(layer, []).append((self_time, key))
        total += self_time
    rows = [(layer, seconds, [f"{k.rsplit('/', 1)[-1][:70]} {t:.2f}s"
                              for t, k in sorted(top[layer], reverse=True)[:3]])
            for layer, seconds in sorted(by_layer.items(), key=lambda kv: -kv[1])]
    return total, rows


SAMPLED_LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("HTTP client: BotApi + aiohttp", ("actors/telegram/_api.py",)),
    ("poller + edge (decode, parse, dedupe)", ("actors/telegram/_poller.py",
                                               "actors/telegram/_edge.py")),
    ("journal (_spool_journal)", ("actors/telegram/_spool_journal.py",)),
    ("spool (group commit, main thread)", ("actors/spool/",)),
    ("records encoding (db_writer)", ("actors/db_writer/",)),
    ("sender (_sender, _buckets, _text)", ("actors/telegram/_sender.py",
                                           "actors/telegram/_buckets.py",
                                           "actors/telegram/_text.py")),
    ("dialogs (actors/dialogs)", ("actors/dialogs/",)),
    ("crisis check (actors/crisis)", ("actors/crisis/",)),
    ("offline translator (actors/translator)", ("actors/translator/",)),
    ("lemmas (pymorphy3, Snowball)", ("actors/lemmas.py",)),
    ("cache", ("actors/cache/",)),
    ("metrics (prometheus_client)", ("actors/health/",)),
    ("kernel (runtime, supervisors)", ("runtime/", "supervisors/")),
    ("protocol, app, config", ("actors/protocol", "app/", "config/")),
)
"""py-spy's layers: each sample goes to the layer of the innermost frame of ours on its
stack (so aiohttp under ``BotApi`` is the HTTP client); a sample with no frame of ours is
the event loop (socket callbacks, anyio, the loop itself)."""
EVENT_LOOP = "event loop, sockets, anyio (no layer of ours on the stack)"


def sampled_layers(path: Path) -> tuple[int, list[tuple[str, int]]]:
    """py-spy's collapsed stacks (``-f raw``) of the bot: the main thread's samples by
    layer (``SAMPLED_LAYERS``), largest first, and their total. Other threads (the spool's
    fdatasync, the health server) are left out."""
    counts: Counter[str] = Counter()
    total = 0
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, n = line.rpartition(" ")
        if not stack or not n.isdigit():
            continue
        frames = stack.split(";")
        if any("threading.py" in f for f in frames[:3]):
            continue  # a worker thread
        layer = EVENT_LOOP
        for frame in reversed(frames):
            found = next((label for label, patterns in SAMPLED_LAYERS
                          if any(p in frame for p in patterns)), None)
            if found is not None:
                layer = found
                break
        counts[layer] += int(n)
        total += int(n)
    return total, counts.most_common()


def _pinned_run(cfg: Config, impl: Impl, **trace: Path) -> RunResult:
    """One run of ``impl`` with the driver pinned as ``cfg.pin`` says (this process's
    affinity restored after); ``trace``: ``profile_to`` or ``sample_to``."""
    pinning = pinning_plan(cfg.pin)
    saved = os.sched_getaffinity(0) if pinning is not None else None
    try:
        if pinning is not None:
            os.sched_setaffinity(0, pinning.driver)
        return asyncio.run(run_once(impl, cfg, 1, load_phrases(), pinning=pinning, **trace))
    finally:
        if saved is not None:
            os.sched_setaffinity(0, saved)


def profile_ours(cfg: Config, out: TextIO | None = None) -> None:
    """One run of ours with cProfile on in the bot's process during the throughput phase
    only; CPU by layer, then the top entries. With ``cfg.py_spy``: sampled by py-spy
    instead, the share of each layer and its ms per update (share × CPU per update)."""
    out = out if out is not None else sys.stdout
    if cfg.py_spy:
        sample_ours(cfg, out)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ours.prof"
        r = _pinned_run(cfg, ours_impl(cfg.chats, "asyncio" if cfg.ours_asyncio else None),
                        profile_to=path)
        print(HEAD, file=out)
        print_run(r, out)
        if not path.exists():
            print("no profile written (the bot did not exit cleanly)", file=out)
            return
        total, rows = layer_summary(path)
        print(f"\n== self time by layer over the throughput phase ({total:.2f} s profiled, "
              f"{cfg.backlog} updates: {1000 * total / cfg.backlog:.3f} ms/update under the "
              "profiler; idle waits left out)", file=out)
        for layer, seconds, functions in rows:
            print(f"  {layer:<32} {seconds:6.2f} s {100 * seconds / total:5.1f} %  "
                  f"{'; '.join(functions)}", file=out)
        for key in ("tottime", "cumulative"):
            buf = io.StringIO()
            pstats.Stats(str(path), stream=buf).sort_stats(key).print_stats(40)
            print(buf.getvalue(), file=out)


def sample_ours(cfg: Config, out: TextIO) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ours.txt"
        impl = (before_impl(cfg.chats, cfg.before) if cfg.before is not None else
                ours_impl(cfg.chats, "asyncio" if cfg.ours_asyncio else None))
        r = _pinned_run(cfg, impl, sample_to=path)
        print(HEAD, file=out)
        print_run(r, out)
        if not path.exists():
            print("no samples written (py-spy failed to attach?)", file=out)
            return
        total, rows = sampled_layers(path)
        cpu = r.bot_cpu_ms_per_update or 0.0
        print(f"\n== py-spy, main thread, {total} samples over the throughput phase; "
              f"{impl.name} at {cpu:.3f} CPU-ms/update", file=out)
        for layer, n in rows:
            print(f"  {layer:<60} {100 * n / total:5.1f} %  {cpu * n / total:.3f} ms/update",
                  file=out)
        shutil.copy(path, ROOT / "var" / "e2e-py-spy.txt")
        print(f"(the collapsed stacks: {ROOT / 'var' / 'e2e-py-spy.txt'})", file=out)


# -- role: our bot, in its own process --------------------------------------------------


def serve_ours(chats: int) -> int:
    """Run our application tree against the emulator named in the environment, every
    chat's family onboarded; until SIGTERM. When PROFILE_ENV is set, cProfile runs
    between SIGUSR1 and SIGUSR2 (the driver sends them around the throughput phase) and
    its dump is written at exit."""
    import anyio

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    profile_to = os.environ.get(PROFILE_ENV)
    prof = cProfile.Profile() if profile_to else None
    if prof is not None:
        signal.signal(signal.SIGUSR1, lambda *_: prof.enable())
        signal.signal(signal.SIGUSR2, lambda *_: prof.disable())
    settings = ours_settings(os.environ)
    runtime = getattr(settings, "runtime", None)  # None: a tree from before the setting
    options = {"use_uvloop": True} if getattr(runtime, "loop", "") == "uvloop" else {}
    code: int = anyio.run(_serve_ours, chats, settings, backend="asyncio",
                          backend_options=options)
    if prof is not None and profile_to:
        prof.disable()
        prof.dump_stats(profile_to)
    return code


def ours_settings(env: dict[str, str] | os._Environ[str]) -> Any:
    """Our bot's settings in the benchmark: the defaults (the event loop included, unless
    ``LOOP_ENV`` names one), the emulator and the journal from ``env``, its own rate
    limits off, no health server, the offline translator."""
    from config.settings import load_settings

    journal = env.get("E2E_BENCH_JOURNAL", "var/journal")
    overrides: dict[str, dict[str, Any]] = {
        "telegram": {"base_url": env.get("E2E_BENCH_BASE_URL", "http://127.0.0.1:1"),
                     "global_rate": 0.0, "chat_rate": 0.0, "journal_dir": journal,
                     "journal_fsync": True, "poll_limit": 100},
        "database": {"spool_dir": journal + "/spool"},
        "health": {"enabled": False},
        "anthropic": {"api_key": ""},
        "logging": {"level": "WARNING"},
    }
    if env.get(LOOP_ENV):
        overrides["runtime"] = {"loop": env[LOOP_ENV]}
    return load_settings(env={}, overrides=overrides)


async def _serve_ours(chats: int, settings: Any) -> int:
    from actors.dialogs import Child, Family, MemoryFamilyStore
    from app import run_bot

    store = MemoryFamilyStore()
    for index in range(chats):
        language = language_of(index)
        child = Child(id=1, name="Саша" if language == "ru" else "Sam", age=age_of(index))
        await store.put(Family(chat_id=FIRST_CHAT + index, language=language,
                               children=(child,), step="ready"))
    return await run_bot(settings, os.environ[TOKEN_ENV], store=store, handle_signals=True)


# -- command line -----------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> tuple[Config, argparse.Namespace]:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--quick", action="store_true",
                   help="backlog 300, 2 s at the steady rate, 1 s at the low rate, "
                        "1 repetition, one timed start")
    p.add_argument("--no-peer", action="store_true", help="skip aiogram (ours only)")
    p.add_argument("--no-peer-uvloop", action="store_true",
                   help="skip aiogram on uvloop (aiogram on its default loop only)")
    p.add_argument("--ours-asyncio", action="store_true",
                   help="also ours on the stock asyncio loop (with --profile: profile that)")
    p.add_argument("--reps", type=int, default=None, help="repetitions (median kept)")
    p.add_argument("--backlog", type=int, default=None, help="updates queued before start")
    p.add_argument("--chats", type=int, default=200, help="distinct private chats")
    p.add_argument("--rate", type=float, default=200.0, help="steady injection rate, updates/s")
    p.add_argument("--steady", type=float, default=None, help="seconds at the steady rate")
    p.add_argument("--batch-window", type=float, default=0.01,
                   help="the emulator's getUpdates batching window, seconds")
    p.add_argument("--settle", type=float, default=1.0,
                   help="idle seconds between the backlog and the steady phase")
    p.add_argument("--low-rate", type=float, default=10.0,
                   help="the low injection rate, updates/s (0: no low-rate phase)")
    p.add_argument("--low", type=float, default=None, help="seconds at the low rate")
    p.add_argument("--no-pin", action="store_true",
                   help="do not pin the emulator and the bot to different cores")
    p.add_argument("--no-startup", action="store_true",
                   help="skip the start-up and idle memory measure (bench/startup.py)")
    p.add_argument("--profile", action="store_true", help="profile ours (one run, cProfile)")
    p.add_argument("--before", metavar="TREE", type=Path, default=None,
                   help="also run our bot from the files of TREE (e.g. `git archive` of an "
                        "earlier commit), with this script's driver and texts")
    p.add_argument("--plain-texts", action="store_true",
                   help="the corpus's phrases as they are, repeated (not varied): what the "
                        "figures were before the texts were varied")
    p.add_argument("--py-spy", metavar="PATH", default=None,
                   help="profile ours (with --before: the TREE's bot) with this py-spy "
                        "executable (sampling) instead of cProfile; implies --profile")
    p.add_argument("--role", choices=["ours"], default=None, help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    cfg = Config(
        backlog=a.backlog if a.backlog is not None else (300 if a.quick else 5000),
        chats=a.chats, rate=a.rate,
        steady_s=a.steady if a.steady is not None else (2.0 if a.quick else 10.0),
        reps=max(1, a.reps if a.reps is not None else (1 if a.quick else 3)),
        peer=not (a.no_peer or a.profile or a.py_spy), quick=a.quick,
        batch_window=a.batch_window,
        settle_s=a.settle, profile=a.profile or a.py_spy is not None, low_rate=a.low_rate,
        low_s=a.low if a.low is not None else (1.0 if a.quick else 5.0),
        pin=not a.no_pin, startup=not (a.no_startup or a.profile or a.py_spy),
        peer_uvloop=not a.no_peer_uvloop, ours_asyncio=a.ours_asyncio, py_spy=a.py_spy,
        varied=not a.plain_texts, before=a.before,
    )
    return cfg, a


def main(argv: list[str] | None = None) -> int:
    cfg, args = parse_args(argv)
    if args.role == "ours":
        return serve_ours(cfg.chats)
    if cfg.profile:
        profile_ours(cfg)
        return 0
    report = run_all(cfg)
    return 0 if report["updates_per_s"] else 1


if __name__ == "__main__":
    sys.exit(main())
