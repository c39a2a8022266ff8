#!/usr/bin/env bash
# Runs every benchmark of issues 7, 15 and 17 and writes the whole of docs/PERFORMANCE.md: targets, the pure decision, calls,
# cold start, resync, a hub over members, burst, and the cost model computed from them (not part of the test run; ~17 minutes on 2 cores).
#
#   bash bench/run.sh                 # BenchmarkDotNet (pure decision) + the load/cold-start harness on this tree
#   QUICK=1 bash bench/run.sh         # for CI-sized machines (~5 minutes): short BenchmarkDotNet job, 3 cold starts per
#                                     # build, resync at 1,000 and 2,000 tasks, a hub over 4 members × 250 tasks beside one
#                                     # account × 1,000, a burst of 2,000; the targets set at 10,002 tasks are then judged at
#                                     # 2,002 (said so in the document)
#   BASELINE=<git-ref> bash bench/run.sh
#                                     # also measures that ref's AOT bootstrap (calls, resync, burst) for a before/after
#   REUSE=1 bash bench/run.sh         # the document again from the last run's measurements (bench/results), e.g. after
#                                     # the notes changed; nothing is measured
#   FUNCTION_ENV='K=V;K=V' bash bench/run.sh
#                                     # more variables for every function process (default: the ones template.yaml sets
#                                     # for the runtime, below)
#
# Needs: the .NET SDK (global.json), Node.js >= 20 (dynalite, as for the tests), clang/zlib for the AOT publish.
# Machines are noisy: read ratios and counts; every run notes the machine and the date.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

OUT=bench/.out
RESULTS=bench/results
DOC=docs/PERFORMANCE.md
mkdir -p "$OUT" "$RESULTS"
log() { printf '== bench: %s\n' "$*" >&2; }

if [ -n "${QUICK:-}" ]; then
  BDN_JOB=(--job short); RUNS=3; SIZES=1000,2000; BURST=2000; MEMBER_TASKS=250
  MODE="quick mode (QUICK=1): resync at 1,002 and 2,002 tasks, so targets set at 10,002 tasks are judged at 2,002, and the hub over 4 members × 250 tasks beside 1 × 1,000 — run without QUICK for them"
else
  BDN_JOB=(); RUNS=5; SIZES=1000,10000; BURST=10000; MEMBER_TASKS=2500
  MODE="full mode"
fi
# The runtime setting template.yaml gives every function: DOTNET_GCgen0size from its GcGen0Budget parameter's default.
GEN0=$(sed -n '/^  GcGen0Budget:/,/^  [A-Za-z]/s/^ *Default: *"\{0,1\}\([0-9A-Fa-f]*\)"\{0,1\} *$/\1/p' template.yaml)
FUNCTION_ENV=${FUNCTION_ENV-DOTNET_GCgen0size=$GEN0}

