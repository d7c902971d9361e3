#!/bin/sh
# /usr/local/bin/family-emotions on a systemd host: runs the installed command line the
# way family-emotions.service runs the bot — as the user family-emotions, with
# /etc/family-emotions/env (DATABASE_URL, the FE_ settings) and /var/lib/family-emotions
# as the working directory — so `family-emotions backup`, `verify-backup FILE`,
# `restore FILE --yes` and `migrate` from the runbooks work as written. Needs root.
#
#   install -m 0755 deploy/systemd/family-emotions-cli.sh /usr/local/bin/family-emotions
#
# `run` is refused: the bot runs as the service (`systemctl start family-emotions`);
# a second poller on the same token would only get 409 Conflict.
set -eu

FE_BIN="${FE_BIN:-/opt/family-emotions/venv/bin/family-emotions}"

case "${1:-}" in
  run)
    echo "family-emotions: the bot runs as a service: systemctl start family-emotions" >&2
    exit 2
    ;;
esac

exec systemd-run --quiet --wait --pipe --collect \
  --uid=family-emotions --gid=family-emotions \
  --property=EnvironmentFile=/etc/family-emotions/env \
  --working-directory=/var/lib/family-emotions \
  "$FE_BIN" "$@"
