#!/bin/bash
# Store reads per second on the Cosmos DB emulator with N idle open web chat streams, unlinked (before issue 16:
# each stream re-reads the store every second) and linked (Helpdesk:Instances:LinkUrl: streams wait on signals).
# Usage: benchmarks/idle-streams.sh [CHATS=100] [SECONDS=30]; NO_BUILD=1 skips the Release build.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
[ -n "${NO_BUILD:-}" ] || dotnet build -c Release -v q "$root/src/HelpdeskBot" >/dev/null
dotnet run --file "$root/benchmarks/idle-streams/idle-streams.cs" -- "$root/src/HelpdeskBot/bin/Release/net10.0/HelpdeskBot.dll" "${1:-100}" "${2:-30}"
