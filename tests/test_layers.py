"""The layering of ``docs/ARCHITECTURE.md`` and the packages' public names, kept by tests.

Dependencies point one way: ``runtime`` ← ``supervisors`` (the engine) ← ``actors`` ←
``app`` (the tree and the CLI); ``config`` is imported by actors and the app, never the
other way; nothing imports ``chaos`` except tests, benchmarks and ``app`` (which runs the
local modes on the chaos emulators). No package imports another package's private
``_module``, and production code imports no ``testing`` module. The walker parses every
module with ``ast`` and resolves relative imports, so an import inside a function or under
``TYPE_CHECKING`` counts too.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import runtime

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("runtime", "supervisors", "actors", "config", "chaos", "app")


# -- the walker ----------------------------------------------------------------------------


def module_name(relpath: str) -> str:
    """``supervisors/_spec.py`` → ``supervisors._spec``; a package's ``__init__`` is the
    package."""
    parts = relpath.removesuffix(".py").split("/")
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_in(source: str, relpath: str) -> set[str]:
    """Every module ``source`` (the file at ``relpath``) imports, relative ones resolved.
    ``from p import n`` yields ``p`` and ``p.n`` (``n`` may be a submodule)."""
    package = module_name(relpath).split(".")
    if not relpath.endswith("__init__.py"):
        package.pop()
    found: set[str] = set()
    for node in ast.walk(ast.parse(source, relpath)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names if alias.name != "*")
    return found


def walk() -> dict[str, set[str]]:
    """relpath → imported modules, for every module of the layered packages."""
    graph: dict[str, set[str]] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            relpath = path.relative_to(ROOT).as_posix()
            graph[relpath] = imports_in(path.read_text(encoding="utf-8"), relpath)
    return graph


def _under(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def forbidden_for(relpath: str) -> tuple[str, ...]:
    """The module prefixes the file at ``relpath`` must not import."""
    layer = relpath.split("/")[0]
    if layer == "runtime":
        return ("supervisors", "actors", "config", "chaos", "app")
    if layer == "supervisors":
        return ("actors", "config", "chaos", "app")
    if layer == "actors":
        return ("chaos", "app")
    if layer == "config":
        return ("supervisors", "actors", "chaos", "app")
    return ()


def violations(graph: dict[str, set[str]]) -> list[str]:
    return sorted(
        f"{relpath} imports {module}"
        for relpath, modules in graph.items()
        for module in modules
        if any(_under(module, prefix) for prefix in forbidden_for(relpath))
    )


# -- layering ------------------------------------------------------------------------------


def test_no_lower_layer_imports_a_higher_one() -> None:
    assert violations(walk()) == []


def test_walker_finds_absolute_imports() -> None:
    graph = walk()
    assert "runtime" in graph["supervisors/_supervisor.py"]
    assert "anyio" in graph["runtime/_cell.py"]


def test_walker_resolves_relative_imports_to_the_package() -> None:
    graph = walk()
    assert "supervisors._spec" in graph["supervisors/_api.py"]
    assert "runtime._actor" in graph["runtime/__init__.py"]  # from ._actor in an __init__
    source = "from .. import config\nfrom ..actors.protocol import Hello\nfrom . import x\n"
    assert imports_in(source, "supervisors/sub/mod.py") == {
        "supervisors", "supervisors.config", "supervisors.actors.protocol",
        "supervisors.actors.protocol.Hello", "supervisors.sub", "supervisors.sub.x",
    }


def test_walker_sees_imports_inside_functions_and_type_checking_blocks() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    import actors.protocol\n"
        "def f():\n    from chaos import services\n"
    )
    found = imports_in(source, "runtime/x.py")
    assert {"actors.protocol", "chaos", "chaos.services"} <= found


@pytest.mark.parametrize(("relpath", "module"), [
    ("runtime/_cell.py", "supervisors"),
    ("runtime/_cell.py", "config"),
    ("supervisors/_spec.py", "actors.protocol"),
    ("supervisors/_spec.py", "config"),
    ("supervisors/_spec.py", "app"),
    ("supervisors/_spec.py", "chaos"),
    ("actors/poller.py", "chaos.services"),
    ("actors/poller.py", "app"),
    ("config/__init__.py", "supervisors"),
    ("config/__init__.py", "actors"),
    ("config/__init__.py", "app"),
])
def test_rules_reject_an_upward_import(relpath: str, module: str) -> None:
    assert violations({relpath: {module}}) == [f"{relpath} imports {module}"]


@pytest.mark.parametrize(("relpath", "module"), [
    ("supervisors/_spec.py", "runtime"),
    ("actors/poller.py", "supervisors"),
    ("actors/poller.py", "config"),
    ("app/_tree.py", "actors.poller"),
    ("app/_tree.py", "config"),
    ("app/_cli.py", "chaos.emulators.telegram"),
    ("chaos/drill.py", "app"),
    ("runtime/_cell.py", "runtimeextra"),  # a prefix match needs a dot
])
def test_rules_allow_a_downward_import(relpath: str, module: str) -> None:
    assert violations({relpath: {module}}) == []


# -- private modules and testing helpers --------------------------------------------------


def _package_of(relpath: str) -> str:
    return module_name(relpath).rsplit(".", 1)[0] if not relpath.endswith("__init__.py") \
        else module_name(relpath)


def private_imports(graph: dict[str, set[str]]) -> list[str]:
    """Imports of another package's ``_module``: only the package itself may use them."""
    found = []
    for relpath, modules in graph.items():
        own = _package_of(relpath)
        for module in modules:
            parts = module.split(".")
            private = [i for i, part in enumerate(parts)
                       if part.startswith("_") and not part.startswith("__")]
            if not private:
                continue
            owner = ".".join(parts[: private[0]])
            if owner and not _under(own, owner) and parts[0] in PACKAGES:
                found.append(f"{relpath} imports {module}")
    return sorted(found)


