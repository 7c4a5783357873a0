#!/usr/bin/env bash
# Installs what lesbar's build and tests need, on Debian: apt packages when
# run as root (otherwise prints the exact command), npm packages from the
# lockfile. Quiet and fast when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  cmake ninja-build g++ pkg-config        # native build
  libicu-dev icu-devtools                 # ICU 72 for native; icupkg for data
  libgtest-dev nlohmann-json3-dev         # GoogleTest, JSON for shared cases
  emscripten                              # wasm toolchain (3.1.6)
  patch xz-utils                          # unpack and patch Debian's ICU source
  chromium                                # browser tests (no downloaded browsers)
  clang-14 libclang-rt-14-dev             # libFuzzer for npm run fuzz
  # Liang patterns: the syllable trainer (de, en-us) and the textstat compat
  # data, which uses every language textstat has patterns for
  hyphen-de hyphen-en-us hyphen-es hyphen-fr hyphen-hu hyphen-it hyphen-nl hyphen-ru
  # npm run eval:langid: translated manual pages and msgunfmt (gettext)
  gettext manpages manpages-cs manpages-da manpages-de manpages-es
  manpages-fi manpages-fr manpages-hu manpages-it manpages-ja manpages-nb
  manpages-nl manpages-pl manpages-pt-br manpages-ro manpages-ru
  manpages-sv manpages-tr manpages-uk manpages-zh
  hunspell-de-de                          # German noun lexicon (scripts/ner/)
)

missing=()
for package in "${APT_PACKAGES[@]}"; do
  status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
  [[ "$status" == *"install ok installed"* ]] || missing+=("$package")
done

need_deb_src=0
# (captured first: grep -q closing the pipe early would fail under pipefail)
icu_sources="$(apt-cache showsrc icu 2>/dev/null || true)"
if ! grep -q '^Version: 72\.1' <<<"$icu_sources"; then
  need_deb_src=1
fi

if ((${#missing[@]} > 0 || need_deb_src)); then
  if [[ $(id -u) -ne 0 || ! -f /etc/debian_version ]]; then
    echo "lesbar setup: missing Debian packages: ${missing[*]:-none}" >&2
    echo "run as root:" >&2
    ((need_deb_src)) && echo "  sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources > /etc/apt/sources.list.d/lesbar-deb-src.sources" >&2
    echo "  apt-get update && apt-get install -y ${missing[*]:-}" >&2
    exit 1
  fi
  if ((need_deb_src)); then
    # ICU for wasm is built from Debian's own source package (apt-get source).
    if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
      sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
        > /etc/apt/sources.list.d/lesbar-deb-src.sources
    else
      grep -h '^deb ' /etc/apt/sources.list 2>/dev/null | sed 's/^deb /deb-src /' \
        > /etc/apt/sources.list.d/lesbar-deb-src.list
    fi
  fi
  echo "lesbar setup: apt-get install ${missing[*]:-} (deb-src: $need_deb_src)" >&2
  apt-get update -qq >&2
  if ((${#missing[@]} > 0)); then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  fi
fi

if [[ ! -d node_modules/playwright-core ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "lesbar setup: npm ci" >&2
  npm ci --no-audit --no-fund >&2
fi
