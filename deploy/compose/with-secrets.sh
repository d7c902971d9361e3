#!/bin/sh
# with-secrets: the image's ENTRYPOINT. Exports each secret the bot reads from the
# environment from its file under /run/secrets (compose `secrets:`, a Kubernetes secret
# volume), then runs the command:
#
#   /run/secrets/telegram_bot_token  -> TELEGRAM_BOT_TOKEN  ([telegram] token)
#   /run/secrets/anthropic_api_key   -> ANTHROPIC_API_KEY   ([anthropic] api_key)
#   /run/secrets/database_url        -> DATABASE_URL        ([database] url)
#   /run/secrets/redis_url           -> REDIS_URL           ([redis] url)
#   /run/secrets/health_token        -> FE_HEALTH__TOKEN    ([health] token)
#   /run/secrets/telegram_webhook_secret -> FE_TELEGRAM__WEBHOOK_SECRET (webhook mode only)
#
# A variable already set in the environment wins; a missing file leaves it unset. One
# trailing newline is dropped (`echo token > file` works). Run ad-hoc commands through it
# too, or they will not see the secrets:
#   docker compose exec bot with-secrets family-emotions backup
set -eu

SECRETS_DIR="${SECRETS_DIR:-/run/secrets}"

load() {  # load VAR FILE_NAME
  file="$SECRETS_DIR/$2"
  eval "current=\${$1:-}"
  if [ -z "$current" ] && [ -r "$file" ]; then
    value="$(cat "$file")"  # $(...) drops trailing newlines
    export "$1=$value"
  fi
}

load TELEGRAM_BOT_TOKEN telegram_bot_token
load ANTHROPIC_API_KEY anthropic_api_key
load DATABASE_URL database_url
load REDIS_URL redis_url
load FE_HEALTH__TOKEN health_token
load FE_TELEGRAM__WEBHOOK_SECRET telegram_webhook_secret
unset current value file

exec "$@"
