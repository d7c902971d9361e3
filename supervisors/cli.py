"""The ``family-emotions`` command line.

- ``run``: the bot. With ``TELEGRAM_BOT_TOKEN`` set it polls the real Telegram (or
  ``telegram.base_url``); without it, it starts the built-in Telegram emulator and a chat
  in the terminal where you type as the parent and see the bot's replies.
- ``demo --script FILE``: a scripted, non-interactive conversation through the emulator,
  printed as a transcript.
- ``demo-runtime``: a short demonstration of supervision: a tree shaped like the bot's
  whose actors crash on purpose and are restarted, printed as lifecycle events.

This is the only module that may import ``chaos`` (the emulator for the local modes).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any

import anyio
import anyio.lowlevel

from actors.db_writer import DbError, migrate
from actors.scheduler import backup_command, restore_command, verify_command
from actors.telegram import install_log_redaction
from chaos.emulators.telegram import TelegramEmulator, make_test_token
from chaos.services import BinariesMissing, PostgresServer, RedisServer, ServiceError
from config.settings import Settings, SettingsError, load_settings
from runtime import (
    Actor,
    ActorSystem,
    Crashed,
    DeadLettered,
    Escalated,
    IntensityExceeded,
    LifecycleEvent,
    Message,
    Restarting,
    Started,
    Stopped,
)
from runtime.testing import EventRecorder

from ._api import supervisor_spec, which_children, worker
from ._spec import Backoff, Strategy
from .app_tree import App, run_bot


class Phrase(Message, frozen=True, kw_only=True):
    text: str


class Translator(Actor):
    """Stands in for the translator: ``!crash`` fails its first delivery (a transient
    fault: the redelivery succeeds), ``!poison`` fails every delivery (dead-lettered)."""

    async def receive(self, message: Any) -> Any:
        text = message.text if isinstance(message, Phrase) else ""
        if text == "!poison" or (text == "!crash" and self.ctx.attempt == 1):
            raise RuntimeError(f"cannot translate {text!r} (on purpose)")
        return f"translated by incarnation {self.ctx.incarnation}"


class Store(Actor):
    """Stands in for the database writer: fails to start while its 'database' is down."""

    database_up = True

    async def started(self) -> None:
        if not Store.database_up:
            raise ConnectionError("database is down (on purpose)")

    async def receive(self, message: Any) -> Any:
        if message == "!crash" and self.ctx.attempt == 1:
            raise RuntimeError("lost the connection (on purpose)")
        return "stored"


def demo_tree() -> Any:
    return supervisor_spec("root", [
        supervisor_spec("infra", [
            worker("cache", Store),
            worker("db_writer", Store, backoff=Backoff(min_delay=0.05, max_delay=0.4,
                                                       jitter=0.1)),
        ], strategy=Strategy.REST_FOR_ONE, max_restarts=5, within=5),
        supervisor_spec("bot", [
            worker("translator", Translator, max_redeliveries=2),
            worker("dialogs", Translator),
        ], max_restarts=5, within=10),
    ], max_restarts=10, within=10)


def _describe(event: LifecycleEvent, t0: float) -> str:
    at = f"+{event.at - t0:7.3f}s"
    if isinstance(event, Started):
        return f"{at}  started      {event.path} (incarnation {event.incarnation})"
    if isinstance(event, Crashed):
        return f"{at}  CRASHED      {event.path} in {event.phase}: {event.error}"
    if isinstance(event, Restarting):
        return (f"{at}  restarting   {event.path} in {event.delay * 1000:.0f} ms "
                f"(failure #{event.attempt})")
    if isinstance(event, Stopped):
        return f"{at}  stopped      {event.path} ({event.reason}{' ' + event.detail if event.detail else ''})"  # noqa: E501
    if isinstance(event, DeadLettered):
        return (f"{at}  DEAD LETTER  {event.path}: {event.message!r} ({event.reason}, "
                f"{event.attempts} attempts)")
    if isinstance(event, IntensityExceeded):
        return (f"{at}  GIVES UP     {event.path}: {event.restarts} restarts within "
                f"{event.within:g} s (max {event.max_restarts})")
    if isinstance(event, Escalated):
        return f"{at}  escalated    {event.path} -> its parent ({event.reason})"
    return f"{at}  {event.kind} {event.path}"


async def demo_runtime() -> int:
    """Run the demonstration; 0 when every step behaved as supervision promises."""
    t0 = anyio.current_time()
    print("Family Emotions runtime demo: a supervision tree whose actors crash on purpose.")
    async with ActorSystem.start(demo_tree()) as system:
        recorder = EventRecorder(system)
        system.events.add_listener(lambda e: print(_describe(e, t0), flush=True))
        translator = system.ref("translator")

        print("\n1. The translator crashes on a phrase; its supervisor restarts it and the "
              "new incarnation gets the phrase again.")
        await translator.tell(Phrase(text="!crash"))
        print("   reply after the restart:", await translator.ask(Phrase(text="он кричит")))

        print("\n2. A poison phrase crashes every delivery: redelivered twice, then "
              "dead-lettered; the next phrase is served.")
        await translator.tell(Phrase(text="!poison"))
        print("   reply:", await translator.ask(Phrase(text="she hides under the table")))

        print("\n3. The database goes down: db_writer crashes, fails to restart, and is "
              "retried with growing backoff (rest_for_one keeps the cache running).")
        Store.database_up = False
        await system.ref("db_writer").tell("!crash")
        await anyio.sleep(0.3)
        Store.database_up = True
        await recorder.wait_for(Started, path="root/infra/db_writer",
                                where=lambda e: e.incarnation >= 2)
        print("   db_writer is back:", await system.ref("db_writer").ask("row"))

        print("\n4. dialogs crashes too often: the bot supervisor gives up and escalates; "
              "root restarts the whole bot subtree.")
        dialogs = system.ref("dialogs")
        for _ in range(6):
            await dialogs.tell(Phrase(text="!crash"))
        await recorder.wait_for(Escalated, path="root/bot")
        await recorder.wait_for(Started, path="root/bot", where=lambda e: e.incarnation == 2)
        print("   dialogs answers again:", await dialogs.ask(Phrase(text="he is bored")))

        children = await which_children(system.ref("root"))
        print("\nroot's children:", ", ".join(f"{c.id}={c.state.value}" for c in children))
        counts = dict(system.events.counts)
        print("events:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        print("\nshutting down (children stop in reverse start order):")
    ok = counts.get("Crashed", 0) >= 5 and counts.get("DeadLettered", 0) >= 1
    print("demo finished:", "every failure was contained" if ok else "UNEXPECTED")
    return 0 if ok else 1


# -- the bot ---------------------------------------------------------------------------------

PARENT_ID = 1001
"""The terminal parent's Telegram user id (= private chat id) in the emulator."""


