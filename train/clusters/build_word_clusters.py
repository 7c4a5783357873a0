"""Builds the word clusters the name tagger uses: gathers unlabeled German
and English text from ../shared/data (training splits only, tags ignored),
lower-cases it, clusters it with lesbar_train_clusters and writes
core/features/word_clusters/data/word_clusters_{de,en}.txt.

See train/clusters/README.md. Run through `npm run train:clusters`, which
builds the tool first."""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, 'train', 'ner'))
import corpora as ner_corpora  # noqa: E402  (the readers the tagger's trainer uses)

DATA = ner_corpora.DATA
NER = ner_corpora.NER
OUTPUT_DIR = os.path.join(ROOT, 'core', 'features', 'word_clusters', 'data')
TOOL = os.environ.get('LESBAR_TRAIN_CLUSTERS_TOOL',
                      os.path.join(ROOT, 'build', 'native', 'lesbar_train_clusters'))

# Exchange classes per language; their merge tree gives the bit paths.
CLASSES = 256
# Rarer words carry too little context to place; they share one class.
MIN_COUNT = 3
# Words shipped per language, most frequent first: together the two files
# stay within the 120 KB (brotli -q 11) budget for embedded lists.
SHIPPED_WORDS = {'de': 18000, 'en': 11000}
BROTLI_BUDGET = 120_000  # bytes, both files compressed with brotli -q 11


def _tokens_of_line(line):
    return line.split()


def german_sentences():
    # The LER court decisions (1.9 M tokens) are the bulk. ner/ler-de holds
    # the very same sentences with tags, so it is not read a second time.
    with open(os.path.join(DATA, 'text', 'de-ler-courts.txt'), encoding='utf-8') as f:
        for line in f:
            yield _tokens_of_line(line)
    # GermEval's last fifth is the tagger's held-out evaluation set.
    for words, _, _ in ner_corpora.germeval('train'):
        yield words
    for words, _, _ in ner_corpora.europeana():
        yield words
    for words, _, _ in ner_corpora.wikiann('de', 'train'):
        yield words


def _token_column(path, column, separator=None, skip=lambda cols: False):
    """Sentences (blank-line separated) of one column of a CoNLL-like file."""
    words = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\r\n')
            if line.startswith('#'):
                continue
            if not line.strip(' \t\ufeff'):
                if words:
                    yield words
                words = []
                continue
            cols = line.split(separator) if separator else line.split('\t')
            if len(cols) <= column or skip(cols):
                continue
            words.append(cols[column])
    if words:
        yield words


