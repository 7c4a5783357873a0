// The demo's UI languages: every word the page shows and how it writes
// numbers, in German and English. A locale is passed to the render
// functions, so a page in English never shows a German label or a decimal
// comma, aria-labels included. The level labels are not here: they come
// from lesbar's difficulty scale, in the same language.
import { difficultyLabel, stepRanges } from '../../js/difficulty-scale.js';

export const UI_LANGUAGES = Object.freeze(['de', 'en']);
export const DEFAULT_UI_LANGUAGE = 'en';

/** The first of the browser's languages the page speaks, else English. */
export function pickUiLanguage(preferred) {
  for (const tag of preferred ?? []) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (UI_LANGUAGES.includes(base)) return base;
  }
  return DEFAULT_UI_LANGUAGE;
}

const MESSAGES = {
  de: {
    title: 'lesbar — Textanalyse im Browser',
    tagline: 'Lesbarkeit, Namen und Zitate eines Artikels — offline, im Browser. Kein Text verlässt diese Seite.',
    skipLinks: 'Springen zu',
    skipText: 'Zum analysierten Text',
    skipPanel: (title) => `Zu: ${title}`,
    uiLanguage: 'Oberfläche',
    textLabel: 'Artikel einfügen oder tippen',
    textLanguage: 'Textsprache',
    languageAuto: 'automatisch',
    tokens: 'Tokens',
    tokensReader: 'wie gelesen',
    clear: 'Leeren',
    load: 'Datei laden …',
    sample: 'Beispielartikel',
    exportJson: 'Export JSON',
    exportCsv: 'Entitäten als CSV',
    analysing: 'Analyse läuft',
    resultTitle: 'Text mit Markierungen',
    textRegion: 'Analysierter Text; Tab führt zu einem Namen, die Pfeiltasten zu den anderen',
    panelsLabel: 'Auswertung',
    footer: 'lesbar analysiert lokal mit WebAssembly (C++ und ICU) · Analyse:',
    footerKeys: 'Fahren Sie mit der Maus über einen Namen oder fokussieren Sie ihn mit der Tabulatortaste: ' +
      'alle Erwähnungen leuchten auf (Esc hebt auf). Im Text führen die Pfeiltasten von Name zu Name.',
    engine: { worker: 'Web Worker', 'blob-worker': 'Web Worker (Blob-URL)', 'main-thread': 'Haupt-Thread (kein Worker möglich)' },
    languageNames: { de: 'Deutsch', en: 'Englisch', und: 'unbestimmt' },
    loadingModule: 'Lade das Analysemodul …',
    moduleFailed: (message) => `Das Analysemodul ließ sich nicht laden: ${message}`,
    analysingChars: (n) => `Analysiere ${n} Zeichen …`,
    rendering: 'Stelle das Ergebnis dar …',
    analysedIn: (ms, where) => `Analysiert in ${ms} ms · ${where}`,
    errorPrefix: 'Fehler: ',
    sampleFailed: (status) => `Beispielartikel: HTTP ${status}`,
    truncated: (shown, total) => `Hervorgehoben sind die ersten ${shown} von ${total} Zeichen ` +
      '(die Zahlen und Diagramme gelten für den ganzen Text).',
    nothingToExport: 'Noch kein Text zum Exportieren.',
    noEntitiesInBuild: 'Entitäten sind in dieser Version nicht verfügbar.',
    fileTooLarge: (name, size, max) => `${name} ist zu groß (${size}; höchstens ${max}).`,
    theFile: 'Die Datei',
    notUtf16: (name) => `${name} beginnt wie UTF-16-Text, ist aber keiner.`,
    binaryFile: (name) => `${name} ist keine Textdatei (sie enthält Null-Bytes).`,
    notUtf8: (name) => `${name} ist kein UTF-8-Text. Bitte als UTF-8 speichern.`,
    notAvailable: (what) => `${what}: nicht verfügbar — diese Version von lesbar liefert das noch nicht.`,
    emptyTitle: 'Noch kein Text',
    emptyHint: 'Füge oben einen Artikel ein, lade eine Datei oder das Beispiel: ' +
      'dann stehen hier Lesbarkeit, Zahlen, Namen und Zitate.',
    readability: 'Lesbarkeit',
    levelOf: (step, max) => `Stufe ${step} von ${max}`,
    difficultyOf: (value, max) => `Schwierigkeit ${value} von ${max}`,
    allFormulas: 'Alle Formeln',
    formula: 'Formel',
    value: 'Wert',
    measures: 'Was sie misst',
    counts: 'Zahlen',
    language: 'Sprache',
    confidence: (percent) => `Sicherheit ${percent} %`,
    tooShortToTell: (likeliest) => `zu kurz zum Bestimmen, am ehesten ${likeliest}`,
    words: 'Wörter',
    sentences: 'Sätze',
    paragraphs: 'Absätze',
    syllables: 'Silben',
    readingTime: 'Lesezeit',
    characters: 'Zeichen',
    notAvailableShort: '(nicht verfügbar)',
    estimated: (wpm) => `(geschätzt, ${wpm} Wörter/min)`,
    languagesPerParagraph: (list) => `Sprachen je Absatz: ${list}`,
    entities: 'Namen und Angaben',
    entitiesNa: 'Entitäten',
    noneFound: 'Keine gefunden.',
    clusterButton: (name, count) => `${name}, ${count} Erwähnungen: zur ersten springen`,
    moreInCsv: (n) => `… und ${n} weitere (alle im CSV-Export)`,
    quotes: 'Zitate',
    unknownSpeaker: 'Sprecher unbekannt',
    moreInJson: (n) => `… und ${n} weitere (alle im JSON-Export)`,
    charts: 'Diagramme',
    sentenceLengths: 'Satzlängen',
    noSentences: 'Keine Sätze.',
    difficultyAlongText: 'Schwierigkeit entlang des Textes',
    sentenceDifficultyNa: 'Satzschwierigkeit',
    wordsPerSentence: 'Wörter pro Satz',
    binTitle: (bin, count) => `${bin} Wörter: ${count} ${count === 1 ? 'Satz' : 'Sätze'}`,
    lengthsLabel: (summary) => `Satzlängen in Wörtern: ${summary}`,
    sentenceAxis: (n) => `Satz 1 … ${n} (Textverlauf)`,
    difficultyChartLabel: (n, mean, max, label) =>
      `Schwierigkeit entlang des Textes, ${n} Sätze, Mittel ${mean} von ${max} (${label})`,
    sentenceTitle: (index, label, step, max) => `Satz ${index}: ${label} (Stufe ${step} von ${max})`,
    sentenceWords: (n) => `${n} Wörter`,
    mentions: (n) => `${n} Erwähnungen`,
    cue: 'Redeeinleitung',
    quoteSample: '„Zitat“',
    sentenceLegend: 'Sätze:',
    entityTypes: {
      PER: ['Person', 'Personen'], LOC: ['Ort', 'Orte'], ORG: ['Organisation', 'Organisationen'],
      MISC: ['Sonstiges', 'Sonstiges'], DATE: ['Datum', 'Daten'], TIME: ['Uhrzeit', 'Uhrzeiten'],
      MONEY: ['Geldbetrag', 'Geldbeträge'], PERCENT: ['Prozent', 'Prozentangaben'], QUANTITY: ['Menge', 'Mengen'],
    },
    csvFile: 'lesbar-entitaeten.csv',
    jsonFile: 'lesbar-analyse.json',
  },
  en: {
    title: 'lesbar — text analysis in the browser',
    tagline: "An article's readability, names and quotes — offline, in the browser. No text leaves this page.",
    skipLinks: 'Skip to',
    skipText: 'The analysed text',
    skipPanel: (title) => title,
    uiLanguage: 'Interface',
    textLabel: 'Paste or type an article',
    textLanguage: 'Text language',
    languageAuto: 'automatic',
    tokens: 'Tokens',
    tokensReader: 'as read',
    clear: 'Clear',
    load: 'Load file …',
    sample: 'Sample article',
    exportJson: 'Export JSON',
    exportCsv: 'Entities as CSV',
    analysing: 'Analysing',
    resultTitle: 'Text with highlights',
    textRegion: 'Analysed text; Tab reaches one name, the arrow keys the others',
    panelsLabel: 'Results',
    footer: 'lesbar analyses locally with WebAssembly (C++ and ICU) · Analysis:',
    footerKeys: 'Hover over a name or focus it with the Tab key: all its mentions light up (Esc clears). ' +
      'In the text, the arrow keys move from name to name.',
    engine: { worker: 'Web Worker', 'blob-worker': 'Web Worker (blob URL)', 'main-thread': 'main thread (no worker possible)' },
    languageNames: { de: 'German', en: 'English', und: 'undetermined' },
    loadingModule: 'Loading the analysis module …',
    moduleFailed: (message) => `The analysis module could not be loaded: ${message}`,
    analysingChars: (n) => `Analysing ${n} characters …`,
    rendering: 'Rendering the result …',
    analysedIn: (ms, where) => `Analysed in ${ms} ms · ${where}`,
    errorPrefix: 'Error: ',
    sampleFailed: (status) => `Sample article: HTTP ${status}`,
    truncated: (shown, total) => `Highlighted are the first ${shown} of ${total} characters ` +
      '(the numbers and charts are for the whole text).',
    nothingToExport: 'No text to export yet.',
    noEntitiesInBuild: 'Entities are not available in this version.',
    fileTooLarge: (name, size, max) => `${name} is too large (${size}; at most ${max}).`,
    theFile: 'The file',
    notUtf16: (name) => `${name} starts like UTF-16 text but is not.`,
    binaryFile: (name) => `${name} is not a text file (it contains NUL bytes).`,
    notUtf8: (name) => `${name} is not UTF-8 text. Please save it as UTF-8.`,
    notAvailable: (what) => `${what}: not available — this version of lesbar does not provide it yet.`,
    emptyTitle: 'No text yet',
    emptyHint: 'Paste an article above, load a file or the sample: then readability, numbers, names and quotes appear here.',
    readability: 'Readability',
    levelOf: (step, max) => `level ${step} of ${max}`,
    difficultyOf: (value, max) => `Difficulty ${value} of ${max}`,
    allFormulas: 'All formulas',
    formula: 'Formula',
    value: 'Value',
    measures: 'What it measures',
    counts: 'Numbers',
    language: 'Language',
    confidence: (percent) => `confidence ${percent}%`,
    tooShortToTell: (likeliest) => `too short to tell, most likely ${likeliest}`,
    words: 'Words',
    sentences: 'Sentences',
    paragraphs: 'Paragraphs',
    syllables: 'Syllables',
    readingTime: 'Reading time',
    characters: 'Characters',
    notAvailableShort: '(not available)',
    estimated: (wpm) => `(estimated, ${wpm} words/min)`,
    languagesPerParagraph: (list) => `Languages by paragraph: ${list}`,
    entities: 'Names and figures',
    entitiesNa: 'Entities',
    noneFound: 'None found.',
    clusterButton: (name, count) => `${name}, ${count} mentions: jump to the first`,
    moreInCsv: (n) => `… and ${n} more (all in the CSV export)`,
    quotes: 'Quotes',
    unknownSpeaker: 'speaker unknown',
    moreInJson: (n) => `… and ${n} more (all in the JSON export)`,
    charts: 'Charts',
    sentenceLengths: 'Sentence lengths',
    noSentences: 'No sentences.',
    difficultyAlongText: 'Difficulty along the text',
    sentenceDifficultyNa: 'Sentence difficulty',
    wordsPerSentence: 'Words per sentence',
    binTitle: (bin, count) => `${bin} words: ${count} ${count === 1 ? 'sentence' : 'sentences'}`,
    lengthsLabel: (summary) => `Sentence lengths in words: ${summary}`,
    sentenceAxis: (n) => `Sentence 1 … ${n} (through the text)`,
    difficultyChartLabel: (n, mean, max, label) =>
      `Difficulty along the text, ${n} sentences, mean ${mean} of ${max} (${label})`,
    sentenceTitle: (index, label, step, max) => `Sentence ${index}: ${label} (level ${step} of ${max})`,
    sentenceWords: (n) => `${n} words`,
    mentions: (n) => `${n} mentions`,
    cue: 'reporting verb',
    quoteSample: '“quote”',
    sentenceLegend: 'Sentences:',
    entityTypes: {
      PER: ['Person', 'People'], LOC: ['Place', 'Places'], ORG: ['Organisation', 'Organisations'],
      MISC: ['Other', 'Other'], DATE: ['Date', 'Dates'], TIME: ['Time', 'Times'],
      MONEY: ['Amount of money', 'Amounts of money'], PERCENT: ['Percentage', 'Percentages'],
      QUANTITY: ['Quantity', 'Quantities'],
    },
    csvFile: 'lesbar-entities.csv',
    jsonFile: 'lesbar-analysis.json',
  },
};

