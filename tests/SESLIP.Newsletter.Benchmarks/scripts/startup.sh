#!/usr/bin/env bash
# Start-up cost and memory of the published site against an empty `dotnet new web` app (docs/performance.md).
# For each app and run: CPU seconds (user + system) and wall seconds from process start to the first 200 of
# `/`, then resident and private memory after 20 more requests. Prints each run and the medians.
#   tests/SESLIP.Newsletter.Benchmarks/scripts/startup.sh [runs]
# Environment:
#   RID=linux-x64          publish for a runtime, as docs/deployment.md does (ReadyToRun); default: portable build
#   SITE_ENV="A=1 B=2"     extra environment for the site only, e.g. SITE_ENV="DOTNET_gcServer=1"
#   WORK=/some/dir         keep the published apps there and start them again on the next call with the same
#                          WORK, instead of publishing (to compare runtime settings without a publish each time)
#   FIRST_START=0          skip the first start on an empty database (migrate + demo import)
#   BASELINE=<git ref>     also publish the site as it was at that commit and restart it, run for run, between
#                          the empty app and the site ("site-baseline"), to compare a change on a shared machine
#   BASELINE_ENV="A=1"     environment for the baseline only; without BASELINE, the baseline is the same site
#                          under this environment, to compare runtime settings run for run
set -euo pipefail
runs="${1:-5}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
if [[ -n "${WORK:-}" ]]; then
    # A kept folder: what is already published there is started again, not published again.
    work="$WORK"; mkdir -p "$work"; rm -f "$work/results"
else
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
fi
ticks="$(getconf CLK_TCK)"

echo "Publishing the site and an empty web app (Release)..."
rid_args=()
if [[ -n "${RID:-}" ]]; then rid_args=(-r "$RID" --self-contained false); fi
if [[ ! -f "$work/site/SESLIP.Newsletter.Web.dll" ]]; then
    dotnet publish "$root/src/SESLIP.Newsletter.Web" -c Release "${rid_args[@]}" -o "$work/site" -nologo -v quiet >/dev/null
fi
if [[ ! -f "$work/empty-out/EmptyWeb.dll" ]]; then
    (cd "$work" && rm -rf empty && dotnet new web -o empty -n EmptyWeb >/dev/null && dotnet publish empty -c Release "${rid_args[@]}" -o "$work/empty-out" -nologo -v quiet >/dev/null)
fi
read -r -a site_env <<<"${SITE_ENV:-}"
read -r -a baseline_env <<<"${BASELINE_ENV:-}"
baseline_dll=""
if [[ -n "${BASELINE:-}" ]]; then
    if [[ ! -f "$work/baseline/SESLIP.Newsletter.Web.dll" ]]; then
        echo "Publishing the site as at $BASELINE..."
        rm -rf "$work/baseline-src" && mkdir -p "$work/baseline-src"
        git -C "$root" archive "$BASELINE" | tar -x -C "$work/baseline-src"
        dotnet publish "$work/baseline-src/src/SESLIP.Newsletter.Web" -c Release "${rid_args[@]}" -o "$work/baseline" -nologo -v quiet >/dev/null
    fi
    baseline_dll="$work/baseline/SESLIP.Newsletter.Web.dll"
