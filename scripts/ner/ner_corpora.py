"""Readers for the NER dev data in ../shared/data/ner/, each mapped to
PER/LOC/ORG/MISC BIO tags. Sentences are (words, tags, language)."""
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.environ.get('LESBAR_SHARED_DATA', os.path.join(ROOT, '..', 'shared', 'data'))
NER = os.path.join(DATA, 'ner')

# GermEval keeps the last fifth of its dev split for our own evaluation.
GERMEVAL_HOLDOUT_FRACTION = 0.2


def _germeval_tag(tag):
    # *deriv ("russische") and *part ("EU-weit") are not entities here.
    if tag == 'O' or tag.endswith('deriv') or tag.endswith('part'):
        return 'O'
    prefix, kind = tag.split('-', 1)
    return prefix + '-' + ('MISC' if kind == 'OTH' else kind)


def germeval(part):
    sentences = []
    words, tags = [], []
    with open(os.path.join(NER, 'germeval2014-de-dev.tsv'), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('#'):
                continue
            if not line.strip():
                if words:
                    sentences.append((words, tags, 'de'))
                words, tags = [], []
                continue
            cols = line.split('\t')
            words.append(cols[1])
            tags.append(_germeval_tag(cols[2]))
    if words:
        sentences.append((words, tags, 'de'))
    cut = int(len(sentences) * (1 - GERMEVAL_HOLDOUT_FRACTION))
    return sentences[:cut] if part == 'train' else sentences[cut:]


_EUROPEANA_TAG = re.compile(r'^([BI])-(PER|LOC|ORG)$', re.IGNORECASE)
MAX_SENTENCE = 60


def europeana():
    sentences = []
    folder = os.path.join(NER, 'europeana-de')
    for name in sorted(os.listdir(folder)):
        if not name.endswith('.bio'):
            continue
        words, tags = [], []
        with open(os.path.join(folder, name), encoding='utf-8') as f:
            for line in f:
                parts = line.rstrip('\n').rsplit(' ', 1)
                if len(parts) != 2 or not parts[0]:
                    continue
                m = _EUROPEANA_TAG.match(parts[1])
                words.append(parts[0])
                tags.append(m.group(1).upper() + '-' + m.group(2).upper() if m else 'O')
                # The files have no sentence breaks: cut at full stops.
                if parts[0] in ('.', '!', '?') or len(words) >= MAX_SENTENCE:
                    sentences.append((words, tags, 'de'))
                    words, tags = [], []
        if words:
            sentences.append((words, tags, 'de'))
    return sentences


def _two_column(path, language, map_tag, strip_prefix=''):
    sentences = []
    words, tags = [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip(' \t\r\ufeff'):
                if words:
                    sentences.append((words, tags, language))
                words, tags = [], []
                continue
            if '\t' not in line:
                continue  # a stray byte-order mark line in WNUT-17 dev
            word, tag = line.rsplit('\t', 1)
            if strip_prefix and word.startswith(strip_prefix):
                word = word[len(strip_prefix):]
            words.append(word)
            tags.append(map_tag(tag))
    if words:
        sentences.append((words, tags, language))
    return sentences


def wikiann(language, split):
    return _two_column(os.path.join(NER, 'wikiann-' + language, split), language,
                       lambda t: t, strip_prefix=language + ':')


_WNUT = {'person': 'PER', 'location': 'LOC', 'corporation': 'ORG', 'group': 'ORG',
         'product': 'MISC', 'creative-work': 'MISC'}


def _wnut_tag(tag):
    if tag == 'O':
        return 'O'
    prefix, kind = tag.split('-', 1)
    return prefix + '-' + _WNUT[kind]


def wnut17(split):
    return _two_column(os.path.join(NER, 'wnut17-en-%s.conll' % split), 'en', _wnut_tag)


# The tagger learns from WikiANN lines that are whole sentences (title and
# list fragments such as "List of years in Brazil" as one organisation
# taught it to run names on: +2 F1 on GermEval, +2 on WNUT-17, though -9 on
# WikiANN's own fragment-rich dev sets); everything else feeds the Wikipedia
# name lists (build_wiki_gazetteers.py). German is capped: WikiANN's silver
# German (no MISC) hurts GermEval-style news beyond a few thousand sentences.
WIKIANN_DE_SENTENCES = 5000


def is_whole_sentence(words):
    """A WikiANN line that is a sentence, not a title or list fragment."""
    return len(words) >= 6 and words[-1] in ('.', '!', '?')


def _wikiann_split(language):
    """(training, gazetteer) parts of a WikiANN train split."""
    sentences = wikiann(language, 'train')
    whole = [i for i, s in enumerate(sentences) if is_whole_sentence(s[0])]
    chosen = set(whole[:WIKIANN_DE_SENTENCES] if language == 'de' else whole)
    return ([s for i, s in enumerate(sentences) if i in chosen],
            [s for i, s in enumerate(sentences) if i not in chosen])


def wikiann_training(language):
    """The WikiANN train sentences the tagger learns from."""
    return _wikiann_split(language)[0]


def wikiann_gazetteer(language):
    """The other WikiANN train lines: they feed the Wikipedia name lists."""
    return _wikiann_split(language)[1]


# English has no news training text with gold names (WikiANN's are silver:
# unlinked names are left out, so capitalised names look like plain words;
# WNUT-17 is social media). GermEval's sentences also train the English
# weights, twice per epoch: "Defence Minister Sergei Shoigu" is found, and
# F1 rises on WNUT-17 (+1.2) and, through the shared weights, on GermEval
# (+1.9); WikiANN en dev drops 2.7 (one copy: +1.7 WNUT, +0.6 GermEval).
GERMEVAL_AS_ENGLISH_COPIES = 2


def training_sentences(germeval_copies=1):
    german_as_english = [(w, t, 'en') for w, t, _ in germeval('train')]
    return (germeval('train') * germeval_copies + europeana() + wikiann_training('de') +
            wikiann_training('en') + wnut17('train') + german_as_english * GERMEVAL_AS_ENGLISH_COPIES)


def evaluation_sets():
    return [('GermEval 2014 dev, held-out fifth (de)', germeval('heldout')),
            ('WikiANN de dev', wikiann('de', 'dev')),
            ('WNUT-17 dev (en)', wnut17('dev')),
            ('WikiANN en dev', wikiann('en', 'dev'))]


def spans(tags):
    """Strict BIO spans (start, end, type); an I- without its B- starts a span."""
    out = []
    start, kind = None, None
    for i, tag in enumerate(tags + ['O']):
        if tag == 'O' or tag.startswith('B-') or (tag.startswith('I-') and tag[2:] != kind):
            if kind is not None:
                out.append((start, i, kind))
            start, kind = (i, tag[2:]) if tag != 'O' else (None, None)
    return out
