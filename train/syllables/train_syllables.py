#!/usr/bin/env python3
"""Trains lesbar's syllable-count perceptron and writes the C++ tables.

Model: a word is split into vowel groups (maximal runs of vowel letters; "y"
before a vowel and "u" after "q" count as consonants). Each group contributes
0 ("make", "walked"), 1 or 2 ("Museum", "idea") syllables. A hashed
multiclass perceptron per language predicts that contribution from the
letters around the group (the feature conjunctions in TEMPLATES, int8
weights).

The dictionaries only give a count per word, not per group, so the per-group
labels are latent: on a mistake the perceptron is updated towards the
best-scoring labelling whose sum equals the dictionary count (Viterbi over
groups, a weak hand prior breaks ties).

Standard library only. See README.md in this folder for the rebuild command.
The feature extraction below must stay identical to
core/features/syllables/syllable_counter.cc.
"""

import argparse
import math
import os
import random
import sys
import unicodedata

# ---------------------------------------------------------------- symbols --
BOUNDARY = 0
SYMBOL = {chr(ord("a") + i): i + 1 for i in range(26)}
SYMBOL.update({"ä": 27, "ö": 28, "ü": 29, "ß": 30})
E_ACCENT = 31  # é è ê ë: a sounded "e" (café), unlike a plain final e
OTHER_VOWEL = 32  # æ œ
OTHER_LETTER = 33  # letters outside Latin (Greek, Cyrillic, ...)
APOSTROPHE = 34
NUM_SYMBOLS = 35
IGNORED = 0xFF
SYM_Y, SYM_U, SYM_Q, SYM_E = SYMBOL["y"], SYMBOL["u"], SYMBOL["q"], SYMBOL["e"]
VOWEL_SYMBOLS = {SYMBOL[c] for c in "aeiouyäöü"} | {E_ACCENT, OTHER_VOWEL}
APOSTROPHES = {0x27, 0x60, 0xB4, 0x2BC, 0x2018, 0x2019}
HYPHENS = {0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0x2F}
SPECIAL_LATIN = {"æ": OTHER_VOWEL, "œ": OTHER_VOWEL, "ø": SYMBOL["ö"],
                 "ð": SYMBOL["d"], "þ": SYMBOL["t"], "ł": SYMBOL["l"],
                 "đ": SYMBOL["d"], "ħ": SYMBOL["h"], "ı": SYMBOL["i"],
                 "ĸ": SYMBOL["k"], "ŀ": SYMBOL["l"], "ŉ": SYMBOL["n"],
                 "ŋ": SYMBOL["n"], "ſ": SYMBOL["s"], "ĳ": OTHER_VOWEL}
LATIN_TABLE_FIRST, LATIN_TABLE_END = 0xC0, 0x180


def latin_symbol(cp):
    """Symbol of a case-folded code point in U+00C0..U+017F."""
    ch = chr(cp)
    if ch in SYMBOL:
        return SYMBOL[ch]
    if ch in SPECIAL_LATIN:
        return SPECIAL_LATIN[ch]
    if not ch.isalpha() or ch.lower() != ch:
        return IGNORED
    base = unicodedata.normalize("NFD", ch)[0]
    if base == "e":
        return E_ACCENT
    if base.isascii() and base in SYMBOL:
        return SYMBOL[base]
    return OTHER_LETTER


LATIN_TABLE = [latin_symbol(cp)
               for cp in range(LATIN_TABLE_FIRST, LATIN_TABLE_END)]


def fold(ch):
    low = ch.lower()
    return low if len(low) == 1 else ch


def symbol_of(ch):
    """Mirror of SymbolOf() in syllable_counter.cc (after folding)."""
    cp = ord(fold(ch))
    if cp < 0x80:
        if "a" <= chr(cp) <= "z":
            return SYMBOL[chr(cp)]
        return APOSTROPHE if cp in APOSTROPHES else IGNORED
    if LATIN_TABLE_FIRST <= cp < LATIN_TABLE_END:
        return LATIN_TABLE[cp - LATIN_TABLE_FIRST]
    if cp in APOSTROPHES:
        return APOSTROPHE
    return OTHER_LETTER if chr(cp).isalpha() else IGNORED


