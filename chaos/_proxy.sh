# Shared by chaos/lag_network.sh and chaos/restore_network.sh: sourced after _common.sh.
# Sets URL (the fault proxy's API, $TOXIPROXY_URL), PROXIES and ALL (the proxies to act
# on, $LAG_PROXIES) and defines api().

URL="${TOXIPROXY_URL:-http://127.0.0.1:8474}"
URL="${URL%/}"
read -r -a PROXIES <<< "${LAG_PROXIES:-postgres redis}"
ALL="${PROXIES[*]}"

# api METHOD PATH [JSON]: sets STATUS and BODY; dies when nothing answers at $URL.
api() {
  local args=(-sS --max-time 10 -X "$1" -w '\n%{http_code}' "$URL$2") out
  [ "$#" -lt 3 ] || args+=(-H 'Content-Type: application/json' --data-raw "$3")
  if ! out="$(curl "${args[@]}" 2>&1)"; then
    out="$(grep -m 1 -o 'curl: .*' <<< "$out" || true)"
    die "nothing to act on: no fault proxy answers at $URL (${out#curl: }); start one with .venv/bin/python -m chaos.faultproxy"
  fi
  STATUS="${out##*$'\n'}"
  BODY="${out%$'\n'*}"
}
