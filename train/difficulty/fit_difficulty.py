#!/usr/bin/env python3
"""Fits lesbar's difficulty model and writes its weights.

Reads the difficulty features lesbar computes for every dev item
(build/native/lesbar_eval_difficulty --features, run by this script; the
features are never recomputed here) and fits, per language, a sentence
model and a document model (standard-library Python only):

  German   TextComplexityDE: learners' 1..7 complexity rating per sentence;
           ridge regression. German has no document data, so the document
           model is the sentence model.
  English  OneStopEnglish: three teacher-written levels of one article,
           placed at 3 (elementary), 4 (intermediate), 5 (advanced) of the
           same 1..7 scale; fitted within articles (features and targets
           centred per article), the bias then puts the mean prediction on
           the mean target. That alone is the document model.
           The sentence model adds the teachers' sentence pairs (one
           sentence at two levels): logistic regression on the difference
           of the two sides' scores, weighted by `pair_weight`, in one
           objective with the article regression.

Every model's score is pulled toward the middle of the scale by length,
    score = 4 + (w . x - 4) * words / (words + shrink_words),
which is linear in w for a given shrink_words, so the fit stays a (ridge
penalised) least-squares / logistic problem solved by Newton's method.
Features are standardised for the penalty only (the weights are raw, so
the C++ side is a dot product). The penalty, pair weight and shrink_words
are chosen by 10-fold cross-validation grouped by article (TextComplexityDE
article; OneStopEnglish article, to which every sentence pair is assigned
by the tool), so no article straddles train and test.
Writes core/analyses/readability/difficulty_weights.inc.

  python3 train/difficulty/fit_difficulty.py   (npm run fit:difficulty)
"""
import math
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOOL = os.path.join(ROOT, 'build', 'native', 'lesbar_eval_difficulty')
OUTPUT = os.path.join(ROOT, 'core', 'analyses', 'readability', 'difficulty_weights.inc')
ENGLISH_LEVEL_TO_SCALE = {1: 3.0, 2: 4.0, 3: 5.0}
MIDDLE = 4.0
FOLDS = 10
GERMAN_PENALTIES = [0.0003, 0.001, 0.003, 0.01, 0.03]
GERMAN_SHRINK = [0, 2, 4, 6, 8, 12, 16]
GERMAN_SHRINK_TOLERANCE = 0.003
ENGLISH_DOCUMENT_PENALTIES = [0.0001, 0.001, 0.003, 0.01, 0.1, 0.3, 1, 3, 10]
ENGLISH_PENALTIES = [0.003, 0.01, 0.03]
ENGLISH_PAIR_WEIGHTS = [1, 3]
ENGLISH_SHRINK = [8, 12, 16]
# The pair loss reads score differences in units of this many points of
# the 1..7 scale: small enough that the pairs do not push the scores of
# short sentences past the ends of the scale.
ENGLISH_TEMPERATURES = [0.2, 0.3]


class Row:
    def __init__(self, cells, feature_count):
        self.set = cells[0]
        self.language = cells[1]
        self.group = cells[2]
        self.pair = int(cells[3])
        self.human = float(cells[4])
        self.words = int(cells[5])
        self.x = [float(c) for c in cells[6:6 + feature_count]]


def read_features(human_dir):
    out = subprocess.run([TOOL, '--features', human_dir], check=True,
                         capture_output=True, text=True).stdout.splitlines()
    header = out[0].split('\t')
    names = header[6:]
    rows = [Row(line.split('\t'), len(names)) for line in out[1:]]
    return names, rows


def solve(matrix, vector):
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col and a[col][col] != 0:
                f = a[r][col] / a[col][col]
                for c in range(col, n + 1):
                    a[r][c] -= f * a[col][c]
    return [a[i][n] / a[i][i] if a[i][i] != 0 else 0.0 for i in range(n)]


def keep(words, shrink):
    return words / (words + shrink)


def shrunk(row, shrink):
    """(a, o): the score is o + w . a."""
    g = keep(row.words, shrink)
    return [g * v for v in row.x], MIDDLE * (1 - g)


def predict(w, row, shrink):
    a, o = shrunk(row, shrink)
    return min(7.0, max(1.0, o + sum(p * q for p, q in zip(w, a))))


def scales(rows):
    """Standard deviation of each raw feature (bias: unpenalised)."""
    k = len(rows[0].x)
    n = len(rows)
    mean = [sum(r.x[j] for r in rows) / n for j in range(k)]
    std = [math.sqrt(sum((r.x[j] - mean[j]) ** 2 for r in rows) / n) or 1.0
           for j in range(k)]
    return std


def outer_add(h, v, c):
    k = len(v)
    for i in range(k):
        vi = c * v[i]
        if vi == 0:
            continue
        hi = h[i]
        for j in range(k):
            hi[j] += vi * v[j]


