#!/usr/bin/env bash
# Points a fork of the kit at its new home: every `ORG/shipshape` (workflows, starters, READMEs, docs, the
# generator's examples and the tests that check them) becomes NEW-OWNER/shipshape, so the fork's own tests pass.
# Usage: scripts/fork.sh NEW-OWNER   (dist/ is left alone: rebundle afterwards with `npm run bundle`)
set -euo pipefail
owner="${1:-}"
if [[ ! "$owner" =~ ^[A-Za-z0-9]([A-Za-z0-9-]{0,37}[A-Za-z0-9])?$ ]]; then
  echo "usage: scripts/fork.sh NEW-OWNER (a GitHub organisation or user name)" >&2
  exit 2
fi
cd "$(git rev-parse --show-toplevel)"
# Test regexes spell it ORG\/shipshape; both spellings are rewritten.
git ls-files -z -- ':!dist' ':!node_modules' ':!package-lock.json' \
  | xargs -0 grep -lZ -e 'ORG/shipshape' -e 'ORG\\/shipshape' \
  | xargs -0 -r sed -i -e "s#ORG/shipshape#${owner}/shipshape#g" -e "s#ORG\\\\/shipshape#${owner}\\\\/shipshape#g"
echo "uses: now point at ${owner}/shipshape; commit, tag v1 and rebundle (npm run bundle)."
