#!/usr/bin/env bash
# Load benchmark of the live-coaching endpoint on SQLite (issue 3).
#
# Starts the release binary (`backwards serve`) on a free loopback port with
# a fresh data directory, creates one realistic idea, then drives the coaching
# endpoint with wrk: first the htmx form route the wizard calls as the user
# types, then its JSON API twin, both sending one fixed answer; then the
# form route again with a different answer in every request.
#
# Why both: the server remembers the coaching of recent answers (keyed by
# the idea's version, the step and the full answer), so the fixed-answer
# runs measure the HTTP path, the draft cache and that memo, not the
# analyzer. The "every answer new" run misses the memo on every request and
# pays the parse of the idea and the analysis of the step being typed
# (analyze::for_step): the cost of real typing.
# Bounded: DURATION seconds per run,
# CONNECTIONS open connections, loopback only. Prints wrk's req/s and its
# latency percentiles (p50/p75/p90/p99).
#
# Usage:  bash scripts/bench-coach.sh            # builds target/release/backwards first
#         BACKWARDS_BIN=path/to/backwards DURATION=10 bash scripts/bench-coach.sh
#         (a build without typst serves the same app: cargo build --release
#          -p backwards-cli --no-default-features)
# Needs:  wrk and curl (apt-get install -y wrk curl).
# Target: >= 5,000 req/s with p99 <= 20 ms on 2 cores.
set -euo pipefail

DURATION="${DURATION:-20}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
root="$(cd "$(dirname "$0")/.." && pwd)"

for tool in wrk curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench-coach: $tool is missing (apt-get install -y $tool)" >&2; exit 2; }
done
if [ -z "${BACKWARDS_BIN:-}" ]; then
  (cd "$root" && cargo build --release -p backwards-cli --bin backwards)
  BACKWARDS_BIN="$root/target/release/backwards"
fi

work="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
"$BACKWARDS_BIN" serve --addr "127.0.0.1:$port" --data-dir "$work/data" 2>"$work/serve.log" &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

for _ in $(seq 1 200); do
  curl -fsS "$base/healthz" >/dev/null 2>&1 && break
  sleep 0.05
done
curl -fsS "$base/healthz" >/dev/null || { echo "bench-coach: the server did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }

# One idea with every step answered: coaching parses the whole file each time.
idea_json='{"title":"Spoke Stop","markdown":"# Spoke Stop\n\nSpoke Stop sends a bike mechanic to office car parks once a week, so commuters get their bikes fixed while they work.\n\n## Customer\n\nBike commuters at the 12 business parks around Cambridge who ride in at least three days a week: about 4,000 people. Not leisure riders.\n\n## Problem\n\nA puncture takes a bike off the road for 5 to 9 days; 7 of the 18 commuters we met drove instead, paying £12 a day to park.\n\n## Solution\n\nA mechanic in a van parks at the office every Tuesday: a same-day repair instead of a week without a bike.\n\n## Evidence\n\nWe interviewed 18 commuters; 15 had waited over five days. In a two-week trial we fixed 31 bikes at £25 on average.\n\n## Experience\n\nAn employee books a slot online, leaves the bike with a tag and pays by card. Launch: April 2027.\n\n## Risks\n\nParks may refuse van access; we start with the park that signed a letter of intent. Revenue: £25 per repair plus £150 a month per park.\n"}'
ws="$(curl -fsS "$base/api/v1/workspaces" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')"
id="$(curl -fsS -H 'content-type: application/json' -d "$idea_json" "$base/api/v1/w/$ws/ideas" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"

# The htmx route needs the CSRF cookie and the same token in its header.
curl -fsS -c "$work/cookies" "$base/healthz" >/dev/null
csrf="$(awk '$6 == "bw_csrf" { print $7 }' "$work/cookies")"
answer="Everyone who commutes by bike to the business parks around Cambridge, about 4,000 people"

cat >"$work/form.lua" <<LUA
wrk.method = "POST"
wrk.body = "answer=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$answer")"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["HX-Request"] = "true"
wrk.headers["X-CSRF-Token"] = "$csrf"
wrk.headers["Cookie"] = "bw_csrf=$csrf"
LUA
# Every request a new answer: a per-thread id and a counter appended to the
# text, so no two requests (across wrk's threads too) send the same answer.
cat >"$work/vary.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["HX-Request"] = "true"
wrk.headers["X-CSRF-Token"] = "$csrf"
wrk.headers["Cookie"] = "bw_csrf=$csrf"
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local n = 0
function request()
  n = n + 1
  local body = "answer=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$answer")+" .. tid .. "x" .. n
  return wrk.format(nil, nil, nil, body)
end
LUA
cat >"$work/api.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"answer": "$answer"}'
wrk.headers["Content-Type"] = "application/json"
LUA

# A quick check that both routes answer 200 before measuring anything.
curl -fsS -o /dev/null -X POST -H "X-CSRF-Token: $csrf" -H "Cookie: bw_csrf=$csrf" \
  --data-urlencode "answer=$answer" "$base/w/$ws/ideas/$id/steps/customer/coach"
curl -fsS -o /dev/null -H 'content-type: application/json' -d "{\"answer\": \"$answer\"}" \
  "$base/api/v1/w/$ws/ideas/$id/steps/customer/coach"

echo "== $(nproc) cores; wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s; binary $BACKWARDS_BIN"
echo "== htmx form route: POST /w/$ws/ideas/$id/steps/customer/coach"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$work/form.lua" "$base/w/$ws/ideas/$id/steps/customer/coach"
echo "== JSON API route: POST /api/v1/w/$ws/ideas/$id/steps/customer/coach"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$work/api.lua" "$base/api/v1/w/$ws/ideas/$id/steps/customer/coach"
echo "== htmx form route, every answer new (the step analyzed per request)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$work/vary.lua" "$base/w/$ws/ideas/$id/steps/customer/coach"
# The Risks step runs the costliest analyzer: the slowest step to coach.
risk_answer="Parks may refuse van access; we start with the park that signed a letter of intent. If fewer than 20 repairs a month by June, we stop"
sed "s|$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$answer")|$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$risk_answer")|" "$work/vary.lua" >"$work/vary-risks.lua"
echo "== htmx form route, Risks step, every answer new"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$work/vary-risks.lua" "$base/w/$ws/ideas/$id/steps/risks/coach"