def fit(regression, pairs, penalty, pair_weight, std, bias=None):
    """As fit_free, with the bias (weight 0) held at `bias` when given."""
    if bias is None:
        return fit_free(regression, pairs, penalty, pair_weight, std)
    regression = [(a[1:], t - bias * a[0]) for a, t in regression]
    pairs = [(d[1:], e + bias * d[0]) for d, e in pairs]
    return [bias] + fit_free(regression, pairs, penalty, pair_weight, std[1:],
                             penalise_first=True)


def fit_free(regression, pairs, penalty, pair_weight, std, iterations=8,
             penalise_first=False):
    """Minimises
         mean over `regression` of (t - w . a)^2
       + pair_weight * mean over `pairs` of -log sigmoid(w . d + e)
       + penalty * sum_j>0 (w_j std_j)^2   (j >= 0 if penalise_first)
    `regression`: (a, t); `pairs`: (d, e) with d = a_harder - a_easier."""
    k = len(std)
    base_h = [[0.0] * k for _ in range(k)]
    base_g = [0.0] * k
    if regression:
        c = 2.0 / len(regression)
        for a, t in regression:
            outer_add(base_h, a, c)
            for j in range(k):
                base_g[j] += c * t * a[j]
    for j in range(0 if penalise_first else 1, k):
        base_h[j][j] += 2 * penalty * std[j] ** 2
    w = [0.0] * k
    if regression:
        w = solve(base_h, base_g)
    if not pairs:
        return w
    c = pair_weight / len(pairs)

    def objective(w):
        total = 0.0
        for a, t in regression:
            total += (t - sum(p * q for p, q in zip(w, a))) ** 2 / len(regression)
        for j in range(0 if penalise_first else 1, k):
            total += penalty * (w[j] * std[j]) ** 2
        for d, e in pairs:
            m = e + sum(p * q for p, q in zip(w, d))
            total += c * (math.log1p(math.exp(-m)) if m > -30 else -m)
        return total

    for _ in range(iterations):
        h = [row[:] for row in base_h]
        # gradient of the objective at w (negated), Newton step h^-1 g
        g = [base_g[j] - sum(base_h[j][i] * w[i] for i in range(k))
             for j in range(k)]
        for d, e in pairs:
            m = e + sum(p * q for p, q in zip(w, d))
            s = 1.0 / (1.0 + math.exp(-m)) if m > -30 else 0.0
            for j in range(k):
                g[j] += c * (1 - s) * d[j]
            outer_add(h, d, c * s * (1 - s))
        step = solve(h, g)
        # Newton's step, halved while it does not lower the objective.
        current = objective(w)
        scale = 1.0
        while scale > 1e-3:
            trial = [p + scale * q for p, q in zip(w, step)]
            if objective(trial) <= current:
                break
            scale /= 2
        else:
            break
        w = trial
        if max(abs(scale * q) for q in step) < 1e-7:
            break
    return w


def centred_regression(rows, targets, shrink):
    """Within-article least squares: a and t centred per article."""
    members = {}
    for r, t in zip(rows, targets):
        a, o = shrunk(r, shrink)
        members.setdefault(r.group, []).append((a, t - o))
    out = []
    for items in members.values():
        k = len(items[0][0])
        mean_a = [sum(a[j] for a, _ in items) / len(items) for j in range(k)]
        mean_t = sum(t for _, t in items) / len(items)
        for a, t in items:
            out.append(([v - m for v, m in zip(a, mean_a)], t - mean_t))
    return out


def set_bias(w, rows, targets, shrink):
    """The bias that puts the mean prediction (before clamping) on the
    mean target."""
    total = 0.0
    for r, t in zip(rows, targets):
        a, o = shrunk(r, shrink)
        total += t - o - sum(p * q for p, q in zip(w[1:], a[1:]))
    g_sum = sum(keep(r.words, shrink) for r in rows)
    w[0] = total / g_sum
    return w


def pair_rows(rows, shrink, temperature=1.0):
    by_pair = {}
    for r in rows:
        by_pair.setdefault(r.pair, {})[r.human] = r
    out = []
    for sides in by_pair.values():
        ah, oh = shrunk(sides[1.0], shrink)
        ae, oe = shrunk(sides[0.0], shrink)
        out.append(([(p - q) / temperature for p, q in zip(ah, ae)],
                    (oh - oe) / temperature))
    return out


def pearson(a, b):
    n = len(a)
    ma, mb = sum(a) / n, sum(b) / n
    sab = sum((x - ma) * (y - mb) for x, y in zip(a, b))
    saa = sum((x - ma) ** 2 for x in a)
    sbb = sum((y - mb) ** 2 for y in b)
    return sab / math.sqrt(saa * sbb)