# ------------------------------------------------------- token policy ----
# Letter names spelled out: everything is one syllable except W in English
# (double-u) and Y in German (Ypsilon).
def letter_name_syllables(sym, lang):
    if lang == "en" and sym == SYMBOL["w"]:
        return 3
    if lang == "de" and sym == SYM_Y:
        return 3
    return 1


COMMON_ONSETS = {"bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gn",
                 "gr", "kl", "kn", "kr", "pf", "ph", "pl", "pr", "sc", "sh",
                 "sk", "sl", "sm", "sn", "sp", "st", "sw", "th", "tr", "wr",
                 "zw"}
ONSET_CODES = {(SYMBOL[a], SYMBOL[b]) for a, b in COMMON_ONSETS}
SPELLED_VOWELS = {SYMBOL[c] for c in "aeiouäöü"}


# Acronyms spelled although they look like words (mirrors
# kSpelledWordlike in syllable_counter.cc).
SPELLED_WORDLIKE = [[SYMBOL[c] for c in word] for word in ("usa", "ice")]


def spelled_as_letters(syms):
    """All-caps run of 2-4 letters read letter by letter ("BMW", "AG")."""
    if len(syms) == 2:
        return True
    if not any(s in SPELLED_VOWELS for s in syms):
        return True
    if syms in SPELLED_WORDLIKE:
        return True
    if len(syms) == 3 and syms[0] in SPELLED_VOWELS and not (
            syms[1] in SPELLED_VOWELS or syms[2] in SPELLED_VOWELS):
        return True  # "ARD", "EZB", "IWF"
    return (syms[0] not in SPELLED_VOWELS and syms[1] not in SPELLED_VOWELS
            and (syms[0], syms[1]) not in ONSET_CODES)


def split_token(word):
    """Returns (fixed_count, has_letter, parts) where parts are symbol lists
    left to the model. Mirrors SyllableCounter::Count."""
    fixed = 0
    parts = []
    has_letter = False
    i = 0
    n = len(word)
    while i < n:
        ch = word[i]
        if "0" <= ch <= "9":
            j = i
            while j < n and "0" <= word[j] <= "9":
                j += 1
            fixed += number_syllables(word[i:j])
            i = j
            continue
        sym = symbol_of(ch)
        if sym == IGNORED:
            i += 1
            continue
        # A letter run: up to a hyphen, period, digit or other separator.
        syms = []
        uppercase = 0
        letters = 0
        while i < n:
            ch = word[i]
            if "0" <= ch <= "9":
                break
            cp = ord(ch)
            if 0x300 <= cp < 0x370:  # combining mark: é, ü when decomposed
                if syms and syms[-1] == SYM_E:
                    syms[-1] = E_ACCENT
                elif syms and cp == 0x308 and syms[-1] in (1, 15, 21):
                    syms[-1] = {1: 27, 15: 28, 21: 29}[syms[-1]]
                i += 1
                continue
            sym = symbol_of(ch)
            if sym == IGNORED:
                if cp == 0xAD or cp == 0x200D or cp == 0x200C:
                    i += 1  # soft hyphen, joiners: inside the word
                    continue
                break
            syms.append(sym)
            if sym != APOSTROPHE:
                letters += 1
                if ch != fold(ch):
                    uppercase += 1
            i += 1
        if letters:
            has_letter = True
        fixed_part, model_part = classify_run(syms, letters, uppercase)
        fixed += fixed_part
        if model_part is not None:
            parts.append(model_part)
    return fixed, has_letter, parts


LANG = "de"


# Vowelless words said as one syllable, not spelled (mirrors
# kInterjections in syllable_counter.cc).
INTERJECTIONS = {tuple(SYMBOL[c] for c in word) for word in (
    "hm", "hmm", "mhm", "pst", "psst", "sh", "shh", "pfft", "brr", "grr",
    "tsk", "nth", "zzz")}


