"""Feature spec of the name tagger, shared by the trainer and (mirrored line
by line) by core/analyses/entities/name_features.cc. Change both together;
tests/core/analyses/entities/name_features_test.cc compares the C++ side
with fixtures this module writes (train_ner.py --write-fixtures).

A feature is a template id followed by a sequence of code points; its hash is
FNV-1a over those integers (one xor+multiply per integer, 32-bit), and its
bucket the hash folded to HASH_BITS bits. A weight index is bucket * NUM_TAGS
+ tag.
"""
import os
import unicodedata

TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC']
TYPES = ['PER', 'LOC', 'ORG', 'MISC']
NUM_TAGS = len(TAGS)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GAZETTEER_DIR = os.path.join(ROOT, 'core', 'features', 'gazetteers', 'data')
LEXICON_DIR = os.path.join(ROOT, 'core', 'features', 'lexicon', 'data')

MAX_GAZETTEER_WORDS = 4
MIN_HEAD_LENGTH = 4   # shortest compound head looked up in the noun lexicon
AFFIX_CONTEXT = 4     # suffix length of neighbouring words ("-minister")
BOS = '\x02'
EOS = '\x03'

# Template ids: must equal enum NameFeature in name_features.h.
(T_BIAS, T_LOWER, T_SHAPE, T_PREFIX3, T_SUFFIX2, T_SUFFIX3, T_SUFFIX4,
 T_PREV_LOWER, T_NEXT_LOWER, T_PREV2_LOWER, T_NEXT2_LOWER, T_PREV_SHAPE,
 T_NEXT_SHAPE, T_FIRST_SHAPE, T_PLACE, T_FIRST_NAME, T_SURNAME,
 T_PROPER_NAME, T_LEXICON, T_PREV_SUFFIX, T_NEXT_SUFFIX, T_LANG_SHAPE,
 T_PREV_LEXICON, T_NEXT_PLACE_PREV_LOWER) = range(24)
# Transition templates: depend on the previous tag.
T_PREV_TAG, T_PREV_TAG_CLASS, T_PREV_TAG_LOWER = 24, 25, 26
# The word as written (case matters: "US" and "us").
T_WORD = 27
# The institution head or "bundes" prefix of a capitalised compound.
T_INSTITUTION = 28
# Inside a match of a Wikipedia name list (build_wiki_gazetteers.py).
T_WIKI_PERSON, T_WIKI_PLACE, T_WIKI_ORGANISATION = 29, 30, 31
# A given or family name of Wikipedia's persons.
T_WIKI_GIVEN_NAME, T_WIKI_FAMILY_NAME = 32, 33

# Heads of German compounds that name institutions ("Verteidigungsministerium",
# "Ausländerbehörde", "Finanzamt"); "-amt" counts only in words of at least
# INSTITUTION_AMT_MIN_LENGTH letters (not "Amt" itself).
INSTITUTION_HEADS = ('ministerium', 'ministeriums', 'ministerien', 'behörde', 'behörden')
INSTITUTION_AMT_HEADS = ('amt', 'amtes', 'amts')
INSTITUTION_AMT_MIN_LENGTH = 7
FEDERAL_PREFIX = 'bundes'


def institution_cue(word, lower):
    """The institution head a capitalised German compound ends with, else
    'bundes' for a "Bundes…" compound, else ''."""
    if not is_capitalised(word):
        return ''
    for head in INSTITUTION_HEADS:
        if lower.endswith(head):
            return head
    if len(lower) >= INSTITUTION_AMT_MIN_LENGTH:
        for head in INSTITUTION_AMT_HEADS:
            if lower.endswith(head):
                return head
    if len(lower) > len(FEDERAL_PREFIX) and lower.startswith(FEDERAL_PREFIX):
        return FEDERAL_PREFIX
    return ''

FNV_OFFSET = 2166136261
FNV_PRIME = 16777619
MASK32 = 0xFFFFFFFF


def feature_hash(template, value=''):
    h = (FNV_OFFSET ^ template) * FNV_PRIME & MASK32
    for ch in value:
        h = ((h ^ ord(ch)) * FNV_PRIME) & MASK32
    return h


def bucket_of(h, hash_bits):
    h ^= h >> 15
    h = (h * 0x2C1B3C6D) & MASK32
    h ^= h >> 12
    return h & ((1 << hash_bits) - 1)


def shape_of(word):
    """X upper/title, x lower, a other letter, d digit, ASCII punctuation as
    itself, o anything else; runs longer than two are cut to two."""
    out = []
    for ch in word:
        cat = unicodedata.category(ch)
        if cat in ('Lu', 'Lt'):
            c = 'X'
        elif cat == 'Ll':
            c = 'x'
        elif cat[0] == 'L':
            c = 'a'
        elif cat == 'Nd':
            c = 'd'
        elif ord(ch) < 0x80:
            c = ch
        else:
            c = 'o'
        if len(out) >= 2 and out[-1] == c and out[-2] == c:
            continue
        out.append(c)
    return ''.join(out)


