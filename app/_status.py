"""``family-emotions status``: what the bot's ``/health`` says, for the on-call engineer.

``status [--url URL] [--token T] [--json] [--timeout S]`` reads ``/health`` (and, with a
token, ``/admin/db``) of a running bot and prints every component with its status,
detail, since when and RTO budget left, the spool's depth and age, the circuit breakers,
the chats waiting for their family state, and the last backup with its verification, as
a table; ``--json`` prints the same facts as one JSON object for scripts. ``--url``
defaults to ``[health] host:port`` of the settings, ``--token`` to ``[health] token``
(``FE_HEALTH__TOKEN``). The exit status: 0 healthy, 1 degraded, 2 unhealthy or
unreachable (runbooks: docs/runbooks/en/README.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import TYPE_CHECKING, Any, Final, TextIO

from runtime import system_clock, utc_now

from ._settings import load

if TYPE_CHECKING:
    import httpx

__all__ = ["EXIT_CODES", "configure_status", "status_command"]

EXIT_CODES: Final = {"healthy": 0, "degraded": 1, "unhealthy": 2}
UNREACHABLE: Final = 2


def configure_status(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options of ``status``."""
    parser.add_argument("--url", help="the bot's health server (default: http://[health] "
                                      "host:port of the settings)")
    parser.add_argument("--token", help="bearer token for /admin/db (default: [health] "
                                        "token, FE_HEALTH__TOKEN)")
    parser.add_argument("--json", action="store_true", help="one JSON object, for scripts")
    parser.add_argument("--timeout", type=float, default=5.0,
                        help="seconds to wait for each answer (5)")
    return parser


def status_command(args: argparse.Namespace) -> int:
    """Read the bot's health and print it; the exit status says how it is."""
    url, token = _target(args)
    facts = gather(url, token, timeout=args.timeout)
    if args.json:
        print(json.dumps(facts, ensure_ascii=False, indent=2))
    else:
        print_table(facts, sys.stdout)
    return exit_code(facts)


def _target(args: argparse.Namespace) -> tuple[str, str | None]:
    if args.url is not None and args.token is not None:
        return args.url.rstrip("/"), args.token or None
    settings = load(args.config)
    health = settings.health
    host = "127.0.0.1" if health.host in ("0.0.0.0", "::", "") else health.host
    url = args.url or f"http://{host}:{health.port}"
    token = args.token if args.token is not None else (
        health.token.reveal() if health.token is not None else None)
    return url.rstrip("/"), token or None


def exit_code(facts: dict[str, Any]) -> int:
    """0 healthy, 1 degraded, 2 unhealthy or unreachable."""
    if not facts.get("reachable"):
        return UNREACHABLE
    return EXIT_CODES.get(str(facts.get("status")), UNREACHABLE)


def gather(url: str, token: str | None, *, timeout: float = 5.0) -> dict[str, Any]:
    """The facts ``status`` prints, from ``url``'s ``/health`` (and ``/admin/db`` with a
    token); ``reachable`` False (with ``error``) when the bot did not answer."""
    # Imported here: every ``family-emotions`` command imports this module, and ``run``
    # (the bot, on aiohttp) would carry httpx for nothing.
    import httpx

    headers = {"Authorization": f"Bearer {token}"} if token else {}
    now = utc_now(system_clock)
    try:
        with httpx.Client(base_url=url, timeout=timeout, headers=headers) as http:
            response = http.get("/health")
            body = response.json()
            db = _admin_db(http) if token else None
    except (httpx.HTTPError, ValueError) as error:
        return {"url": url, "reachable": False, "status": "unreachable",
                "error": f"{type(error).__name__}: {error}"}
    if not isinstance(body, dict) or "components" not in body:
        return {"url": url, "reachable": False, "status": "unreachable",
                "error": f"/health answered {response.status_code} without a health report"}
    components = {
        name: {"status": c.get("status"), "detail": c.get("detail", ""),
               "since": c.get("since"), "for_s": _age(c.get("since"), now),
               "rto_budget_left_s": c.get("rto_budget_left_s"), "breaker": c.get("breaker")}
        for name, c in body["components"].items()}
    dialogs = body["components"].get("dialogs", {})
    backup = body.get("backup")
    facts: dict[str, Any] = {
        "url": url, "reachable": True, "http_status": response.status_code,
        "status": body.get("status"), "why": body.get("why"), "components": components,
        "spool": body.get("spool", {}),
        "breakers": {name: c["breaker"] for name, c in components.items() if c["breaker"]},
        "waiting_chats": {"count": dialogs.get("chats", 0),
                          "updates": dialogs.get("updates", 0),
                          "longest_wait_s": dialogs.get("longest_wait_s")},
        "backup": None if backup is None else {**backup, "age_s": _age(
            backup.get("last_success"), now)},
    }
    if db is not None:
        facts["flusher"] = db
    return facts


