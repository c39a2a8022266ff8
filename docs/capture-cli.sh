#!/usr/bin/env bash
# Prints the transcript shown in docs/CLI.md under "From nothing to a local stack": `ewr demo --keep-running`, the
# export lines it prints (pasted), then `ewr status`, `ewr alerts`, `ewr spec list` and `aws ecs list-clusters`.
# Every command runs in a pseudo-terminal (util-linux `script`) sized by `stty cols`, 100 columns by default, because
# ewr fits its tables to a terminal only (piped, rows stay whole on one line) and measures it as it would a user's. NO_COLOR=1 keeps the text plain for Markdown;
# AWS_PAGER= stops the AWS CLI from paging. The demo is stopped as a user stops it, with Ctrl+C.
#
# Needs: ewr on PATH (the install recipe in docs/CLI.md) or EWR=/path/to/ewr; `npm ci` done at the root of the clone
# (dynalite serves DynamoDB); Debian's AWS CLI v2 at /usr/bin/aws (apt-get install awscli) or AWS=/path/to/aws.
# Usage: bash docs/capture-cli.sh [COLUMNS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

columns=${1:-100}
unset COLUMNS  # ewr would take it over the terminal's own size
ewr=${EWR:-$(command -v ewr || true)}
aws=${AWS:-/usr/bin/aws}
fail() { printf 'capture-cli: %s\n' "$*" >&2; exit 1; }
[ -x "$ewr" ] || fail "no ewr: install it with the recipe in docs/CLI.md, or set EWR=/path/to/ewr"
"$aws" --version 2>&1 | grep -q '^aws-cli/2' || fail "$aws is not the AWS CLI v2 (Debian: apt-get install awscli), or set AWS="
command -v script >/dev/null || fail "no 'script' (util-linux) to give the commands a terminal"

work=$(mktemp -d)
demo=
cleanup() {
  # Ctrl+C failed or the script stopped early: end the demo we started, by its id.
  if [ -n "$demo" ] && kill -0 "$demo" 2>/dev/null; then kill "$demo" 2>/dev/null || true; wait "$demo" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
export NO_COLOR=1 AWS_PAGER=

# The terminal's text without carriage returns and the cursor-mode escapes .NET's console writes on start.
plain() { tr -d '\r' | sed -E 's/\x1b\[[0-9;?]*[a-zA-Z]//g; s/\x1b[=>]//g'; }

# Runs a command line in a terminal that many columns wide; prints it as typed ($ ...), then its output and exit code.
run() {
  local shown=$1 actual=$2 status=0
  printf '$ %s\n' "$shown"
  script -qec "stty cols $columns rows 50; $actual" /dev/null > "$work/out" 2>&1 || status=$?
  plain < "$work/out"
  [ "$status" -eq 0 ] || printf '(exit %s)\n' "$status"
  printf '\n'
  return "$status"
}

# The demo, in its own terminal whose keyboard is a pipe: writing \003 to it is pressing Ctrl+C.
# set -m: a script's background job would otherwise start with SIGINT ignored, and Ctrl+C would do nothing.
mkfifo "$work/keys"
set -m
script -qfec "stty cols $columns rows 50; exec '$ewr' demo --keep-running" /dev/null < "$work/keys" > "$work/demo" 2>&1 &
demo=$!
set +m
exec 3> "$work/keys"
for _ in $(seq 1 120); do
  grep -q '/_sandbox/state' "$work/demo" 2>/dev/null && break
  kill -0 "$demo" 2>/dev/null || { plain < "$work/demo" >&2; fail "the demo stopped before it was ready"; }
  sleep 1
done
grep -q '/_sandbox/state' "$work/demo" || fail "the demo was not ready after 120 s"

# The transcript: the demo's first lines and its last section; the narration between is README.md's demo.
printf '$ ewr demo --keep-running\n'
plain < "$work/demo" | sed -n '/^== EcsWinReconciler demo/,/^Specs applied/p' | sed '$d'
printf '[… the demo'"'"'s narration (dry run, remediation, alerts), as in README.md …]\n'
plain < "$work/demo" | sed -n '/^Done in /,$p'
printf '\n'

# Paste the exports, as the demo says.
exports=$(plain < "$work/demo" | grep '^export ')
printf '%s\n' "$exports" | sed 's/^/$ /'
eval "$exports"
printf '\n'

run "ewr status" "'$ewr' status"
run "ewr alerts" "'$ewr' alerts"
run "ewr spec list" "'$ewr' spec list"
# AWS CLI 2.9 (Debian's) ignores AWS_ENDPOINT_URL, hence --endpoint-url.
run 'aws --endpoint-url "$AWS_ENDPOINT_URL" ecs list-clusters' "'$aws' --endpoint-url '$AWS_ENDPOINT_URL' ecs list-clusters"

printf '\003' >&3
for _ in $(seq 1 30); do kill -0 "$demo" 2>/dev/null || break; sleep 1; done
kill -0 "$demo" 2>/dev/null && fail "the demo did not stop on Ctrl+C within 30 s"
wait "$demo" || true
demo=
printf '[Ctrl+C in the demo'"'"'s terminal]\n'
plain < "$work/demo" | tail -n 1