def is_capitalised(word):
    return bool(word) and unicodedata.category(word[0]) in ('Lu', 'Lt')


def load_list(path):
    with open(path, encoding='utf-8') as f:
        return frozenset(line.rstrip('\n') for line in f if line.strip())


class Resources:
    def __init__(self):
        self.places = load_list(os.path.join(GAZETTEER_DIR, 'places.txt'))
        self.first_names = load_list(os.path.join(GAZETTEER_DIR, 'first_names.txt'))
        self.surnames = load_list(os.path.join(GAZETTEER_DIR, 'surnames.txt'))
        self.nouns = load_list(os.path.join(LEXICON_DIR, 'de_nouns.txt'))
        self.proper_names = load_list(os.path.join(LEXICON_DIR, 'de_proper_names.txt'))
        self.inner_words = frozenset()
        self.wiki = [(T_WIKI_PERSON, load_list(os.path.join(GAZETTEER_DIR, 'wiki_persons.txt'))),
                     (T_WIKI_PLACE, load_list(os.path.join(GAZETTEER_DIR, 'wiki_places.txt'))),
                     (T_WIKI_ORGANISATION, load_list(os.path.join(GAZETTEER_DIR, 'wiki_organisations.txt'))),
                     (T_WIKI_GIVEN_NAME, load_list(os.path.join(GAZETTEER_DIR, 'wiki_given_names.txt'))),
                     (T_WIKI_FAMILY_NAME, load_list(os.path.join(GAZETTEER_DIR, 'wiki_family_names.txt')))]


    def load_inner_words(self, path):
        self.inner_words = load_list(path)


def match_gazetteer(entries, lowers):
    """Greedy longest match, left to right: 'B' for the first word of a
    match, 'I' for the others, '' for none. A single word also matches
    with one trailing 's' removed (German genitive: "Russlands")."""
    marks = [''] * len(lowers)
    i = 0
    n = len(lowers)
    while i < n:
        matched = 0
        for length in range(min(MAX_GAZETTEER_WORDS, n - i), 0, -1):
            if ' '.join(lowers[i:i + length]) in entries:
                matched = length
                break
        if matched == 0:
            w = lowers[i]
            if len(w) > 3 and w.endswith('s') and w[:-1] in entries:
                matched = 1
        if matched:
            marks[i] = 'B'
            for k in range(i + 1, i + matched):
                marks[k] = 'I'
            i += matched
        else:
            i += 1
    return marks


# German inflection endings tried when a capitalised word is not a lexicon
# stem ("Präsidenten" -> "präsident").
NOUN_ENDINGS = ('s', 'es', 'n', 'en', 'e', 'er', 'ern')


def lexicon_class(word, lower, res):
    """N common noun (stem or inflected), P proper name, H compound whose
    head is a common noun ("Verteidigungsminister"), U other capitalised
    word, '' not capitalised."""
    if not is_capitalised(word):
        return ''
    if lower in res.nouns:
        return 'N'
    if lower in res.proper_names:
        return 'P'
    for ending in NOUN_ENDINGS:
        if len(lower) > len(ending) + 2 and lower.endswith(ending) and lower[:-len(ending)] in res.nouns:
            return 'N'
    for start in range(1, len(lower) - MIN_HEAD_LENGTH + 1):
        if lower[start:] in res.nouns:
            return 'H'
    return 'U'


def lang_key(language):
    return 'de' if language == 'de' else 'en'


# German and English get separate weights in the one hashed table: every
# template id is offset by LANGUAGE_STRIDE for English. Sharing weights let
# English social-media data pull German news scores down by 5 F1 points.
LANGUAGE_STRIDE = 64


def language_offset(language):
    return 0 if lang_key(language) == 'de' else LANGUAGE_STRIDE


# Features whose meaning does not depend on the language (word shapes, list
# membership, tag transitions) are also emitted once more with this offset,
# shared by German and English (Daume's feature augmentation): English,
# with little news-like training text, learns "Minister Sergei Shoigu" from
# German news while each language keeps weights of its own.
SHARED_OFFSET = 2 * LANGUAGE_STRIDE
SHARED_TEMPLATES = frozenset([T_SHAPE, T_PREV_SHAPE, T_NEXT_SHAPE, T_FIRST_SHAPE, T_PLACE, T_FIRST_NAME,
                              T_SURNAME, T_WIKI_PERSON, T_WIKI_PLACE, T_WIKI_ORGANISATION,
                              T_WIKI_GIVEN_NAME, T_WIKI_FAMILY_NAME])