def _load_settings(path: str | None, **overrides: dict[str, Any]) -> Settings:
    try:
        return load_settings(path, overrides=overrides or None)
    except SettingsError as error:
        raise SystemExit(f"family-emotions: {error}") from None


def _setup_logging(settings: Settings, *, quiet: bool) -> None:
    level = logging.WARNING if quiet else getattr(logging, settings.logging.level)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s %(name)s %(actor_path)s %(message)s",
        defaults={"actor_path": "-"}))
    logging.basicConfig(level=level, handlers=[handler])
    install_log_redaction()


async def run_command(config: str | None, servers: bool) -> int:
    settings = _load_settings(config)
    _setup_logging(settings, quiet=settings.telegram.token is None)
    async with _embedded_servers(settings, enabled=servers) as extra:
        if settings.telegram.token is not None:
            token = settings.telegram.token.reveal()
            return await run_bot(_load_settings(config, **extra), token)
        return await _with_emulator(config, _terminal_chat, extra)


async def demo_command(config: str | None, script: str, var_dir: str | None) -> int:
    try:
        steps = _read_script(script)
    except OSError as error:
        raise SystemExit(f"family-emotions: cannot read the script: {error}") from None

    async def play(emu: TelegramEmulator, app: App, system: ActorSystem) -> None:
        await _play_script(emu, app, steps)

    extra: dict[str, dict[str, Any]] = {}
    if var_dir is not None:
        extra = {"telegram": {"journal_dir": f"{var_dir}/journal"},
                 "database": {"spool_dir": f"{var_dir}/spool"}}
    _setup_logging(_load_settings(config), quiet=True)
    return await _with_emulator(config, play, extra)


