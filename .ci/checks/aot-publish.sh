#!/usr/bin/env bash
# CI check: the Lambda publishes as one Native AOT `bootstrap` for provided.al2023 (linux-x64) with no trim/AOT
# warning (the project makes them errors), and the binary needs no glibc symbol newer than Amazon Linux 2023's
# 2.34. Prints the binary's size. linux-arm64 is tried too when a cross linker is installed; its absence is
# reported, not failed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

MAX_GLIBC="2.34"
PROJECT="src/EcsWinReconciler.Lambda/EcsWinReconciler.Lambda.csproj"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

log() { printf '== aot-publish: %s\n' "$*" >&2; }

# Newest GLIBC_x.y a binary's dynamic symbols ask for.
newest_glibc() {
  objdump -T "$1" | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n 1
}

# True when version $1 <= version $2.
version_le() {
  [ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | head -n 1)" = "$1" ]
}

publish() { # rid, extra msbuild args...
  local rid=$1; shift
  dotnet publish "$PROJECT" -c Release -r "$rid" -o "$out/$rid" -p:PublishAot=true "$@" >"$out/$rid.log" 2>&1
}

if ! command -v objdump >/dev/null 2>&1; then
  log "objdump is missing (Debian: binutils)"
  exit 1
fi

log "publishing linux-x64"
if ! publish linux-x64; then
  tail -n 40 "$out/linux-x64.log" >&2
  log "FAILED: dotnet publish -r linux-x64"
  exit 1
fi

binary="$out/linux-x64/bootstrap"
[ -x "$binary" ] || { log "FAILED: no executable bootstrap in the publish output"; exit 1; }
glibc=$(newest_glibc "$binary")
size=$(stat -c %s "$binary")
log "linux-x64 bootstrap: $size bytes ($(( size / 1024 / 1024 )) MiB), newest glibc symbol GLIBC_$glibc"
if ! version_le "$glibc" "$MAX_GLIBC"; then
  objdump -T "$binary" | grep -E "GLIBC_$glibc" >&2 || true
  log "FAILED: bootstrap needs GLIBC_$glibc, Amazon Linux 2023 has $MAX_GLIBC"
  exit 1
fi

# linux-arm64: the ILCompiler packs restore from the feed, but linking needs an aarch64 toolchain and sysroot
# (Debian: gcc-aarch64-linux-gnu, which brings binutils and libc6-dev-arm64-cross).
if command -v aarch64-linux-gnu-gcc >/dev/null 2>&1; then
  log "publishing linux-arm64"
  if publish linux-arm64 -p:CppCompilerAndLinker=aarch64-linux-gnu-gcc -p:ObjCopyName=aarch64-linux-gnu-objcopy; then
    arm="$out/linux-arm64/bootstrap"
    log "linux-arm64 bootstrap: $(stat -c %s "$arm") bytes, newest glibc symbol GLIBC_$(newest_glibc "$arm")"
  else
    tail -n 20 "$out/linux-arm64.log" >&2
    log "linux-arm64 did not publish (reported, not failed: the stack deploys x86_64)"
  fi
else
  log "linux-arm64 skipped: no aarch64 cross linker (apt-get install gcc-aarch64-linux-gnu to try it)"
fi

log "ok"
