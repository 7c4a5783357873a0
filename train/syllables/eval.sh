#!/usr/bin/env bash
# npm run eval:syllables: the counter's accuracy and speed with two tables.
# The held-out tables are trained here without the held-out fifth of the dev
# lists, into the build tree (never committed), so their held-out line is an
# honest one; then the shipped tables, whose held-out words are training
# words. The held-out tables are retrained only when something they are made
# from changed (a stamp of the inputs' hashes beside them).
set -euo pipefail
cd "$(dirname "$0")/../.."
data="${LESBAR_SHARED_DATA:-../shared/data}/syllables"
build=build/native
out="$build/syllables/syllable_tables_held_out.cc"
if [ ! -f "$data/de-marytts-dev.tsv" ] || [ ! -f "$data/en-cmudict-dev.tsv" ]; then
  echo "eval:syllables needs the dev lists in $data (../shared/data)" >&2
  exit 1
fi
node scripts/build.mjs --quiet --native-only
# What the held-out tables depend on: the trainer, the code that computes
# the features (the tool's output), the dev lists and the patterns.
stamp="$(cat train/syllables/train_syllables.py train/syllables/*.h \
  train/syllables/*.cc core/features/syllables/* \
  "$data"/de-marytts-dev.tsv "$data"/en-cmudict-dev.tsv \
  /usr/share/hyphen/hyph_de_DE.dic /usr/share/hyphen/hyph_en_US.dic |
  sha256sum | cut -d' ' -f1)"
if [ ! -f "$out" ] || [ "$(cat "$out.stamp" 2>/dev/null)" != "$stamp" ]; then
  mkdir -p "$build/syllables"
  echo "training the held-out tables into $out (a few minutes)" >&2
  python3 train/syllables/train_syllables.py --exclude-held-out \
    --data-dir="$data" --out="$out" > "$build/syllables/train-held-out.log" 2>&1 ||
    { cat "$build/syllables/train-held-out.log" >&2; exit 1; }
  echo "$stamp" > "$out.stamp"
fi
ninja -C "$build" lesbar_eval_syllables_held_out > /dev/null
"$build/lesbar_eval_syllables_held_out" "$data"
"$build/lesbar_eval_syllables" "$data"
