"""Settings for a command: a bad value stops it with one clear line."""

from __future__ import annotations

from typing import Any

from config.settings import Settings, SettingsError, load_settings


def load(path: str | None, **overrides: dict[str, Any]) -> Settings:
    """The settings from ``path`` and the environment, with ``overrides`` on top; exits
    with the key, its source and what was expected when one is bad."""
    try:
        return load_settings(path, overrides=overrides or None)
    except SettingsError as error:
        raise SystemExit(f"family-emotions: {error}") from None
