"""Emulators of the external APIs the bot talks to (Telegram Bot API, Anthropic Messages API)."""