const NUMBER_LOCALES = { de: 'de-DE', en: 'en-GB' };
const locales = new Map();

/**
 * The locale of a UI language: `t(key, ...args)` for its words, and its
 * number formats. Unknown languages get English.
 */
export function localeFor(language = DEFAULT_UI_LANGUAGE) {
  const tag = UI_LANGUAGES.includes(language) ? language : DEFAULT_UI_LANGUAGE;
  if (locales.has(tag)) return locales.get(tag);
  const messages = MESSAGES[tag];
  const integerFormat = new Intl.NumberFormat(NUMBER_LOCALES[tag]);
  const decimalFormat = new Intl.NumberFormat(NUMBER_LOCALES[tag], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const integer = (value) => integerFormat.format(Math.round(value));
  const decimal = (value) => decimalFormat.format(value);
  const languageNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(NUMBER_LOCALES[tag], { type: 'language' }) : null;
  // The page's own names first ('und' would be "root" to Intl), then the browser's for any other tag.
  const languageName = (code) => {
    if (Object.hasOwn(messages.languageNames, code)) return messages.languageNames[code];
    try {
      return languageNames?.of(code) ?? code;
    } catch {
      return code;  // not a well-formed tag
    }
  };
  const locale = Object.freeze({
    language: tag,
    t(key, ...args) {
      const message = messages[key];
      if (message === undefined) throw new Error(`locale ${tag}: no message ${key}`);
      return typeof message === 'function' ? message(...args) : message;
    },
    integer,
    decimal,
    bytes(bytes) {
      if (bytes < 1024) return `${integer(bytes)} B`;
      if (bytes < 1024 * 1024) return `${decimal(bytes / 1024)} KB`;
      return `${decimal(bytes / (1024 * 1024))} MB`;
    },
    entityType: (type) => messages.entityTypes[type]?.[0] ?? String(type),
    entityTypePlural: (type) => messages.entityTypes[type]?.[1] ?? String(type),
    entityTypes: Object.keys(messages.entityTypes),
    languageName,
    engineName: (where) => messages.engine[where] ?? where,
    /** The level label of a difficulty, from lesbar's scale, in this UI language. */
    level: (difficulty) => difficultyLabel(difficulty, tag),
    levelRanges: () => stepRanges().map((range) => ({ ...range, label: difficultyLabel(range.step, tag) })),
  });
  locales.set(tag, locale);
  return locale;
}
