#!/usr/bin/env bash
# Builds ICU 72.1 for WebAssembly from Debian's own source package, cached
# outside the clone by version and flags. Prints the cache directory on
# stdout: include/, lib/ and data/full/icudt72l.dat, ICU's whole data file,
# which the lesbar build filters (scripts/filter-icu-data.sh) to the items in
# scripts/icu-data-items.txt.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

ICU_VERSION=72.1
# sha256 of Debian's icu_72.1.orig.tar.gz (identical to upstream icu4c-72_1-src.tgz).
ICU_ORIG_SHA256=a2d2d38217092a7ed56635e34467f92f976b370e20182ad325edea6681a71d68
# Services lesbar does not use; compiling them out keeps the build short
# and the module small (filtered break iteration is "@ss=standard", which
# the sentence splitter does not ask for: 5 KB of code).
UCONFIG_FLAGS="-DUCONFIG_NO_COLLATION=1 -DUCONFIG_NO_FORMATTING=1 -DUCONFIG_NO_LEGACY_CONVERSION=1 -DUCONFIG_NO_REGULAR_EXPRESSIONS=1 -DUCONFIG_NO_SERVICE=1 -DUCONFIG_NO_IDNA=1 -DUCONFIG_NO_FILTERED_BREAK_ITERATION=1 -DUCONFIG_NO_FILE_IO=0"
OPT_FLAGS="${LESBAR_ICU_OPT_FLAGS:--O3}"

# lesbar's own fixes to ICU, applied after Debian's (see each patch's header).
PATCHES=("$here"/icu-wasm/patches/*.patch)
patches_key="$(cat "${PATCHES[@]}" | sha256sum | cut -c1-8)"
key="$(printf '%s|%s|%s|%s|%s|%s' "$ICU_VERSION" "$ICU_ORIG_SHA256" "$UCONFIG_FLAGS" "$OPT_FLAGS" "$patches_key" "$(cat "$here/icu-wasm/CMakeLists.txt")" | sha256sum | cut -c1-12)"
cache_root="${LESBAR_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/lesbar}"
out="$cache_root/icu-$ICU_VERSION-wasm-$key"
if [[ -f "$out/.complete" ]]; then
  echo "$out"
  exit 0
fi

log() { echo "[icu-wasm] $*" >&2; }
mkdir -p "$cache_root"
# One build at a time per cache (parallel npm runs would share directories).
exec 9>"$cache_root/.icu-build.lock"
flock 9
if [[ -f "$out/.complete" ]]; then
  echo "$out"
  exit 0
fi
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
work="$cache_root/icu-$ICU_VERSION-src"
mkdir -p "$work"

orig="$work/icu_${ICU_VERSION}.orig.tar.gz"
if [[ ! -f "$orig" ]] || ! echo "$ICU_ORIG_SHA256  $orig" | sha256sum -c --status; then
  log "fetching Debian's icu source package"
  # bookworm's icu source package is 72.1; the sha256 check below pins it.
  (cd "$work" && apt-get source --download-only icu >&2)
fi
echo "$ICU_ORIG_SHA256  $orig" | sha256sum -c --status || {
  log "sha256 mismatch for $orig"; exit 1; }
log "sha256 verified: $ICU_ORIG_SHA256"

src="$work/icu-$patches_key"
if [[ ! -f "$src/source/common/unicode/uversion.h" ]]; then
  log "unpacking"
  rm -rf "$src" && mkdir -p "$src"
  tar -xzf "$orig" -C "$src" --strip-components=1
  # Debian's patches (security fixes) on top of the pristine upstream tarball.
  debian_tar="$(ls "$work"/icu_${ICU_VERSION}-*.debian.tar.xz | sort -V | tail -1)"
  tar -xJf "$debian_tar" -C "$src"
  if [[ -f "$src/debian/patches/series" ]]; then
    while read -r patch; do
      [[ -z "$patch" || "$patch" == \#* ]] && continue
      (cd "$src" && patch -p1 --quiet --forward < "debian/patches/$patch") >&2 || log "patch $patch not applied"
    done < "$src/debian/patches/series"
  fi
  for patch in "${PATCHES[@]}"; do
    log "applying $(basename "$patch")"
    (cd "$src" && patch -p1 --quiet --forward < "$patch") >&2
  done
fi

build="$work/build-$key"
rm -rf "$build" "$out.tmp"
log "compiling ICU for wasm (a few minutes on 2 cores; cached afterwards)"
build_log="$work/build-$key.log"
log "log: $build_log"
if ! { emcmake cmake -S "$here/icu-wasm" -B "$build" -G Ninja \
         -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="$OPT_FLAGS" \
         -DICU_SOURCE_DIR="$src/source" -DICU_UCONFIG_FLAGS="$UCONFIG_FLAGS" \
         -DCMAKE_INSTALL_PREFIX="$out.tmp" &&
       cmake --build "$build" -j"$(nproc)" &&
       cmake --install "$build"; } > "$build_log" 2>&1; then
  tail -40 "$build_log" >&2
  log "ICU build failed; full log: $build_log"
  exit 1
fi

mkdir -p "$out.tmp/data/full"
cp "$src/source/data/in/icudt72l.dat" "$out.tmp/data/full/icudt72l.dat"
printf 'UCONFIG: %s\nOPT: %s\n' "$UCONFIG_FLAGS" "$OPT_FLAGS" > "$out.tmp/flags.txt"
touch "$out.tmp/.complete"
rm -rf "$out" && mv "$out.tmp" "$out"
rm -rf "$build"
echo "$out"
