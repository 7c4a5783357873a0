#!/usr/bin/env bash
# Where analyze() spends its time inside the wasm core, by function.
#
#   bash bench/profile/profile-wasm.sh [de|en] [full|seg]
#
# Relinks build/wasm's objects (run `node scripts/build.mjs --wasm-only`
# first) with function names kept and without wasm-opt's cross-function
# inlining (-O1 at link time; the objects stay -O3), into
# build/wasm-profile/, then runs analyze() on the shared benchmark corpus
# under `node --cpu-prof` and prints self and inclusive shares.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
language="${1:-de}"
mode="${2:-full}"
out="$root/build/wasm-profile"
link_command="$(cd "$root/build/wasm" && ninja -t commands lesbar_wasm | tail -1)"
# The link line as CMake wrote it, with names kept and the output moved.
link_command="${link_command//-O3 /-O1 --profiling-funcs }"
link_command="${link_command//-o lesbar-core.mjs/-o $out/dist/lesbar-core.mjs}"
mkdir -p "$out/dist"
rm -rf "$out/js" && cp -r "$root/js" "$out/js"
cp "$root/package.json" "$out/"
# The contract and the entity data as the regular build wrote them.
cp "$root"/dist/lesbar-contract.* "$root"/dist/lesbar-entities.* "$out/dist/"
(cd "$root/build/wasm" && NODE_PATH="${NODE_PATH:-/usr/share/nodejs}" bash -c "$link_command")
rm -rf "$out/cpuprof"
node --cpu-prof --cpu-prof-dir="$out/cpuprof" "$root/bench/profile/run-analyze.mjs" \
  "$out/js/index.js" "$language" "$mode"
node "$root/bench/profile/summarize-cpuprofile.mjs" "$out/cpuprof"
