#!/usr/bin/env python3
"""Trains lesbar's syllable-count perceptron and writes the C++ tables.

Model: a word is split into vowel groups, and a hashed multiclass perceptron
per language predicts whether each group is silent (0), one syllable or a
hiatus of two, from the bucket ids of the counter's feature templates (see
core/features/syllables/syllable_counter.h).

This script only learns. The token policy, the features, their hash, the
symbol table and the coding of the Liang patterns all come from the
counter's own code through the native tool lesbar_syllable_features
(syllable_features_tool.cc here), so training and run time cannot disagree.

The dictionaries only give a count per word, not per group, so the per-group
labels are latent: on a mistake the perceptron is updated towards the
best-scoring labelling whose sum equals the dictionary count (Viterbi over
groups; a weak hand prior, whose cases the tool marks per group, breaks
ties).

Standard library only. See README.md in this folder for the rebuild command.
"""

import argparse
import os
import random
import subprocess
import sys

NUM_LABELS = 3  # a vowel group is silent, one syllable or a hiatus of two
MASK32 = 0xFFFFFFFF

# Hand prior scores (silent, one, hiatus) per hint of the tool (PriorHint in
# syllable_training_data.h): a likely silent English final "e", a group of
# two or more different vowels, any other group.
PRIOR_SCORES = {0: [0.5, 0.0, -2.0], 1: [-2.0, 0.0, -0.5],
                2: [-2.0, 0.0, -1.5]}


def run_tool(command, stdin=""):
    """Output lines of the feature tool; exits with its message on failure."""
    try:
        result = subprocess.run(command, input=stdin, capture_output=True,
                                text=True, encoding="utf-8")
    except FileNotFoundError:
        sys.exit(f"{command[0]} not found: build it with "
                 "`node scripts/build.mjs --native-only`")
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed: {result.stderr.strip()}")
    return result.stdout.split("\n")[:-1]


def describe_counter(tool, pattern_paths):
    """What the tables must match: template rows, feature count, hash bits,
    the symbol table and the coded patterns (from the tool)."""
    counter = {"patterns": {}, "pattern_sources": {}}
    for line in run_tool([tool, "model"]):
        key, _, value = line.partition(" ")
        if key == "templates":
            counter["templates"] = [tuple(int(f) for f in t.split(","))
                                    for t in value.split(" ")]
        else:
            counter[key] = int(value)
    counter["symbols"] = [int(v) for v in run_tool([tool, "symbols"])]
    for lang, path in pattern_paths.items():
        if path:
            counter["patterns"][lang] = run_tool([tool, "patterns", path])
            counter["pattern_sources"][lang] = os.path.basename(path)
    return counter


def viterbi(scores, targets):
    """Best labelling whose sum is one of targets; None if impossible."""
    best = {0: (0.0, ())}
    for sc in scores:
        nxt = {}
        for s, (v, labels) in best.items():
            for l in range(NUM_LABELS):
                cand = v + sc[l]
                t = s + l
                if t not in nxt or cand > nxt[t][0]:
                    nxt[t] = (cand, labels + (l,))
        best = nxt
    options = [best[t] for t in targets if t in best]
    if not options:
        return None
    return max(options)[1]


def argmax_label(sc):
    best = 1
    if sc[0] > sc[best]:
        best = 0
    if sc[2] > sc[best]:
        best = 2
    return best


def train(items, lang, params, hash_bits, log=sys.stderr):
    """Latent averaged perceptron: the per-group labels of a word are the
    best-scoring labelling that sums to the dictionary count."""
    size = 1 << hash_bits
    weights = [[0.0] * NUM_LABELS for _ in range(size)]
    totals = [[0.0] * NUM_LABELS for _ in range(size)]  # for averaging
    data = []
    for word, counts, fixed, has_letter, groups in items:
        if not groups:
            continue
        targets = [c - fixed for c in counts if c - fixed >= 0]
        ids = [group_ids for _, group_ids in groups]
        priors = [PRIOR_SCORES[hint] for hint, _ in groups]
        data.append((targets, ids, priors))
    rng = random.Random(params.seed)
    step = 1
    for epoch in range(params.epochs):
        rng.shuffle(data)
        mistakes = 0
        for targets, ids, priors in data:
            scores = [[sum(weights[i][l] for i in group_ids)
                       for l in range(NUM_LABELS)] for group_ids in ids]
            predicted = [argmax_label(sc) for sc in scores]
            step += 1
            if sum(predicted) in targets:
                continue
            mistakes += 1
            guided = [[sc[l] + params.prior_weight * pr[l]
                       for l in range(NUM_LABELS)]
                      for sc, pr in zip(scores, priors)]
            gold = viterbi(guided, targets)
            if gold is None:
                continue
            for group_ids, g, p in zip(ids, gold, predicted):
                if g == p:
                    continue
                for i in group_ids:
                    weights[i][g] += 1
                    weights[i][p] -= 1
                    totals[i][g] += step
                    totals[i][p] -= step
        print(f"  [{lang}] epoch {epoch + 1}: {mistakes} mistakes of "
              f"{len(data)}", file=log)
    averaged = [[w - t / step for w, t in zip(wr, tr)]
                for wr, tr in zip(weights, totals)]
    return quantize(averaged)


