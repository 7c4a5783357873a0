#!/usr/bin/env node
// lesbar command line: analyze [FILE|-] [--lang auto|de|en|<tag>] [--json|--format text|json]
import { readFileSync, statSync } from 'node:fs';
import { createAnalyzer, DEFAULT_MAX_INPUT_LENGTH } from '../js/index.js';
import { textReport } from './report.js';

const USAGE = `usage: lesbar analyze [FILE|-] [--lang auto|de|en|<tag>] [--json | --format text|json]
                      [--tokenization reader|ud]

Reads UTF-8 text from FILE (standard input for - or no FILE) and reports its
language, readability, entity clusters and the five hardest sentences.
--json (or --format json) prints the full result object instead; offsets are
UTF-16 code units.

Exit codes: 0 ok, 1 internal error, 2 usage error, 3 input cannot be read,
4 input is not UTF-8 text (binary?), 5 input too large.`;

export const EXIT = Object.freeze({ OK: 0, INTERNAL: 1, USAGE: 2, UNREADABLE: 3, NOT_TEXT: 4, TOO_LARGE: 5 });

function fail(message, code) {
  process.stderr.write(`lesbar: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv) {
  const options = { command: null, file: null, language: 'auto', format: 'text', tokenization: 'reader' };
  const value = (i, name) => {
    if (i >= argv.length || argv[i].startsWith('--')) fail(`${name} needs a value\n${USAGE}`, EXIT.USAGE);
    return argv[i];
  };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let inline = null;
    if (/^--[a-z]+=/.test(arg)) [arg, inline] = [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)];
    const next = () => inline ?? value(++i, arg);
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(EXIT.OK);
    } else if (arg === '--json') {
      options.format = 'json';
    } else if (arg === '--format') {
      options.format = next();
      if (options.format !== 'json' && options.format !== 'text') {
        fail(`--format must be text or json, not ${options.format}`, EXIT.USAGE);
      }
    } else if (arg === '--lang' || arg === '--language') {
      options.language = next();
    } else if (arg === '--tokenization') {
      options.tokenization = next();
    } else if (arg.startsWith('-') && arg !== '-') {
      fail(`unknown option ${arg}\n${USAGE}`, EXIT.USAGE);
    } else if (options.command === null) {
      options.command = arg;
    } else if (options.file === null) {
      options.file = arg;
    } else {
      fail(`unexpected argument ${arg}\n${USAGE}`, EXIT.USAGE);
    }
  }
  if (options.command !== 'analyze') fail(USAGE, EXIT.USAGE);
  return options;
}

// UTF-8 needs at least one byte per UTF-16 code unit and at most three, so a
// file over three bytes per allowed unit is too large before reading it.
const MAX_INPUT_BYTES = DEFAULT_MAX_INPUT_LENGTH * 3;

function readInput(file) {
  const name = file === null || file === '-' ? 'standard input' : file;
  let bytes;
  try {
    if (name !== 'standard input') {
      const stats = statSync(file);
      if (stats.isDirectory()) fail(`cannot read ${file}: it is a directory`, EXIT.UNREADABLE);
      if (stats.size > MAX_INPUT_BYTES) {
        fail(`${file} is too large (${mb(stats.size)}; the limit is ${DEFAULT_MAX_INPUT_LENGTH} characters, ` +
          `about ${mb(DEFAULT_MAX_INPUT_LENGTH)} of plain text)`, EXIT.TOO_LARGE);
      }
      bytes = readFileSync(file);
    } else {
      bytes = readFileSync(0);
      if (bytes.length > MAX_INPUT_BYTES) fail(`standard input is too large (${mb(bytes.length)})`, EXIT.TOO_LARGE);
    }
  } catch (error) {
    const reasons = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'it is a directory' };
    fail(`cannot read ${name}: ${reasons[error.code] ?? error.message}`, EXIT.UNREADABLE);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    fail(`${name} is UTF-16 text; lesbar reads UTF-8 (convert it: iconv -f UTF-16 -t UTF-8)`, EXIT.NOT_TEXT);
  }
  if (bytes.subarray(0, 1 << 16).includes(0)) {
    fail(`${name} is not UTF-8 text: it contains NUL bytes (a binary file?)`, EXIT.NOT_TEXT);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${name} is not UTF-8 text (a binary file, or Latin-1? convert it: iconv -f LATIN1 -t UTF-8)`,
      EXIT.NOT_TEXT);
  }
}

const mb = (bytes) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

const options = parseArgs(process.argv.slice(2));
const text = readInput(options.file);
let analyzer;
let result;
try {
  analyzer = await createAnalyzer();
  result = analyzer.analyze(text, { language: options.language, tokenization: options.tokenization });
} catch (error) {
  const message = error.message.replace(/^lesbar: /, '');
  if (error instanceof RangeError) fail(`input too large: ${message}`, EXIT.TOO_LARGE);
  if (error instanceof TypeError) fail(`${message}\n${USAGE}`, EXIT.USAGE);
  fail(message, EXIT.INTERNAL);
}
const source = options.file === null || options.file === '-' ? 'standard input' : options.file;
process.stdout.write(options.format === 'json' ? `${JSON.stringify(result)}\n` : textReport(text, result, source));