def _admin_db(http: httpx.Client) -> dict[str, Any] | None:
    response = http.get("/admin/db")
    if response.status_code != 200:
        return None
    body = response.json()
    return {key: body.get(key) for key in ("rows_flushed", "batches", "dead_lettered",
                                           "last_error", "spool_free_bytes")}


def _age(iso: Any, now: dt.datetime) -> float | None:
    if not isinstance(iso, str):
        return None
    try:
        then = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    return round((now - then).total_seconds(), 1)


# -- the table ----------------------------------------------------------------------------


def print_table(facts: dict[str, Any], out: TextIO) -> None:
    """The facts as the on-call reads them."""
    if not facts.get("reachable"):
        print(f"{facts['url']}: UNREACHABLE ({facts.get('error')})", file=out)
        return
    print(f"{facts['url']}: {str(facts['status']).upper()} ({facts.get('why')})", file=out)
    rows = [("component", "status", "for", "RTO left", "breaker", "detail")]
    for name, c in facts["components"].items():
        rto = c["rto_budget_left_s"]
        rows.append((name, str(c["status"]), _duration(c["for_s"]),
                     "" if rto is None else _duration(rto), c["breaker"] or "",
                     str(c["detail"])))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:5]))
              + "  " + row[5], file=out)
    spool = facts.get("spool") or {}
    print(f"spool: {spool.get('depth', '?')} records waiting, oldest "
          f"{_duration(spool.get('oldest_age_s'))}", file=out)
    breakers = ", ".join(f"{name} {state}" for name, state in facts["breakers"].items())
    print(f"breakers: {breakers or 'none'}", file=out)
    waiting = facts["waiting_chats"]
    longest = waiting.get("longest_wait_s")
    print(f"waiting chats: {waiting.get('count', 0)} ({waiting.get('updates', 0)} updates held)"
          + (f", longest {_duration(longest)}" if longest else ""), file=out)
    print(f"last backup: {_backup_line(facts.get('backup'))}", file=out)
    flusher = facts.get("flusher")
    if flusher:
        print(f"flusher: {flusher.get('rows_flushed')} rows flushed, "
              f"{flusher.get('dead_lettered')} dead-lettered, last error: "
              f"{flusher.get('last_error') or 'none'}", file=out)


def _backup_line(backup: dict[str, Any] | None) -> str:
    if backup is None:
        return "not taken here (no PostgreSQL configured)"
    if not backup.get("last_success"):
        return "none found"
    verified = {True: "verified", False: "VERIFICATION FAILED", None: "not verified yet"}[
        backup.get("verified")]
    last = backup.get("verification")
    if isinstance(last, dict) and last.get("at"):  # the last one, kept across restarts
        verified += f" (last verification {last['at']}: {last.get('backup')})"
    return f"{backup['last_success']} ({_duration(backup.get('age_s'))} ago), {verified}"


def _duration(seconds: Any) -> str:
    if not isinstance(seconds, int | float):
        return ""
    sign, value = ("-" if seconds < 0 else ""), abs(seconds)
    if value < 120:
        return f"{sign}{value:.0f} s"
    if value < 7200:
        return f"{sign}{value / 60:.0f} min"
    if value < 172800:
        return f"{sign}{value / 3600:.1f} h"
    return f"{sign}{value / 86400:.1f} d"