def classify_run(syms, letters, uppercase):
    if letters == 0:
        return 0, None
    plain = [s for s in syms if s != APOSTROPHE]
    if letters == 1:
        return letter_name_syllables(plain[0], LANG), None
    if uppercase == letters and letters <= 4 and spelled_as_letters(plain):
        return sum(letter_name_syllables(s, LANG) for s in plain), None
    extra = 0
    if LANG == "en":
        extra, syms = english_affixes(syms)
    if not any(is_vowel_at(syms, k) for k in range(len(syms))):
        # "'s", "'d": a clitic with none; "hmm", "psst" and words of other
        # scripts: one syllable; any other vowelless a-z word is an
        # abbreviation read letter by letter ("cdc", "bzw", "html").
        if APOSTROPHE in syms:
            return extra + (0 if letters <= 2 else 1), None
        if extra or tuple(syms) in INTERJECTIONS or any(
                s > SYMBOL["z"] for s in syms):  # not a-z: "Москва"
            return extra + 1, None
        return sum(letter_name_syllables(s, LANG) for s in syms), None
    return extra, syms


SIBILANT_PAIRS = {(SYMBOL[a], SYMBOL[b]) for a, b in
                  ("ch", "sh", "ce", "se", "ze", "ge")}
SIBILANTS = {SYMBOL["s"], SYMBOL["x"], SYMBOL["z"]}


def english_affixes(syms):
    """Possessive "'s" (a syllable after a sibilant: "James's", "judge's"),
    syllabic m after "th" ("rhythm") and the vowelless "Mc" of names
    ("McCain"). Returns (extra, stem)."""
    extra = 0
    if len(syms) >= 3 and syms[-2] == APOSTROPHE and syms[-1] == SYMBOL["s"]:
        syms = syms[:-2]
        if syms[-1] in SIBILANTS or (len(syms) >= 2 and
                                     (syms[-2], syms[-1]) in SIBILANT_PAIRS):
            extra = 1
    elif len(syms) >= 2 and syms[-1] == APOSTROPHE:
        syms = syms[:-1]
    if len(syms) >= 5 and syms[-3:] == [SYMBOL["n"], APOSTROPHE, SYMBOL["t"]] \
            and syms[-4] not in VOWEL_SYMBOLS:
        extra += 1  # syllabic n: "wasn't", "couldn't" (not "don't")
    thm = [SYMBOL["t"], SYMBOL["h"], SYMBOL["m"]]
    stem = syms[:-1] if len(syms) >= 4 and syms[-1] == SYMBOL["s"] else syms
    if len(syms) >= 4 and stem[-3:] == thm:
        extra += 1  # syllabic m: "rhythm", "algorithm"
    elif len(stem) >= 4 and stem[-2:] == [SYMBOL["s"], SYMBOL["m"]] and \
            stem[-3] in VOWEL_SYMBOLS:
        extra += 1  # syllabic m: "tourism", "chasms"
    if len(syms) >= 4 and syms[0] == SYMBOL["m"] and syms[1] == SYMBOL["c"] \
            and syms[2] not in VOWEL_SYMBOLS:
        extra += 1
        syms = syms[2:]
    return extra, syms


def is_vowel_at(syms, k):
    s = syms[k]
    if s not in VOWEL_SYMBOLS:
        return False
    if s == SYM_Y and k + 1 < len(syms) and syms[k + 1] in VOWEL_SYMBOLS \
            and syms[k + 1] != SYM_Y:
        return False
    if s == SYM_U and k > 0 and syms[k - 1] == SYM_Q:
        return False
    return True


# ----------------------------------------------------------- numbers ----
DE_UNITS = [1, 1, 1, 1, 1, 1, 1, 2, 1, 1]  # null eins zwei ... sieben ...
DE_TEENS = [1, 1, 1, 2, 2, 2, 2, 2, 2, 2]  # zehn elf zwölf dreizehn ...
EN_UNITS = [2, 1, 1, 1, 1, 1, 1, 2, 1, 1]  # zero one two ... seven ...
EN_TEENS = [1, 3, 1, 2, 2, 2, 2, 3, 2, 2]  # ten eleven twelve ...
EN_TENS = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2]  # twenty ... seventy ...


def below_hundred(n, lang):
    if lang == "de":
        if n < 10:
            return DE_UNITS[n]
        if n < 20:
            return DE_TEENS[n - 10]
        tens, unit = divmod(n, 10)
        return 2 + (DE_UNITS[unit] + 1 if unit else 0)  # [x-und-]zwanzig
    if n < 10:
        return EN_UNITS[n]
    if n < 20:
        return EN_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return EN_TENS[tens] + (EN_UNITS[unit] if unit else 0)


