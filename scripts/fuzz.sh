#!/usr/bin/env bash
# Builds the libFuzzer target with clang-14 under ASan and UBSan and runs it.
#   npm run fuzz -- --seconds N     (default 60)
# Crashing inputs land in tests/fuzz/crashes/; keep each as a regression
# case in tests/fuzz/regressions/ (replayed by npm test).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=60
while (($#)); do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    *) echo "usage: npm run fuzz -- [--seconds N]" >&2; exit 2 ;;
  esac
done
bash scripts/setup.sh
CC=clang-14 CXX=clang++-14 cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DLESBAR_FUZZ=ON > /dev/null
ninja -C build/fuzz lesbar_analyze_fuzzer > /dev/null

corpus=build/fuzz/corpus
mkdir -p "$corpus" tests/fuzz/crashes
# Seeds: the sample article, the golden cases and the shared data, as UTF-16LE
# behind a selector byte (0: auto, 1: de, 2: en, 0x81: en with UD tokens).
node scripts/fuzz-seeds.mjs "$corpus"
./build/fuzz/lesbar_analyze_fuzzer "$corpus" tests/fuzz/regressions \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix=tests/fuzz/crashes/ -print_final_stats=1
