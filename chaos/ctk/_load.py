"""The synthetic parents as a background process: ``python -m chaos.ctk._load_process``.

Started by the ``start_load`` action, stopped by ``stop_load`` (SIGTERM to the PID in its
pid file); SIGUSR1 makes it send ``--burst`` phrases at once (``kill_bot`` lands its kill
in such a burst). It onboards its parents through the bot, then sends phrases through the
Telegram emulator's control API at ``rate`` per second on a seeded Poisson schedule
(``chaos.load.SyntheticParents.send_one``: round robin over the chats, in an order drawn
from the seed), until stopped or for at most ``max_seconds``. Everything the Jepsen check
needs later is in its directory:

- ``load.json``: the parameters, the state (``onboarding``, ``running``, ``stopped``,
  ``failed``), the chats and each chat's transcript length before the load (``baseline``);
- ``sent.jsonl``: one line per phrase sent (update id, chat, message id, phrase, time on
  the emulator's clock), flushed as it goes;
- ``load.pid``, ``load.log``.

The same seed gives the same chats in the same order and the same gaps between phrases.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import time
from pathlib import Path
from typing import Any, cast

import anyio

from chaos.emulators.telegram import ControlError, TelegramEmulator
from chaos.load import Sent, SyntheticParents, onboard

from ._remote import RemoteTelegram

__all__ = ["LOAD_FILE", "PID_FILE", "SENT_FILE", "LoadState", "chat_ids", "main",
           "read_sent", "read_state", "schedule"]

LOAD_FILE = "load.json"
SENT_FILE = "sent.jsonl"
PID_FILE = "load.pid"

LoadState = dict[str, Any]


def chat_ids(first_chat: int, chats: int, seed: int) -> list[int]:
    """The parents' chat ids, in the round-robin order drawn from ``seed``."""
    ids = list(range(first_chat, first_chat + chats))
    random.Random(f"chats:{seed}").shuffle(ids)
    return ids


def schedule(rate: float, seed: int, seconds: float) -> list[float]:
    """Send times (seconds from the start) of a Poisson process at ``rate`` per second
    over ``seconds``, drawn from ``seed``: the load's schedule, for reproducing it."""
    rng = random.Random(f"gaps:{seed}")
    times: list[float] = []
    at = rng.expovariate(rate)
    while at < seconds:
        times.append(at)
        at += rng.expovariate(rate)
    return times


def read_state(load_dir: str | os.PathLike[str]) -> LoadState | None:
    try:
        state: LoadState = json.loads((Path(load_dir) / LOAD_FILE).read_text())
    except (OSError, ValueError):
        return None
    return state


def read_sent(load_dir: str | os.PathLike[str]) -> list[Sent]:
    """Every phrase the load sent, in order (a torn last line is skipped)."""
    try:
        lines = (Path(load_dir) / SENT_FILE).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    sent = []
    for line in lines:
        try:
            raw = json.loads(line)
            sent.append(Sent(int(raw["update_id"]), int(raw["chat_id"]),
                             int(raw["message_id"]), str(raw["phrase"]), float(raw["at"])))
        except (ValueError, KeyError):
            continue
    return sent


def _write_state(load_dir: Path, state: LoadState) -> None:
    temp = load_dir / (LOAD_FILE + ".tmp")
    temp.write_text(json.dumps(state, indent=1, sort_keys=True))
    os.replace(temp, load_dir / LOAD_FILE)


async def _onboard(remote: RemoteTelegram, chats: list[int], timeout: float) -> None:
    emu = cast(TelegramEmulator, remote)  # the subset chaos.load calls (see _remote)

    async def one(chat_id: int) -> None:
        if not _new_chat(remote, chat_id):
            return  # onboarded by an earlier run against the same deployment
        await onboard(emu, chat_id, timeout=timeout)

    async with anyio.create_task_group() as tg:
        for chat_id in chats:
            tg.start_soon(one, chat_id)


def _new_chat(remote: RemoteTelegram, chat_id: int) -> bool:
    try:
        return not remote.transcript(chat_id)
    except ControlError:  # the user never wrote: no chat yet
        return True


