"""Logging for the commands: text lines by default, one JSON object per line with
``[logging] format = "json"``; every secret is redacted from every record (config.redaction)."""

from __future__ import annotations

import logging
import sys

from actors.telegram import install_log_redaction
from config.redaction import register_settings
from config.settings import Settings


def setup_logging(settings: Settings, *, quiet: bool) -> None:
    level = logging.WARNING if quiet else getattr(logging, settings.logging.level)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s %(name)s %(actor_path)s %(message)s",
        defaults={"actor_path": "-"}))
    logging.basicConfig(level=level, handlers=[handler])
    register_settings(settings)
    install_log_redaction()
