#!/usr/bin/env bash
# Lighthouse mobile performance of the home page and an update page (docs/performance.md, "Lighthouse").
# Starts the site with `dotnet run -c Release` on a fresh database with the demo content, as Production behind
# a TLS proxy (the proxy's X-Forwarded-Proto header is sent with every request), runs Lighthouse's default
# mobile preset (a mid-range phone on slow 4G, simulated) with Debian's Chromium, and prints each score.
#   tests/SESLIP.Newsletter.Benchmarks/scripts/lighthouse.sh [runs] [pages...]
# Lighthouse is installed into LIGHTHOUSE_HOME (default /tmp/lighthouse) when it is not there yet; it needs
# Node 18.16 or later. Reports (JSON) are kept in the folder the script prints; LIGHTHOUSE_FLAGS adds flags to every
# run, e.g. LIGHTHOUSE_FLAGS=--save-assets to keep each run's trace beside its report.
# Each score is printed with its long tasks beyond 50 ms, split into the page's own (parsing, style, layout) and
# those Lighthouse cannot attribute to any URL (docs/performance.md, "Lighthouse").
set -euo pipefail
runs="${1:-3}"; shift || true
pages=("$@")
if [[ ${#pages[@]} -eq 0 ]]; then pages=(/ /updates/654); fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
lighthouse_home="${LIGHTHOUSE_HOME:-/tmp/lighthouse}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
work="$(mktemp -d)"
reports="$work/reports"
mkdir -p "$reports"

if [[ ! -x "$lighthouse_home/node_modules/.bin/lighthouse" ]]; then
    echo "Installing Lighthouse 12 into $lighthouse_home..."
    mkdir -p "$lighthouse_home"
    (cd "$lighthouse_home" && { [[ -f package.json ]] || npm init -y >/dev/null; } &&
        npm install --no-audit --no-fund --silent lighthouse@12.8.2 >/dev/null)
fi

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
echo "Building and starting the site on port $port..."
(cd "$root/src/SESLIP.Newsletter.Web" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
    ConnectionStrings__Newsletter="Data Source=$work/site.db" Newsletter__LoadDemoContent=true \
    Serilog__MinimumLevel__Default=Warning exec setsid dotnet run -c Release --no-launch-profile >"$work/site.log" 2>&1) &
site=$!
# `dotnet run` starts the site as its child, in the process group setsid made: stop the whole group.
trap 'kill -- -"$site" 2>/dev/null; wait "$site" 2>/dev/null; rm -f "$work/site.db"*' EXIT
until [[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Forwarded-Proto: https' "http://127.0.0.1:$port/")" == 200 ]]; do
    kill -0 "$site" 2>/dev/null || { cat "$work/site.log"; exit 1; }
    sleep 0.5
done
# One request per page first, so Lighthouse measures the cached page a reader gets, not the first render.
for page in "${pages[@]}"; do curl -s -o /dev/null -H 'X-Forwarded-Proto: https' "http://127.0.0.1:$port$page"; done

echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for page in "${pages[@]}"; do
    scores=()
    for i in $(seq "$runs"); do
        report="$reports/$(echo "$page" | tr '/' '_')-$i.json"
        "$lighthouse_home/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$page" --quiet \
            --only-categories=performance ${LIGHTHOUSE_FLAGS:-} --output=json --output-path="$report" \
            --extra-headers='{"X-Forwarded-Proto":"https"}' \
            --chrome-flags="--headless=new --no-sandbox" >/dev/null 2>>"$work/lighthouse.log"
        scores+=("$(node -e '
            const r = require(process.argv[1]);
            const a = r.audits, ms = (id) => Math.round(a[id].numericValue);
            const tasks = (a["long-tasks"].details || { items: [] }).items;
            const beyond = (own) => Math.round(tasks.filter(t => t.url.startsWith("http") === own).reduce((s, t) => s + Math.max(0, t.duration - 50), 0));
            console.log(`${Math.round(r.categories.performance.score * 100)} (FCP ${ms("first-contentful-paint")} ms, LCP ${ms("largest-contentful-paint")} ms, TBT ${ms("total-blocking-time")} ms, CLS ${a["cumulative-layout-shift"].numericValue.toFixed(3)}; long tasks beyond 50 ms: page ${beyond(true)} ms, unattributed ${beyond(false)} ms)`);
        ' "$report")")
    done
    for score in "${scores[@]}"; do printf '%-16s performance %s\n' "$page" "$score"; done
done
echo "Reports: $reports"
