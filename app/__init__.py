"""The application: the bot's supervision tree, the ``family-emotions`` command line, the
runtime demo and the local modes on the built-in emulator.

The top layer. It imports ``actors``, ``config``, ``supervisors`` and ``runtime`` to
assemble the bot, and ``chaos`` for the emulator and private servers of the local modes;
nothing below imports it. Layout: ``_tree`` (the tree and the resources it shares),
``_cli`` (the parser and one handler per subcommand), ``_demo``, ``_terminal`` (the
terminal chat and scripted demo), ``_servers`` (private PostgreSQL/Redis), ``_settings``,
``_logging``. See ``docs/ARCHITECTURE.md``.
"""

from ._cli import build_parser, main
from ._tree import App, build_tree, open_app, run_bot

__all__ = [
    "App",
    "build_parser",
    "build_tree",
    "main",
    "open_app",
    "run_bot",
]
