#!/usr/bin/env bash
# ewr as a .NET tool, installed by the recipe README.md and docs/CLI.md give (the same block in both, checked here),
# run as written but into a temporary tool path; then run as a user would: --version, lint the seed's task definition
# (exit 1, EWR-TD001 + EWR-TD020), validate a spec (exit 0) and a broken one (exit 2).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { printf 'cli-tool: %s\n' "$*" >&2; exit 1; }

# The fenced bash block right after the "<!-- install -->" marker.
recipe() { awk '/<!-- install -->/{m=1; next} m && /^```bash/{f=1; next} f && /^```/{exit} f' "$1"; }
recipe docs/CLI.md > "$work/recipe.sh"
[ -s "$work/recipe.sh" ] || fail "docs/CLI.md has no install recipe after <!-- install -->"
recipe README.md | cmp -s - "$work/recipe.sh" || fail "README.md and docs/CLI.md give different install recipes"
sed -i "s#~/.ewr#$work/tools#g; s#\$HOME/.ewr#$work/tools#g" "$work/recipe.sh"
printf 'recipe:\n%s\n' "$(cat "$work/recipe.sh")" >&2
bash -euo pipefail "$work/recipe.sh" >&2
ewr="$work/tools/ewr"
[ -x "$ewr" ] || fail "no ewr command after the recipe"

"$ewr" --version >&2

status=0
"$ewr" lint tests/EcsWinReconciler.Core.Tests/Linting/Fixtures/iis-webserver.seed.json > "$work/lint.txt" || status=$?
[ "$status" -eq 1 ] || fail "ewr lint on the seed exited $status, expected 1"
grep -q 'EWR-TD001' "$work/lint.txt" || fail "ewr lint did not report EWR-TD001 (platformVersion)"
grep -q 'EWR-TD020' "$work/lint.txt" || fail "ewr lint did not report EWR-TD020 (the Server Core image)"

cat > "$work/spec.yaml" <<YAML
apiVersion: ecswin.reconciler/v1
kind: TaskNetworkSpec
metadata: { name: iis-webserver }
spec:
  selector: { cluster: win-prod, family: iis-webserver }
  securityGroups: { ids: [sg-0123456789abcdef0] }
YAML
"$ewr" spec validate -f "$work/spec.yaml" >&2 || fail "ewr spec validate rejected a valid spec"

sed -i 's/sg-0123456789abcdef0/sg-12/' "$work/spec.yaml"
status=0
"$ewr" spec validate -f "$work/spec.yaml" 2> "$work/validate.txt" || status=$?
[ "$status" -eq 2 ] || fail "ewr spec validate on a broken spec exited $status, expected 2"
grep -q 'spec.securityGroups.ids\[0\]' "$work/validate.txt" || fail "ewr spec validate did not name the broken path"

echo "cli-tool: ewr packs, installs as a .NET tool and runs" >&2
