"""The domain actors, one module per actor, and ``actors.protocol`` with every message.

Layer 2. Imports ``runtime``, ``supervisors`` (the engine) and ``config``; never ``app``
or ``chaos``.
"""
