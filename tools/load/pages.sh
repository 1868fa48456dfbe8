#!/usr/bin/env bash
# Page load benchmark: 50 concurrent users (wrk connections) on the portrait and rankings pages,
# anonymous and logged in, beside a static page of the same server in the same run. Goal: p95 ≤ 3×
# the static page's, and no errors. Prints figures; asserts nothing. Loopback only.
#
# Usage: tools/load/pages.sh [base-url] [seconds]     (apt-get install -y wrk)
#   base-url defaults to http://127.0.0.1:8080/livinglab (start the app with the Run command)
#   LL_USERS: the demo users who log in (password LL_PASSWORD, default demo), each with
#   LL_SESSIONS_EACH sessions (default 10): the *-login and *-render rows send these in turn.
set -euo pipefail
base=${1:-http://127.0.0.1:8080/livinglab}
seconds=${2:-20}
users=${LL_USERS:-pimpinan.sumedang operator.sumedang koordinator.sumedang operator.garut asesor1}
password=${LL_PASSWORD:-demo}
each=${LL_SESSIONS_EACH:-10}
case "$base" in
  http://127.*|http://localhost*|http://\[::1\]*) ;;
  *) echo "refusing $base: this benchmark only targets loopback" >&2; exit 2 ;;
esac
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 2; }
here=$(dirname "$0")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Logs in through the page form (as a browser does) and prints the session id.
login() {
  local jar="$work/jar" state
  rm -f "$jar"
  state=$(curl -fsS -c "$jar" -b "$jar" "$base/login.xhtml" \
    | sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
  curl -fsS -o /dev/null -c "$jar" -b "$jar" \
    --data-urlencode login=login --data-urlencode "login:username=$1" \
    --data-urlencode "login:password=$password" --data-urlencode login:submit= \
    --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml"
  awk '$6 == "JSESSIONID" { print $7 }' "$jar"
}
for user in $users; do
  for _ in $(seq "$each"); do
    session=$(login "$user")
    # A session that does not show the user's name on the portrait is no logged-in session.
    curl -fsS -H "Cookie: JSESSIONID=$session" "$base/instansi/32.11" | grep -c 'id="ll-user-name"' >/dev/null \
      || { echo "login as $user failed" >&2; exit 1; }
    echo "$session" >> "$work/sessions"
  done
done

declare -A pages=(
  [static]="$base/maintenance.html"
  [portrait]="$base/instansi/32.11"
  [rankings]="$base/benchmark/rankings.xhtml"
  [portrait-login]="$base/instansi/32.11"
  [rankings-login]="$base/benchmark/rankings.xhtml"
  [portrait-render]="$base/instansi/32.11?lang=id"
  [rankings-render]="$base/benchmark/rankings.xhtml?lang=id"
)
# *-render: logged in, but "?lang=" (a language chosen) passes the page cache, so these rows show
# what a page costs when it must be rendered (a user's first visit, or the first after an import).
names="static portrait rankings portrait-login rankings-login portrait-render rankings-render"
run() {   # name, wrk arguments...
  local name=$1
  shift
  case "$name" in
    *-login|*-render) wrk "$@" -s "$here/sessions.lua" "${pages[$name]}" -- "$work/sessions" ;;
    *) wrk "$@" -s "$here/p95.lua" "${pages[$name]}" ;;
  esac
}
for name in $names; do
  curl -fsS -o /dev/null "${pages[$name]}"   # warm-up: compile the page once
  run "$name" -t2 -c50 -d5s >/dev/null
done
for name in $names; do
  printf '%-16s %s ' "$name" "${pages[$name]}"
  run "$name" -t2 -c50 -d"${seconds}s" --timeout 10s | tail -1
done