async def database_command(config: str | None, args: argparse.Namespace) -> int:
    """``migrate``, ``backup``, ``restore`` and ``verify-backup`` against DATABASE_URL (else
    the private cluster in ./var)."""
    settings = _load_settings(config)
    sched = settings.scheduler
    async with _embedded_servers(settings, enabled=True, redis=False) as extra:
        url = extra.get("database", {}).get("url") or (
            settings.database.url.reveal() if settings.database.url is not None else None)
        if url is None:
            print("family-emotions: no DATABASE_URL and no PostgreSQL here", file=sys.stderr)
            return 1
        if args.command == "migrate":
            return await _migrate(url)
        directory = getattr(args, "dir", None) or sched.backup_dir or "var/backups"
        if args.command == "backup":
            return await backup_command(url, directory, keep=args.keep or sched.backup_keep,
                                        bin_dir=sched.pg_bin_dir)
        if args.command == "verify-backup":
            return await verify_command(url, args.file, bin_dir=sched.pg_bin_dir)
        return await restore_command(url, args.file, yes=args.yes,
                                     safety_dir=f"{directory}/safety", bin_dir=sched.pg_bin_dir)


async def _migrate(url: str) -> int:
    try:
        applied = await migrate(url)
    except DbError as error:
        print(f"family-emotions: migration failed: {error}", file=sys.stderr)
        return 1
    print("applied: " + (", ".join(applied) if applied else "nothing (up to date)"))
    return 0


@contextlib.asynccontextmanager
async def _embedded_servers(
    settings: Settings, *, enabled: bool, var: str = "var", redis: bool = True,
) -> AsyncIterator[dict[str, dict[str, Any]]]:
    """DESIGN.md §8: with no ``DATABASE_URL`` a private PostgreSQL cluster under ./var/pg,
    with no ``REDIS_URL`` a private redis-server under ./var/redis, when their binaries
    are installed; without them the spool alone and the memory cache. Yields the settings
    overrides that point the bot at them. Only servers this call started are stopped at
    the end (a ``backup`` next to a running bot must not stop the bot's database)."""
    extra: dict[str, dict[str, Any]] = {}
    async with contextlib.AsyncExitStack() as stack:
        if enabled and settings.database.url is None:
            pg = await _start_server(stack, PostgresServer(f"{var}/pg"), "PostgreSQL",
                                     "the spool alone")
            if pg is not None:
                extra["database"] = {"url": pg.dsn}
        if enabled and redis and settings.redis.url is None:
            server = await _start_server(
                stack, RedisServer(f"{var}/redis", appendonly=True, appendfsync="everysec"),
                "Redis", "the memory cache")
            if server is not None:
                extra["redis"] = {"url": server.url}
        yield extra


async def _start_server(
    stack: contextlib.AsyncExitStack, server: Any, what: str, instead: str,
) -> Any:
    """Start ``server`` unless it already runs (then it is used, never stopped); its
    ``stop`` goes on ``stack`` at once, shielded, so nothing we started outlives us."""
    try:
        if await anyio.to_thread.run_sync(server.is_running):
            return server
        await anyio.to_thread.run_sync(server.start)
    except BinariesMissing:
        print(f"({what} is not installed: using {instead})", file=sys.stderr)
        return None
    except ServiceError as error:
        print(f"({what} could not start: {error}; using {instead})", file=sys.stderr)
        return None

    async def stop() -> None:
        with anyio.CancelScope(shield=True), contextlib.suppress(ServiceError):
            await anyio.to_thread.run_sync(server.stop)

    stack.push_async_callback(stop)
    return server


