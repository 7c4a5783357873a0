#!/usr/bin/env node
// lesbar command line: analyze [FILE|-] [--lang de|en|auto] [--json]
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../js/index.js';

const USAGE = `usage: lesbar analyze [FILE|-] [--lang auto|de|en|<tag>] [--json]

Reads UTF-8 text from FILE (or standard input for - or no FILE) and prints
its language, paragraphs, sentences and tokens. --json prints the full
result object, offsets in UTF-16 code units.`;

// Exit codes: 0 ok, 1 input or analysis error, 2 usage error.
function fail(message, code = 1) {
  process.stderr.write(`lesbar: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv) {
  const options = { command: null, file: null, language: 'auto', json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === '--json') {
      options.json = true;
    } else if (arg === '--format') {
      const format = argv[++i];
      if (format !== 'json' && format !== 'text') fail(`--format must be json or text\n${USAGE}`, 2);
      options.json = format === 'json';
    } else if (arg === '--lang' || arg === '--language') {
      options.language = argv[++i];
      if (!options.language) fail(`${arg} needs a value\n${USAGE}`, 2);
    } else if (arg.startsWith('--lang=')) {
      options.language = arg.slice('--lang='.length);
    } else if (arg.startsWith('-') && arg !== '-') {
      fail(`unknown option ${arg}\n${USAGE}`, 2);
    } else if (options.command === null) {
      options.command = arg;
    } else if (options.file === null) {
      options.file = arg;
    } else {
      fail(`unexpected argument ${arg}\n${USAGE}`, 2);
    }
  }
  if (options.command !== 'analyze') fail(USAGE, 2);
  return options;
}

function readInput(file) {
  let bytes;
  try {
    bytes = readFileSync(file === null || file === '-' ? 0 : file);
  } catch (error) {
    const reason = error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'is a directory' : error.message;
    fail(`cannot read ${file ?? 'standard input'}: ${reason}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${file ?? 'standard input'} is not UTF-8 text (a binary file?)`);
  }
}

function printText(text, result) {
  const out = [];
  out.push(`language: ${result.language}  paragraphs: ${result.paragraphs.length}  ` +
    `sentences: ${result.sentences.length}  tokens: ${result.tokens.length}`);
  let t = 0;
  result.sentences.forEach((sentence, index) => {
    out.push('');
    out.push(`[${index + 1}] ${text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ')}`);
    const pieces = [];
    while (t < result.tokens.length && result.tokens[t].start < sentence.end) {
      const token = result.tokens[t++];
      const surface = text.slice(token.start, token.end);
      pieces.push(token.kind === 'word' ? surface : `${surface}/${token.kind}`);
    }
    out.push(`    ${pieces.join(' | ')}`);
  });
  process.stdout.write(`${out.join('\n')}\n`);
}

const options = parseArgs(process.argv.slice(2));
const text = readInput(options.file);
const analyzer = await createAnalyzer();
let result;
try {
  result = analyzer.analyze(text, { language: options.language });
} catch (error) {
  fail(error.message.replace(/^lesbar: /, ''));
}
if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
else printText(text, result);
