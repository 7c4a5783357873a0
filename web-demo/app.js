// The demo page: analyses the text as you type and shows sentences and
// tokens. Text is only ever inserted with textContent, never as HTML.
import { createAnalyzer } from '../js/index.js';

const $ = (id) => document.getElementById(id);
const input = $('text');
const status = $('status');
const SAMPLE_URL = 'samples/article-de-russland-iran.txt';

const analyzer = await createAnalyzer();

function render(text, result, milliseconds) {
  const counts = $('counts');
  counts.replaceChildren();
  for (const [label, value] of [
    ['Sprache', `${result.language} (${Math.round(result.languageConfidence * 100)} %)`],
    ['Absätze', result.paragraphs.length],
    ['Sätze', result.sentences.length],
    ['Tokens', result.tokens.length],
    ['Zitate', result.quotes.length],
  ]) {
    const item = document.createElement('div');
    const dt = document.createElement('dt');
    const dd = document.createElement('dd');
    dt.textContent = label;
    dd.textContent = String(value);
    item.append(dt, dd);
    counts.append(item);
  }
  const list = $('sentences');
  const items = [];
  let t = 0;
  for (const sentence of result.sentences) {
    const li = document.createElement('li');
    while (t < result.tokens.length && result.tokens[t].start < sentence.end) {
      const token = result.tokens[t++];
      const span = document.createElement('span');
      span.className = `token ${token.kind}`;
      span.title = token.kind;
      span.textContent = text.slice(token.start, token.end);
      li.append(span);
    }
    items.push(li);
  }
  list.replaceChildren(...items);
  renderQuotes(text, result);
  status.textContent = `Analysiert in ${milliseconds.toFixed(1)} ms.`;
  document.body.dataset.sentences = String(result.sentences.length);
}

// "Wer sagte was": each quotation with its cue and speaker (the entity
// cluster's name once entities are in the result, else its id).
function renderQuotes(text, result) {
  const rows = result.quotes.map((quote) => {
    const li = document.createElement('li');
    const said = document.createElement('q');
    said.textContent = text.slice(quote.start + 1, quote.end - 1);
    const who = document.createElement('span');
    who.className = 'speaker';
    const cluster = quote.speaker === null ? null : result.clusters?.[quote.speaker];
    who.textContent = quote.speaker === null ? 'unbekannt' : (cluster?.name ?? `#${quote.speaker}`);
    const cue = document.createElement('span');
    cue.className = 'cue';
    cue.textContent = quote.cue ? text.slice(quote.cue.start, quote.cue.end) : '';
    li.append(who, ' ', cue, ': ', said);
    return li;
  });
  $('quotes').replaceChildren(...rows);
  document.body.dataset.quotes = String(result.quotes.length);
}

function analyzeNow() {
  const text = input.value;
  const started = performance.now();
  try {
    const result = analyzer.analyze(text, {
      language: $('language').value,
      tokenization: $('tokenization').value,
    });
    render(text, result, performance.now() - started);
  } catch (error) {
    status.textContent = error.message;
  }
}

let timer = 0;
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(analyzeNow, 120);
}

async function loadSample() {
  const response = await fetch(SAMPLE_URL);
  input.value = await response.text();
  analyzeNow();
}

input.addEventListener('input', schedule);
$('language').addEventListener('change', analyzeNow);
$('tokenization').addEventListener('change', analyzeNow);
$('clear').addEventListener('click', () => {
  input.value = '';
  analyzeNow();
  input.focus();
});
$('sample').addEventListener('click', loadSample);
await loadSample();
document.body.dataset.ready = 'true';
