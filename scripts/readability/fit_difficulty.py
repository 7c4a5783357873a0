#!/usr/bin/env python3
"""Fits lesbar's difficulty model and writes its weights.

Reads the difficulty features lesbar computes for every dev item
(build/native/lesbar_eval_difficulty --features, run by this script) and
fits one ridge regression per language on the human judgments (English:
within-article, see fit_within_groups):
  German  TextComplexityDE: learners' 1..7 complexity rating per sentence.
  English OneStopEnglish: three teacher-written levels of one article,
          placed at 3 (elementary), 4 (intermediate), 5 (advanced) of the
          same 1..7 scale.
Features are standardised for the fit, the penalty is chosen by grouped
cross-validation (items of one article never straddle train and test), and
the weights are folded back to raw features so the C++ side is a dot
product. Writes core/analyses/readability/difficulty_weights.inc.

  python3 scripts/readability/fit_difficulty.py   (npm run fit:difficulty)
"""
import math
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOOL = os.path.join(ROOT, 'build', 'native', 'lesbar_eval_difficulty')
OUTPUT = os.path.join(ROOT, 'core', 'analyses', 'readability', 'difficulty_weights.inc')
ENGLISH_LEVEL_TO_SCALE = {1: 3.0, 2: 4.0, 3: 5.0}
PENALTIES = [0.0001, 0.001, 0.003, 0.01, 0.1, 0.3, 1, 3, 10, 30, 100]
FOLDS = 10


def read_features(human_dir):
    out = subprocess.run([TOOL, '--features', human_dir], check=True,
                         capture_output=True, text=True).stdout.splitlines()
    header = out[0].split('\t')
    names = header[3:]
    rows = []
    for line in out[1:]:
        cells = line.split('\t')
        rows.append((cells[0], cells[1], float(cells[2]), [float(c) for c in cells[3:]]))
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


def fit(xs, ys, penalty):
    """Ridge on standardised features (bias column 0 unpenalised); returns
    weights on the raw features."""
    k = len(xs[0])
    n = len(xs)
    mean = [sum(x[j] for x in xs) / n for j in range(k)]
    std = [math.sqrt(sum((x[j] - mean[j]) ** 2 for x in xs) / n) or 1.0 for j in range(k)]
    z = [[1.0] + [(x[j] - mean[j]) / std[j] for j in range(1, k)] for x in xs]
    gram = [[sum(r[i] * r[j] for r in z) for j in range(k)] for i in range(k)]
    for i in range(1, k):
        gram[i][i] += penalty * n
    rhs = [sum(r[i] * y for r, y in zip(z, ys)) for i in range(k)]
    w = solve(gram, rhs)
    raw = [0.0] * k
    raw[0] = w[0] - sum(w[j] * mean[j] / std[j] for j in range(1, k))
    for j in range(1, k):
        raw[j] = w[j] / std[j]
    return raw


def fit_within_groups(xs, ys, groups, penalty):
    """OneStopEnglish levels are relative: one article at three levels. So
    the weights are fitted on differences between versions of the same
    article (features and targets centred per article), and the bias then
    puts the mean prediction on the mean target."""
    k = len(xs[0])
    members = {}
    for i, g in enumerate(groups):
        members.setdefault(g, []).append(i)
    centred_x, centred_y = [], []
    for ids in members.values():
        mean_x = [sum(xs[i][j] for i in ids) / len(ids) for j in range(k)]
        mean_y = sum(ys[i] for i in ids) / len(ids)
        for i in ids:
            centred_x.append([1.0] + [xs[i][j] - mean_x[j] for j in range(1, k)])
            centred_y.append(ys[i] - mean_y)
    w = fit(centred_x, centred_y, penalty)
    slope_mean = sum(sum(w[j] * x[j] for j in range(1, k)) for x in xs) / len(xs)
    w[0] = sum(ys) / len(ys) - slope_mean
    return w


def predict(w, x):
    return min(7.0, max(1.0, sum(a * b for a, b in zip(w, x))))


def pearson(a, b):
    n = len(a)
    ma, mb = sum(a) / n, sum(b) / n
    sab = sum((x - ma) * (y - mb) for x, y in zip(a, b))
    saa = sum((x - ma) ** 2 for x in a)
    sbb = sum((y - mb) ** 2 for y in b)
    return sab / math.sqrt(saa * sbb)


def pairwise(groups, scores, levels):
    ordered = pairs = 0
    by_group = {}
    for g, s, l in zip(groups, scores, levels):
        by_group.setdefault(g, []).append((s, l))
    for items in by_group.values():
        for s1, l1 in items:
            for s2, l2 in items:
                if l1 < l2:
                    pairs += 1
                    ordered += s1 < s2
    return 100.0 * ordered / max(1, pairs)


def cross_validate(rows, targets, penalty, metric, fitter):
    groups = sorted({r[1] for r in rows})
    fold_of = {g: i % FOLDS for i, g in enumerate(groups)}
    predictions = [0.0] * len(rows)
    for fold in range(FOLDS):
        train = [i for i, r in enumerate(rows) if fold_of[r[1]] != fold]
        test = [i for i, r in enumerate(rows) if fold_of[r[1]] == fold]
        if not test:
            continue
        w = fitter([rows[i][3] for i in train], [targets[i] for i in train],
                   [rows[i][1] for i in train], penalty)
        for i in test:
            predictions[i] = predict(w, rows[i][3])
    return metric(predictions)


def main():
    human_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        ROOT, '..', 'shared', 'data', 'readability', 'human')
    names, rows = read_features(human_dir)
    weights = {}
    for language in ('de', 'en'):
        subset = [r for r in rows if r[0] == language]
        if language == 'de':
            targets = [r[2] for r in subset]
            metric = lambda p, t=targets: pearson(p, t)
            label = 'Pearson r'
            fitter = lambda xs, ys, groups, penalty: fit(xs, ys, penalty)
        else:
            levels = [int(r[2]) for r in subset]
            targets = [ENGLISH_LEVEL_TO_SCALE[l] for l in levels]
            groups = [r[1] for r in subset]
            metric = lambda p, g=groups, l=levels: pairwise(g, p, l)
            label = 'pairs ordered %'
            fitter = fit_within_groups
        results = [(round(cross_validate(subset, targets, p, metric, fitter), 6), p)
                   for p in PENALTIES]
        best_score, best_penalty = max(results)  # ties: the larger penalty
        print(f'{language}: {FOLDS}-fold grouped CV {label} = {best_score:.3f} '
              f'(penalty {best_penalty}; all: ' +
              ', '.join(f'{p}:{s:.3f}' for s, p in results) + ')')
        weights[language] = fitter([r[3] for r in subset], targets,
                                   [r[1] for r in subset], best_penalty)
    with open(OUTPUT, 'w', encoding='utf-8') as out:
        out.write('// Generated by scripts/readability/fit_difficulty.py from the dev halves in\n'
                  '// ../shared/data/readability/human/. Do not edit; refit instead.\n'
                  '// Features: ' + ', '.join(names) + '.\n')
        for language, name in (('de', 'kGermanDifficultyWeights'), ('en', 'kEnglishDifficultyWeights')):
            out.write(f'constexpr double {name}[] = {{\n')
            for feature, w in zip(names, weights[language]):
                out.write(f'    {w:.9g},  // {feature}\n')
            out.write('};\n')
    print('wrote', os.path.relpath(OUTPUT, ROOT))


if __name__ == '__main__':
    main()
