#!/usr/bin/env node
// lesbar command line: analyze one text (a report or its JSON), or many files
// and directories in a batch (reports or JSON Lines, and a summary table).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer, DEFAULT_MAX_INPUT_LENGTH } from '../js/index.js';
import { createWorkerAnalyzer } from '../js/worker.js';
import { readabilitySummary } from '../js/summary.js';
import { progressLine, summaryTable, textReport } from './report.js';

const USAGE = `usage: lesbar analyze [FILE|DIR|-]... [--lang auto|de|en|<tag>] [--tokenization reader|ud]
                      [--json | --jsonl | --format text|json|jsonl] [--jobs N]
       lesbar --version | --help

Reads UTF-8 text (or UTF-16 with a byte order mark) from each FILE (standard
input for - or no FILE) and reports its language, readability, entity
clusters and the five hardest sentences.
A DIR stands for the *.txt and *.md files under it.
--json (or --format json) prints the full result object of one input instead;
offsets are UTF-16 code units.

Several inputs (or a DIR) are a batch: one report per input and a summary
table, or with --jsonl one JSON object per input and line ({ path, ...result },
or { path, error: { code, message } }) and the table on standard error.
--jobs N analyses N inputs at a time on worker threads (default 1).
A file that fails is reported and skipped; the others are still analysed.

Exit codes: 0 ok, 1 internal error, 2 usage error, 3 input cannot be read,
4 input is not UTF-8 text (binary?), 5 input too large, 6 some inputs of a
batch failed (each is named on standard error).`;

export const EXIT = Object.freeze({
  OK: 0, INTERNAL: 1, USAGE: 2, UNREADABLE: 3, NOT_TEXT: 4, TOO_LARGE: 5, SOME_FAILED: 6,
});

const COMMANDS = ['analyze'];
const STDIN = '-';

function fail(message, code) {
  process.stderr.write(`lesbar: ${message}\n`);
  process.exit(code);
}

function version() {
  const { version: number } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return number;
}

function parseArgs(argv) {
  const options = { command: null, inputs: [], language: 'auto', format: 'text', tokenization: 'reader', jobs: 1 };
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
    } else if (arg === '--version' || arg === '-V') {
      process.stdout.write(`lesbar ${version()}\n`);
      process.exit(EXIT.OK);
    } else if (arg === '--json' || arg === '--jsonl') {
      options.format = arg.slice(2);
    } else if (arg === '--format') {
      options.format = next();
      if (!['text', 'json', 'jsonl'].includes(options.format)) {
        fail(`--format must be text, json or jsonl, not ${options.format}`, EXIT.USAGE);
      }
    } else if (arg === '--lang' || arg === '--language') {
      options.language = next();
    } else if (arg === '--tokenization') {
      options.tokenization = next();
    } else if (arg === '--jobs' || arg === '-j') {
      const jobs = next();
      options.jobs = Number(jobs);
      if (!/^[1-9][0-9]*$/.test(jobs) || options.jobs > 64) fail(`--jobs must be a whole number from 1 to 64, not ${jobs}`, EXIT.USAGE);
    } else if (arg.startsWith('-') && arg !== STDIN) {
      fail(`unknown option ${arg}\n${USAGE}`, EXIT.USAGE);
    } else if (options.command === null) {
      if (arg === 'help') {
        process.stdout.write(`${USAGE}\n`);
        process.exit(EXIT.OK);
      }
      if (!COMMANDS.includes(arg)) {
        // "lesbar article.txt": the file was meant for analyze.
        const hint = isReadableFile(arg) ? `; to analyse this file: lesbar analyze ${arg}` : ' (the command is analyze)';
        fail(`unknown command '${arg}'${hint}\n${USAGE}`, EXIT.USAGE);
      }
      options.command = arg;
    } else {
      options.inputs.push(arg);
    }
  }
  if (options.command === null) fail(`no command given\n${USAGE}`, EXIT.USAGE);
  return options;
}

function isReadableFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** An input that cannot be analysed, with the exit code that says why. */
class InputError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

// UTF-8 needs at least one byte per UTF-16 code unit and at most three, so a
// file over three bytes per allowed unit is too large before reading it.
const MAX_INPUT_BYTES = DEFAULT_MAX_INPUT_LENGTH * 3;

