// The demo page's controller: reads the controls, sends the text to the
// analysis engine (a Web Worker, or the page's own thread where workers are
// blocked), and shows the result with the pure render functions. Everything
// it inserts is built by toDom(): user text only ever becomes Text nodes.
import { toDom } from './vnode.js';
import { highlightView } from './highlight.js';
import {
  chartsPanel, countsPanel, emptyPanel, entitiesPanel, legend, panelTitle, quotesPanel, readabilityPanel,
} from './panels.js';
import { analysisJson, entitiesCsv, hasEntities } from './model.js';
import { UI_LANGUAGES, localeFor, pickUiLanguage } from './locale.js';

const GERMAN = localeFor('de');
/** Where the page keeps the reader's choice of UI language. */
const UI_LANGUAGE_KEY = 'lesbar-ui-language';

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
export function decodeTextFile(bytes, name = null, locale = GERMAN) {
  name ??= locale.t('theFile');
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const utf16 = view[0] === 0xff && view[1] === 0xfe ? 'utf-16le' : view[0] === 0xfe && view[1] === 0xff ? 'utf-16be' : null;
  if (utf16 !== null) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(view);
    } catch {
      throw new Error(locale.t('notUtf16', name));
    }
  }
  const sample = view.subarray(0, 65536);
  if (sample.includes(0)) throw new Error(locale.t('binaryFile', name));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(view);
  } catch {
    throw new Error(locale.t('notUtf8', name));
  }
}

/** The UI language to start in: the reader's earlier choice, else the browser's languages. */
function initialUiLanguage(window) {
  try {
    const chosen = window?.localStorage?.getItem(UI_LANGUAGE_KEY);
    if (UI_LANGUAGES.includes(chosen)) return chosen;
  } catch {
    // Storage may be refused (privacy settings, some file:// pages): follow the browser.
  }
  const navigator = window?.navigator;
  return pickUiLanguage(navigator?.languages?.length ? navigator.languages : [navigator?.language]);
}

/**
 * Writes the page's fixed words in the locale's language: elements with
 * data-i18n get its message as text, data-i18n-aria-label as aria-label,
 * data-language-name the language's name.
 */
export function translatePage(document, locale) {
  document.documentElement.lang = locale.language;
  document.title = locale.t('title');
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = locale.t(element.dataset.i18n);
  for (const element of document.querySelectorAll('[data-i18n-aria-label]')) {
    element.setAttribute('aria-label', locale.t(element.dataset.i18nAriaLabel));
  }
  for (const element of document.querySelectorAll('[data-language-name]')) {
    element.textContent = locale.languageName(element.dataset.languageName);
  }
  for (const link of document.querySelectorAll('a[data-skip-panel]')) {
    link.textContent = locale.t('skipPanel', panelTitle(link.dataset.skipPanel, locale));
  }
}

