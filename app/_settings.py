"""Settings for a command: a bad value stops it with one clear line."""

from __future__ import annotations

import os
import sys
from typing import Any

from config.settings import Settings, SettingsError, load_settings


def load(path: str | None, **overrides: dict[str, Any]) -> Settings:
    """The settings from ``path`` and the environment, with ``overrides`` on top. A bad
    one exits with code 78 (EX_CONFIG: systemd does not restart the service) and one line
    on stderr: the key, its source and what was expected."""
    try:
        return load_settings(path, overrides=overrides or None)
    except SettingsError as error:
        line = " ".join(str(error).splitlines())
        print(f"family-emotions: {line}", file=sys.stderr, flush=True)
        raise SystemExit(os.EX_CONFIG) from None
