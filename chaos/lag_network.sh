#!/usr/bin/env bash
# Lag the network to PostgreSQL and Redis through the fault proxy (chaos/faultproxy): a
# `latency` toxic named lag_network on the replies (downstream) of the `postgres` and
# `redis` proxies, so every reply comes MS ms (± JITTER_MS) late, on connections already
# open too. Run it again to change the lag; chaos/restore_network.sh takes it away.
#
#   chaos/lag_network.sh [MS [JITTER_MS]]        (default: 200 ms, no jitter)
#
# The proxy's API is $TOXIPROXY_URL (default http://127.0.0.1:8474; start it with
# `.venv/bin/python -m chaos.faultproxy --config proxies.json`); the proxies are
# $LAG_PROXIES (default "postgres redis"). Exits 1 with a message when nothing answers
# there or none of those proxies exists; one that is missing is reported and skipped.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/_proxy.sh"

MS="${1:-200}"
JITTER="${2:-0}"
[[ "$MS" =~ ^[0-9]+$ ]] || die "MS must be a whole number of milliseconds, not '$MS'"
[[ "$JITTER" =~ ^[0-9]+$ ]] || die "JITTER_MS must be a whole number of milliseconds, not '$JITTER'"
[ -x "$PY" ] || die "no $PY: run ./scripts/test or ./scripts/run once to set it up"

# route: "LISTEN -> UPSTREAM" of the proxy JSON in $BODY.
route() {
  "$PY" -c 'import json, sys; p = json.load(sys.stdin); print(p["listen"], "->", p["upstream"])' \
    <<< "$BODY"
}

attributes="{\"latency\": $MS, \"jitter\": $JITTER}"
found=0
for name in "${PROXIES[@]}"; do
  api GET "/proxies/$name"
  if [ "$STATUS" = 404 ]; then
    say "no proxy '$name' at $URL: skipped"
    continue
  fi
  [ "$STATUS" = 200 ] || die "GET /proxies/$name answered $STATUS: $BODY"
  found=1
  where="$(route)"
  api GET "/proxies/$name/toxics/lag_network"
  if [ "$STATUS" = 200 ]; then
    verb="changed the lag to"
    api POST "/proxies/$name/toxics/lag_network" "{\"attributes\": $attributes}"
  else
    verb="added a lag of"
    api POST "/proxies/$name/toxics" \
      "{\"name\": \"lag_network\", \"type\": \"latency\", \"stream\": \"downstream\", \"toxicity\": 1.0, \"attributes\": $attributes}"
  fi
  case "$STATUS" in 200|201) ;; *) die "$name: the proxy refused the toxic ($STATUS): $BODY" ;; esac
  say "$name: $verb $MS ms (jitter $JITTER ms) on every reply ($where, latency toxic lag_network, downstream)"
done
[ "$found" -eq 1 ] || die "nothing to act on: no proxy named ${ALL// / or } at $URL"