elif [[ -n "${BASELINE_ENV:-}" ]]; then
    baseline_dll="$work/site/SESLIP.Newsletter.Web.dll"
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
cpu_seconds() { awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$1/stat"; }
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
# Private pages (the heap, JIT'd code, stacks): what the process really holds; the rest of resident memory is
# shared, file-backed assembly pages.
private_mb() { awk '/^Private_(Clean|Dirty)/ { kb += $2 } END { printf "%.0f", kb / 1024 }' "/proc/$1/smaps_rollup"; }

# run <label> <dll> <database or ""> <pages...>: one start, measured.
run() {
    local label="$1" dll="$2" db="$3"; shift 3
    local extra=()
    if [[ "$label" == site-baseline ]]; then extra=("${baseline_env[@]}")
    elif [[ "$label" == site-* ]]; then extra=("${site_env[@]}"); fi
    local port; port="$(free_port)"
    local start; start="$(date +%s.%N)"
    (cd "$(dirname "$dll")" && ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
        ConnectionStrings__Newsletter="Data Source=$db" Newsletter__LoadDemoContent=true \
        Serilog__MinimumLevel__Default=Warning exec env "${extra[@]}" dotnet "$dll" >"$work/$label.log" 2>&1) &
    local pid=$!
    # The site sits behind a TLS proxy in production: say the request arrived over HTTPS.
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Forwarded-Proto: https' "http://127.0.0.1:$port/")" == 200 ]]; do
        kill -0 "$pid" 2>/dev/null || { cat "$work/$label.log"; exit 1; }
        sleep 0.02
    done
    local wall; wall="$(echo "$(date +%s.%N) - $start" | bc)"
    local cpu; cpu="$(cpu_seconds "$pid")"
    for _ in 1 2 3 4; do
        for page in "$@"; do curl -s -o /dev/null -H 'X-Forwarded-Proto: https' "http://127.0.0.1:$port$page"; done
    done
    local rss; rss="$(rss_mb "$pid")"
    local private; private="$(private_mb "$pid")"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    printf '%-22s cpu %5.2f s  wall %5.2f s  after 20 requests: rss %4d MB, private %4d MB\n' "$label" "$cpu" "$wall" "$rss" "$private"
    echo "$label $cpu $wall $rss $private" >>"$work/results"
}

site_pages=(/ /updates/654 /updates /meetings /publications)
for i in $(seq "$runs"); do
    run "empty-web" "$work/empty-out/EmptyWeb.dll" "" / / / / /
    if [[ "${FIRST_START:-1}" != 0 || ! -f "$work/first.db" ]]; then
        rm -f "$work/first.db"*
        run "site-first-start" "$work/site/SESLIP.Newsletter.Web.dll" "$work/first.db" "${site_pages[@]}"
    fi
    # With a baseline, the two take turns at going first, so neither always meets a warmer machine.
    if [[ -n "$baseline_dll" && $((i % 2)) == 1 ]]; then
        run "site-baseline" "$baseline_dll" "$work/first.db" "${site_pages[@]}"
    fi
    run "site-restart" "$work/site/SESLIP.Newsletter.Web.dll" "$work/first.db" "${site_pages[@]}"
    if [[ -n "$baseline_dll" && $((i % 2)) == 0 ]]; then
        run "site-baseline" "$baseline_dll" "$work/first.db" "${site_pages[@]}"
    fi
done

echo
echo "Medians over $runs runs (load average now: $(cut -d' ' -f1-3 /proc/loadavg)):"
for label in empty-web site-first-start site-baseline site-restart; do
    grep -q "^$label " "$work/results" || continue
    for column in 2 3 4 5; do
        grep "^$label " "$work/results" | awk -v c="$column" '{ print $c }' | sort -n | awk '{ a[NR] = $1 } END { printf "%s ", a[int((NR + 1) / 2)] }'
    done | awk -v l="$label" '{ printf "%-22s cpu %5.2f s  wall %5.2f s  rss %4d MB  private %4d MB\n", l, $1, $2, $3, $4 }'
done
base="$(grep '^empty-web ' "$work/results" | awk '{ print $2 }' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
restart="$(grep '^site-restart ' "$work/results" | awk '{ print $2 }' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
echo "Start-up CPU of a restart against the empty app: $(echo "scale=2; $restart / $base" | bc)x"
if [[ -n "$baseline_dll" ]]; then
    before="$(grep '^site-baseline ' "$work/results" | awk '{ print $2 }' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
    echo "Baseline against the empty app: $(echo "scale=2; $before / $base" | bc)x; restart against the baseline: $(echo "scale=2; $restart / $before" | bc)x"
fi
