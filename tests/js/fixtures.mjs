// A constructed result with every optional field, for testing the demo's and
// the CLI's rendering without depending on what the analyses find. Offsets are
// computed from the text so the fixture stays valid when edited.
export const FIXTURE_TEXT =
  'Sergej Schoigu traf Putin in Moskau. „Wir sind stark“, sagte Shoigu. Der Satz ist sehr lang und schwer.\n\n' +
  'Moskau <img src=x onerror="document.body.dataset.pwned=1"> schweigt.';

const at = (needle, from = 0) => {
  const start = FIXTURE_TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: ${needle} not found`);
  return { start, end: start + needle.length };
};

export function fixtureResult() {
  const sentence = (s, difficulty, words) => ({ ...s, readability: { words, syllables: words * 2, longWords: 1, score: 50, level: 'mittel', difficulty } });
  const s1 = at('Sergej Schoigu traf Putin in Moskau.');
  // A quote that crosses into the next sentence, to test splitting.
  const s2 = at('„Wir sind stark“,');
  const s3 = at('sagte Shoigu.');
  const s4 = at('Der Satz ist sehr lang und schwer.');
  const s5 = { start: at('Moskau <img').start, end: FIXTURE_TEXT.length };
  const quote = { start: s2.start, end: at('sagte').end };
  return {
    language: 'de',
    languageConfidence: 0.93,
    languages: [{ ...at('Sergej Schoigu traf Putin in Moskau. „Wir sind stark“, sagte Shoigu. Der Satz ist sehr lang und schwer.'), language: 'de', confidence: 0.9 },
      { ...s5, language: 'de', confidence: 0.6 }],
    paragraphs: [{ start: 0, end: s4.end }, s5],
    sentences: [sentence(s1, 2, 6), sentence(s2, 3, 3), sentence(s3, 1, 2), sentence(s4, 7, 7), sentence(s5, 4, 6)],
    tokens: [],
    readability: {
      counts: { words: 24, sentences: 5, syllables: 48 },
      scores: { fleschReadingEase: 63.5, wienerSachtextformel1: 6.2, lix: 31.0, someNewFormula: 1.5 },
      // The core's reading of its main score on Flesch's bands: not the label the reports show.
      level: { label: 'mittel', scale: 'fleschReadingEase' },
      difficulty: 4.6,
      readingTimeSeconds: 7,
    },
    entities: [
      { ...at('Sergej Schoigu'), type: 'PER', cluster: 0, score: 0.98 },
      { ...at('Putin'), type: 'PER', cluster: 1, score: 0.9 },
      { ...at('Moskau'), type: 'LOC', cluster: 2, score: 0.95 },
      // Crosses the quote's end: rendered as two pieces of one mention.
      { start: at('stark“').start, end: at('stark“').end + 2, type: 'MISC', cluster: -1, score: 0.3 },
      { ...at('Shoigu'), type: 'PER', cluster: 0, score: 0.9 },
      { ...at('Moskau', s5.start), type: 'LOC', cluster: 2, score: 0.95 },
    ],
    clusters: [
      { id: 0, type: 'PER', name: 'Sergej Schoigu', mentions: [0, 4] },
      { id: 1, type: 'PER', name: 'Wladimir Putin', mentions: [1] },
      { id: 2, type: 'LOC', name: 'Moskau', mentions: [2, 5] },
    ],
    quotes: [{ ...quote, speaker: 0, cue: at('sagte') }],
  };
}

/** The same result as a build without the analyses returns it. */
export function bareResult() {
  const { language, paragraphs, sentences, tokens } = fixtureResult();
  return { language, paragraphs, sentences: sentences.map(({ start, end }) => ({ start, end })), tokens };
}
