"""Supervision: child specs, strategies, restart intensity and backoff.

Layer 1. Imports ``runtime`` only. ``supervisors.app_tree`` (the application's own tree)
is the exception that closes the loop: it imports ``actors`` and ``config`` to assemble
the bot, and nothing in this package imports it.
"""