/**
 * @param {{ document: Document, createEngine: (onStarted: Function) => Promise<{ analyzer: any, where: string }>,
 *           loadSample: () => Promise<string> }} options
 *   `where` names the engine's place: 'worker', 'blob-worker' or 'main-thread'.
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

  const uiLanguage = $('ui-language');
  let locale = localeFor(initialUiLanguage(document.defaultView));
  let analyzer = null;
  let where = ''; // where the engine runs, for the status line
  let current = null; // { text, result, options }
  let sequence = 0;
  let inFlight = false;
  let dirty = false;
  let timer = 0;

  // A status is kept as a function of the locale, so a switch of the UI
  // language rewrites it too.
  let statusMessage = () => '';
  const setStatus = (message, { error = false, busy = false } = {}) => {
    statusMessage = typeof message === 'function' ? message : () => message;
    status.textContent = statusMessage(locale);
    status.classList.toggle('error', error);
    status.setAttribute('role', error ? 'alert' : 'status');
    body.dataset.busy = busy ? 'true' : 'false';
  };

  function render(text, result) {
    pinned = null;
    lit = [];
    const { view, truncated, shownLength } = highlightView(text, result, { locale });
    textview.replaceChildren(toDom(view, document));
    if (truncated) {
      const note = document.createElement('p');
      note.className = 'note';
      note.textContent = locale.t('truncated', locale.integer(shownLength), locale.integer(text.length));
      textview.append(note);
    }
    $('legend').replaceChildren(toDom(legend(result, locale), document));
    // Without a token there is nothing to measure, not an analysis missing.
    const empty = result.tokens.length === 0;
    panels.replaceChildren(...(empty ? [emptyPanel(locale)] : [
      readabilityPanel(result, locale), countsPanel(text, result, locale), entitiesPanel(text, result, locale),
      quotesPanel(text, result, locale), chartsPanel(result, locale),
    ]).map((node) => toDom(node, document)));
    // Skip links to panels that are not there (no text yet) are hidden.
    for (const link of document.querySelectorAll('a[data-skip-panel]')) {
      link.parentElement.hidden = document.getElementById(link.dataset.skipPanel) === null;
    }
    const nothingToExport = empty ? locale.t('nothingToExport') : null;
    exportJson.disabled = empty;
    exportJson.title = nothingToExport ?? '';
    exportCsv.disabled = empty || !hasEntities(result);
    exportCsv.title = nothingToExport ?? (hasEntities(result) ? '' : locale.t('noEntitiesInBuild'));
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
    if (large) setStatus((l) => l.t('analysingChars', l.integer(text.length)), { busy: true });
    else body.dataset.busy = 'true';
    const started = performance.now();
    try {
      const result = await analyzer.analyze(text, options);
      const analysed = performance.now() - started;
      if (large) {
        setStatus((l) => l.t('rendering'), { busy: true });
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      render(text, result);
      current = { text, result, options };
      setStatus((l) => l.t('analysedIn', l.decimal(analysed), l.engineName(where)));
      body.dataset.analysis = String(id);
    } catch (error) {
      setStatus((l) => error.message.replace(/^lesbar: /, l.t('errorPrefix')), { error: true });
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
  // Roving focus in the text: one mention is the Tab stop, the arrow keys
  // (and Home, End) move it, so the panels are a few Tab presses away
  // however many names the text has.
  function rove(from, to) {
    if (!to || to === from) return;
    from?.setAttribute('tabindex', '-1');
    to.setAttribute('tabindex', '0');
    to.focus();
  }
  const ROVING_KEYS = new Set(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End']);
  textview.addEventListener('keydown', (event) => {
    const current = event.target.closest?.('mark.ent[tabindex]');
    if (!current || !ROVING_KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    const stops = [...textview.querySelectorAll('mark.ent[tabindex]')];
    const at = stops.indexOf(current);
    const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: stops.length - 1 }[event.key];
    event.preventDefault();
    rove(current, stops[Math.min(stops.length - 1, Math.max(0, next))]);
  });
  // A mention focused another way (a click, the entity list) becomes the Tab stop.
  textview.addEventListener('focusin', (event) => {
    const mark = event.target.closest?.('mark.ent[tabindex]');
    if (!mark || mark.getAttribute('tabindex') === '0') return;
    textview.querySelector('mark.ent[tabindex="0"]')?.setAttribute('tabindex', '-1');
    mark.setAttribute('tabindex', '0');
  });
  // Skip links move the focus into their target, so the next Tab starts there.
  document.addEventListener('click', (event) => {
    const link = event.target.closest?.('a.skip-link');
    const target = link && document.getElementById(link.hash.slice(1));
    if (!target) return;
    event.preventDefault();
    target.focus();
  });

  function setUiLanguage(language) {
    locale = localeFor(language);
    uiLanguage.value = locale.language;
    translatePage(document, locale);
    $('engine').textContent = where ? locale.engineName(where) : '–';
    status.textContent = statusMessage(locale);
    body.dataset.uiLanguage = locale.language;
    if (current) render(current.text, current.result);
  }
  uiLanguage.addEventListener('change', () => {
    setUiLanguage(uiLanguage.value);
    try {
      document.defaultView?.localStorage?.setItem(UI_LANGUAGE_KEY, locale.language);
    } catch {
      // Not stored: the next visit follows the browser's language again.
    }
  });
  setUiLanguage(locale.language);

  // Where the pointer last moved to. A mouseover there comes from the page
  // scrolling under a still pointer (the jump itself, the wheel): while a
  // jump is pinned, that is no hover and must not end it. A real move fires
  // mouseover before its mousemove, so it never matches; and once the
  // pointer really moves over a name the scroll brought under it, that
  // name is hovered.
  let pointerAt = null;
  document.addEventListener('mousemove', (event) => {
    const moved = pointerAt === null || event.clientX !== pointerAt.x || event.clientY !== pointerAt.y;
    pointerAt = { x: event.clientX, y: event.clientY };
    const name = event.target.closest?.('mark.ent, button.cluster');
    if (pinned && moved && name && (textview.contains(name) || panels.contains(name))) light(name);
  });
  const stillPointer = (event) => pointerAt !== null && event.clientX === pointerAt.x && event.clientY === pointerAt.y;
  for (const area of [textview, panels]) {
    area.addEventListener('mouseover', (event) => {
      if (pinned && stillPointer(event)) return;
      light(event.target);
    });
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
    if (current) download(locale.t('jsonFile'), 'application/json', analysisJson(current.text, current.result));
  });
  exportCsv.addEventListener('click', () => {
    const csv = current && entitiesCsv(current.text, current.result);
    if (csv) download(locale.t('csvFile'), 'text/csv;charset=utf-8', `\uFEFF${csv}`);
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
      setStatus((l) => l.t('fileTooLarge', file.name, l.bytes(file.size), l.bytes(MAX_FILE_BYTES)), { error: true });
      return;
    }
    try {
      input.value = decodeTextFile(await file.arrayBuffer(), file.name, locale);
      analyzeNow();
    } catch (error) {
      setStatus(error.message, { error: true });
    }
  });
  $('sample').addEventListener('click', async () => {
    input.value = await loadSample();
    analyzeNow();
  });

  setStatus((l) => l.t('loadingModule'), { busy: true });
  try {
    const engine = await createEngine((info) => {
      setStatus((l) => l.t('analysingChars', l.integer(info.length)), { busy: true });
    });
    analyzer = engine.analyzer;
    where = engine.where;
    $('engine').textContent = locale.engineName(engine.where);
    body.dataset.engine = engine.where;
  } catch (error) {
    setStatus((l) => l.t('moduleFailed', error.message), { error: true });
    return;
  }
  input.value = await loadSample();
  await analyzeNow();
  body.dataset.ready = 'true';
}
