"""The ``family-emotions`` command line: one argparse parser, a parent parser for the
options every command shares (``--config``), and one handler per subcommand.

- ``run``: the bot. With ``TELEGRAM_BOT_TOKEN`` set it polls the real Telegram (or
  ``telegram.base_url``); without it, the built-in emulator and a chat in the terminal.
- ``demo --script FILE``: a scripted conversation through the emulator, as a transcript.
- ``migrate``, ``backup``, ``verify-backup``, ``restore``: the database commands.
- ``demo-runtime``: supervision at work, actors crashing on purpose.
- ``chaos list``, ``chaos drill SCENARIO``: the chaos drills (``app/_chaos.py``).
- ``status``: a running bot's health for the on-call, as a table or JSON; the exit
  status is 0 healthy, 1 degraded, 2 unhealthy or unreachable (``app/_status.py``).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import anyio

from ._chaos import chaos_command, configure_chaos
from ._logging import setup_logging
from ._loop import run_async
from ._settings import load
from ._status import configure_status, status_command

if TYPE_CHECKING:
    from chaos.emulators.telegram import TelegramEmulator
    from runtime import ActorSystem

    from ._tree import App

# The handlers import the bot's tree, the databases' tools and the emulator when they
# run, not when the parser is built: `--help`, `status` and a settings error answer in a
# fraction of the second the bot's dictionaries and models take to load.

Handler = Callable[[argparse.Namespace], int]


# -- handlers, one per subcommand -------------------------------------------------------------


def _run(args: argparse.Namespace) -> int:
    from ._tree import warm_up_readers

    loop = load(args.config).runtime.loop  # the loop must be chosen before it starts
    # The readers' tables are built here, in the main thread, before the loop starts:
    # built in a worker thread (``open_app`` does so when they are not built yet), they
    # leave that thread's C heap (a glibc arena of its own) holding 2 to 3 MB the main
    # heap would have given back or reused (for memory).
    warm_up_readers()
    return run_async(_run_bot, args.config, not args.no_servers, loop=loop)


async def _run_bot(config: str | None, servers: bool) -> int:
    from ._servers import embedded_servers
    from ._tree import run_bot

    settings = load(config)
    setup_logging(settings, quiet=settings.telegram.token is None)
    async with embedded_servers(settings, enabled=servers) as extra:
        if settings.telegram.token is not None:
            token = settings.telegram.token.reveal()
            return await run_bot(load(config, **extra), token)
        # The terminal chat and its emulator only without a token: a deployment never
        # imports them (for memory).
        from ._terminal import terminal_chat, with_emulator

        return await with_emulator(config, terminal_chat, extra)


def _demo(args: argparse.Namespace) -> int:
    from ._terminal import play_script, read_script, with_emulator

    try:
        steps = read_script(args.script)
    except OSError as error:
        raise SystemExit(f"family-emotions: cannot read the script: {error}") from None

    async def play(emu: TelegramEmulator, app: App, system: ActorSystem) -> None:
        await play_script(emu, app, steps)

    extra: dict[str, dict[str, Any]] = {}
    if args.var_dir is not None:
        extra = {"telegram": {"journal_dir": f"{args.var_dir}/journal"},
                 "database": {"spool_dir": f"{args.var_dir}/spool"},
                 "scheduler": {"backup_dir": f"{args.var_dir}/backups"}}
    setup_logging(load(args.config), quiet=True)
    result: int = anyio.run(with_emulator, args.config, play, extra)
    return result


def _database(args: argparse.Namespace) -> int:
    result: int = anyio.run(_database_command, args)
    return result


async def _database_command(args: argparse.Namespace) -> int:
    """``migrate``, ``backup``, ``restore`` and ``verify-backup`` against DATABASE_URL (else
    the private cluster in ./var)."""
    from actors.scheduler import backup_command, restore_command, verify_command

    from ._servers import embedded_servers

    settings = load(args.config)
    sched = settings.scheduler
    async with embedded_servers(settings, enabled=True, redis=False) as extra:
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
    from actors.db_writer import DbError, migrate

    try:
        applied = await migrate(url)
    except DbError as error:
        print(f"family-emotions: migration failed: {error}", file=sys.stderr)
        return 1
    print("applied: " + (", ".join(applied) if applied else "nothing (up to date)"))
    return 0


def _demo_runtime(args: argparse.Namespace) -> int:
    from ._demo import demo_runtime

    logging.basicConfig(level=logging.ERROR)  # the demo prints events itself
    result: int = anyio.run(demo_runtime, backend=args.backend)
    return result


# -- the parser -------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; each subcommand's handler is its ``handler`` default."""
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--config", help="a TOML file of settings (see config/default.toml)")
    parser = argparse.ArgumentParser(prog="family-emotions")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[shared], help=help, description=help)
        p.set_defaults(handler=handler)
        return p

    run = command("run", _run, "run the bot (the terminal chat when no token is set)")
    run.add_argument("--no-servers", action="store_true",
                     help="do not start private PostgreSQL/Redis when no URL is set")
    demo = command("demo", _demo, "play a scripted conversation through the emulator")
    demo.add_argument("--script", required=True, help="one parent message per line")
    demo.add_argument("--var-dir", help="where the journal and the spool go (default: ./var)")
    command("migrate", _database, "apply the database schema migrations")
    backup = command("backup", _database, "pg_dump the database (keeps the newest N)")
    backup.add_argument("--dir", help="where dumps go (default: scheduler.backup_dir)")
    backup.add_argument("--keep", type=int, help="dumps kept (default: scheduler.backup_keep)")
    verify = command("verify-backup", _database,
                     "restore a dump into a scratch database, compare row counts")
    verify.add_argument("file")
    restore = command("restore", _database, "restore a dump over the database")
    restore.add_argument("file")
    restore.add_argument("--yes", action="store_true",
                         help="really replace the data (a safety dump is taken first)")
    restore.add_argument("--dir", help="where the safety dump goes (its safety/ folder)")
    runtime_demo = command("demo-runtime", _demo_runtime,
                           "show supervision at work (crashes on purpose)")
    runtime_demo.add_argument("--backend", choices=("asyncio", "trio"), default="asyncio")
    configure_chaos(command("chaos", chaos_command,
                            "chaos drills: list the scenarios, run one and write its report"))
    configure_status(command("status", status_command,
                             "a running bot's health: components, spool, breakers, backup "
                             "(exit 0 healthy, 1 degraded, 2 unhealthy or unreachable)"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    return handler(args)