def quantize(averaged):
    """int8 differences to label 1 (argmax is unchanged by the shift)."""
    diffs = [(w[0] - w[1], w[2] - w[1]) for w in averaged]
    magnitudes = sorted(abs(v) for d in diffs for v in d if v)
    limit = magnitudes[int(len(magnitudes) * 0.999)] if magnitudes else 1.0
    scale = 127.0 / limit

    def q(v):
        return max(-127, min(127, int(round(v * scale))))

    return {"silent": [q(d[0]) for d in diffs],
            "hiatus": [q(d[1]) for d in diffs]}


def group_label(model, group_ids):
    """The counter's rule: sum the weight pairs of the group's buckets."""
    silent = hiatus = 0
    for i in group_ids:
        silent += model["silent"][i]
        hiatus += model["hiatus"][i]
    best, best_score = 1, 0
    if silent > best_score:
        best, best_score = 0, silent
    if hiatus > best_score:
        best = 2
    return best


def predict(model, fixed, has_letter, groups):
    total = fixed + sum(group_label(model, ids) for _, ids in groups)
    if total == 0 and has_letter:
        return 1
    return total


def accuracy(model, items):
    good = sum(predict(model, f, h, x) in c for _, c, f, h, x in items)
    return good / len(items)


def fnv1a(text):
    """32-bit FNV-1a of the UTF-8 bytes (as IsHeldOut in
    tests/syllable_dev_data.h)."""
    h = 0x811C9DC5
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & MASK32
    return h


def is_held_out(word):
    """The reproducible held-out fifth of a dev list: FNV-1a(word) % 5 == 0."""
    return fnv1a(word) % 5 == 0


def load(path, lang):
    entries = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 2:
                continue
            counts = [int(c) for c in cols[1].split(",")]
            entries.append((cols[0], counts))
    return entries


def prepare(tool, entries, lang, pattern_path):
    """Items (word, counts, fixed, has_letter, groups) with groups a list of
    (prior hint, bucket ids), from the counter's own code (the tool)."""
    command = [tool, "words", lang] + ([pattern_path] if pattern_path else [])
    lines = run_tool(command, "".join(word + "\n" for word, _ in entries))
    if len(lines) != len(entries):
        sys.exit(f"{tool}: {len(lines)} feature lines for {len(entries)} "
                 "words")
    items = []
    for (word, counts), line in zip(entries, lines):
        fixed, has_letter, coded = line.split("\t")
        groups = []
        for group in coded.split(";") if coded else []:
            hint, ids = group.split(":")
            groups.append((int(hint), tuple(int(i) for i in ids.split(","))))
        items.append((word, counts, int(fixed), has_letter == "1", groups))
    return items


# ------------------------------------------------------------ emit ----
def emit_array(out, ctype, name, values, per_line=24):
    declarator = name if "[" in name else name + "[]"
    out.append(f"const {ctype} {declarator} = {{")
    for k in range(0, len(values), per_line):
        out.append("    " + ",".join(str(v) for v in values[k:k + per_line])
                   + ",")
    out.append("};")


