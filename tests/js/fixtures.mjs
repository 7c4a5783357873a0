// A real analysis for testing the demo's, the summary's and the CLI's
// rendering: FIXTURE_TEXT analysed once by the wasm build, so the fixture
// has exactly the shape analyze() returns. The text has what the renderers
// must handle: a name with a spelling variant, a quotation over two
// sentences with its speaker, a long hard sentence, and markup that must
// stay text. Cases real output does not have (a mention across a quote's
// end, an unknown formula) are added by the tests that need them.
import { createAnalyzer } from '../../js/index.js';

export const FIXTURE_TEXT =
  'Sergej Schoigu traf Wladimir Putin in Moskau. „Wir sind stark. Wir bleiben“, sagte Shoigu. ' +
  'Die außerordentlich komplizierte Verhandlungsführung der Regierungsdelegation scheiterte wiederholt ' +
  'an unüberbrückbaren Meinungsverschiedenheiten.\n\n' +
  'Moskau <img src=x onerror="document.body.dataset.pwned=1"> schweigt.';

const analyzer = await createAnalyzer();
const full = analyzer.analyze(FIXTURE_TEXT);
const withoutAnalyses = analyzer.analyze(FIXTURE_TEXT, { readability: false, entities: false });
analyzer.dispose();

/** The analysis with every analysis on; a fresh copy on every call. */
export function fixtureResult() {
  return structuredClone(full);
}

/**
 * The same text as a build without the analyses returns it: language,
 * paragraphs, sentences and tokens, taken from a real analysis with
 * readability and entities off.
 */
export function bareResult() {
  const { language, paragraphs, sentences, tokens } = structuredClone(withoutAnalyses);
  return { language, paragraphs, sentences, tokens };
}
