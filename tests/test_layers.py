"""The layering of DESIGN.md §2 and the packages' public names, kept by tests.

Dependencies point one way: ``runtime`` ← ``supervisors`` (engine) ← ``actors`` ←
``supervisors/app_tree.py`` ← CLI; ``config`` is imported by actors and the tree, never the
other way; nothing imports ``chaos`` except tests and the CLI (which runs the demo on the
chaos emulators). The walker parses every module with ``ast`` and resolves relative
imports, so an import inside a function or under ``TYPE_CHECKING`` counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import runtime
import runtime.testing
import supervisors

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("runtime", "supervisors", "actors", "config", "chaos")
TOP_OF_THE_TREE = {"supervisors/app_tree.py", "supervisors/cli.py"}  # above actors and config


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
    """The module prefixes the file at ``relpath`` must not import (DESIGN.md §2)."""
    layer = relpath.split("/")[0]
    rules: tuple[str, ...] = ()
    if layer == "runtime":
        rules = ("supervisors", "actors", "config", "chaos")
    elif layer == "supervisors" and relpath not in TOP_OF_THE_TREE:
        rules = ("actors", "config", "chaos", "supervisors.app_tree", "supervisors.cli")
    elif layer == "actors":
        rules = ("chaos", "supervisors.app_tree", "supervisors.cli")
    elif layer == "config":
        rules = ("supervisors", "actors", "chaos")
    if layer != "chaos" and relpath != "supervisors/cli.py" and "chaos" not in rules:
        rules += ("chaos",)
    return rules


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
    ("supervisors/_spec.py", "supervisors.app_tree"),
    ("actors/poller.py", "chaos.services"),
    ("actors/poller.py", "supervisors.app_tree"),
    ("config/__init__.py", "supervisors"),
    ("config/__init__.py", "actors"),
    ("supervisors/app_tree.py", "chaos.emulators"),
])
def test_rules_reject_an_upward_import(relpath: str, module: str) -> None:
    assert violations({relpath: {module}}) == [f"{relpath} imports {module}"]


@pytest.mark.parametrize(("relpath", "module"), [
    ("supervisors/_spec.py", "runtime"),
    ("actors/poller.py", "supervisors"),
    ("actors/poller.py", "config"),
    ("supervisors/app_tree.py", "actors.poller"),
    ("supervisors/app_tree.py", "config"),
    ("supervisors/cli.py", "chaos.emulators.telegram"),
    ("chaos/drill.py", "supervisors.app_tree"),
    ("runtime/_cell.py", "runtimeextra"),  # a prefix match needs a dot
])
def test_rules_allow_a_downward_import(relpath: str, module: str) -> None:
    assert violations({relpath: {module}}) == []


# -- public names --------------------------------------------------------------------------

RUNTIME = [
    "Actor", "ActorContext", "ActorCrashed", "ActorError", "ActorNotFound", "ActorRef",
    "ActorStopped", "ActorSystem", "AskTimeout", "Cell", "ChildFailed", "Crashed",
    "DeadLettered", "Escalated", "EventBus", "Exit", "ExitKind", "FAIRNESS_BATCH", "HasProps",
    "InFlight", "IntensityExceeded", "LifecycleEvent", "Mailbox", "MailboxFull", "Message",
    "MessageCodec", "Overflow", "Props", "Restarting", "StartFailed", "Started", "StopActor",
    "Stopped", "Subscription", "Timer", "current_system", "run",
]
RUNTIME_TESTING = ["Crash", "Crasher", "EventRecorder", "ManualClock", "Probe", "wait_restarted"]
SUPERVISORS = [
    "AlreadyPresent", "AlreadyStarted", "BRUTAL", "Backoff", "ChildCounts", "ChildInfo",
    "ChildNotFound", "ChildRestarting", "ChildRunning", "ChildSpec", "ChildState", "ChildType",
    "INFINITY", "InvalidSpec", "Restart", "RestartIntensity", "SimpleOneForOneOnly",
    "Strategy", "Supervisor", "SupervisorError", "SupervisorFlags", "check_child_specs",
    "count_children", "delete_child", "get_childspec", "restart_child", "start_child",
    "supervisor_spec", "terminate_child", "which_children", "worker",
]
PUBLIC = [(runtime, RUNTIME), (runtime.testing, RUNTIME_TESTING), (supervisors, SUPERVISORS)]


@pytest.mark.parametrize(("module", "expected"), PUBLIC, ids=lambda v: getattr(v, "__name__", ""))
def test_public_names_are_pinned(module: object, expected: list[str]) -> None:
    assert expected == sorted(expected)
    names: list[str] = module.__all__  # type: ignore[attr-defined]
    assert sorted(names) == expected
    assert len(set(names)) == len(names)


@pytest.mark.parametrize(("module", "expected"), PUBLIC, ids=lambda v: getattr(v, "__name__", ""))
def test_every_public_name_exists(module: object, expected: list[str]) -> None:
    names: list[str] = module.__all__  # type: ignore[attr-defined]
    assert [name for name in names if not hasattr(module, name)] == []


@pytest.mark.parametrize("owned", [runtime.ActorRef, runtime.ActorContext, runtime.Cell,
                                   runtime.ActorSystem], ids=lambda cls: cls.__name__)
def test_runtime_owned_objects_have_no_public_constructor(owned: type) -> None:
    with pytest.raises(TypeError):
        owned()
