#!/usr/bin/env bash
# Regenerates docs/mletutor.1, the man page, from the command-line definitions with
# swift-argument-parser's generate-manual plugin. Run it (or `make man`) after changing a
# command, an option or its help; the end-to-end ManualTests fail until the page is regenerated.
set -euo pipefail
cd "$(dirname "$0")/.."
swift package plugin generate-manual --configuration debug \
    --authors "the mletutor authors" --date "$(git log -1 --format=%cs)" >/dev/null
page=".build/plugins/GenerateManual/outputs/mletutor/mletutor.1"
[[ -s "$page" ]] || { echo "generate-manual.sh: the plugin wrote no $page" >&2; exit 1; }
# A blank line in a command's discussion is a paragraph break in mdoc, not an empty input line.
sed 's/^$/.Pp/' "$page" >docs/mletutor.1
echo "wrote docs/mletutor.1"
