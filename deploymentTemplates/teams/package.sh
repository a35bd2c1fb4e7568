#!/usr/bin/env bash
# Builds the Teams app package: manifest.json with the bot's app id filled in, and the two icons, zipped
# flat (as Teams requires) into helpdeskbot-teams.zip. Upload it in Teams (Apps > Manage your apps > Upload
# an app) or in the Teams admin center.
#
#   deploymentTemplates/teams/package.sh <MicrosoftAppId> [website-url] [output.zip]
#
# The website URL is shown as the developer's site, privacy and terms links (https; default: a placeholder).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bot_id="${1:-}"
website="${2:-https://helpdesk.example.com}"
out="${3:-$PWD/helpdeskbot-teams.zip}"

if [[ ! "$bot_id" =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]]; then
  echo "usage: $0 <MicrosoftAppId (a GUID)> [website-url] [output.zip]" >&2
  exit 2
fi
if [[ ! "$website" =~ ^https://[^[:space:]\"\\]+$ ]]; then
  echo "the website URL must be an https URL" >&2
  exit 2
fi
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The values are checked above to hold no sed or JSON metacharacters that matter here (| and " and \).
sed -e "s|\${{BOT_ID}}|$bot_id|g" -e "s|\${{WEBSITE_URL}}|$website|g" "$here/manifest.json" > "$work/manifest.json"
if grep -q '\${{' "$work/manifest.json"; then
  echo "manifest.json still has a placeholder:" >&2
  grep -n '\${{' "$work/manifest.json" >&2
  exit 1
fi
cp "$here/color.png" "$here/outline.png" "$work/"

rm -f "$out"
if command -v zip >/dev/null 2>&1; then
  (cd "$work" && zip -q -X "$out" manifest.json color.png outline.png)
else
  (cd "$work" && python3 -m zipfile -c "$out" manifest.json color.png outline.png)
fi
echo "$out"
