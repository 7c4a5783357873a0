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


def io_to_bio(tags):
    """IO tags (WikiGold) to BIO: a run of one type is one name."""
    out, previous = [], 'O'
    for tag in tags:
        if tag == 'O':
            out.append('O')
        else:
            kind = tag[2:]
            out.append(('I-' if previous[2:] == kind and previous != 'O' else 'B-') + kind)
        previous = tag
    return out


def _clean_bio(tags, known=('PER', 'LOC', 'ORG', 'MISC')):
    """Unknown types to O, and an I- whose run was cut to B-."""
    out = []
    for tag in tags:
        if tag == 'O' or tag[2:] not in known or tag[:2] not in ('B-', 'I-'):
            out.append('O')
        elif tag.startswith('I-') and (not out or out[-1][2:] != tag[2:]):
            out.append('B-' + tag[2:])
        else:
            out.append(tag)
    return out


def uner_ewt(split):
    """UNER on UD English-EWT. Its first-release train has OTH spans and a
    stray B-O per document: both become O (README of shared/data)."""
    sentences, words, tags = [], [], []
    with open(os.path.join(NER, 'uner-en-ewt', 'en_ewt-ud-%s.iob2' % split), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('#'):
                continue
            if not line.strip():
                if words:
                    sentences.append((words, _clean_bio(tags, ('PER', 'LOC', 'ORG')), 'en'))
                words, tags = [], []
                continue
            cols = line.split('\t')
            words.append(cols[1])
            tags.append(cols[2] if len(cols) > 2 else 'O')
    if words:
        sentences.append((words, _clean_bio(tags, ('PER', 'LOC', 'ORG')), 'en'))
    return sentences


def wikigold():
    """WikiGold's articles; the last DEV_SHARE of them are our dev slice."""
    documents, sentences, words, tags = [], [], [], []
    with open(os.path.join(NER, 'wikigold-en', 'wikigold.conll.txt'), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('-DOCSTART-'):
                if sentences:
                    documents.append(sentences)
                sentences = []
                continue
            if not line.strip():
                if words:
                    sentences.append((words, io_to_bio(tags), 'en'))
                words, tags = [], []
                continue
            word, tag = line.rsplit(' ', 1)
            words.append(word)
            tags.append(tag)
    if words:
        sentences.append((words, io_to_bio(tags), 'en'))
    if sentences:
        documents.append(sentences)
    return documents


def _untag_user_mention_signs(sentence):
    """BTC splits "@Theory_Versa" into "@" and "Theory_Versa" and tags each
    as a name of its own. A bare "@" is no name (the tagger never makes a
    name without letters); the user name keeps its tag."""
    words, tags, language = sentence
    tags = ['O' if word == '@' else tag for word, tag in zip(words, tags)]
    return words, _clean_bio(tags), language


def btc(section):
    sentences = _two_column(os.path.join(NER, 'btc-en', section + '.conll'), 'en',
                            lambda t: t if t[2:] in ('PER', 'LOC', 'ORG') else 'O')
    return [_untag_user_mention_signs(s) for s in sentences]


_GUM_TYPES = {'person': 'PER', 'place': 'LOC', 'organization': 'ORG', 'event': 'MISC', 'object': 'MISC'}
# "(id-type-attributes" opens a mention, "(id-type-attributes)" is a
# one-word mention, "id)" closes one.
_GUM_OPEN = re.compile(r'\((\d+)-([a-z]+)-([^()|]*)(\)?)')
_GUM_CLOSE = re.compile(r'(\d+)\)')
# Function words that may stand inside a name between its capitalised words
# ("University of Portsmouth", "Centre for Irish and Scottish Studies",
# "Charles de Gaulle"). A person's name takes only particles: in "Carlo De
# Benedetti of Italy" and "Lau Siu-lai and Youngspiration" the mention holds
# more than the name.
_GUM_NAME_INNER = {'of', 'for', 'and', '&', 'the', 'de', 'du', 'des', 'la', 'le', 'del', 'della', 'da',
                   'von', 'van', 'der', 'den', 'bin', 'al', 'el'}
_GUM_PERSON_INNER = {'de', 'du', 'la', 'le', 'del', 'della', 'da', 'von', 'van', 'der', 'den', 'bin',
                     'al', 'el'}
# Titles and roles before a name are not part of it (the names of the
# other corpora and the analyzer's title pass agree): "President Barack
# Obama" is the person "Barack Obama".
_GUM_TITLES = {'president', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr.', 'dr', 'prof.', 'professor',
               'senator', 'sen.', 'governor', 'gov.', 'mayor', 'king', 'queen', 'prince', 'princess',
               'emperor', 'empress', 'pope', 'general', 'gen.', 'captain', 'capt.', 'lord', 'lady', 'sir',
               'judge', 'justice', 'minister', 'ambassador', 'premier', 'spokesman', 'spokeswoman', 'leader', 'chancellor', 'secretary', 'rep.', 'representative',
               'chairman', 'director', 'sheriff', 'officer', 'detective', 'reverend', 'rev.', 'father',
               'brother', 'sister', 'uncle', 'aunt', 'saint', 'st.', 'colonel', 'col.', 'lieutenant',
               'lt.', 'sergeant', 'sgt.', 'major', 'admiral', 'commander', 'coach', 'chief', 'duke',
               'duchess', 'count', 'countess', 'baron', 'earl', 'archbishop', 'bishop', 'cardinal'}


def _gum_name(rows, start, end, kind):
    """The proper name of the mention [start, end), or None: the run of
    proper nouns around the mention's syntactic head, when the head is one.
    A mention headed by a common noun ("DH scholars", "the city") names
    nothing; its proper-noun modifiers are mentions of their own if they
    are names."""
    head = None
    for k in range(start, end):
        parent = rows[k][2] - 1  # 0-based index of the head word, -1: root
        if not start <= parent < end:
            head = k
            break
    if head is None or rows[head][1] != 'PROPN':
        return None
    def in_name(k):
        word, upos = rows[k][0], rows[k][1]
        # "United States", "Supreme Court", "House of Lords": capitalised
        # adjectives, nouns and participles inside a name are tagged as such.
        return upos == 'PROPN' or (upos in ('ADJ', 'NOUN', 'NUM', 'VERB') and word[:1].isupper())

    inner = _GUM_PERSON_INNER if kind == 'person' else _GUM_NAME_INNER

    def joins(k, beyond):
        return rows[k][0].lower() in inner and start <= beyond < end and in_name(beyond)

    first = last = head
    while first - 1 >= start and (in_name(first - 1) or joins(first - 1, first - 2)):
        first -= 1
    while last + 1 < end and (in_name(last + 1) or joins(last + 1, last + 2)):
        last += 1
    titles = [k for k in range(first, head) if rows[k][0].lower() in _GUM_TITLES]
    if titles:
        first = titles[-1] + 1
    while first < last and not rows[first][0][:1].isupper():
        first += 1
    if not rows[first][0][:1].isupper():
        return None
    return first, last + 1


def _gum_document(path):
    """GUM marks every mention (pronouns and common nouns too) with a
    coreference type. A mention of a person, place, organisation, event or
    object whose head is a proper noun is a name (_gum_name); nested names
    inside a longer one are not taught ("University of Portsmouth", not its
    "Portsmouth")."""
    sentences = []
    rows = []

    def flush():
        if not rows:
            return
        words = [r[0] for r in rows]
        tags = ['O'] * len(rows)
        open_mentions, mentions = {}, []
        for i, (_, _, _, misc) in enumerate(rows):
            entity = ''
            for field in misc.split('|'):
                if field.startswith('Entity='):
                    entity = field[7:]
            for m in _GUM_OPEN.finditer(entity):
                if m.group(4):
                    mentions.append((i, i + 1, m.group(2)))
                else:
                    open_mentions.setdefault(m.group(1), []).append((i, m.group(2)))
            for m in _GUM_CLOSE.finditer(_GUM_OPEN.sub('', entity)):
                stack = open_mentions.get(m.group(1))
                if stack:
                    start, kind = stack.pop()
                    mentions.append((start, i + 1, kind))
        for start, end, kind in sorted(mentions, key=lambda m: m[0] - m[1]):
            if kind not in _GUM_TYPES:
                continue
            name = _gum_name(rows, start, end, kind)
            if name is None or any(tags[k] != 'O' for k in range(*name)):
                continue
            for k in range(*name):
                tags[k] = ('B-' if k == name[0] else 'I-') + _GUM_TYPES[kind]
        sentences.append((words, tags, 'en'))
        rows.clear()

    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('#'):
                continue
            if not line.strip():
                flush()
                continue
            cols = line.split('\t')
            if '-' in cols[0] or '.' in cols[0]:
                continue  # multi-word token lines and empty nodes
            rows.append((cols[1], cols[3], int(cols[6]) if cols[6].isdigit() else 0, cols[9]))
    flush()
    return sentences


def gum(split):
    folder = os.path.join(NER, 'gum-en')
    dev = set()
    with open(os.path.join(folder, 'splits.md'), encoding='utf-8') as f:
        section = None
        for line in f:
            if line.startswith('## '):
                section = line[3:].strip()
            elif section == 'dev' and line.strip().startswith('* '):
                dev.add(line.strip()[2:].strip())
    out = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith('.conllu'):
            continue
        if (name[:-7] in dev) == (split == 'dev'):
            out.extend(_gum_document(os.path.join(folder, name)))
    return out


# LER's fine classes mapped to news types; laws, rulings and literature are
# not news entities (shared/data/README.md).
_LER = {'PER': 'PER', 'RR': 'PER', 'AN': 'PER', 'LD': 'LOC', 'ST': 'LOC', 'STR': 'LOC',
        'LDS': 'LOC', 'ORG': 'ORG', 'UN': 'ORG', 'INN': 'ORG', 'GRT': 'ORG', 'MRK': 'ORG'}
LER_COURTS = ('bag', 'bfh', 'bgh', 'bpatg', 'bsg', 'bverfg', 'bverwg')


def ler():
    sentences = []
    for court in LER_COURTS:
        words, tags = [], []
        with open(os.path.join(NER, 'ler-de', court + '.conll'), encoding='utf-8') as f:
            for line in f:
                line = line.rstrip('\r\n')
                if not line.strip():
                    if words:
                        sentences.append((words, _clean_bio(tags), 'de'))
                    words, tags = [], []
                    continue
                parts = line.rsplit(' ', 1)
                if len(parts) != 2:
                    continue
                words.append(parts[0])
                tag = parts[1]
                tags.append(tag[:2] + _LER[tag[2:]] if tag != 'O' and tag[2:] in _LER else 'O')
        if words:
            sentences.append((words, _clean_bio(tags), 'de'))
    return sentences


def every_nth(sentences, n, keep_remainder):
    """A deterministic slice: every n-th sentence (keep_remainder=False) or
    all the others."""
    return [s for i, s in enumerate(sentences) if (i % n == 0) != keep_remainder]


# Every corpus: (name, its types, weight, train sentences, dev sentences).
# The weight says how news-like a corpus is: it scales the tagger's updates
# (train/ner/README.md has what the weights bought). Dev slices are for model
# selection, calibration and npm run eval:ner; public test splits are never
# read.
def corpora():
    gold_documents = wikigold()
    wikigold_cut = int(len(gold_documents) * 0.8)
    btc_h = btc('h')
    europeana_all = europeana()
    ler_all = ler()
    flatten = lambda documents: [s for d in documents for s in d]  # noqa: E731
    return [
        ('germeval-de', 'PER LOC ORG MISC', 3.0, germeval('train'), germeval('heldout')),
        ('europeana-de', 'PER LOC ORG', 0.5, every_nth(europeana_all, 10, True), every_nth(europeana_all, 10, False)),
        ('wikiann-de', 'PER LOC ORG', 0.5, wikiann_training('de'), wikiann('de', 'dev')[:2000]),
        ('ler-de', 'PER LOC ORG', 0.3, every_nth(ler_all, 20, True)[::3], every_nth(ler_all, 20, False)[:2000]),
        ('uner-ewt-en', 'PER LOC ORG', 1.5, uner_ewt('train'), uner_ewt('dev')),
        ('wikigold-en', 'PER LOC ORG MISC', 1.5, flatten(gold_documents[:wikigold_cut]),
         flatten(gold_documents[wikigold_cut:])),
        ('btc-en', 'PER LOC ORG', 0.7, btc('a') + btc('b') + btc('e') + btc('g') + btc_h[:len(btc_h) // 2],
         btc_h[len(btc_h) // 2:]),
        ('gum-en', 'PER LOC ORG MISC', 1.0, gum('train'), gum('dev')),
        ('wnut17-en', 'PER LOC ORG MISC', 0.5, wnut17('train'), wnut17('dev')),
        ('wikiann-en', 'PER LOC ORG', 0.5, wikiann_training('en'), wikiann('en', 'dev')[:2000]),
        # German news also trains the English weights (language-independent
        # features are shared): "Defence Minister Sergei Shoigu" is found.
        ('germeval-as-en', 'PER LOC ORG MISC', 1.0, [(w, t, 'en') for w, t, _ in germeval('train')], []),
    ]


def _write(path, blocks):
    with open(path, 'w', encoding='utf-8') as f:
        for corpus, types, weight, (words, tags, language) in blocks:
            f.write('#S\t%s\t%s\t%g\t%s\n' % (corpus, language, weight, types.replace(' ', ',')))
            for word, tag in zip(words, tags):
                word = word.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip() or '_'
                f.write('%s\t%s\n' % (word, tag))
            f.write('\n')


def main():
    """Writes the tagger's training file and one dev file per corpus into
    the folder given (build/ner by default), for lesbar_train_ner."""
    import sys
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'build', 'ner')
    os.makedirs(out, exist_ok=True)
    train, listing = [], []
    for name, types, weight, train_part, dev_part in corpora():
        train.extend((name, types, weight, s) for s in train_part)
        if dev_part:
            _write(os.path.join(out, 'dev-%s.txt' % name), [(name, types, 1, s) for s in dev_part])
        names = sum(len(spans(t)) for _, t, _ in train_part)
        listing.append('%s\t%s\t%g\t%d\t%d\t%d' % (name, types, weight, len(train_part), names, len(dev_part)))
    _write(os.path.join(out, 'train.txt'), train)
    with open(os.path.join(out, 'corpora.tsv'), 'w', encoding='utf-8') as f:
        f.write('corpus\ttypes\tweight\ttrain_sentences\ttrain_names\tdev_sentences\n')
        f.write('\n'.join(listing) + '\n')
    print('\n'.join(listing))


if __name__ == '__main__':
    main()
