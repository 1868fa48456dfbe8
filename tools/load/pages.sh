#!/usr/bin/env bash
# Page load benchmark: 50 concurrent users (wrk connections) on the portrait and rankings pages,
# beside a static page of the same server in the same run. Goal: p95 ≤ 3× the static page's, and
# no errors. Prints figures; asserts nothing. Loopback only.
#
# Usage: tools/load/pages.sh [base-url] [seconds]     (apt-get install -y wrk)
#   base-url defaults to http://127.0.0.1:8080/livinglab (start the app with the Run command)
set -euo pipefail
base=${1:-http://127.0.0.1:8080/livinglab}
seconds=${2:-20}
case "$base" in
  http://127.*|http://localhost*|http://\[::1\]*) ;;
  *) echo "refusing $base: this benchmark only targets loopback" >&2; exit 2 ;;
esac
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 2; }
here=$(dirname "$0")
# Anonymous visitors get public pages from the page cache; "?lang=id" (like a logged-in user)
# bypasses it, so the *-rendered rows show the cost of rendering every time.
declare -A pages=(
  [static]="$base/maintenance.html"
  [portrait]="$base/instansi/32.11"
  [rankings]="$base/benchmark/rankings.xhtml"
  [portrait-rendered]="$base/instansi/32.11?lang=id"
  [rankings-rendered]="$base/benchmark/rankings.xhtml?lang=id"
)
names="static portrait rankings portrait-rendered rankings-rendered"
for name in $names; do
  curl -fsS -o /dev/null "${pages[$name]}"   # warm-up: compile the page once
  wrk -t2 -c50 -d5s -s "$here/p95.lua" "${pages[$name]}" >/dev/null
done
for name in $names; do
  printf '%-18s %s ' "$name" "${pages[$name]}"
  wrk -t2 -c50 -d"${seconds}s" --timeout 10s -s "$here/p95.lua" "${pages[$name]}" | tail -1
done
