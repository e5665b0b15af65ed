#!/usr/bin/env bash
# Checks topolint's reports with the tools their readers use: the SARIF Multitool with GitHub's ingestion
# rules (GH1001-GH1007 raised to errors), markdownlint with its default rules, and Mermaid's grammar.
# Any error or warning fails.
# usage: check-reports.sh DIRECTORY   (every *.sarif and *.md in it; run `npm ci` here first)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
reports="$1"
multitool="$here/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
# npm versions that hold back install scripts leave the binary without its execute bit.
[ -x "$multitool" ] || chmod u+x "$multitool"

shopt -s nullglob
sarif=("$reports"/*.sarif)
markdown=("$reports"/*.md)
if [ ${#sarif[@]} -eq 0 ] || [ ${#markdown[@]} -eq 0 ]; then
  echo "error: no SARIF or Markdown reports in $reports" >&2
  exit 1
fi

log="$(mktemp --suffix=.sarif)"
trap 'rm -f "$log"' EXIT
# The files come first: --rule-kind takes a ';'-separated list and would swallow what follows it.
"$multitool" validate "${sarif[@]}" --config "$here/github-ingestion.xml" --rule-kind "Sarif;Ghas" \
  --output "$log" --log ForceOverwrite --quiet
status=0
node "$here/sarif-verdict.mjs" "$log" || status=1
"$here/node_modules/.bin/markdownlint-cli2" "${markdown[@]}" || status=1
node "$here/mermaid-parse.mjs" "${markdown[@]}" || status=1
echo "checked ${#sarif[@]} SARIF and ${#markdown[@]} Markdown reports"
exit $status
