#!/usr/bin/env bash
# Runs every test of HelpdeskBot, first installing what the tests need and this machine lacks:
#   - a Chromium for the browser tests (Debian's chromium, with apt-get, unless one is found),
#   - zip, for the Teams app package test (only where neither zip nor python3 is there),
#   - the Azure emulators the storage tests start (npm ci in tests/emulators, unless up to date).
# It needs the .NET 10 SDK and Node.js with npm beforehand. Anything after the script's name goes to
# dotnet test:  ./test.sh --filter "FullyQualifiedName~Safety"
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { printf 'test.sh: %s\n' "$*"; }
fail() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

# What this script does not install: the toolchains themselves.
command -v dotnet >/dev/null 2>&1 || fail "the .NET 10 SDK is needed (dotnet is not on the PATH): install it, then run ./test.sh again."
dotnet --list-sdks 2>/dev/null | grep -q '^10\.' || fail "the .NET 10 SDK is needed; this machine has: $(dotnet --list-sdks | cut -d' ' -f1 | tr '\n' ' ')"
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 ||
  fail "Node.js with npm is needed (the build takes Web Chat from the npm registry; the tests run the Azure emulators on Node): install it, then run ./test.sh again."

# The browser the tests will use, found as tests/HelpdeskBot.E2E/Browser.cs finds it.
chromium_names=(chromium chromium-browser google-chrome google-chrome-stable chrome)
find_chromium() {
  if [ -n "${HELPDESK_CHROMIUM:-}" ]; then
    [ -x "$HELPDESK_CHROMIUM" ] || fail "HELPDESK_CHROMIUM is '$HELPDESK_CHROMIUM', which is not an executable file: fix it or unset it."
    printf '%s' "$HELPDESK_CHROMIUM"
    return
  fi
  local name
  for name in "${chromium_names[@]}"; do
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  done
}

installed=no
packages=()
reasons=()
chromium="$(find_chromium)"
if [ -z "$chromium" ]; then
  packages+=(chromium)
  reasons+=("chromium: the browser tests drive the real Web Chat in it, and none of ${chromium_names[*]} is on the PATH (nor HELPDESK_CHROMIUM set)")
fi
if ! command -v zip >/dev/null 2>&1 && ! command -v python3 >/dev/null 2>&1; then
  packages+=(zip)
  reasons+=("zip: the Teams app package test runs deploymentTemplates/teams/package.sh, which zips with zip or python3, and neither is here")
fi

if [ ${#packages[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    printf 'test.sh: the tests need what this machine lacks, and it has no apt-get to install it with:\n' >&2
    printf '  - %s\n' "${reasons[@]}" >&2
    fail "install those with your system's package manager (Chromium or Google Chrome on the PATH, or HELPDESK_CHROMIUM set to it), then run ./test.sh again."
  fi
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || fail "installing ${packages[*]} needs root, and sudo is not here: run 'apt-get install -y ${packages[*]}' as root, then ./test.sh again."
    as_root=(sudo)
  fi
  say "installing ${packages[*]} with apt-get${as_root:+ (through sudo)}:"
  printf '  - %s\n' "${reasons[@]}"
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
  installed=yes
  chromium="$(find_chromium)"
  [ -n "$chromium" ] || fail "apt-get installed chromium, yet none of ${chromium_names[*]} is on the PATH."
fi
say "browser: $chromium"

# Cosmos DB and Blob storage stand-ins (@vercel/cosmosdb-server, Azurite), pinned in the lock file. npm
# leaves node_modules/.package-lock.json behind; older than the lock file means the lock file changed.
# (Building HelpdeskBot.Emulators makes the same check, so this only says it out loud first.)
emulators=tests/emulators
if [ "$emulators/node_modules/.package-lock.json" -nt "$emulators/package-lock.json" ]; then
  say "emulators: up to date in $emulators/node_modules"
else
  say "installing the Azure emulators with npm ci in $emulators: the storage tests start Cosmos DB and Blob storage stand-ins from there"
  (cd "$emulators" && npm ci --no-audit --no-fund --loglevel=error)
  touch "$emulators/node_modules/.package-lock.json"
  installed=yes
fi
[ "$installed" = yes ] || say "nothing to install"

# Every test. dotnet test prints one summary per test project; the last line adds them up.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
dotnet test HelpdeskBot.sln "$@" 2>&1 | tee "$log"
code=${PIPESTATUS[0]}
set -e
awk '/(Passed|Failed)!  *- *Failed: / {
       for (i = 1; i <= NF; i++) { k = $i; v = $(i + 1) + 0
         if (k == "Failed:") f += v; else if (k == "Passed:") p += v; else if (k == "Skipped:") s += v }
       n++ }
     END { if (n) printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$code"