def cardinal(n, lang):
    """Syllables of n (0..9999) read as a cardinal number."""
    if n < 100:
        return below_hundred(n, lang)
    count = 0
    thousands, n = divmod(n, 1000)
    if thousands:
        count += 2 + below_hundred(thousands, lang)  # (ein)tausend
    hundreds, n = divmod(n, 100)
    if hundreds:
        count += 2 + below_hundred(hundreds, lang)  # (ein)hundert
    if n:
        count += below_hundred(n, lang)
    return count


def number_syllables(digits):
    lang = LANG
    if len(digits) > 4 or (len(digits) > 1 and digits[0] == "0"):
        units = DE_UNITS if lang == "de" else EN_UNITS
        return sum(units[ord(d) - 48] for d in digits)
    n = int(digits)
    high, low = divmod(n, 100)
    if len(digits) == 4 and (11 <= high <= 19 or
                             (lang == "en" and 20 <= high <= 99 and low >= 10)):
        # Years: "neunzehnhundertneunzig", "nineteen ninety", "twenty twenty".
        if lang == "de":
            return below_hundred(high, lang) + 2 + (
                below_hundred(low, lang) if low else 0)
        if low == 0:
            return below_hundred(high, lang) + 2  # nineteen hundred
        if low < 10:
            return below_hundred(high, lang) + 1 + EN_UNITS[low]  # oh five
        return below_hundred(high, lang) + below_hundred(low, lang)
    return cardinal(n, lang)


# ---------------------------------------------------------- features ----
FEATURE_NAMES = ["group", "l1", "l2", "l3", "r1", "r2", "r3", "left_run",
                 "right_run", "next_group", "prev_group", "position",
                 "num_groups", "r4", "l4", "next_right_run", "from_end",
                 "break_before", "break_inside", "break_after"]
NUM_FEATURES = len(FEATURE_NAMES)


def pack(seq, cap):
    """Packs up to cap symbols, 6 bits each (symbol + 1), 63 = truncated."""
    value = 0
    for s in seq[:cap]:
        value = value * 64 + s + 1
    if len(seq) > cap:
        value = value * 64 + 63
    return value


def groups_of(syms):
    groups = []
    k = 0
    n = len(syms)
    while k < n:
        if is_vowel_at(syms, k):
            j = k + 1
            while j < n and is_vowel_at(syms, j):
                j += 1
            groups.append((k, j))
            k = j
        else:
            k += 1
    return groups


# ---------------------------------------------------- Liang patterns ----
PATTERNS = {}  # language -> {symbol tuple: values}, see load_patterns()
PATTERN_MAX = {}


def load_patterns(path):
    """Reads a libhyphen .dic file (Debian hyphen-de, hyphen-en-us). Only the
    last level is used (hyph_de_DE.dic's first level is a 69,000-entry
    compound word list; its second level are the dehyphn patterns). Returns
    {symbol tuple: values}; values[k] is the Liang value before symbol k."""
    raw = open(path, "rb").read()
    first = raw.split(b"\n", 1)[0].strip().upper()
    text = raw.decode("latin-1" if first.startswith(b"ISO8859") else "utf-8")
    lines = [line.strip() for line in text.split("\n")[1:]]
    if "NEXTLEVEL" in lines:
        lines = lines[len(lines) - lines[::-1].index("NEXTLEVEL"):]
    patterns = {}
    for line in lines:
        if (not line or line[0] in "#%" or line[0].isupper() or "/" in line
                or " " in line):
            continue
        letters = [c for c in line if not c.isdigit()]
        syms = []
        for c in letters:
            s = BOUNDARY if c == "." else symbol_of(c)
            if s in (IGNORED, APOSTROPHE):
                syms = None
                break
            syms.append(s)
        if syms is None:
            continue
        values = [0] * (len(syms) + 1)
        k = 0
        for c in line:
            if c.isdigit():
                values[k] = int(c)
            else:
                k += 1
        key = tuple(syms)
        if key in patterns:  # a duplicate after symbol mapping: keep maxima
            values = [max(a, b) for a, b in zip(values, patterns[key])]
        patterns[key] = values
    return patterns


PATTERN_SOURCES = {}  # language -> file the patterns were read from


