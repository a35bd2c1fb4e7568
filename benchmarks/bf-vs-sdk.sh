#!/bin/bash
# HelpdeskBot against the official Bot Framework SDK (JS, botbuilder 4.23.3) on the Bot Framework protocol,
# in one run, with the same driver (the peer's bfdriver.js), a fresh process per level.
# HelpdeskBot runs its Release publish (tiered compilation off, DOTNET_ReadyToRun=0 as deployed) on durable SQLite (a new data directory per level), guard and local
# categoriser on, in emulator mode. Prints one row per bot and level: turns/s, p50/p99, RSS, CPU ms per turn.
#
# Usage: benchmarks/bf-vs-sdk.sh [DURATION_S=15] [WARMUP_S=3] [LEVELS="1 10 50"]
#   PEER=/tmp/peer   a copy of shared/peer with `npm_config_yes=true npm ci` done in peer-bot/
#   REPEAT=1         rounds over both bots (alternating), to see the noise
#   NO_BUILD=1       skip the Release publish (or build, with JIT=1)
#   JIT=1            run the plain `dotnet build` output (tiered JIT) instead of the publish
#   DOTNET_ReadyToRun=1  use the framework's precompiled code (the deployment switches it off; see HelpdeskBot.csproj)
#   BOTS="sdk helpdesk"  which bots to run, in this order at each level
#   DLL=path/HelpdeskBot.dll  run this build of HelpdeskBot instead (e.g. a copy of an earlier publish); implies NO_BUILD
#   SMAPS=dir        save HelpdeskBot's /proc/PID/smaps at ready and after the load there (one pair per level and round),
#                    and print RSS at ready and the resident MiB by mapping (benchmarks/smaps-summary.sh)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
dur=${1:-15}; warm=${2:-3}; levels=${3:-"1 10 50"}
peer=${PEER:-/tmp/peer}
repeat=${REPEAT:-1}
[ -d "$peer/peer-bot/node_modules/botbuilder" ] || { echo "need $peer with peer-bot/node_modules (cp -r shared/peer $peer; cd $peer/peer-bot; npm_config_yes=true npm ci)" >&2; exit 1; }
# The bot runs published for linux-x64, with tiered compilation off and, as deployed, no precompiled code: each method is
# compiled once, fully optimised (see HelpdeskBot.csproj). JIT=1 runs the plain `dotnet build` output instead (tiered).
r2r=${DOTNET_ReadyToRun:-0}
# As deployed (main.bicep): a 4 MiB first-generation budget. DOTNET_GCgen0size=0 runs with the runtime's own.
gen0=${DOTNET_GCgen0size:-0x400000}
if [ -n "${DLL:-}" ]; then
  dll=$(cd "$(dirname "$DLL")" && pwd)/$(basename "$DLL")
elif [ -n "${JIT:-}" ]; then
  [ -n "${NO_BUILD:-}" ] || dotnet build -c Release -v q "$root/src/HelpdeskBot" >/dev/null || exit 1
  dll="$root/src/HelpdeskBot/bin/Release/net10.0/HelpdeskBot.dll"
else
  [ -n "${NO_BUILD:-}" ] || dotnet publish -c Release -r linux-x64 --self-contained false -v q "$root/src/HelpdeskBot" >/dev/null || exit 1
  dll="$root/src/HelpdeskBot/bin/Release/net10.0/linux-x64/publish/HelpdeskBot.dll"