def article_order(rows, scores):
    """Share of same-article pairs of versions ordered by level."""
    ordered = pairs = 0
    by_group = {}
    for r, s in zip(rows, scores):
        by_group.setdefault(r.group, []).append((s, r.human))
    for items in by_group.values():
        for s1, l1 in items:
            for s2, l2 in items:
                if l1 < l2:
                    pairs += 1
                    ordered += s1 < s2
    return 100.0 * ordered / max(1, pairs)


def pair_accuracy(rows, scores):
    """Share of sentence pairs whose harder side scores higher (ties 1/2)."""
    by_pair = {}
    for r, s in zip(rows, scores):
        by_pair.setdefault(r.pair, {})[r.human] = s
    right = 0.0
    for sides in by_pair.values():
        right += 1.0 if sides[1.0] > sides[0.0] else 0.5 if sides[1.0] == sides[0.0] else 0.0
    return 100.0 * right / max(1, len(by_pair))


def folds_of(rows):
    groups = sorted({r.group for r in rows})
    return {g: i % FOLDS for i, g in enumerate(groups)}


def fit_german(rows, penalty, shrink, std):
    regression = []
    for r in rows:
        a, o = shrunk(r, shrink)
        regression.append((a, r.human - o))
    return fit(regression, [], penalty, 0, std)


def fit_english(ose, pairs, penalty, pair_weight, shrink, std, temperature=1.0,
                rounds=3):
    """Within-article regression (+ sentence pairs). Centring removes the
    bias from the regression, and with shrinkage the bias moves pair scores,
    so it is held fixed and set from the mean target in turns."""
    targets = [ENGLISH_LEVEL_TO_SCALE[int(r.human)] for r in ose]
    regression = centred_regression(ose, targets, shrink)
    differences = pair_rows(pairs, shrink, temperature) if pairs else []
    w = [MIDDLE] + [0.0] * (len(std) - 1)
    for _ in range(rounds if differences and shrink else 1):
        w = fit(regression, differences, penalty, pair_weight, std, bias=w[0])
        w = set_bias(w, ose, targets, shrink)
    return w


def fit_english_document(ose, penalty, shrink, std):
    return fit_english(ose, [], penalty, 0, shrink, std)


def fit_english_sentence(ose, pairs, penalty, pair_weight, shrink, std,
                         temperature):
    return fit_english(ose, pairs, penalty, pair_weight, shrink, std, temperature)


def cross_validate(rows, fitter, metrics):
    """Grouped CV: `fitter(train_rows)` -> (w, shrink); returns each
    metric(rows, predictions) on the held-out predictions."""
    fold_of = folds_of(rows)
    predictions = [0.0] * len(rows)
    for fold in range(FOLDS):
        train = [r for r in rows if fold_of[r.group] != fold]
        test = [i for i, r in enumerate(rows) if fold_of[r.group] == fold]
        if not test:
            continue
        w, shrink = fitter(train)
        for i in test:
            predictions[i] = predict(w, rows[i], shrink)
    return [metric(rows, predictions) for metric in metrics]


def subset(rows, name):
    return [r for r in rows if r.set == name]


