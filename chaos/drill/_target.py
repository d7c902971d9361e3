"""The system a drill acts on, as the experiments' configuration reads it: ``FE_DRILL_*``
environment variables (``Target.env``), or the same values handed to chaostoolkit-lib
(``Target.configuration`` and ``Target.secrets``)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Final

__all__ = ["ENV", "Target"]

ENV: Final[dict[str, str]] = {
    "health_url": "FE_DRILL_HEALTH_URL",
    "metrics_token": "FE_DRILL_METRICS_TOKEN",
    "drill_dir": "FE_DRILL_DIR",
    "telegram_url": "FE_DRILL_TELEGRAM_URL",
    "anthropic_url": "FE_DRILL_ANTHROPIC_URL",
    "proxy_url": "FE_DRILL_PROXY_URL",
    "pg_data_dir": "FE_DRILL_PG_DATA_DIR",
    "redis_data_dir": "FE_DRILL_REDIS_DATA_DIR",
    "bot_pid_file": "FE_DRILL_BOT_PID_FILE",
    "bot_launch_file": "FE_DRILL_BOT_LAUNCH_FILE",
    "fill_dir": "FE_DRILL_FILL_DIR",
    "database_url": "FE_DRILL_DATABASE_URL",
}
"""Configuration key → the environment variable the experiments read it from."""

SECRETS: Final = frozenset({"database_url", "metrics_token"})


@dataclass
class Target:
    """Where everything is. ``drill_dir`` holds the event log and the load's files;
    ``fill_dir`` is a directory on the spool's file system (the disk-full drill fills
    it); ``bot_launch_file`` is how to start the bot again (absent: its service manager
    does). Secrets: ``database_url`` (for the diary-row check), ``metrics_token``."""

    health_url: str
    drill_dir: str
    telegram_url: str = ""
    anthropic_url: str = ""
    proxy_url: str = ""
    pg_data_dir: str = ""
    redis_data_dir: str = ""
    bot_pid_file: str = ""
    bot_launch_file: str = ""
    fill_dir: str = ""
    database_url: str = ""
    metrics_token: str = ""

    def values(self) -> dict[str, str]:
        return {f.name: str(getattr(self, f.name)) for f in fields(self)}

    def env(self) -> dict[str, str]:
        """The ``FE_DRILL_*`` variables describing this target (empty ones left out)."""
        return {ENV[k]: v for k, v in self.values().items() if v}

    def configuration(self) -> dict[str, Any]:
        """Configuration overrides for chaostoolkit-lib (the secrets left out)."""
        return {k: v for k, v in self.values().items() if k not in SECRETS and v}

    def secrets(self) -> dict[str, dict[str, Any]]:
        return {"drill": {k: getattr(self, k) for k in sorted(SECRETS)}}
