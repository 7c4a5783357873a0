#!/usr/bin/env node
// Scores lesbar's segmentation on the Universal Dependencies dev treebanks in
// ../shared/data/segmentation: each document's text is rebuilt from the
// `# text =` lines (sentences joined by a space, paragraphs by a blank line)
// and lesbar's token and sentence spans are compared with the gold spans.
//
//   node scripts/eval-segmentation.mjs [--json FILE] [--errors N]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../js/index.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const sharedData = process.env.LESBAR_SHARED_DATA ?? join(root, '..', 'shared', 'data');
const TREEBANKS = [
  { name: 'de_gsd', file: 'segmentation/de_gsd-ud-dev.conllu', language: 'de', tokens: 99.5, sentences: 90 },
  { name: 'en_ewt', file: 'segmentation/en_ewt-ud-dev.conllu', language: 'en', tokens: 99.0, sentences: 85 },
];

/** Splits a CoNLL-U file into documents of paragraphs of sentences. */
export function parseConllu(source) {
  const documents = [];
  let document = null;
  let paragraph = null;
  let sentence = null;
  const startDocument = () => {
    document = { paragraphs: [] };
    documents.push(document);
    paragraph = null;
  };
  const startParagraph = () => {
    if (document === null) startDocument();
    paragraph = [];
    document.paragraphs.push(paragraph);
  };
  for (const line of source.split('\n')) {
    if (line.startsWith('# newdoc')) startDocument();
    else if (line.startsWith('# newpar')) startParagraph();
    else if (line.startsWith('# text = ')) {
      if (paragraph === null) startParagraph();
      sentence = { text: line.slice('# text = '.length), forms: [] };
      paragraph.push(sentence);
    } else if (/^\d+-\d+\t/.test(line)) {
      const [range, form] = line.split('\t');
      const [from, to] = range.split('-').map(Number);
      sentence.forms.push({ form, words: [], from, to });
    } else if (/^\d+\t/.test(line)) {
      const [id, form] = line.split('\t');
      const last = sentence.forms.at(-1);
      if (last?.words && Number(id) >= last.from && Number(id) <= last.to) last.words.push(form);
      else sentence.forms.push({ form });
    }
  }
  return documents;
}

/** Rebuilds a document's text with its gold token and sentence spans. */
export function buildDocument(document) {
  let text = '';
  const tokens = [];
  const sentences = [];
  document.paragraphs.forEach((paragraph, p) => {
    if (p > 0) text += '\n\n';
    paragraph.forEach((sentence, s) => {
      if (s > 0) text += ' ';
      const base = text.length;
      text += sentence.text;
      sentences.push({ start: base, end: text.length });
      let cursor = 0;
      for (const { form, words } of sentence.forms) {
        let at = sentence.text.startsWith(form, cursor) ? cursor : sentence.text.indexOf(form, cursor);
        if (at < 0) continue; // form not in the text (treebank normalisation)
        // Words of a multiword token get their own spans when they spell it
        // out ("did"+"n't"); otherwise ("zum" = "zu dem") the surface counts.
        if (words && words.join('').toLowerCase() === form.toLowerCase()) {
          for (const word of words) {
            tokens.push({ start: base + at, end: base + at + word.length });
            at += word.length;
          }
        } else {
          tokens.push({ start: base + at, end: base + at + form.length });
          at += form.length;
        }
        cursor = at;
      }
    });
  });
  return { text, tokens, sentences };
}

function score(gold, predicted) {
  const key = (span) => `${span.start}:${span.end}`;
  const goldKeys = new Set(gold.map(key));
  let matched = 0;
  for (const span of predicted) if (goldKeys.has(key(span))) matched++;
  return { gold: gold.length, predicted: predicted.length, matched };
}

function f1({ gold, predicted, matched }) {
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  return { precision: 100 * precision, recall: 100 * recall,
    f1: precision + recall ? (200 * precision * recall) / (precision + recall) : 0 };
}

function add(total, part) {
  for (const k of Object.keys(part)) total[k] = (total[k] ?? 0) + part[k];
  return total;
}

async function main() {
  const args = process.argv.slice(2);
  const jsonFile = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
  const showErrors = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1]) : 0;
  const analyzer = await createAnalyzer();
  const report = {};
  console.log('UD dev treebanks, exact spans. "ud" = tokenization: \'ud\' (the treebanks\' conventions);');
  console.log('"reader" = the default, which keeps hyphenated compounds and "!!!" whole (not the UD convention).');
  console.log('treebank   mode    tokens P / R / F1        sentences P / R / F1     target (tok / sent, ud mode)');
  for (const bank of TREEBANKS) for (const tokenization of ['ud', 'reader']) {
    const documents = parseConllu(readFileSync(join(sharedData, bank.file), 'utf8'));
    const tokenCounts = {};
    const sentenceCounts = {};
    const errors = [];
    for (const document of documents) {
      const gold = buildDocument(document);
      const result = analyzer.analyze(gold.text, { language: bank.language, tokenization });
      add(tokenCounts, score(gold.tokens, result.tokens));
      add(sentenceCounts, score(gold.sentences, result.sentences));
      if (showErrors && errors.length < showErrors) {
        const predicted = new Set(result.sentences.map((s) => `${s.start}:${s.end}`));
        for (const s of gold.sentences) {
          if (!predicted.has(`${s.start}:${s.end}`) && errors.length < showErrors) {
            errors.push(gold.text.slice(Math.max(0, s.start - 40), s.end + 40).replace(/\n/g, '⏎'));
          }
        }
      }
    }
    const tokens = f1(tokenCounts);
    const sentences = f1(sentenceCounts);
    report[`${bank.name}/${tokenization}`] = { tokens: { ...tokenCounts, ...tokens }, sentences: { ...sentenceCounts, ...sentences } };
    const fmt = (m) => `${m.precision.toFixed(1)} / ${m.recall.toFixed(1)} / ${m.f1.toFixed(2)}`;
    const mark = (value, target) => (value >= target ? 'met' : 'MISSED');
    const targets = tokenization === 'ud'
      ? `≥${bank.tokens} ${mark(tokens.f1, bank.tokens)} / ≥${bank.sentences} ${mark(sentences.f1, bank.sentences)}`
      : '';
    console.log(`${bank.name.padEnd(10)} ${tokenization.padEnd(7)} ${fmt(tokens).padEnd(24)} ${fmt(sentences).padEnd(24)} ${targets}`);
    for (const e of errors) console.log(`   missed sentence: …${e}…`);
  }
  analyzer.dispose();
  if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