def test_no_package_imports_another_packages_private_module() -> None:
    graph = walk()
    for extra in sorted((ROOT / "bench").glob("*.py")):
        relpath = extra.relative_to(ROOT).as_posix()
        graph[relpath] = imports_in(extra.read_text(encoding="utf-8"), relpath)
    assert private_imports(graph) == []


def test_private_import_rule_rejects_a_sibling_package() -> None:
    assert private_imports({"actors/scheduler/_actor.py": {"actors.dialogs._store"}}) == [
        "actors/scheduler/_actor.py imports actors.dialogs._store"]
    assert private_imports({"actors/dialogs/_actor.py": {"actors.dialogs._store"}}) == []
    assert private_imports({"actors/dialogs/__init__.py": {"actors.dialogs._store"}}) == []


def test_production_code_imports_no_testing_module() -> None:
    offenders = sorted(
        f"{relpath} imports {module}"
        for relpath, modules in walk().items()
        if not relpath.endswith("testing.py")
        for module in modules
        if module.split(".")[-1] == "testing" or ".testing." in module
    )
    assert offenders == []


# -- public names --------------------------------------------------------------------------

PUBLIC_NAMES: dict[str, list[str]] = {
    "runtime": [
        "Actor", "ActorContext", "ActorCrashed", "ActorError", "ActorNotFound", "ActorRef",
        "ActorStopped", "ActorSystem", "AskTimeout", "ChildFailed", "Crashed", "DeadLettered",
        "Escalated", "Exit", "ExitKind", "IGNORE", "Ignore", "InFlight", "IntensityExceeded",
        "LifecycleEvent",
        "Mailbox", "MailboxFull", "Message", "MessageCodec", "Overflow", "Props", "Restarting",
        "StartFailed", "Started", "StopActor", "Stopped", "Timer", "WallClock", "current_system",
        "run", "system_clock", "utc_now"
    ],
    "runtime.lowlevel": [
        "Cell", "EventBus", "FAIRNESS_BATCH", "HasProps", "Subscription"
    ],
    "runtime.testing": [
        "Crash", "Crasher", "EventRecorder", "ManualClock", "Probe", "eventually",
        "wait_restarted"
    ],
    "supervisors": [
        "AlreadyPresent", "AlreadyStarted", "AutoShutdown", "BRUTAL", "Backoff", "ChildCounts",
        "ChildInfo", "ChildNotFound", "ChildRestarting", "ChildRunning", "ChildSpec",
        "ChildState", "ChildType", "INFINITY", "InvalidSpec", "Restart", "RestartIntensity",
        "SimpleOneForOneOnly", "StartResult", "Strategy", "Supervisor", "SupervisorError",
        "SupervisorFlags",
        "check_child_specs", "count_children", "delete_child", "get_childspec", "restart_child",
        "start_child", "supervisor_spec", "terminate_child", "which_children", "worker"
    ],
    "actors.cache": [
        "Cache", "CacheError", "CacheService", "CacheState", "CacheStateListener", "CacheStats",
        "Entry", "MemoryStore", "NotACounter"
    ],
    "actors.db_writer": [
        "CheckinAnswer", "ChildRemoved", "ChildSaved", "ChildView", "DatabaseUnavailable",
        "DbError", "DbWriter",
        "DeadLetter", "DeadLetterKeeper", "DeadLetterSink", "EmotionEntry", "EntryFeedback",
        "EntryRemoved", "Erase",
        "FamilyErased", "FamilySaved", "FamilyView", "FlushStats", "Flusher", "MigrationError",
        "ParentSeen", "Persist", "ProcessedUpdate", "Reads", "Record", "ScheduleRun",
        "SentReply", "SpoolLike", "UnstorableRecord", "UpdateReceived", "clean_text",
        "close_or_terminate", "decode_record", "encode_record", "erase_family", "is_retryable",
        "migrate", "persist", "storable"
    ],
    "actors.crisis": [
        "Category", "CrisisFinding", "CrisisKind", "Severity", "detect", "warm_up"
    ],
    "actors.dialogs": [
        "Child", "Dialogs", "EMOTION_NAMES", "Family", "FamilyStore", "Fault",
        "MemoryFamilyStore", "PersistentFamilyStore", "StateUnavailable", "StateWaits", "TEXTS",
        "child_forms", "escape", "parse_timezone", "render_translation", "say", "tzinfo_for"
    ],
    "actors.health": [
        "AppLike", "BREAKER_LEVELS", "CONTENT_TYPE", "CacheWarmer", "Component", "DEPENDENCIES",
        "HealthModel", "HealthReport", "HealthServer", "Metrics", "PREFIX", "SpoolGauges",
        "Status", "Thresholds", "WarmableApp", "make_web_app", "overall", "raise_nofile_limit"
    ],
    "actors.scheduler": [
        "BACKUP", "BackupError", "BusinessGauges", "CHECKIN", "CheckinTap", "ChildWeek",
        "FamilyDue", "PgToolMissing", "RestoreRefused", "RestoreReport", "RunStore", "SCHEDULES",
        "Scheduler", "SchedulerError", "Sweep", "SweepReport",
        "VerificationFailed", "VerifyReport", "WEEKLY", "backup", "backup_command", "checkin_key",
        "checkin_message", "compute_gauges", "due_at", "due_between", "find_pg_tool",
        "handle_checkin_callback", "list_backups", "next_due", "parse_checkin_data", "parse_hhmm",
        "render_report", "report_key", "restore", "restore_command", "trend_of", "verify_backup",
        "verify_command", "weekly_due_between"
    ],
    "actors.spool": [
        "FileOps", "OsFileOps", "Spool", "SpoolClosed", "SpoolCorrupt", "SpoolError",
        "SpoolWriteError", "scan_segment"
    ],
    "actors.spool.testing": [
        "FaultyFileOps", "Op"
    ],
    "actors.telegram": [
        "ALLOWED_UPDATES", "SECRET_HEADER", "BotApi", "ClaimOutcome", "Delivery",
        "DeliveryOutcome", "Inbox",
        "JournalCorrupt", "JournalError", "Lease", "LeaseKeeper", "LeaseRole", "LeaseStats",
        "Outbox", "PollerStalled", "PollerStats", "ReplyClaims", "SenderStats", "SentJournal",
        "SpoolJournal", "TelegramApiError", "TelegramError", "TelegramPoller", "TelegramSender",
        "TelegramTransportError", "TelegramWebhook", "Term", "UnknownUpdate", "UpdateLog", "escape",
        "import_update_journal", "install_log_redaction", "parse_update", "redact", "split_html",
        "strip_html"
    ],
    "actors.telegram.testing": [
        "MemoryJournal"
    ],
    "actors.translator": [
        "ClaudeClient", "ClaudeUnavailable", "FAILURE_KINDS", "FailureKind", "OfflineReading",
        "Translator", "TranslatorService", "TranslatorStats", "analyse_offline", "classify",
        "read_offline", "translate_offline"
    ],
    "app": [
        "App", "build_parser", "build_tree", "main", "open_app", "run_bot"
    ],
    "chaos.ctk": [
        "BotText", "EVENTS_FILE", "Event", "FaultWindow", "HealthView", "KINDS", "LoadCheck",
        "RemoteTelegram", "actions", "check_load", "classify_text", "fault_windows",
        "in_flight_at_kills", "metric_sum", "probes", "read_events", "read_health",
        "read_metrics", "read_sent", "read_state", "ready_status", "schedule"
    ],
    "chaos.drill": [
        "BOT_SETTINGS", "DEFAULT_OUT", "DrillResult", "ENGINES", "ENV", "EXPERIMENTS",
        "EmbeddedSystem", "Needs", "Plan", "Recovery", "SABOTAGES", "Scenario", "Target",
        "plan", "run_drill", "scenarios"
    ],
    "chaos.emulators.anthropic": [
        "ANALYSIS_SCHEMA", "Analysis", "AnthropicEmulator", "FaultKind", "FaultRule", "FaultSpec",
        "PHRASE_TAGS", "RecordedRequest", "analyse"
    ],
    "chaos.emulators.telegram": [
        "ApiError", "ChatStatus", "ControlError", "DEFAULT_TOKEN", "Fault", "FaultMode",
        "FloodControl", "FloodLimits", "HtmlParseError", "ParsedText", "TelegramEmulator",
        "make_test_token", "parse_html", "redact", "utf16_len"
    ],
    "chaos.faultproxy": [
        "API_PORT", "ApiError", "FaultProxy", "Proxy", "TOXIC_TYPES", "Toxic", "VERSION",
        "load_config"
    ],
}


