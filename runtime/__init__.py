"""The actor kernel: messages, mailboxes, refs, actors, the system, events and timers.

Layer 0. It knows nothing about Telegram, families or supervision strategies, and
imports only the standard library, anyio and msgspec. Everything above builds on it:
``supervisors`` (the engine) ← ``actors`` ← ``supervisors.app_tree`` ← the CLI.
"""
