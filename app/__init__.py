"""The application: the bot's supervision tree, the ``family-emotions`` command line, the
runtime demo and the local modes on the built-in emulator.

The top layer. It imports ``actors``, ``config``, ``supervisors`` and ``runtime`` to
assemble the bot, and ``chaos`` for the emulator and private servers of the local modes;
nothing below imports it. Layout: ``_tree`` (the tree and the resources it shares),
``_cli`` (the parser and one handler per subcommand), ``_demo``, ``_terminal`` (the
terminal chat and scripted demo), ``_servers`` (private PostgreSQL/Redis), ``_settings``,
``_logging``. See ``docs/ARCHITECTURE.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._cli import build_parser, main
    from ._tree import App, build_tree, open_app, run_bot

_WHERE = {"build_parser": "_cli", "main": "_cli", "App": "_tree", "build_tree": "_tree",
          "open_app": "_tree", "run_bot": "_tree"}


def __getattr__(name: str) -> Any:
    """Import the module that defines ``name`` on first use: ``family-emotions --help`` or
    ``status`` then never loads the bot's tree, its dictionaries and models (about a
    second), which only ``run`` and ``demo`` need."""
    if name not in _WHERE:
        raise AttributeError(f"module 'app' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"app.{_WHERE[name]}"), name)
    globals()[name] = value
    return value

__all__ = [
    "App",
    "build_parser",
    "build_tree",
    "main",
    "open_app",
    "run_bot",
]