def static_features(words, language, res):
    """Per token, the list of (template, value) pairs that do not depend on
    the decoded tags. `words` is one sentence's tokens."""
    n = len(words)
    lowers = [w.lower() for w in words]
    shapes = [shape_of(w) for w in words]
    places = match_gazetteer(res.places, lowers)
    firsts = match_gazetteer(res.first_names, lowers)
    surnames = match_gazetteer(res.surnames, lowers)
    propers = match_gazetteer(res.proper_names, lowers)
    lexicon = [lexicon_class(w, l, res) for w, l in zip(words, lowers)]
    wiki = [(template, match_gazetteer(entries, lowers)) for template, entries in res.wiki]
    lang = lang_key(language)

    def lower_at(i):
        return BOS if i < 0 else EOS if i >= n else lowers[i]

    def shape_at(i):
        return BOS if i < 0 else EOS if i >= n else shapes[i]

    out = []
    for i in range(n):
        w = lowers[i]
        s = shapes[i]
        f = [(T_BIAS, ''), (T_LOWER, w), (T_WORD, words[i]), (T_SHAPE, s), (T_PREFIX3, w[:3]),
             (T_SUFFIX2, w[-2:]), (T_SUFFIX3, w[-3:]), (T_SUFFIX4, w[-4:]),
             (T_PREV_LOWER, lower_at(i - 1)), (T_NEXT_LOWER, lower_at(i + 1)),
             (T_PREV2_LOWER, lower_at(i - 2)), (T_NEXT2_LOWER, lower_at(i + 2)),
             (T_PREV_SHAPE, shape_at(i - 1) + '|' + s),
             (T_NEXT_SHAPE, s + '|' + shape_at(i + 1)),
             (T_PREV_SUFFIX, lower_at(i - 1)[-AFFIX_CONTEXT:]),
             (T_NEXT_SUFFIX, lower_at(i + 1)[-AFFIX_CONTEXT:]),
             (T_LANG_SHAPE, lang + '|' + s)]
        if i == 0:
            f.append((T_FIRST_SHAPE, s))
        if places[i]:
            f.append((T_PLACE, places[i]))
        if firsts[i]:
            f.append((T_FIRST_NAME, firsts[i]))
        if surnames[i]:
            f.append((T_SURNAME, surnames[i]))
        if propers[i]:
            f.append((T_PROPER_NAME, propers[i]))
        if lexicon[i]:
            f.append((T_LEXICON, lang + '|' + lexicon[i]))
        f.append((T_PREV_LEXICON, (lexicon[i - 1] if i > 0 else BOS) + '|' + s))
        if i + 1 < n and places[i + 1] == 'B':
            f.append((T_NEXT_PLACE_PREV_LOWER, w))
        cue = institution_cue(words[i], w)
        if cue:
            f.append((T_INSTITUTION, cue))
        for template, marks in wiki:
            if marks[i]:
                f.append((template, marks[i]))
        offset = language_offset(language)
        out.append([(t + offset, v) for t, v in f] +
                   [(t + SHARED_OFFSET, v) for t, v in f if t in SHARED_TEMPLATES])
    return out


def word_class(word):
    """The first character of the word's shape, folded to five classes:
    X capitalised, x lower-case, a uncased letter, d digit, p other."""
    first = shape_of(word[:1])
    return first if first in ('X', 'x', 'a', 'd') else 'p'


def transition_features(previous_tag, lower, klass, language):
    """Features of the step from `previous_tag` (-1 at the start) into a
    word: the previous tag alone, with the word's class (a name rarely runs
    on through a lower-case word, whatever the word) and with the word. The
    tag comes after the word so the core hashes the word once for all nine
    previous tags."""
    offset = language_offset(language)
    return [(T_PREV_TAG + offset, chr(previous_tag + 1)),
            (T_PREV_TAG_CLASS + offset, klass + chr(previous_tag + 1)),
            (T_PREV_TAG_LOWER + offset, lower + chr(previous_tag + 1)),
            (T_PREV_TAG + SHARED_OFFSET, chr(previous_tag + 1)),
            (T_PREV_TAG_CLASS + SHARED_OFFSET, klass + chr(previous_tag + 1))]


def transition_class(word, inner_words):
    """word_class(), with 'y' for a lower-case word the training names do
    not hold inside ("met" in "… Sergei Shoigu met Iranian President …")."""
    klass = word_class(word)
    return 'y' if klass == 'x' and word.lower() not in inner_words else klass


def allowed(tag, prev_tag):
    """I-X only continues B-X or I-X."""
    if tag == 0 or tag % 2 == 1:
        return True
    return prev_tag in (tag - 1, tag)