if [ -n "${REUSE:-}" ]; then
  # REUSE=1: the last run's measurements (bench/results) with the notes as they are now; nothing is measured again.
  log "reusing the measurements in $RESULTS"
  # shellcheck disable=SC1091
  . "$RESULTS/run.env"
  BDN_MD=$(ls "$RESULTS"/bdn/results/*-report-github.md)
else
  load_start=$(cut -d' ' -f1-3 /proc/loadavg)
  log "building"
  dotnet build bench/EcsWinReconciler.Benchmarks -c Release -v quiet -nologo >/dev/null
  dotnet build bench/EcsWinReconciler.LoadHarness -c Release -v quiet -nologo >/dev/null
  log "publishing the bootstrap: Native AOT, and a JIT build of the same code"
  dotnet publish src/EcsWinReconciler.Lambda -c Release -r linux-x64 -p:PublishAot=true -o "$OUT/aot" -v quiet -nologo >/dev/null
  dotnet publish src/EcsWinReconciler.Lambda -c Release -p:PublishAot=false -o "$OUT/jit" -v quiet -nologo >/dev/null

  # BenchmarkDotNet builds its own project; on a shared machine that can take more than its 2-minute default.
  log "BenchmarkDotNet: the pure decision"
  rm -rf "$RESULTS/bdn"
  dotnet bench/EcsWinReconciler.Benchmarks/bin/Release/net10.0/EcsWinReconciler.Benchmarks.dll \
    --filter '*' --artifacts "$RESULTS/bdn" --buildTimeout 1200 "${BDN_JOB[@]}" >"$RESULTS/bdn.log" 2>&1 || { tail -n 30 "$RESULTS/bdn.log" >&2; exit 1; }
  BDN_MD=$(ls "$RESULTS"/bdn/results/*-report-github.md)
  BDN_CSV=$(ls "$RESULTS"/bdn/results/*-report.csv)

  HARNESS=bench/EcsWinReconciler.LoadHarness/bin/Release/net10.0/EcsWinReconciler.LoadHarness.dll
  log "load and cold-start harness"
  dotnet "$HARNESS" --aot "$OUT/aot/bootstrap" --jit "$OUT/jit/bootstrap.dll" --out "$RESULTS/harness.md" \
    --targets "$RESULTS/targets.md" --bdn-csv "$BDN_CSV" --runs "$RUNS" --sizes "$SIZES" --member-tasks "$MEMBER_TASKS" --burst-events "$BURST" --function-env "$FUNCTION_ENV" >/dev/null

  BASELINE_MD=""
  if [ -n "${BASELINE:-}" ]; then
    log "baseline: $BASELINE"
    base=$(mktemp -d)
    trap 'git worktree remove --force "$base/src" >/dev/null 2>&1 || true; rm -rf "$base"' EXIT
    git worktree add --detach "$base/src" "$BASELINE" >/dev/null 2>&1
    dotnet publish "$base/src/src/EcsWinReconciler.Lambda" -c Release -r linux-x64 -p:PublishAot=true -o "$base/aot" -v quiet -nologo >/dev/null
    dotnet "$HARNESS" --aot "$base/aot/bootstrap" --out "$RESULTS/baseline.md" --only calls,resync,burst \
      --sizes "$SIZES" --burst-events "$BURST" --function-env "$FUNCTION_ENV" >/dev/null
    BASELINE_MD="$RESULTS/baseline.md"
    BASELINE_REF="$BASELINE ($(git rev-parse --short "$BASELINE"))"
  fi
  stamp=$(date -u +%Y-%m-%d)
  commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo "+changes")
  # The load average is part of the result: wall times on 2 shared cores move with it, call counts do not.
  load="$load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end (1, 5 and 15 minutes)"
  printf 'MODE=%q\nstamp=%q\ncommit=%q\nBASELINE_MD=%q\nBASELINE_REF=%q\nFUNCTION_ENV=%q\nload=%q\n' \
    "$MODE" "$stamp" "$commit" "$BASELINE_MD" "${BASELINE_REF:-}" "$FUNCTION_ENV" "$load" >"$RESULTS/run.env"
fi

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1024 / 1024}' /proc/meminfo)
os="$( . /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
runtime=$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ {print $2}' | sort -V | tail -n 1)

{
  echo "# Performance"
  echo
  echo "Generated by \`bash bench/run.sh\` on $stamp from commit $commit, $MODE. Do not edit the measured"
  echo "sections by hand: rerun the script. The notes at the end (bench/PERFORMANCE.notes.md) say how each number is taken, what"
  echo "changed, and where a target is not met and why."
  echo
  echo "| Machine | |"
  echo "|---|---|"
  echo "| CPU | $cpu ($(nproc) cores available; shared with other work while measuring) |"
  echo "| Memory | $mem |"
  echo "| OS | $os |"
  echo "| .NET | SDK $(dotnet --version), runtime $runtime |"
  echo "| Node.js (dynalite) | $(node --version) |"
  echo "| Function runtime settings | ${FUNCTION_ENV:-(none)} |"
  echo "| Load average while measuring | ${load:-(not recorded)} |"
  echo
  echo "## Targets"
  echo
  cat "$RESULTS/targets.md"
  echo
  echo "## Pure decision (BenchmarkDotNet, \`bench/EcsWinReconciler.Benchmarks\`)"
  echo
  cat "$BDN_MD"
  echo
  echo "## AWS calls, cold start, resync, a hub over members, burst (\`bench/EcsWinReconciler.LoadHarness\`)"
  echo
  sed 's/^### /### /' "$RESULTS/harness.md"
  if [ -n "$BASELINE_MD" ]; then
    echo "## Before: $BASELINE_REF, same harness"
    echo
    cat "$BASELINE_MD"
  fi
  echo
  cat bench/PERFORMANCE.notes.md
} >"$DOC"
log "wrote $DOC"
