#!/usr/bin/env python3
"""Builds the tagger's Wikipedia name lists from WikiANN's silver
annotations (../shared/data/ner/wikiann-{de,en}/train): every person, place
and organisation span of the lines the tagger does NOT train on
(ner_corpora.wikiann_gazetteer), lower-cased, one list per type; a name
annotated with several types goes to its most frequent one (ties: none).
Also the first and last words of persons' names seen at least twice, as
given and family names ("Sergei", "Shoigu"): the faker name lists hold few
names from outside Europe. Keeping the lists apart from the training
sentences matters: a list that holds every training name teaches the
tagger to trust it blindly.

  python3 scripts/ner/build_wiki_gazetteers.py   # part of npm run train:ner
"""
import collections
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, 'train', 'ner'))
import corpora as ner_corpora  # noqa: E402

GAZETTEER_DIR = os.path.join(ROOT, 'core', 'features', 'gazetteers', 'data')
# kMaxPhraseWords in core/features/word_list.h: longer names never match.
MAX_GAZETTEER_WORDS = 4

OUTPUTS = {'PER': 'wiki_persons.txt', 'LOC': 'wiki_places.txt', 'ORG': 'wiki_organisations.txt'}
NAME_PART_OUTPUTS = ('wiki_given_names.txt', 'wiki_family_names.txt')
MIN_NAME_PART_COUNT = 2
# Same shape rule as build_gazetteers.mjs: a letter first, then letters,
# marks, apostrophes, periods, hyphens and single spaces.
NAME_SHAPE = re.compile(r"^[^\W\d_][\w'’.\- ]*$")


def main():
    votes = collections.defaultdict(collections.Counter)
    name_parts = (collections.Counter(), collections.Counter())  # given, family
    sources = ner_corpora.wikiann_gazetteer('de') + ner_corpora.wikiann_gazetteer('en')
    for words, tags, _ in sources:
        for start, end, kind in ner_corpora.spans(tags):
            if end - start > MAX_GAZETTEER_WORDS:
                continue
            if kind == 'PER' and end - start >= 2:
                for part, word in zip(name_parts, (words[start], words[end - 1])):
                    if word[:1].isupper() and len(word) >= 2 and NAME_SHAPE.match(word):
                        part[word.lower()] += 1
            name = ' '.join(words[start:end]).lower()
            if len(name) >= 2 and NAME_SHAPE.match(name):
                votes[name][kind] += 1
    lists = collections.defaultdict(list)
    for name, counter in votes.items():
        (kind, count), *rest = counter.most_common()
        if not rest or rest[0][1] < count:
            lists[kind].append(name)
    for kind, file_name in OUTPUTS.items():
        entries = sorted(lists[kind])
        with open(os.path.join(GAZETTEER_DIR, file_name), 'w', encoding='utf-8') as f:
            f.write('\n'.join(entries) + '\n')
        print('%s: %d entries' % (file_name, len(entries)), file=sys.stderr)
    for counts, file_name in zip(name_parts, NAME_PART_OUTPUTS):
        entries = sorted(w for w, n in counts.items() if n >= MIN_NAME_PART_COUNT)
        with open(os.path.join(GAZETTEER_DIR, file_name), 'w', encoding='utf-8') as f:
            f.write('\n'.join(entries) + '\n')
        print('%s: %d entries' % (file_name, len(entries)), file=sys.stderr)


if __name__ == '__main__':
    main()