async def _with_emulator(
    config: str | None,
    body: Callable[[TelegramEmulator, App, ActorSystem], Awaitable[None]],
    extra: dict[str, dict[str, Any]],
) -> int:
    token = make_test_token(7_000_001, "FAMILYEMOTIONSLOCAL")
    async with TelegramEmulator(token, flood=False) as emu:
        # The emulator has no flood control here: a snappy chat beats Telegram's 1/s.
        telegram: dict[str, Any] = {"base_url": emu.base_url, "poll_timeout": 10,
                                    "chat_rate": 20.0, "chat_burst": 10}
        overrides = {**extra, "telegram": {**extra.get("telegram", {}), **telegram},
                     "health": {"port": 0}}  # local mode: any free port, never a clash
        settings = _load_settings(config, **overrides)

        async def beside(app: App, system: ActorSystem) -> None:
            await emu.wait_polling(timeout=10)
            await body(emu, app, system)

        return await run_bot(settings, token, beside=beside)


class _Chat:
    """The bot's side of the emulated chat, as the terminal shows it."""

    def __init__(self, emu: TelegramEmulator) -> None:
        self.emu = emu
        self.shown = 0
        self.buttons: list[tuple[int, str, str]] = []  # (message_id, label, data)

    def bot_messages(self) -> list[dict[str, Any]]:
        return [m for m in self.emu.transcript(PARENT_ID) if m["from"].get("is_bot")]

    def show_new(self, out: Callable[[str], None]) -> int:
        messages = self.bot_messages()
        for message in messages[self.shown:]:
            out(_format_bot(message))
            keyboard = message.get("reply_markup", {}).get("inline_keyboard", [])
            if keyboard:
                self.buttons = [(message["message_id"], b["text"], b["callback_data"])
                                for row in keyboard for b in row]
                out("      " + "  ".join(f"[{i}] {label}"
                                         for i, (_, label, _) in enumerate(self.buttons, 1)))
        new = len(messages) - self.shown
        self.shown = len(messages)
        return new

    def tap(self, label_or_number: str) -> bool:
        for i, (message_id, label, data) in enumerate(self.buttons, 1):
            if label_or_number in (str(i), label):
                self.emu.tap_button(PARENT_ID, message_id, data=data)
                return True
        return False

    async def wait_reply(self, timeout: float) -> bool:
        """Until the bot has written something new (True), or ``timeout`` (False)."""
        shown = self.shown
        try:
            await self.emu.wait_until(lambda: len(self.bot_messages()) > shown, timeout=timeout)
        except TimeoutError:
            return False
        await anyio.sleep(0.05)  # a split reply's later parts follow within milliseconds
        return True


def _format_bot(message: dict[str, Any]) -> str:
    text = str(message.get("text", ""))
    return "bot> " + text.replace("\n", "\n     ")


async def _terminal_chat(emu: TelegramEmulator, app: App, system: ActorSystem) -> None:
    chat = _Chat(emu)
    print("Family Emotions, local mode: the built-in Telegram emulator, "
          + ("Claude" if app.settings.anthropic.api_key else "the offline translator")
          + ".\nType as the parent; type a button's number to tap it; Ctrl-D quits.\n",
          flush=True)
    emu.user_says(PARENT_ID, "/start", language_code=_locale_language())

    async def printer() -> None:
        while True:
            await chat.wait_reply(timeout=3600)
            chat.show_new(lambda line: print(line, flush=True))

    lines = _stdin_lines()
    async with anyio.create_task_group() as tg:
        tg.start_soon(printer)
        async for line in lines:
            text = line.strip()
            if text and not chat.tap(text):
                emu.user_says(PARENT_ID, text)
        await _settle(emu, app)  # input ended: let the last answers arrive, then quit
        chat.show_new(lambda line: print(line, flush=True))
        tg.cancel_scope.cancel()


async def _settle(emu: TelegramEmulator, app: App, timeout: float = 30.0) -> None:
    """Until every update the emulator holds was answered (the journal has nothing pending
    and nothing is queued for Telegram), or ``timeout``."""
    with anyio.move_on_after(timeout):
        while True:
            queued = emu.state()["pending_update_count"]
            if not queued and app.journal.depth == 0 and not any(app.outbox.queues.values()):
                return
            await anyio.sleep(0.05)


