"""``family-emotions demo-runtime``: supervision at work, printed as lifecycle events.

A tree shaped like the bot's (``docs/ARCHITECTURE.md``, "The actor tree") whose stand-in
actors crash on purpose: a transient crash, a poison message, a start failure with
growing backoff, and a subtree that escalates.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import anyio

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
from supervisors import Backoff, Strategy, supervisor_spec, which_children, worker

E = TypeVar("E", bound=LifecycleEvent)


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
        seen: list[LifecycleEvent] = []
        system.events.add_listener(seen.append)
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
        await _until(seen, Started, path="root/infra/db_writer",
                                where=lambda e: e.incarnation >= 2)
        print("   db_writer is back:", await system.ref("db_writer").ask("row"))

        print("\n4. dialogs crashes too often: the bot supervisor gives up and escalates; "
              "root restarts the whole bot subtree.")
        dialogs = system.ref("dialogs")
        for _ in range(6):
            await dialogs.tell(Phrase(text="!crash"))
        await _until(seen, Escalated, path="root/bot")
        await _until(seen, Started, path="root/bot", where=lambda e: e.incarnation == 2)
        print("   dialogs answers again:", await dialogs.ask(Phrase(text="he is bored")))

        children = await which_children(system.ref("root"))
        print("\nroot's children:", ", ".join(f"{c.id}={c.state.value}" for c in children))
        counts = dict(system.events.counts)
        print("events:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        print("\nshutting down (children stop in reverse start order):")
    ok = counts.get("Crashed", 0) >= 5 and counts.get("DeadLettered", 0) >= 1
    print("demo finished:", "every failure was contained" if ok else "UNEXPECTED")
    return 0 if ok else 1




async def _until(
    seen: list[LifecycleEvent], kind: type[E], *, path: str,
    where: Callable[[E], bool] = lambda e: True, timeout: float = 10.0,
) -> E:
    """The first event of ``kind`` at ``path`` matching ``where`` among ``seen`` (which a
    listener fills), waiting up to ``timeout`` seconds for it to arrive."""
    with anyio.fail_after(timeout):
        while True:
            for event in seen:
                if isinstance(event, kind) and event.path == path and where(event):
                    return event
            await anyio.sleep(0.01)