def emit(models, path, command, counter):
    out = [
        "// GENERATED by train/syllables/train_syllables.py -- do not edit.",
        f"// Rebuild: {command}",
        "// Hashed perceptron weights learned from word counts; no word list "
        "is stored.",
        "",
        '#include "features/syllables/syllable_tables.h"',
        "",
        "namespace lesbar {",
        "namespace syllables_internal {",
        "",
        "// Symbol of each case-folded code point U+00C0..U+017F (255 = not a "
        "letter).",
    ]
    emit_array(out, "uint8_t",
               "kLatinSymbols[kLatinTableEnd - kLatinTableFirst]",
               counter["symbols"], 16)
    out.append("")
    out.append("// Must equal TEMPLATES in the generator (feature indexes per row).")
    templates = counter["templates"]
    out.append(f"static_assert(kNumTemplates == {len(templates)}, "
               '"template set changed");')
    for t, template in enumerate(templates):
        row = (len(template),) + template
        cond = " && ".join(f"kTemplates[{t}][{k}] == {v}"
                           for k, v in enumerate(row))
        out.append(f"static_assert({cond},")
        out.append('              "template set changed");')
    out.append(f"static_assert(kNumGroupFeatures == {counter['features']}, "
               '"feature set changed");')
    out.append(f"static_assert(kHashBits == {counter['hash_bits']}, "
               '"update kHashBits in syllable_tables.h");')
    out.append("")
    for name, model in models:
        out.append("// Per bucket b: [2b] score of \"silent\" (0 syllables), "
                   "[2b+1] of \"hiatus\" (2),")
        out.append("// both relative to 1 syllable (one cache line per lookup).")
        pairs = []
        for a, b in zip(model["silent"], model["hiatus"]):
            pairs.extend((a, b))
        emit_array(out, "int8_t", f"k{name}Weights[2 << kHashBits]", pairs)
        out.append("")
    for name, lang in (("German", "de"), ("English", "en")):
        coded = counter["patterns"].get(lang, [])
        source = counter["pattern_sources"].get(lang)
        out.append(f"// Liang patterns: {source or 'none (not used)'}; "
                   f"{len(coded)} patterns, coded as in "
                   "liang_patterns.h.")
        out.append(f"const char k{name}Patterns[] =")
        if not coded:
            out.append('    "";')
        line = ""
        for k, pattern in enumerate(coded):
            line += pattern + "\\n"
            if len(line) > 70 or k + 1 == len(coded):
                out.append(f'    "{line}"' + (";" if k + 1 == len(coded)
                                                else ""))
                line = ""
        out.append("")
    out.append("}  // namespace syllables_internal")
    out.append("}  // namespace lesbar")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ------------------------------------------------------------ main ----
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data-dir",
                    default=os.path.join(repo, "..", "shared", "data",
                                         "syllables"))
    ap.add_argument("--out", default=os.path.join(
        repo, "core", "features", "syllables", "syllable_tables.cc"))
    ap.add_argument("--tool", default=os.path.join(
        repo, "build", "native", "lesbar_syllable_features"),
        help="the feature tool (CMake target lesbar_syllable_features)")
    ap.add_argument("--evaluate-split", action="store_true",
                    help="train on the 80%% that is not held out (see "
                    "is_held_out) and report the held-out 20%%; writes "
                    "nothing")
    ap.add_argument("--exclude-held-out", action="store_true",
                    help="write tables trained without the held-out 20%% "
                    "(for the eval tool's honest held-out number)")
    ap.add_argument("--seed", type=int, default=20240501)
    ap.add_argument("--languages", default="de,en")
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--prior-weights", default="de=0.5,en=1.0",
                    help="weight of the hand prior per language (held-out: "
                    "de 96.6 %% at 0.5, 96.2 %% at 1.0; en 95.8 %% at 0.5, "
                    "96.0 %% at 1.0 and 2.0)")
    ap.add_argument("--patterns-de", default="/usr/share/hyphen/hyph_de_DE.dic",
                    help="libhyphen patterns (Debian hyphen-de); '' = none")
    ap.add_argument("--patterns-en", default="/usr/share/hyphen/hyph_en_US.dic",
                    help="libhyphen patterns (Debian hyphen-en-us); '' = none")
    params = ap.parse_args()
    files = {"de": "de-marytts-dev.tsv", "en": "en-cmudict-dev.tsv"}
    pattern_paths = {lang: getattr(params, "patterns_" + lang)
                     for lang in ("de", "en")}
    counter = describe_counter(params.tool, pattern_paths)
    models = []
    for lang in params.languages.split(","):
        params.prior_weight = float(dict(
            item.split("=") for item in params.prior_weights.split(","))[lang])
        entries = load(os.path.join(params.data_dir, files[lang]), lang)
        items = prepare(params.tool, entries, lang, pattern_paths[lang])
        split = params.evaluate_split or params.exclude_held_out
        train_items = [item for item in items
                       if not (split and is_held_out(item[0]))]
        test_items = [item for item in items if is_held_out(item[0])]
        model = train(train_items, lang, params, counter["hash_bits"])
        print(f"{lang}: training words {accuracy(model, train_items):.4f}, "
              f"held-out {accuracy(model, test_items):.4f} "
              f"({len(test_items)} words"
              f"{'' if split else ', also trained on'})")
        models.append(("German" if lang == "de" else "English", model))
    if not params.evaluate_split:
        command = "python3 train/syllables/train_syllables.py" + "".join(
            f" --{k.replace('_', '-')}={getattr(params, k)}"
            for k in ("epochs", "prior_weights", "seed"))
        for lang in ("de", "en"):
            command += f" --patterns-{lang}='{getattr(params, 'patterns_' + lang)}'"
        if params.exclude_held_out:
            command += " --exclude-held-out --out=" + os.path.relpath(
                params.out, repo)
        os.makedirs(os.path.dirname(os.path.abspath(params.out)),
                    exist_ok=True)
        emit(models, params.out, command, counter)
        print(f"wrote {params.out}")


if __name__ == "__main__":
    main()
