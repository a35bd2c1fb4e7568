#!/bin/bash
# The first minute (issue 15): a fresh HelpdeskBot process (Release, SQLite, Production settings) under the README's
# paced Direct Line load — 100 users, 500 turns/s in all — for its first 30 s, then 30 s more once warm. One row per
# variant: seconds from start to ready, then turns/s and p50/p99 of each half, and the ratio first/warm p99.
#
# Usage: benchmarks/first-minute.sh [SECONDS=30] [VARIANTS...]
#   a variant is a name: "cold" (no warm-up), "warmup" (Helpdesk:WarmUp:Interviews as configured),
#   "warmup-nopgo" (DOTNET_TieredPGO=0), "cold-notiered" (DOTNET_TieredCompilation=0),
#   "warmup-ws" (workstation non-concurrent GC), "warmup-r2r" and "cold-r2r" (the precompiled code used: no
#   DOTNET_ReadyToRun=0); default: all of them.
#   NO_BUILD=1 skips the Release publish and builds; JIT=1 runs the plain build output instead of the publish.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
secs=${1:-30}; shift 2>/dev/null
variants=${*:-cold warmup warmup-nopgo cold-notiered warmup-ws}
# The bot runs published for linux-x64 (tiered compilation off; see HelpdeskBot.csproj) and, as deployed, without the
# framework's precompiled code (DOTNET_ReadyToRun=0; the -r2r variants use it).
r2r=${DOTNET_ReadyToRun:-0}
# As deployed (main.bicep): a 4 MiB first-generation budget. DOTNET_GCgen0size=0 runs with the runtime's own.
gen0=${DOTNET_GCgen0size:-0x400000}
# JIT=1 runs the plain `dotnet build` output instead (tiered JIT), as before.
if [ -z "${NO_BUILD:-}" ]; then
  if [ -n "${JIT:-}" ]; then dotnet build -c Release -v q "$root/src/HelpdeskBot" >/dev/null || exit 1
  else dotnet publish -c Release -r linux-x64 --self-contained false -v q "$root/src/HelpdeskBot" >/dev/null || exit 1; fi
  dotnet build -c Release -v q "$root/tools/HelpdeskBot.LoadDriver" >/dev/null || exit 1
fi
bin="$root/src/HelpdeskBot/bin/Release/net10.0"
[ -n "${JIT:-}" ] || bin="$root/src/HelpdeskBot/bin/Release/net10.0/linux-x64/publish"
driver="$root/tools/HelpdeskBot.LoadDriver/bin/Release/net10.0/HelpdeskBot.LoadDriver.dll"
port=${PORT:-5141}

variant_env() {
  case $1 in
    cold) echo "Helpdesk__WarmUp__Interviews=0" ;;
    warmup) echo "" ;;
    warmup-nopgo) echo "DOTNET_TieredPGO=0" ;;
    cold-notiered) echo "Helpdesk__WarmUp__Interviews=0 DOTNET_TieredCompilation=0" ;;
    warmup-ws) echo "DOTNET_gcServer=0 DOTNET_gcConcurrent=0" ;;
    warmup-r2r) echo "DOTNET_ReadyToRun=1" ;;
    cold-r2r) echo "Helpdesk__WarmUp__Interviews=0 DOTNET_ReadyToRun=1" ;;
    *) echo "unknown variant $1" >&2; return 1 ;;
  esac
}

summary() { # driver output -> "turns/s p50 p99"
  awk '/turns\/s$/{t=$3} /turn latency/{p50=$5; p99=$9} /^errors/{e=$2} END{printf "%s\t%s\t%s\t%s", t, p50, p99, e}' "$1"
}

echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); commit $(git -C "$root" rev-parse --short HEAD); ${secs}s per half"
echo "# load: dotnet $driver --url http://127.0.0.1:$port --users 100 --seconds $secs --rate 500"
printf "variant\treadyS\tfirst:turns/s\tp50\tp99\terrors\twarm:turns/s\tp50\tp99\terrors\tp99 first/warm\trssMiB\n"
for v in $variants; do
  extra=$(variant_env "$v") || continue
  data=$(mktemp -d -t hdb-first.XXXXXX); log=$(mktemp -t hdb-first.XXXXXX.log)
  start=$(date +%s.%N)
  (cd "$bin" && exec env ASPNETCORE_ENVIRONMENT=Production Urls="http://127.0.0.1:$port" Helpdesk__DataDirectory="$data" \
    Helpdesk__DirectLine__RateLimit__MessagesPerMinute=10000000 Helpdesk__DirectLine__RateLimit__StartsPerMinute=100000 \
    DOTNET_ReadyToRun="$r2r" DOTNET_GCgen0size="$gen0" $extra dotnet HelpdeskBot.dll >"$log" 2>&1) &
  pid=$!
  for _ in $(seq 1 1800); do curl -sf "http://127.0.0.1:$port/healthz/ready" >/dev/null && break; sleep 0.1; done
  ready=$(echo "$(date +%s.%N) - $start" | bc)
  dotnet "$driver" --url "http://127.0.0.1:$port" --users 100 --seconds "$secs" --rate 500 >"$log.first" 2>&1
  dotnet "$driver" --url "http://127.0.0.1:$port" --users 100 --seconds "$secs" --rate 500 >"$log.warm" 2>&1
  rss=$(awk '/VmRSS/{printf "%.0f", $2/1024}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null
  first=$(summary "$log.first"); warm=$(summary "$log.warm")
  ratio=$(awk -v a="$(echo "$first" | cut -f3)" -v b="$(echo "$warm" | cut -f3)" 'BEGIN{if (b>0) printf "%.1f", a/b; else print "-"}')
  printf "%s\t%.1f\t%s\t%s\t%s\t%s\n" "$v" "$ready" "$first" "$warm" "$ratio" "$rss"
  rm -rf "$data" "$log" "$log.first" "$log.warm"
done