def _stdin_lines() -> Any:
    """Lines typed by the parent, read by a daemon thread: a blocked ``readline`` never
    keeps the process alive after Ctrl-C (a worker thread of anyio's would)."""
    send, receive = anyio.create_memory_object_stream[str](16)
    token = anyio.lowlevel.current_token()

    def read() -> None:
        with contextlib.suppress(anyio.RunFinishedError, anyio.BrokenResourceError):
            for line in sys.stdin:
                anyio.from_thread.run(send.send, line, token=token)
            anyio.from_thread.run_sync(send.close, token=token)

    threading.Thread(target=read, name="stdin", daemon=True).start()
    return receive


def _locale_language() -> str:
    lang = os.environ.get("LANG", "") or os.environ.get("LC_ALL", "")
    return "ru" if lang.lower().startswith("ru") else "en"


def _read_script(path: str) -> list[str]:
    """Script lines: text the parent sends, ``[label]`` to tap a button, ``#`` comments,
    ``<empty>`` for an empty message, ``<sticker>`` for a non-text one."""
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f
                if line.strip() and not line.lstrip().startswith("#")]


async def _play_script(emu: TelegramEmulator, app: App, steps: list[str]) -> None:
    chat = _Chat(emu)
    out: Callable[[str], None] = lambda line: print(line, flush=True)  # noqa: E731
    for step in steps:
        text = step.strip()
        if text.startswith("[") and text.endswith("]"):
            label = text[1:-1]
            out(f"parent taps [{label}]")
            if not chat.tap(label):
                out(f"   (no button [{label}] on the screen)")
                continue
        else:
            out(f"parent> {text}")
            emu.user_says(PARENT_ID, text, language_code="en")
        if not await chat.wait_reply(timeout=15):
            out("   (no reply)")
        chat.show_new(out)
    out(f"-- {len(chat.bot_messages())} bot messages; updates pending: {app.journal.depth}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="family-emotions")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the bot (the terminal chat when no token is set)")
    run.add_argument("--config", help="a TOML file of settings (see config/default.toml)")
    demo = sub.add_parser("demo", help="play a scripted conversation through the emulator")
    demo.add_argument("--script", required=True, help="one parent message per line")
    demo.add_argument("--config")
    run.add_argument("--no-servers", action="store_true",
                     help="do not start private PostgreSQL/Redis when no URL is set")
    demo.add_argument("--var-dir", help="where the journal and the spool go (default: ./var)")
    migrate_parser = sub.add_parser("migrate", help="apply the database schema migrations")
    migrate_parser.add_argument("--config")
    backup = sub.add_parser("backup", help="pg_dump the database (keeps the newest N)")
    backup.add_argument("--config")
    backup.add_argument("--dir", help="where dumps go (default: scheduler.backup_dir)")
    backup.add_argument("--keep", type=int, help="dumps kept (default: scheduler.backup_keep)")
    verify = sub.add_parser("verify-backup",
                            help="restore a dump into a scratch database, compare row counts")
    verify.add_argument("file")
    verify.add_argument("--config")
    restore = sub.add_parser("restore", help="restore a dump over the database")
    restore.add_argument("file")
    restore.add_argument("--yes", action="store_true",
                         help="really replace the data (a safety dump is taken first)")
    restore.add_argument("--config")
    restore.add_argument("--dir", help="where the safety dump goes (its safety/ folder)")
    runtime_demo = sub.add_parser("demo-runtime",
                                  help="show supervision at work (crashes on purpose)")
    runtime_demo.add_argument("--backend", choices=("asyncio", "trio"), default="asyncio")
    args = parser.parse_args(argv)
    if args.command == "run":
        return anyio.run(run_command, args.config, not args.no_servers)
    if args.command in ("migrate", "backup", "verify-backup", "restore"):
        return anyio.run(database_command, args.config, args)
    if args.command == "demo":
        return anyio.run(demo_command, args.config, args.script, args.var_dir)
    logging.basicConfig(level=logging.ERROR)  # the demo prints events itself
    result: int = anyio.run(demo_runtime, backend=args.backend)
    return result


if __name__ == "__main__":
    sys.exit(main())