@pytest.mark.parametrize("package", sorted(PUBLIC_NAMES))
def test_public_names_are_pinned(package: str) -> None:
    expected = PUBLIC_NAMES[package]
    names: list[str] = importlib.import_module(package).__all__
    assert sorted(names) == sorted(expected)
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("package", sorted(PUBLIC_NAMES))
def test_every_public_name_exists(package: str) -> None:
    module = importlib.import_module(package)
    assert [name for name in module.__all__ if not hasattr(module, name)] == []


def test_every_package_is_pinned() -> None:
    packages = {
        module_name(path.relative_to(ROOT).as_posix())
        for layer in PACKAGES for path in (ROOT / layer).rglob("__init__.py")
    }
    facades = {p for p in packages if hasattr(importlib.import_module(p), "__all__")}
    assert facades <= set(PUBLIC_NAMES)
    layers = {"runtime", "supervisors", "app"}
    assert layers <= set(PUBLIC_NAMES)
    actor_packages = {p for p in packages if p.count(".") == 1 and p.startswith("actors.")}
    assert actor_packages <= set(PUBLIC_NAMES)


@pytest.mark.parametrize("owned", ["ActorRef", "ActorContext", "ActorSystem"])
def test_runtime_owned_objects_have_no_public_constructor(owned: str) -> None:
    with pytest.raises(TypeError):
        getattr(runtime, owned)()


def test_a_cell_has_no_public_constructor() -> None:
    from runtime.lowlevel import Cell

    with pytest.raises(TypeError):
        Cell()  # type: ignore[call-arg]