fi
out=$(mktemp -d -t bfvssdk.XXXXXX)
# Every level's data directory is made in here and goes with it, also when the run is cut short: a run at 50
# conversations writes gigabytes of durable conversation log, and leftover ones filled this machine's disk.
trap 'rm -rf "$out"' EXIT

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
wait_ready() { for _ in $(seq 1 600); do curl -sf "$1" >/dev/null && return 0; sleep 0.1; done; return 1; }
# CPU time (user+sys) of a PID in milliseconds, from /proc (clock ticks).
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14+$15)*1000/hz)}' "/proc/$1/stat"; }
rss_mib() { awk '/VmRSS/{printf "%.0f", $2/1024}' "/proc/$1/status"; }
# The bot is a grandchild (started in a process substitution), so `wait` cannot wait for it: poll until it has exited
# (gone, or a zombie waiting for init to reap it), or the next level starts while this one still shuts down on its cores.
exited() { [ ! -d "/proc/$1" ] || [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" = Z ]; }
stop_bot() { kill "$1" 2>/dev/null; for _ in $(seq 1 300); do exited "$1" && return 0; sleep 0.05; done; kill -9 "$1" 2>/dev/null; }

round=1
keep_smaps() { # $1 pid, $2 ready|load, $3 conversations: the mappings and the assemblies mapped, for later reading
  local f="$SMAPS/helpdesk-c$3-r$round-$2"
  mkdir -p "$SMAPS"; cat "/proc/$1/smaps" >"$f.smaps"
  grep -o '[^/ ]*\.dll$' "/proc/$1/maps" | sort -u >"$f.assemblies"
  echo "# $2, $3 conversations, round $round: RSS $(rss_mib "$1") MiB, $(wc -l <"$f.assemblies") assemblies mapped; $f.smaps" >&2
}

start_bot() { # $1 = sdk|helpdesk, $2 = port; echoes pid and ready url
  case $1 in
    sdk) PORT=$2 node "$peer/peer-bot/index.js" >"$out/sdk.log" 2>&1 & echo "$! http://127.0.0.1:$2/healthz" ;;
    helpdesk)
      data=$(mktemp -d "$out/hdb-data.XXXXXX")
      # Run from the output folder: it is the content root, so appsettings.json applies as in a deployment.
      (cd "$(dirname "$dll")" && exec env ASPNETCORE_ENVIRONMENT=Production Urls="http://127.0.0.1:$2" Helpdesk__DataDirectory="$data" \
        Helpdesk__BotFramework__EmulatorMode=true Helpdesk__Storage__Provider=Sqlite DOTNET_ReadyToRun="$r2r" DOTNET_GCgen0size="$gen0" \
        dotnet "$dll" >"$out/helpdesk.log" 2>&1) &
      echo "$! http://127.0.0.1:$2/healthz/ready" ;;
  esac
}

run_level() { # $1 bot, $2 conversations
  local port pid url c0 c1 rss json
  port=$(free_port)
  read -r pid url < <(start_bot "$1" "$port")
  wait_ready "$url" || { echo "$1 did not become ready" >&2; stop_bot "$pid"; return; }
  c0=$(cpu_ms "$pid")
  [ "$1" = helpdesk ] && [ -n "${SMAPS:-}" ] && keep_smaps "$pid" ready "$2"
  json=$(node "$peer/bfdriver.js" --bot "http://127.0.0.1:$port" --conversations "$2" --duration "$dur" --warmup "$warm" --label "$1-c$2" 2>>"$out/driver.err" | tail -1)
  c1=$(cpu_ms "$pid"); rss=$(rss_mib "$pid")
  [ "$1" = helpdesk ] && [ -n "${SMAPS:-}" ] && keep_smaps "$pid" load "$2"
  stop_bot "$pid"
  node -e '
    const r = JSON.parse(process.argv[1]); const [bot, c, cpu, rss, all] = process.argv.slice(2);
    const turns = r.turns + (r.warmupTurns || 0);
    console.log([bot, c, r.turnsPerSecond.toFixed(0), r.p50ms.toFixed(2), r.p99ms.toFixed(2), rss, (cpu / Math.max(1, turns)).toFixed(3), r.errors].join("\t"));
  ' "$json" "$1" "$2" "$((c1 - c0))" "$rss" 2>/dev/null || echo "$1 $2 driver output: $json"
}

echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); duration ${dur}s warmup ${warm}s; commit $(git -C "$root" rev-parse --short HEAD)"
echo "# driver: node bfdriver.js --bot http://127.0.0.1:PORT --conversations C --duration $dur --warmup $warm"
printf "bot\tconvs\tturns/s\tp50ms\tp99ms\trssMiB\tcpuMsPerTurn\terrors\n"
for round in $(seq 1 "$repeat"); do
  for c in $levels; do
    for b in ${BOTS:-sdk helpdesk}; do run_level "$b" "$c"; done
  done
done
rm -rf "$out"
