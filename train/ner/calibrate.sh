#!/usr/bin/env bash
# Refits the calibration maps of the shipped name model on the dev slices,
# its weights and temperature unchanged (npm run calibrate:ner). Running it
# again on its own output gives the same bytes.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 train/ner/corpora.py build/ner > build/ner-corpora.log
dev=()
for f in build/ner/dev-*.txt; do dev+=(--dev "$f"); done
model=core/analyses/entities/data/ner_model.bin
build/native/lesbar_train_ner --recalibrate "$model" --model "$model" "${dev[@]}"
