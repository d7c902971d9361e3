#!/usr/bin/env bash
# Give PostgreSQL and Redis their network back: remove every toxic of the `postgres` and
# `redis` proxies of the fault proxy (chaos/faultproxy), chaos/lag_network.sh's lag
# included, and enable a proxy that was disabled. Bytes held by a toxic flow on; a
# `timeout` toxic's connections are closed, as Toxiproxy does.
#
#   chaos/restore_network.sh
#
# The proxy's API is $TOXIPROXY_URL (default http://127.0.0.1:8474); the proxies are
# $LAG_PROXIES (default "postgres redis"). Exits 1 with a message when nothing answers
# there, none of those proxies exists, or they have no toxic and are enabled (nothing to
# restore).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/_proxy.sh"

[ "$#" -eq 0 ] || die "no arguments expected (the proxies come from \$LAG_PROXIES)"
[ -x "$PY" ] || die "no $PY: run ./scripts/test or ./scripts/run once to set it up"

# toxics: one line per toxic of the proxy JSON in $BODY: NAME<TAB>what it is.
toxics() {
  "$PY" -c '
import json, sys
for t in json.load(sys.stdin)["toxics"]:
    attrs = " ".join("%s=%s" % kv for kv in t["attributes"].items()) or "no attributes"
    print(t["name"], "%s on %s, %s" % (t["type"], t["stream"], attrs), sep="\t")
' <<< "$BODY"
}

enabled() {
  "$PY" -c 'import json, sys; sys.exit(0 if json.load(sys.stdin)["enabled"] else 1)' <<< "$BODY"
}

found=0
acted=0
for name in "${PROXIES[@]}"; do
  api GET "/proxies/$name"
  if [ "$STATUS" = 404 ]; then
    say "no proxy '$name' at $URL: skipped"
    continue
  fi
  [ "$STATUS" = 200 ] || die "GET /proxies/$name answered $STATUS: $BODY"
  found=1
  was_enabled=1
  enabled || was_enabled=0
  listing="$(toxics)"
  while IFS=$'\t' read -r toxic what; do
    [ -n "$toxic" ] || continue
    api DELETE "/proxies/$name/toxics/$toxic"
    case "$STATUS" in
      204) say "$name: removed toxic $toxic ($what)"; acted=1 ;;
      404) ;;  # removed meanwhile
      *) die "$name: could not remove toxic $toxic ($STATUS): $BODY" ;;
    esac
  done <<< "$listing"
  if [ "$was_enabled" -eq 0 ]; then
    api POST "/proxies/$name" '{"enabled": true}'
    [ "$STATUS" = 200 ] || die "$name: could not enable it ($STATUS): $BODY"
    say "$name: enabled again (it was disabled)"
    acted=1
  fi
done
[ "$found" -eq 1 ] || die "nothing to act on: no proxy named ${ALL// / or } at $URL"
[ "$acted" -eq 1 ] || die "nothing to act on: ${ALL// / and } have no toxic and are enabled"