def coded_patterns(patterns):
    """Patterns in the text form liang_patterns.h parses, sorted: "." is the
    boundary, a-z the symbols 1-26, A.. the symbols from 27, a digit the
    value of the break before the next symbol."""
    coded = []
    for key, values in patterns.items():
        text = ""
        for k, sym in enumerate(key):
            if values[k]:
                text += str(values[k])
            text += "." if sym == BOUNDARY else (
                chr(ord("a") + sym - 1) if sym <= 26 else chr(ord("A") + sym - 27))
        if values[len(key)]:
            text += str(values[len(key)])
        coded.append(text)
    return sorted(coded)


def liang_values(syms):
    """values[k] = Liang value of a break before syms[k] (k = 0..n)."""
    patterns = PATTERNS.get(LANG)
    n = len(syms)
    if not patterns:
        return [0] * (n + 1)
    w = [BOUNDARY] + list(syms) + [BOUNDARY]
    v = [0] * (len(w) + 1)
    longest = PATTERN_MAX[LANG]
    for i in range(len(w)):
        for j in range(i + 1, min(len(w), i + longest) + 1):
            p = patterns.get(tuple(w[i:j]))
            if p:
                for k, x in enumerate(p):
                    if x > v[i + k]:
                        v[i + k] = x
    return v[1:n + 2]


def features_of(syms):
    """Feature tuples, one per vowel group of a letter run."""
    groups = groups_of(syms)
    n = len(syms)
    g = len(groups)
    liang = liang_values(syms)

    def strongest(lo, hi):
        """Largest Liang value at break positions lo..hi-1 (10: none)."""
        return max(liang[lo:hi]) if hi > lo else 10

    def break_before(idx):
        if idx == 0:
            return 11
        return strongest(groups[idx - 1][1], groups[idx][0] + 1)

    def at(k):
        return syms[k] if 0 <= k < n else BOUNDARY

    def right_run(idx):
        start, end = groups[idx]
        stop = groups[idx + 1][0] if idx + 1 < g else n
        run = syms[end:stop]
        if idx + 1 == g:
            run = run + [BOUNDARY]
        return pack(run, 4)

    result = []
    for idx, (start, end) in enumerate(groups):
        prev_end = groups[idx - 1][1] if idx > 0 else 0
        left = syms[prev_end:start][::-1]
        if idx == 0:
            left = left + [BOUNDARY]
        result.append((
            pack(syms[start:end], 4),
            at(start - 1), at(start - 2), at(start - 3),
            at(end), at(end + 1), at(end + 2),
            pack(left, 4),
            right_run(idx),
            pack(syms[groups[idx + 1][0]:groups[idx + 1][1]], 3)
            if idx + 1 < g else 0,
            pack(syms[groups[idx - 1][0]:groups[idx - 1][1]], 3)
            if idx > 0 else 0,
            (idx == 0) + 2 * (idx == g - 1),
            min(g, 6),
            at(end + 3), at(start - 4),
            right_run(idx + 1) if idx + 1 < g else 0,
            min(g - 1 - idx, 3),
            break_before(idx),
            strongest(start + 1, end),
            break_before(idx + 1) if idx + 1 < g else 11,
        ))
    return result


# ------------------------------------------------------------- model ----
# Feature templates: conjunctions of the per-group features above, by index
# into the tuple features_of() returns. Each instance is hashed into one of
# 2**hash_bits buckets (collisions are trained around, no keys are stored).
# Few, short templates: an ablation on the held-out split (README.md) showed
# that the former 27 (with 5-7 letter windows) memorise the training words and
# generalise worse (94.2/94.9 % -> 95.7/95.1 % de/en), and fewer lookups are
# faster. Must match kTemplates in syllable_tables.h.
TEMPLATES = [
    (0,), (0, 4), (0, 8), (0, 1), (1, 0, 4), (7, 0), (7, 0, 8), (0, 11),
    (0, 16), (1, 0, 8), (17, 18), (10,), (0, 8, 19), (7, 0, 17), (10, 7, 0),
    (0, 8, 9), (17, 0, 19),
]
NUM_LABELS = 3  # a vowel group is silent, one syllable or a hiatus of two
MASK32 = 0xFFFFFFFF


SLOT_MULTIPLIERS = (0x9E3779B1, 0x85EBCA6B, 0xC2B2AE35)


