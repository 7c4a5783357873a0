// The demo page's controller: reads the controls, sends the text to the
// analysis engine (a Web Worker, or the page's own thread where workers are
// blocked), and shows the result with the pure render functions. Everything
// it inserts is built by toDom(): user text only ever becomes Text nodes.
import { toDom } from './vnode.js';
import { highlightView } from './highlight.js';
import {
  chartsPanel, countsPanel, emptyPanel, entitiesPanel, legend, quotesPanel, readabilityPanel,
} from './panels.js';
import { analysisJson, entitiesCsv, hasEntities } from './model.js';
import { formatBytes, formatDecimal, formatInteger } from './format.js';

/** From this size on the page shows a progress bar while the engine works. */
export const PROGRESS_THRESHOLD = 1 << 20;
/** Files larger than this are refused before reading (the core's default limit is 64 Mi code units). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Debounce delay: short for articles, longer as typing into a huge text gets costly. */
export const debounceDelay = (length) => Math.min(1500, 200 + Math.floor(length / 20000) * 10);

/**
 * Decodes a loaded file as the CLI does: UTF-16 with a byte order mark, else
 * UTF-8 (its BOM dropped); throws an Error a user understands for binary
 * data or other encodings.
 */
export function decodeTextFile(bytes, name = 'Die Datei') {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const utf16 = view[0] === 0xff && view[1] === 0xfe ? 'utf-16le' : view[0] === 0xfe && view[1] === 0xff ? 'utf-16be' : null;
  if (utf16 !== null) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(view);
    } catch {
      throw new Error(`${name} beginnt wie UTF-16-Text, ist aber keiner.`);
    }
  }
  const sample = view.subarray(0, 65536);
  if (sample.includes(0)) throw new Error(`${name} ist keine Textdatei (sie enthält Null-Bytes).`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(view);
  } catch {
    throw new Error(`${name} ist kein UTF-8-Text. Bitte als UTF-8 speichern.`);
  }
}

/**
 * @param {{ document: Document, createEngine: (onStarted: Function) => Promise<{ analyzer: any, where: string }>,
 *           loadSample: () => Promise<string> }} options
 */
