#!/usr/bin/env bash
# Trains the name tagger from the corpora in ../shared/data/ner (npm run
# train:ner does this after rebuilding the name lists and the native tools).
# Deterministic: the same data and code give the same model bytes.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 train/ner/corpora.py build/ner > build/ner-corpora.log
dev=()
for f in build/ner/dev-*.txt; do dev+=(--dev "$f"); done
build/native/lesbar_train_ner --train build/ner/train.txt "${dev[@]}" \
  --model core/analyses/entities/data/ner_model.bin \
  --inner-words core/analyses/entities/data/name_inner_words.txt \
  --epochs 6 --seeds 4 --code-bytes 1 --prune-below 1.75 "$@"
