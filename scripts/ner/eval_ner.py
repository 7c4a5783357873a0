#!/usr/bin/env python3
"""npm run eval:ner: strict span+type F1 of the real core's name tagger
(build/native/lesbar_eval_ner) per type and overall on the dev sets:
GermEval 2014 dev's held-out fifth (not trained on), WikiANN de dev,
WNUT-17 dev and WikiANN en dev. Tokens are the corpora's own."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ner_corpora  # noqa: E402

TYPES = ['PER', 'LOC', 'ORG', 'MISC']
TOOL = os.path.join(ner_corpora.ROOT, 'build', 'native', 'lesbar_eval_ner')


def predict(sentences):
    language = sentences[0][2]
    lines = ['#lang ' + language]
    for words, _, _ in sentences:
        # A token must not hold a line break or be empty: the tool reads lines.
        lines.extend(w.replace('\n', ' ') or '_' for w in words)
        lines.append('')
    out = subprocess.run([TOOL], input='\n'.join(lines) + '\n', capture_output=True,
                         text=True, check=True).stdout
    blocks = out.split('\n\n')
    return [block.split('\n') for block in blocks[:len(sentences)]]


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    print('%-40s %7s %7s %7s %7s | %7s %7s %7s' % ('set (strict span+type F1, %)', *TYPES, 'P', 'R', 'F1'))
    for name, sentences in ner_corpora.evaluation_sets():
        predicted = predict(sentences)
        counts = {k: [0, 0, 0] for k in TYPES}
        for (words, gold, _), tags in zip(sentences, predicted):
            tags = [t.strip() or 'O' for t in tags][:len(words)]
            tags += ['O'] * (len(words) - len(tags))
            g = set(ner_corpora.spans(gold))
            p = set(ner_corpora.spans(tags))
            for kind in TYPES:
                gk = {s for s in g if s[2] == kind}
                pk = {s for s in p if s[2] == kind}
                counts[kind][0] += len(gk & pk)
                counts[kind][1] += len(pk - gk)
                counts[kind][2] += len(gk - pk)
        cells = []
        for kind in TYPES:
            tp, fp, fn = counts[kind]
            cells.append('%7.1f' % (100 * f1(tp, fp, fn)[2]) if tp + fn else '%7s' % '-')
        total = [sum(c[i] for c in counts.values()) for i in range(3)]
        p, r, f = f1(*total)
        print('%-40s %s | %7.1f %7.1f %7.1f' % (name, ' '.join(cells), 100 * p, 100 * r, 100 * f))


if __name__ == '__main__':
    main()