def main():
    human_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        ROOT, '..', 'shared', 'data', 'readability', 'human')
    names, rows = read_features(human_dir)
    std = scales(rows)
    models = {}

    # German: sentences.
    tcde = subset(rows, 'tcde')
    de_pearson = lambda rs, p: pearson(p, [r.human for r in rs])
    results = []
    for shrink in GERMAN_SHRINK:
        for penalty in GERMAN_PENALTIES:
            (r,) = cross_validate(
                tcde, lambda tr: (fit_german(tr, penalty, shrink, std), shrink),
                [de_pearson])
            results.append((round(r, 6), penalty, shrink))
    # The strongest shrinkage whose cross-validated r is within
    # GERMAN_SHRINK_TOLERANCE of the best: differences that small are noise
    # (one standard error of r on 489 sentences is about 0.017), and a
    # short sentence's rates say little.
    best = max(results)[0]
    r, penalty, shrink = max(
        (x for x in results if x[0] >= best - GERMAN_SHRINK_TOLERANCE),
        key=lambda x: (x[2], x[0]))
    w = fit_german(tcde, penalty, shrink, std)
    fitted = de_pearson(tcde, [predict(w, x, shrink) for x in tcde])
    print(f'de: TextComplexityDE Pearson r {FOLDS}-fold grouped CV {r:.3f}, '
          f'fitted {fitted:.3f} (penalty {penalty}, shrink_words {shrink}; best CV '
          f'{best:.3f}; by shrink_words: ' +
          ', '.join(f'{sh}:{max(x[0] for x in results if x[2] == sh):.3f}'
                    for sh in GERMAN_SHRINK) + ')')
    models['de'] = {'sentence': (w, shrink), 'document': (w, shrink)}

    # English: documents, then sentences.
    ose = subset(rows, 'ose')
    pairs = subset(rows, 'pair')
    both = ose + pairs
    results = []
    for shrink in ENGLISH_SHRINK:
        for penalty in ENGLISH_PENALTIES:
            for pair_weight in ENGLISH_PAIR_WEIGHTS:
                for temperature in ENGLISH_TEMPERATURES:
                    def fitter(train):
                        w = fit_english_sentence(
                            subset(train, 'ose'), subset(train, 'pair'), penalty,
                            pair_weight, shrink, std, temperature)
                        return w, shrink
                    acc, order = cross_validate(
                        both, fitter,
                        [lambda rs, p: pair_accuracy(
                            [r for r in rs if r.set == 'pair'],
                            [s for r, s in zip(rs, p) if r.set == 'pair']),
                         lambda rs, p: article_order(
                            [r for r in rs if r.set == 'ose'],
                            [s for r, s in zip(rs, p) if r.set == 'ose'])])
                    print(f'  en sentence: shrink_words {shrink} penalty {penalty} '
                          f'pair_weight {pair_weight} temperature {temperature}: '
                          f'CV sentence pairs {acc:.1f} %, article order {order:.1f} %',
                          flush=True)
                    results.append((round(acc, 6), round(order, 6), penalty,
                                    pair_weight, temperature, shrink))
    acc, order, penalty, pair_weight, temperature, shrink = max(results)
    w = fit_english_sentence(ose, pairs, penalty, pair_weight, shrink, std, temperature)
    fitted = pair_accuracy(pairs, [predict(w, x, shrink) for x in pairs])
    print(f'en sentence: sentence pairs {FOLDS}-fold grouped CV {acc:.1f} %, '
          f'fitted {fitted:.1f} % (its article order CV {order:.1f} %; penalty '
          f'{penalty}, pair_weight {pair_weight}, temperature {temperature}, '
          f'shrink_words {shrink})')
    models['en'] = {'sentence': (w, shrink)}

    # The document model shares the sentence model's shrink_words (a
    # document of two short sentences is shrunk like them).
    results = []
    for penalty in ENGLISH_DOCUMENT_PENALTIES:
        (order,) = cross_validate(
            ose, lambda tr: (fit_english_document(tr, penalty, shrink, std), shrink),
            [article_order])
        w = fit_english_document(ose, penalty, shrink, std)
        fitted = article_order(ose, [predict(w, x, shrink) for x in ose])
        results.append((round(order, 6), round(fitted, 6), penalty))
    # Ties of the cross-validated figure (two or three of 255 pairs apart)
    # go to the better fit.
    order, fitted, doc_penalty = max(results)
    print(f'en document: OneStopEnglish article order {FOLDS}-fold grouped CV '
          f'{order:.1f} %, fitted {fitted:.1f} % (penalty {doc_penalty}; all: ' +
          ', '.join(f'{p}:{o:.1f}/{f:.1f}' for o, f, p in results) + ')')

    models['en']['document'] = (fit_english_document(ose, doc_penalty, shrink, std),
                                shrink)

    familiarity = ['uncommon_word_share', 'outside_top_common_share', 'mean_log_common_rank']
    unranked = {}
    for language, training in (('de', tcde), ('en', ose + pairs)):
        unranked[language] = [sum(r.x[names.index(f)] for r in training) / len(training)
                              for f in familiarity]

    with open(OUTPUT, 'w', encoding='utf-8') as out:
        out.write('// Generated by train/difficulty/fit_difficulty.py from the dev halves in\n'
                  '// ../shared/data/readability/human/. Do not edit; refit instead.\n'
                  '// Features: ' + ', '.join(names) + '.\n')
        for language, prefix in (('de', 'kGerman'), ('en', 'kEnglish')):
            for unit, unit_name in (('sentence', 'Sentence'), ('document', 'Document')):
                w, shrink = models[language][unit]
                out.write(f'constexpr double {prefix}{unit_name}DifficultyWeights[] = {{\n')
                for feature, value in zip(names, w):
                    out.write(f'    {value:.9g},  // {feature}\n')
                out.write('};\n')
                out.write(f'constexpr double {prefix}{unit_name}ShrinkWords = {shrink:.9g};\n')
            out.write(f'// Mean {", ".join(familiarity)} of the training texts.\n'
                      f'constexpr double {prefix}UnrankedFamiliarity[] = {{' +
                      ', '.join(f'{v:.9g}' for v in unranked[language]) + '};\n')
    print('wrote', os.path.relpath(OUTPUT, ROOT))


if __name__ == '__main__':
    main()