const nameOf = (path) => (path === STDIN ? 'standard input' : path);

function readInput(path) {
  const name = nameOf(path);
  let bytes;
  try {
    if (path !== STDIN) {
      const stats = statSync(path);
      if (stats.isDirectory()) throw new InputError(`cannot read ${path}: it is a directory`, EXIT.UNREADABLE);
      if (stats.size > MAX_INPUT_BYTES) {
        throw new InputError(`${path} is too large (${mb(stats.size)}; the limit is ${DEFAULT_MAX_INPUT_LENGTH} ` +
          `characters, about ${mb(DEFAULT_MAX_INPUT_LENGTH)} of plain text)`, EXIT.TOO_LARGE);
      }
      bytes = readFileSync(path);
    } else {
      bytes = readFileSync(0);
      if (bytes.length > MAX_INPUT_BYTES) {
        throw new InputError(`standard input is too large (${mb(bytes.length)})`, EXIT.TOO_LARGE);
      }
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const reasons = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'it is a directory' };
    throw new InputError(`cannot read ${name}: ${reasons[error.code] ?? error.message}`, EXIT.UNREADABLE);
  }
  // UTF-16 is read when its byte order mark says so (Windows editors save
  // "Unicode" that way); without one its NUL bytes mark it as binary.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le'
    : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16 !== null) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw new InputError(`${name} starts like UTF-16 text but is not (convert it: iconv -t UTF-8)`, EXIT.NOT_TEXT);
    }
  }
  if (bytes.subarray(0, 1 << 16).includes(0)) {
    throw new InputError(`${name} is not UTF-8 text: it contains NUL bytes (a binary file?)`, EXIT.NOT_TEXT);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name} is not UTF-8 text (a binary file, or Latin-1? convert it: ` +
      'iconv -f LATIN1 -t UTF-8)', EXIT.NOT_TEXT);
  }
}

const mb = (bytes) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

const TEXT_FILE = /\.(txt|md)$/i;

/**
 * The inputs as files: a directory stands for the *.txt and *.md files under
 * it (hidden ones skipped), in name order; anything else is kept as given and
 * fails later if it cannot be read.
 */
function expandInputs(inputs) {
  const files = [];
  const walk = (directory) => {
    const entries = readdirSync(directory, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && TEXT_FILE.test(entry.name)) files.push(path);
    }
  };
  for (const input of inputs) {
    let isDirectory = false;
    try {
      isDirectory = input !== STDIN && statSync(input).isDirectory();
    } catch {
      // Reported as unreadable when its turn comes.
    }
    if (!isDirectory) {
      files.push(input);
      continue;
    }
    try {
      walk(input);
    } catch (error) {
      fail(`cannot read the directory ${input}: ${error.code ?? error.message}`, EXIT.UNREADABLE);
    }
  }
  return files;
}

/** An analysis error as an InputError with the CLI's exit code. */
function analysisError(error) {
  const message = error.message.replace(/^lesbar: /, '');
  if (error instanceof RangeError) return new InputError(`input too large: ${message}`, EXIT.TOO_LARGE);
  if (error instanceof TypeError) return new InputError(message, EXIT.USAGE);
  return new InputError(message, EXIT.INTERNAL);
}

async function analyzeOne(options) {
  const path = options.inputs[0] ?? STDIN;
  let text;
  let result;
  try {
    text = readInput(path);
    const analyzer = await createAnalyzer();
    result = analyzer.analyze(text, { language: options.language, tokenization: options.tokenization });
  } catch (error) {
    const failure = error instanceof InputError ? error : analysisError(error);
    fail(failure.code === EXIT.USAGE ? `${failure.message}\n${USAGE}` : failure.message, failure.code);
  }
  if (options.format === 'text') process.stdout.write(textReport(text, result, nameOf(path)));
  else if (options.format === 'json') process.stdout.write(`${JSON.stringify(result)}\n`);
  else process.stdout.write(`${JSON.stringify({ path: nameOf(path), ...result })}\n`);
}

/** Redraws one line on standard error while a batch runs, if that is a terminal. */
function progressReporter(total) {
  if (!process.stderr.isTTY || total < 2) return { update() {}, clear() {} };
  // A pseudo-terminal may report 0 columns.
  const columns = () => process.stderr.columns || 80;
  const draw = (done, failed) => process.stderr.write(`\r${progressLine(done, total, failed, columns())}`);
  draw(0, 0);
  return {
    update: draw,
    clear: () => process.stderr.write(`\r${' '.repeat(columns() - 1)}\r`),
  };
}

async function analyzeBatch(options) {
  const paths = expandInputs(options.inputs);
  if (paths.length === 0) fail(`no *.txt or *.md files in ${options.inputs.join(', ')}`, EXIT.UNREADABLE);
  if (paths.filter((path) => path === STDIN).length > 1) fail('standard input (-) can be read once only', EXIT.USAGE);
  const analyzeOptions = { language: options.language, tokenization: options.tokenization };
  const jobs = Math.min(options.jobs, paths.length);
  let analyzers;
  try {
    analyzers = jobs === 1 ? [await createAnalyzer()]
      : await Promise.all(Array.from({ length: jobs }, () => createWorkerAnalyzer()));
  } catch (error) {
    fail(error.message.replace(/^lesbar: /, ''), EXIT.INTERNAL);
  }

  // Outcomes are written in input order, whichever job finishes first.
  const outcomes = new Array(paths.length);
  let written = 0;
  let finished = 0;
  let failedSoFar = 0;
  const progress = progressReporter(paths.length);
  const writeReady = () => {
    for (; written < paths.length && outcomes[written] !== undefined; written++) {
      const { path, text, result, error } = outcomes[written];
      if (error) {
        process.stderr.write(`lesbar: ${error.message} (skipped)\n`);
        if (options.format === 'jsonl') {
          process.stdout.write(`${JSON.stringify({ path: nameOf(path), error: { code: error.code, message: error.message } })}\n`);
        }
      } else if (options.format === 'jsonl') {
        process.stdout.write(`${JSON.stringify({ path: nameOf(path), ...result })}\n`);
      } else {
        process.stdout.write(`${written > 0 ? '\n' : ''}${textReport(text, result, nameOf(path))}`);
      }
      // Only what the summary table needs stays in memory.
      outcomes[written] = { path: nameOf(path), result: result && summaryOf(text, result), error };
    }
  };
  let next = 0;
  const work = async (analyzer) => {
    while (next < paths.length) {
      const index = next++;
      const path = paths[index];
      let outcome;
      try {
        const text = readInput(path);
        try {
          outcome = { path, text, result: await analyzer.analyze(text, analyzeOptions) };
        } catch (error) {
          throw analysisError(error);
        }
      } catch (error) {
        outcome = { path, error: error instanceof InputError ? error : analysisError(error) };
        failedSoFar++;
      }
      outcomes[index] = outcome;
      finished++;
      progress.clear();
      writeReady();
      if (finished < paths.length) progress.update(finished, failedSoFar);
    }
  };
  await Promise.all(analyzers.map(work));
  for (const analyzer of analyzers) analyzer.dispose();

  const table = summaryTable(outcomes);
  if (options.format === 'jsonl') process.stderr.write(table);
  else process.stdout.write(`\n${table}`);
  const failed = outcomes.filter((outcome) => outcome.error).length;
  process.exitCode = failed === 0 ? EXIT.OK : EXIT.SOME_FAILED;
}

/** The few numbers of a result the summary table shows. */
function summaryOf(text, result) {
  return {
    language: result.language,
    characters: text.length,
    sentences: result.sentences.length,
    words: result.readability?.counts?.words ?? null,
    level: readabilitySummary(result)?.level?.label ?? null,
    difficulty: result.readability?.difficulty ?? null,
    entities: result.entities?.length ?? null,
    quotes: result.quotes?.length ?? null,
  };
}

const options = parseArgs(process.argv.slice(2));
const isDirectory = (path) => {
  try {
    return path !== STDIN && statSync(path).isDirectory();
  } catch {
    return false;
  }
};
const batch = options.inputs.length > 1 || (options.inputs.length === 1 && isDirectory(options.inputs[0]));
if (batch && options.format === 'json') {
  fail(`--json prints the result of one input; for ${options.inputs.length > 1 ? 'several inputs' : 'a directory'} ` +
    'use --jsonl (one JSON object per line)', EXIT.USAGE);
}
if (batch) await analyzeBatch(options);
else await analyzeOne(options);
