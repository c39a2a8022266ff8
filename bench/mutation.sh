#!/usr/bin/env bash
# Mutation testing of Core with Core.Tests (Stryker.NET, issue 18 item 5). Not part of CI: a full run takes
# ~25 minutes on 2 cores. Prints the mutation score per folder of src/EcsWinReconciler.Core and the survivors.
#
#   bash bench/mutation.sh                          # all of Core
#   bash bench/mutation.sh Planning Networking      # folders (subfolders included)
#   bash bench/mutation.sh Planning/AccessGuard.cs  # one file
#   bash bench/mutation.sh '**/Alert*.cs'           # any Stryker --mutate glob, relative to the Core project
#   CONCURRENCY=1 bash bench/mutation.sh Planning   # test processes at once (default 2)
#
# ConfigureAwait mutants are not run (ignore-methods in bench/mutation/stryker-config.json): Core runs without a
# SynchronizationContext, so ConfigureAwait(false) -> (true) is an equivalent mutant. The summary counts them and
# says what the score would be if they were counted as survivors.
# Needs: the .NET SDK (global.json), `dotnet tool restore` (dotnet-stryker, pinned in .config/dotnet-tools.json), python3.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD

out="$root/bench/results/mutation/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"

# Each argument becomes one --mutate glob: a folder name covers its files and subfolders, anything with a
# '.cs' or a wildcard is taken as a path or glob under the Core project.
mutate=()
for filter in "$@"; do
  case "$filter" in
    *'*'*|*.cs) pattern="$filter" ;;
    *) pattern="${filter%/}/**/*.cs" ;;
  esac
  [[ "$pattern" == '**/'* ]] || pattern="**/$pattern"
  mutate+=(--mutate "$pattern")
done

dotnet tool restore >/dev/null
cd tests/EcsWinReconciler.Core.Tests
dotnet stryker \
  --config-file "$root/bench/mutation/stryker-config.json" \
  --concurrency "${CONCURRENCY:-2}" \
  --output "$out" \
  --skip-version-check \
  "${mutate[@]}" | tee "$out/stryker.log" | grep -E 'INF\] ([0-9]+ +(total )?mutants|Time Elapsed)|ERR\]' || true

report="$out/reports/mutation-report.json"
if [ ! -f "$report" ]; then
  echo "no report at $report; see $out/stryker.log" >&2
  exit 1
fi
echo
echo "mutation score per folder of src/EcsWinReconciler.Core (filter: ${*:-all of Core}; report: ${report#"$root"/})"
python3 "$root/bench/mutation/summarize.py" "$report" | tee "$out/summary.txt"
echo "browse the mutants: ${out#"$root"/}/reports/mutation-report.html"