def bucket_ids(x, hash_bits):
    """Mirror of TemplateHash() in syllable_counter.cc: a sum of the
    template's features times per-slot odd constants (so products shared by
    templates are computed once), then one multiply-xorshift finaliser."""
    ids = []
    for t, template in enumerate(TEMPLATES):
        h = ((t + 1) * 0x27D4EB2F) & MASK32
        for slot, f in enumerate(template):
            h = (h + x[f] * SLOT_MULTIPLIERS[slot]) & MASK32
        h ^= h >> 15
        h = (h * 0x2C1B3C6D) & MASK32
        h ^= h >> 12
        ids.append(h & ((1 << hash_bits) - 1))
    return ids


def prior_scores(x, lang):
    """Weak hand prior that only breaks ties while labels are latent."""
    group = x[0]
    distinct = len({(group >> s) & 63 for s in range(0, 24, 6)} - {0})
    if lang == "en" and group == pack([SYM_E], 4) and x[11] & 2 and \
            x[8] in (pack([BOUNDARY], 4), pack([SYMBOL["s"], BOUNDARY], 4),
                     pack([SYMBOL["d"], BOUNDARY], 4)):
        return [0.5, 0.0, -2.0]
    if distinct >= 2:
        return [-2.0, 0.0, -0.5]
    return [-2.0, 0.0, -1.5]


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


def train(items, lang, params, log=sys.stderr):
    """Latent averaged perceptron: the per-group labels of a word are the
    best-scoring labelling that sums to the dictionary count."""
    size = 1 << params.hash_bits
    weights = [[0.0] * NUM_LABELS for _ in range(size)]
    totals = [[0.0] * NUM_LABELS for _ in range(size)]  # for averaging
    data = []
    for word, counts, fixed, has_letter, feats in items:
        if not feats:
            continue
        targets = [c - fixed for c in counts if c - fixed >= 0]
        ids = [bucket_ids(x, params.hash_bits) for x in feats]
        priors = [prior_scores(x, lang) for x in feats]
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
    return quantize(averaged, params)


def quantize(averaged, params):
    """int8 differences to label 1 (argmax is unchanged by the shift)."""
    diffs = [(w[0] - w[1], w[2] - w[1]) for w in averaged]
    magnitudes = sorted(abs(v) for d in diffs for v in d if v)
    limit = magnitudes[int(len(magnitudes) * 0.999)] if magnitudes else 1.0
    scale = 127.0 / limit

    def q(v):
        return max(-127, min(127, int(round(v * scale))))

    return {"silent": [q(d[0]) for d in diffs],
            "hiatus": [q(d[1]) for d in diffs],
            "hash_bits": params.hash_bits}


def group_label(model, x):
    silent = hiatus = 0
    for i in bucket_ids(x, model["hash_bits"]):
        silent += model["silent"][i]
        hiatus += model["hiatus"][i]
    best, best_score = 1, 0
    if silent > best_score:
        best, best_score = 0, silent
    if hiatus > best_score:
        best = 2
    return best


def predict(model, fixed, has_letter, feats):
    total = fixed + sum(group_label(model, x) for x in feats)
    if total == 0 and has_letter:
        return 1
    return total


def accuracy(model, items):
    good = sum(predict(model, f, h, x) in c for _, c, f, h, x in items)
    return good / len(items)


def fnv1a(text):
    """32-bit FNV-1a of the UTF-8 bytes (mirrored in eval_syllables.cc)."""
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


def prepare(entries, lang):
    global LANG
    LANG = lang
    items = []
    for word, counts in entries:
        fixed, has_letter, parts = split_token(word)
        feats = []
        for p in parts:
            feats.extend(features_of(p))
        items.append((word, counts, fixed, has_letter, feats))
    return items


# ------------------------------------------------------------ emit ----
def emit_array(out, ctype, name, values, per_line=24):
    declarator = name if "[" in name else name + "[]"
    out.append(f"const {ctype} {declarator} = {{")
    for k in range(0, len(values), per_line):
        out.append("    " + ",".join(str(v) for v in values[k:k + per_line])
                   + ",")
    out.append("};")


