#!/usr/bin/env bash
# CI check: the Lambda publishes as one Native AOT `bootstrap` for provided.al2023 (linux-x64) with no trim/AOT
# warning (the project makes them errors), and the binary needs no glibc symbol newer than Amazon Linux 2023's
# 2.34. Prints the binary's size. EWR_AOT_ARM64=1 also publishes linux-arm64 (reported, never failed).
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

# linux-arm64 (opt-in: EWR_AOT_ARM64=1). The ILCompiler packs for linux-arm64 restore from the feed; linking needs
# clang, aarch64 binutils and an arm64 glibc sysroot. Debian's cross packages are fetched with `apt-get download` and
# unpacked into a temporary folder (nothing is installed). A failure here is reported, not failed: the stack
# deploys x86_64.
arm64() {
  local tc="$out/arm64-tc" clang
  clang=$(command -v clang || ls /usr/bin/clang-[0-9]* 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$clang" ] || { log "linux-arm64 skipped: no clang"; return 0; }
  command -v apt-get >/dev/null 2>&1 || { log "linux-arm64 skipped: no apt-get to fetch the cross toolchain"; return 0; }
  mkdir -p "$tc/debs" "$tc/root" "$tc/bin"
  if ! (cd "$tc/debs" && apt-get download binutils-aarch64-linux-gnu libc6-dev-arm64-cross libc6-arm64-cross \
          linux-libc-dev-arm64-cross libgcc-12-dev-arm64-cross libgcc-s1-arm64-cross >/dev/null 2>&1); then
    log "linux-arm64 skipped: the Debian cross packages could not be downloaded"; return 0
  fi
  for deb in "$tc"/debs/*.deb; do dpkg -x "$deb" "$tc/root"; done
  printf '#!/bin/sh\nexec "%s" --gcc-toolchain="%s/usr" --sysroot="%s" -B"%s/usr/bin" -L"%s/usr/aarch64-linux-gnu/lib" "$@"\n' \
    "$clang" "$tc/root" "$tc/root" "$tc/root" "$tc/root" > "$tc/bin/clang"
  chmod +x "$tc/bin/clang"
  log "publishing linux-arm64"
  if PATH="$tc/bin:$tc/root/usr/bin:$PATH" LD_LIBRARY_PATH="$tc/root/usr/lib/x86_64-linux-gnu" \
       publish linux-arm64 -p:CppCompilerAndLinker=clang -p:ObjCopyName=aarch64-linux-gnu-objcopy; then
    local arm="$out/linux-arm64/bootstrap" glibc
    glibc=$(LD_LIBRARY_PATH="$tc/root/usr/lib/x86_64-linux-gnu" "$tc/root/usr/bin/aarch64-linux-gnu-objdump" -T "$arm" \
      | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n 1)
    log "linux-arm64 bootstrap: $(stat -c %s "$arm") bytes, newest glibc symbol GLIBC_$glibc"
  else
    tail -n 20 "$out/linux-arm64.log" >&2
    log "linux-arm64 did not publish (reported, not failed)"
  fi
}

if [ "${EWR_AOT_ARM64:-0}" = 1 ]; then
  arm64
else
  log "linux-arm64 not tried (set EWR_AOT_ARM64=1 to fetch a cross toolchain and publish it too)"
fi

log "ok"
