#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 under ASan and UBSan and runs
# each for N seconds.
#   npm run fuzz -- [--seconds N] [--target analyze|syllables]
# Crashing inputs land in tests/fuzz/crashes/; keep each as a regression
# case in tests/fuzz/<target>-regressions/ (replayed by npm test).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=60
targets=(analyze syllables)
while (($#)); do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --target) targets=("$2"); shift 2 ;;
    *) echo "usage: npm run fuzz -- [--seconds N] [--target analyze|syllables]" >&2; exit 2 ;;
  esac
done
bash scripts/setup.sh
CC=clang-14 CXX=clang++-14 cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DLESBAR_FUZZ=ON > /dev/null
mkdir -p tests/fuzz/crashes
for target in "${targets[@]}"; do
  ninja -C build/fuzz "lesbar_${target}_fuzzer" > /dev/null
  corpus="build/fuzz/corpus-$target"
  mkdir -p "$corpus"
  # Seeds: real text as UTF-16LE behind a selector byte (language, options).
  node scripts/fuzz-seeds.mjs "$corpus" "$target"
  echo "fuzzing $target for $seconds s" >&2
  "./build/fuzz/lesbar_${target}_fuzzer" "$corpus" "tests/fuzz/$target-regressions" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix=tests/fuzz/crashes/ -print_final_stats=1
done