def emit(models, path, command):
    out = [
        "// GENERATED by scripts/syllables/train_syllables.py -- do not edit.",
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
               LATIN_TABLE, 16)
    out.append("")
    out.append("// Must equal TEMPLATES in the generator (feature indexes per row).")
    out.append(f"static_assert(kNumTemplates == {len(TEMPLATES)}, "
               '"template set changed");')
    for t, template in enumerate(TEMPLATES):
        row = (len(template),) + template
        cond = " && ".join(f"kTemplates[{t}][{k}] == {v}"
                           for k, v in enumerate(row))
        out.append(f"static_assert({cond},")
        out.append('              "template set changed");')
    out.append(f"static_assert(kNumGroupFeatures == {NUM_FEATURES}, "
               '"feature set changed");')
    out.append(f"static_assert(kHashBits == {models[0][1]['hash_bits']}, "
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
        coded = coded_patterns(PATTERNS.get(lang, {}))
        source = PATTERN_SOURCES.get(lang)
        out.append(f"// Liang patterns: {source or 'none (not used)'}; "
                   f"{len(PATTERNS.get(lang, {}))} patterns, coded as in "
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
    ap.add_argument("--evaluate-split", action="store_true",
                    help="train on the 80%% that is not held out (see "
                    "is_held_out) and report the held-out 20%%; writes "
                    "nothing")
    ap.add_argument("--exclude-held-out", action="store_true",
                    help="write tables trained without the held-out 20%% "
                    "(for the eval tool's honest held-out number)")
    ap.add_argument("--seed", type=int, default=20240501)
    ap.add_argument("--languages", default="de,en")
    ap.add_argument("--hash-bits", type=int, default=15)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--prior-weights", default="de=0.5,en=1.0",
                    help="weight of the hand prior per language (held-out: "
                    "de 96.6 %% at 0.5, 96.2 %% at 1.0; en 95.8 %% at 0.5, "
                    "96.0 %% at 1.0 and 2.0)")
    ap.add_argument("--templates", default="",
                    help="experiment: ';'-separated templates, e.g. 0;0,4 "
                    "(the C++ kTemplates must then be changed to match)")
    ap.add_argument("--patterns-de", default="/usr/share/hyphen/hyph_de_DE.dic",
                    help="libhyphen patterns (Debian hyphen-de); '' = none")
    ap.add_argument("--patterns-en", default="/usr/share/hyphen/hyph_en_US.dic",
                    help="libhyphen patterns (Debian hyphen-en-us); '' = none")
    params = ap.parse_args()
    if params.templates:
        TEMPLATES[:] = [tuple(int(f) for f in t.split(","))
                        for t in params.templates.split(";")]
    files = {"de": "de-marytts-dev.tsv", "en": "en-cmudict-dev.tsv"}
    models = []
    for lang in params.languages.split(","):
        pattern_path = getattr(params, "patterns_" + lang)
        if pattern_path:
            PATTERNS[lang] = load_patterns(pattern_path)
            PATTERN_SOURCES[lang] = os.path.basename(pattern_path)
            PATTERN_MAX[lang] = max(len(k) for k in PATTERNS[lang])
        params.prior_weight = float(dict(
            item.split("=") for item in params.prior_weights.split(","))[lang])
        entries = load(os.path.join(params.data_dir, files[lang]), lang)
        train_entries = entries
        if params.evaluate_split or params.exclude_held_out:
            train_entries = [e for e in entries if not is_held_out(e[0])]
        train_items = prepare(train_entries, lang)
        test_items = prepare([e for e in entries if is_held_out(e[0])], lang)
        model = train(train_items, lang, params)
        print(f"{lang}: training words {accuracy(model, train_items):.4f}, "
              f"held-out {accuracy(model, test_items):.4f} "
              f"({len(test_items)} words"
              f"{', also trained on' if len(train_entries) == len(entries) else ''})")
        models.append(("German" if lang == "de" else "English", model))
    if not params.evaluate_split:
        command = "python3 scripts/syllables/train_syllables.py" + "".join(
            f" --{k.replace('_', '-')}={getattr(params, k)}"
            for k in ("hash_bits", "epochs", "prior_weights", "seed"))
        for lang in ("de", "en"):
            command += f" --patterns-{lang}='{getattr(params, 'patterns_' + lang)}'"
        if params.exclude_held_out:
            command += " --exclude-held-out --out=" + os.path.relpath(
                params.out, repo)
        emit(models, params.out, command)
        print(f"wrote {params.out}")


if __name__ == "__main__":
    main()
