"""Settings (a msgspec Struct loaded from TOML and the environment) and ops files.

Imported by ``actors`` and ``app``; imports nothing of ours but ``runtime``
vocabulary types.
"""
