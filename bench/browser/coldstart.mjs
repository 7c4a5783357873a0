// Times what a page pays before its first result: the sample article is
// fetched first (a user's text is there already), then lesbar is imported,
// created and run once. Results go to document.body.dataset for the driver.
const sampleUrl = new URL(document.location).searchParams.get('sample');
const entities = new URL(document.location).searchParams.get('entities') !== 'false';
const text = await (await fetch(sampleUrl)).text();
const started = performance.now();
const { createAnalyzer } = await import('../../js/index.js');
const imported = performance.now();
const analyzer = await createAnalyzer({ entities });
const created = performance.now();
const result = analyzer.analyze(text, { language: 'auto', entities });
const analysed = performance.now();
Object.assign(document.body.dataset, {
  importMs: String(imported - started),
  createMs: String(created - imported),
  firstAnalyzeMs: String(analysed - created),
  totalMs: String(analysed - started),
  sinceNavigationMs: String(analysed),
  entities: String(result.entities?.length ?? 0),
  done: 'true',
});
