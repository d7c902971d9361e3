#!/bin/sh
# Creates the secret files compose.yaml expects under ./secrets (next to this script, or
# the directory given as $1). Never overwrites a file that exists.
#
#   generated: postgres_password, database_url (its DSN, for the bot),
#              health_token ([health] token: the bot's /metrics and Prometheus share it),
#              grafana_admin_password
#   left empty for you to fill: telegram_bot_token ([telegram] token, from @BotFather),
#              anthropic_api_key ([anthropic] api_key; empty: the offline translator)
#
# The directory is mode 0700; the files are 0644, because compose bind-mounts them as
# they are and the containers' users (bot 10001, Prometheus 65534, PostgreSQL 999,
# Grafana 472) must read them.
set -eu

dir="${1:-$(dirname "$0")/secrets}"
mkdir -p "$dir"
chmod 0700 "$dir"

random_hex() {  # 24 random bytes as 48 hex characters: safe inside a URL
  od -An -tx1 -N24 /dev/urandom | tr -d ' \n'
}

put() {  # put NAME VALUE: write the file unless it exists
  if [ -e "$dir/$1" ]; then
    echo "kept     $dir/$1"
  else
    (umask 022 && printf '%s' "$2" > "$dir/$1")
    echo "created  $dir/$1"
  fi
}

if [ -e "$dir/postgres_password" ]; then
  password="$(cat "$dir/postgres_password")"
else
  password="$(random_hex)"
fi
put postgres_password "$password"
# [database] url: the compose service "postgres", user and database of compose.yaml.
put database_url "postgresql://family_emotions:$password@postgres:5432/family_emotions"
put health_token "$(random_hex)"
put grafana_admin_password "$(random_hex)"
put telegram_bot_token ""
put anthropic_api_key ""

if [ ! -s "$dir/telegram_bot_token" ]; then
  echo "now write the bot token into $dir/telegram_bot_token (and the Anthropic key, if any)"
fi