def _gum_held_out_documents():
    """GUM's dev and test documents (the sections of splits.md other than
    train): their text is kept out."""
    held_out = set()
    section = None
    with open(os.path.join(NER, 'gum-en', 'splits.md'), encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line.startswith('## '):
                section = line[3:].strip()
            elif line.startswith('* ') and section != 'train':
                held_out.add(line[2:].strip())
    return held_out


def english_sentences():
    yield from _token_column(os.path.join(NER, 'uner-en-ewt', 'en_ewt-ud-train.iob2'), 1)
    yield from _token_column(os.path.join(NER, 'wikigold-en', 'wikigold.conll.txt'), 0,
                             separator=' ', skip=lambda cols: cols[0] == '-DOCSTART-')
    held_out = _gum_held_out_documents()
    folder = os.path.join(NER, 'gum-en')
    for name in sorted(os.listdir(folder)):
        if name.endswith('.conllu') and name[:-len('.conllu')] not in held_out:
            # Multi-word token ranges (3-4) and empty nodes (5.1) repeat words.
            yield from _token_column(os.path.join(folder, name), 1,
                                     skip=lambda cols: not cols[0].isdigit())
    # BTC's section F is its test split and the second half of H its
    # suggested dev part.
    for section in ('a', 'b', 'e', 'g', 'h'):
        tweets = list(_token_column(os.path.join(NER, 'btc-en', section + '.conll'), 0))
        yield from tweets[:len(tweets) // 2] if section == 'h' else tweets
    for words, _, _ in ner_corpora.wnut17('train'):
        yield words
    for words, _, _ in ner_corpora.wikiann('en', 'train'):
        yield words


def write_lower_cased(sentences, path):
    """One sentence per line, lower-cased like the tagger's words (Python's
    str.lower, which name_features.cc mirrors). Returns the token count."""
    tokens = 0
    with open(path, 'w', encoding='utf-8') as out:
        for words in sentences:
            lowered = []
            for word in words:
                # A token holding Unicode white space (NBSP) would split.
                lowered.extend(word.lower().split())
            if lowered:
                out.write(' '.join(lowered) + '\n')
                tokens += len(lowered)
    return tokens


def cluster(text_path, language):
    started = time.monotonic()
    result = subprocess.run([TOOL, '--classes=%d' % CLASSES, '--min-count=%d' % MIN_COUNT],
                            stdin=open(text_path, 'rb'), stdout=subprocess.PIPE,
                            stderr=sys.stderr, check=True)
    print('%s: clustered in %.1f s' % (language, time.monotonic() - started), file=sys.stderr)
    rows = []
    for line in result.stdout.decode('utf-8').splitlines():
        word, path, count = line.split('\t')
        rows.append((word, path, int(count)))
    return rows


def write_shipped(rows, language, words):
    """The most frequent `words` words, sorted by bit path then word: runs of
    one path and of shared word beginnings compress well."""
    chosen = sorted(rows[:words], key=lambda row: (row[1], row[0]))
    path = os.path.join(OUTPUT_DIR, 'word_clusters_%s.txt' % language)
    with open(path, 'w', encoding='utf-8', newline='\n') as out:
        for word, bits, _ in chosen:
            out.write('%s\t%s\n' % (word, bits))
    return path


def report_compressed_size(paths):
    """Checks the brotli budget when the brotli tool is there (apt-get
    install brotli); it only measures, so building does not need it."""
    if not shutil.which('brotli'):
        print('brotli not found: compressed size not checked', file=sys.stderr)
        return
    total = 0
    for path in paths:
        compressed = subprocess.run(['brotli', '-q', '11', '-c', path], stdout=subprocess.PIPE,
                                    check=True).stdout
        print('%s: %d bytes with brotli -q 11' % (os.path.basename(path), len(compressed)),
              file=sys.stderr)
        total += len(compressed)
    print('together %d bytes (budget %d)' % (total, BROTLI_BUDGET), file=sys.stderr)
    if total > BROTLI_BUDGET:
        sys.exit('over the budget: ship fewer words (SHIPPED_WORDS)')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--keep-text', help='also keep the lower-cased input text in this folder')
    parser.add_argument('--full-output', help='also write every clustered word with its count here')
    args = parser.parse_args()
    if not os.path.exists(TOOL):
        sys.exit('build the tool first: ninja -C build/native lesbar_train_clusters')
    os.makedirs(OUTPUT_DIR, exist_ok=True)
    started = time.monotonic()
    written = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep_text or scratch
        os.makedirs(folder, exist_ok=True)
        for language, sentences in (('de', german_sentences()), ('en', english_sentences())):
            text_path = os.path.join(folder, 'text_%s.txt' % language)
            tokens = write_lower_cased(sentences, text_path)
            print('%s: %d tokens of text' % (language, tokens), file=sys.stderr)
            rows = cluster(text_path, language)
            if args.full_output:
                os.makedirs(args.full_output, exist_ok=True)
                with open(os.path.join(args.full_output, 'clusters_%s.tsv' % language), 'w',
                          encoding='utf-8') as out:
                    for word, bits, count in rows:
                        out.write('%s\t%s\t%d\n' % (word, bits, count))
            path = write_shipped(rows, language, SHIPPED_WORDS[language])
            written.append(path)
            print('%s: wrote %s (%d words, %d bytes)' % (
                language, os.path.relpath(path, ROOT), min(len(rows), SHIPPED_WORDS[language]),
                os.path.getsize(path)), file=sys.stderr)
    print('done in %.1f s' % (time.monotonic() - started), file=sys.stderr)
    report_compressed_size(written)


if __name__ == '__main__':
    main()