export async function startApp({ document, createEngine, loadSample }) {
  const $ = (id) => document.getElementById(id);
  const body = document.body;
  const input = $('text');
  const status = $('status');
  const progress = $('progress');
  const textview = $('textview');
  const panels = $('panels');
  const exportJson = $('export-json');
  const exportCsv = $('export-csv');

  let analyzer = null;
  let where = ''; // where the engine runs, for the status line
  let current = null; // { text, result, options }
  let sequence = 0;
  let inFlight = false;
  let dirty = false;
  let timer = 0;

  const setStatus = (message, { error = false, busy = false } = {}) => {
    status.textContent = message;
    status.classList.toggle('error', error);
    status.setAttribute('role', error ? 'alert' : 'status');
    body.dataset.busy = busy ? 'true' : 'false';
  };

  function render(text, result) {
    pinned = null;
    lit = [];
    const { view, truncated, shownLength } = highlightView(text, result);
    textview.replaceChildren(toDom(view, document));
    if (truncated) {
      const note = document.createElement('p');
      note.className = 'note';
      note.textContent = `Hervorgehoben sind die ersten ${formatInteger(shownLength)} von ${formatInteger(text.length)} Zeichen ` +
        '(die Zahlen und Diagramme gelten für den ganzen Text).';
      textview.append(note);
    }
    $('legend').replaceChildren(toDom(legend(result), document));
    // Without a token there is nothing to measure, not an analysis missing.
    const empty = result.tokens.length === 0;
    panels.replaceChildren(...(empty ? [emptyPanel()] : [
      readabilityPanel(result), countsPanel(text, result), entitiesPanel(text, result),
      quotesPanel(text, result), chartsPanel(result),
    ]).map((node) => toDom(node, document)));
    const nothingToExport = empty ? 'Noch kein Text zum Exportieren.' : null;
    exportJson.disabled = empty;
    exportJson.title = nothingToExport ?? '';
    exportCsv.disabled = empty || !hasEntities(result);
    exportCsv.title = nothingToExport ?? (hasEntities(result) ? '' : 'Entitäten sind in dieser Version nicht verfügbar.');
    body.dataset.empty = String(empty);
    body.dataset.sentences = String(result.sentences.length);
    body.dataset.entities = hasEntities(result) ? String(result.entities.length) : 'unavailable';
    body.dataset.quotes = Array.isArray(result.quotes) ? String(result.quotes.length) : 'unavailable';
    body.dataset.language = result.language;
  }

  async function analyzeNow() {
    clearTimeout(timer);
    if (analyzer === null) return;
    if (inFlight) {
      dirty = true; // analyse again when the running request returns
      return;
    }
    const text = input.value;
    const options = { language: $('language').value, tokenization: $('tokenization').value };
    const id = ++sequence;
    inFlight = true;
    dirty = false;
    const large = text.length >= PROGRESS_THRESHOLD;
    progress.hidden = !large;
    if (large) setStatus(`Analysiere ${formatInteger(text.length)} Zeichen …`, { busy: true });
    else body.dataset.busy = 'true';
    const started = performance.now();
    try {
      const result = await analyzer.analyze(text, options);
      const analysed = performance.now() - started;
      if (large) {
        setStatus('Stelle das Ergebnis dar …', { busy: true });
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      render(text, result);
      current = { text, result, options };
      setStatus(`Analysiert in ${formatDecimal(analysed)} ms · ${where}`);
      body.dataset.analysis = String(id);
    } catch (error) {
      setStatus(error.message.replace(/^lesbar: /, 'Fehler: '), { error: true });
    } finally {
      progress.hidden = true;
      inFlight = false;
      if (dirty) analyzeNow();
    }
  }

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(analyzeNow, debounceDelay(input.value.length));
  };

  // Every mention of one entity lights up together, from the text or the list.
  function mentionsOf(element) {
    if (element.dataset.mentions) {
      return element.dataset.mentions.split(' ').flatMap((index) =>
        [...textview.querySelectorAll(`mark[data-entity="${Number(index)}"]`)]);
    }
    if (element.dataset.cluster !== undefined) {
      return [...textview.querySelectorAll(`mark[data-cluster="${Number(element.dataset.cluster)}"]`)];
    }
    return element.matches('mark[data-entity]') ? [element] : [];
  }
  let lit = [];
  // After a jump from the entity list: its mentions stay lit, and the one
  // jumped to keeps a ring, while the scroll moves other things under the
  // pointer; Escape, a click elsewhere or another entity ends it.
  let pinned = null; // { marks, target }
  function show(marks) {
    for (const mark of lit) mark.classList.remove('active');
    lit = marks;
    for (const mark of lit) mark.classList.add('active');
    body.dataset.activeMentions = String(lit.length);
  }
  function unpin() {
    pinned?.target.classList.remove('pinned');
    pinned = null;
  }
  function light(target) {
    const element = target?.closest?.('mark.ent, button.cluster');
    if (!element) {
      show(pinned ? pinned.marks : []);
      return;
    }
    const marks = mentionsOf(element);
    if (pinned && !marks.includes(pinned.target)) unpin();
    show(marks);
  }
  for (const area of [textview, panels]) {
    area.addEventListener('mouseover', (event) => light(event.target));
    area.addEventListener('focusin', (event) => light(event.target));
    area.addEventListener('mouseleave', () => light(null));
    area.addEventListener('focusout', (event) => {
      if (!event.relatedTarget?.closest?.('mark.ent, button.cluster')) light(null);
    });
  }
  panels.addEventListener('click', (event) => {
    const button = event.target.closest('button.cluster');
    if (!button) return;
    const marks = mentionsOf(button);
    const [first] = marks;
    if (!first) return;
    unpin();
    pinned = { marks, target: first };
    first.classList.add('pinned');
    show(marks);
    const smooth = !document.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    first.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    first.focus({ preventScroll: true });
  });
  document.addEventListener('click', (event) => {
    if (pinned && !event.target.closest?.('mark.ent, button.cluster')) {
      unpin();
      show([]);
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      unpin();
      show([]);
    }
  });

  function download(name, type, content) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }
  exportJson.addEventListener('click', () => {
    if (current) download('lesbar-analyse.json', 'application/json', analysisJson(current.text, current.result));
  });
  exportCsv.addEventListener('click', () => {
    const csv = current && entitiesCsv(current.text, current.result);
    if (csv) download('lesbar-entitaeten.csv', 'text/csv;charset=utf-8', `\uFEFF${csv}`);
  });

  input.addEventListener('input', schedule);
  $('language').addEventListener('change', analyzeNow);
  $('tokenization').addEventListener('change', analyzeNow);
  $('clear').addEventListener('click', () => {
    input.value = '';
    analyzeNow();
    input.focus();
  });
  $('load').addEventListener('click', () => $('file').click());
  $('file').addEventListener('change', async () => {
    const file = $('file').files?.[0];
    $('file').value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setStatus(`${file.name} ist zu groß (${formatBytes(file.size)}; höchstens ${formatBytes(MAX_FILE_BYTES)}).`, { error: true });
      return;
    }
    try {
      input.value = decodeTextFile(await file.arrayBuffer(), file.name);
      analyzeNow();
    } catch (error) {
      setStatus(error.message, { error: true });
    }
  });
  $('sample').addEventListener('click', async () => {
    input.value = await loadSample();
    analyzeNow();
  });

  setStatus('Lade das Analysemodul …', { busy: true });
  try {
    const engine = await createEngine((info) => {
      setStatus(`Analysiere ${formatInteger(info.length)} Zeichen …`, { busy: true });
    });
    analyzer = engine.analyzer;
    where = engine.where;
    $('engine').textContent = engine.where;
    body.dataset.engine = engine.where;
  } catch (error) {
    setStatus(`Das Analysemodul ließ sich nicht laden: ${error.message}`, { error: true });
    return;
  }
  input.value = await loadSample();
  await analyzeNow();
  body.dataset.ready = 'true';
}
