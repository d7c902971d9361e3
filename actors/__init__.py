"""The domain actors, one module per actor, and ``actors.protocol`` with every message.

Layer 2. Imports ``runtime``, ``supervisors`` (engine only, never ``app_tree``) and
``config``.
"""