async def _run(args: argparse.Namespace) -> int:
    load_dir = Path(args.dir)
    chats = chat_ids(args.first_chat, args.chats, args.seed)
    state: LoadState = {
        "emulator_url": args.emulator, "rate": args.rate, "seed": args.seed,
        "chats": chats, "pid": os.getpid(), "state": "onboarding", "baseline": {},
        "burst": args.burst,
        "started_at": None, "stopped_at": None, "error": None,
    }
    _write_state(load_dir, state)
    with RemoteTelegram(args.emulator) as remote:
        try:
            await _onboard(remote, chats, args.onboard_timeout)
        except Exception as error:  # the report says why; the check then finds no load
            state.update(state="failed", error=f"onboarding failed: {error!r}")
            _write_state(load_dir, state)
            return 1
        parents = SyntheticParents(cast(TelegramEmulator, remote), chats, rate=args.rate)
        state.update(state="running", started_at=remote.now(),
                     baseline={str(c): n for c, n in parents._baseline.items()})
        _write_state(load_dir, state)
        rng = random.Random(f"gaps:{args.seed}")
        with (load_dir / SENT_FILE).open("a", encoding="utf-8") as out:
            with anyio.move_on_after(args.max_seconds) as scope:
                async with anyio.create_task_group() as tg:
                    async def on_signals() -> None:
                        with anyio.open_signal_receiver(signal.SIGTERM, signal.SIGINT,
                                                        signal.SIGUSR1) as signals:
                            async for signum in signals:
                                if signum == signal.SIGUSR1:  # a burst, then the schedule
                                    _send_burst(parents, out, args.burst)
                                    continue
                                scope.cancel()
                                return

                    tg.start_soon(on_signals)
                    await _send(parents, out, rng, args.rate)
        state.update(state="stopped", stopped_at=remote.now(), sent=len(parents.sent))
        _write_state(load_dir, state)
    return 0


async def _send(parents: SyntheticParents, out: Any, rng: random.Random, rate: float) -> None:
    """Send on the Poisson schedule until cancelled; a slow moment is caught up (at most a
    second's worth at once) rather than lowering the rate."""
    start = anyio.current_time()
    next_at = start + rng.expovariate(rate)
    while True:
        now = anyio.current_time()
        next_at = max(next_at, now - 1.0)
        while next_at <= now:
            _send_one(parents, out)
            next_at += rng.expovariate(rate)
        await anyio.sleep(next_at - now)


def _send_one(parents: SyntheticParents, out: Any) -> None:
    try:
        sent = parents.send_one()
    except Exception as error:  # the emulator is unreachable: try the next one
        print(f"load: a phrase could not be sent: {error!r}", file=sys.stderr)
        return
    _record(out, [sent])


def _send_burst(parents: SyntheticParents, out: Any, count: int) -> None:
    """``count`` phrases queued in the emulator at once: the bot takes them in one batch
    and acknowledges them all before it has answered most, so a kill then finds them in
    flight however fast the bot answers (sent one by one, a fast bot kept up with them)."""
    try:
        sent = parents.send_burst(count)
    except Exception as error:  # the emulator is unreachable: the schedule goes on
        print(f"load: a burst could not be sent: {error!r}", file=sys.stderr)
        return
    _record(out, sent)


def _record(out: Any, sent: list[Any]) -> None:
    for one in sent:
        out.write(json.dumps({"update_id": one.update_id, "chat_id": one.chat_id,
                              "message_id": one.message_id, "phrase": one.phrase,
                              "at": one.at}) + "\n")
    out.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m chaos.ctk._load_process",
                                     description="synthetic parents for a chaos drill")
    parser.add_argument("--emulator", required=True, help="the Telegram emulator's base URL")
    parser.add_argument("--dir", required=True, help="where the load's files go")
    parser.add_argument("--rate", type=float, default=30.0, help="phrases per second")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--chats", type=int, default=20)
    parser.add_argument("--first-chat", type=int, default=700_001)
    parser.add_argument("--max-seconds", type=float, default=600.0,
                        help="stop by itself after this long (a drill is bounded)")
    parser.add_argument("--onboard-timeout", type=float, default=20.0)
    parser.add_argument("--burst", type=int, default=60,
                        help="phrases sent at once on SIGUSR1 (a kill lands in a burst)")
    args = parser.parse_args(argv)
    Path(args.dir).mkdir(parents=True, exist_ok=True)
    (Path(args.dir) / PID_FILE).write_text(f"{os.getpid()}\n")
    started = time.monotonic()
    code: int = anyio.run(_run, args)
    print(f"load: done after {time.monotonic() - started:.1f} s", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
