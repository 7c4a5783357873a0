// Type declarations for lesbar's public API, written by hand in one style
// (one `name?: type;` per line) that tests/js/types.test.mjs reads: it
// checks every runtime export, the enum unions against the binding's names,
// and a real analysis against these interfaces field by field.

/** Kinds a token can have. */
export type TokenKind =
  | 'word'
  | 'number'
  | 'punct'
  | 'symbol'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'emoji';

/** A stretch of the input: `text.slice(start, end)`, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  kind: TokenKind;
  /** Syllables, on word and number tokens only. */
  syllables?: number;
}

export interface ReadabilityLevel {
  /**
   * The main score read on its own formula's bands, in the text's language
   * ('schwer' for Amstad below 50). The reports label a text by its
   * difficulty instead: difficultyLevel() in lesbar/summary.
   */
  label: string;
  /** The main score's key in `scores`: 'fleschReadingEase' (the language's variant) or 'lix'. */
  scale: 'fleschReadingEase' | 'lix' | (string & {});
}

export interface ReadabilityCounts {
  sentences: number;
  words: number;
  syllables: number;
  /** Letters and digits inside words. */
  letters: number;
  /** Characters of all tokens (everything but whitespace), in UTF-16 code units like String.length. */
  characters: number;
  monosyllables: number;
  /** Words of three or more syllables. */
  polysyllables: number;
  /** Words of seven or more letters (LIX, RIX). */
  longWords: number;
  uniqueWords: number;
  /** English: words off the Dale-Chall easy-word list. */
  difficultWords: number;
}

/** `null` where a formula does not apply to the language or the text. */
export interface ReadabilityScores {
  /** The language's variant: Amstad for German, Flesch for English, ... */
  fleschReadingEase: number | null;
  fleschKincaidGrade: number | null;
  gunningFog: number | null;
  /** English SMOG; German SMOG-D (Bamberger & Vanecek). */
  smog: number | null;
  colemanLiau: number | null;
  automatedReadabilityIndex: number | null;
  daleChall: number | null;
  lix: number | null;
  rix: number | null;
  wienerSachtextformel1: number | null;
  wienerSachtextformel2: number | null;
  wienerSachtextformel3: number | null;
  wienerSachtextformel4: number | null;
}

export interface Readability {
  counts: ReadabilityCounts;
  scores: ReadabilityScores;
  level: ReadabilityLevel;
  /** 1 (very easy) … 7 (very hard), fitted on human judgments; null without words. */
  difficulty: number | null;
  readingTimeSeconds: number;
}

export interface SentenceReadability {
  words: number;
  syllables: number;
  longWords: number;
  /** The document's main score (see level.scale) on this sentence alone. */
  score: number | null;
  level: ReadabilityLevel;
  difficulty: number | null;
}

export interface Sentence extends Span {
  /** Absent when analyze() was called with `readability: false`. */
  readability?: SentenceReadability;
}

export interface AnalyzeOptions {
  /** 'auto' (default), 'de', 'en', or another BCP 47 tag (ICU's rules). */
  language?: 'auto' | 'de' | 'en' | (string & {});
  /**
   * 'reader' (default) keeps "Berg-Karabach", "long-term" and "!!!" whole;
   * 'ud' follows Universal Dependencies (GSD, EWT) tokenisation.
   * Both split English clitics ("do|n't").
   */
  tokenization?: 'reader' | 'ud';
  /**
   * true (default): lesbar's own counting; false: skip readability;
   * { compat: 'textstat' }: count words, sentences and syllables as textstat
   * 0.7.11 does and use its formulas, to reproduce its numbers.
   */
  readability?: boolean | { compat?: 'lesbar' | 'textstat' };
  /**
   * true (default, unless the analyzer was created with `entities: false`):
   * find names and values and link them into clusters; false: skip it (the
   * most expensive analysis); quotes then have no speakers. true needs the
   * entity data loaded (see CreateAnalyzerOptions.entities).
   */
  entities?: boolean;
}

/** A run of consecutive paragraphs in one language. */
export interface LanguageSpan extends Span {
  /** 'de', 'en', 'fr', … or 'und'. */
  language: string;
  /** 0..1 */
  confidence: number;
}

/** A direct quotation, its quotation marks included. */
export interface Quote extends Span {
  /** Id of the entity cluster who said it, or null. */
  speaker: number | null;
  /** The reporting verb or attribution ("sagte", "said", "laut"), or null. */
  cue: Span | null;
}

// ---- Entities ----
/** Names (PER, LOC, ORG, MISC) and values (DATE … QUANTITY). */
export type EntityType =
  | 'PER'
  | 'LOC'
  | 'ORG'
  | 'MISC'
  | 'DATE'
  | 'TIME'
  | 'MONEY'
  | 'PERCENT'
  | 'QUANTITY';

export interface Entity extends Span {
  type: EntityType;
  /** Index into `Analysis.clusters`. */
  cluster: number;
  /** Confidence in 0..1. */
  score: number;
}

/** All mentions of one real-world entity ("Sergej Schoigu", "Shoigu"). */
export interface EntityCluster {
  /** Equals its index in `Analysis.clusters`. */
  id: number;
  type: EntityType;
  /** The most complete form. */
  name: string;
  /** Indices into `Analysis.entities`, in text order. */
  mentions: number[];
}

export interface Analysis {
  /**
   * The language used: 'de', 'en', another tag, or 'und' if undetermined:
   * no letters, or (with 'auto') a text too short to tell, such as a
   * greeting; then the text is analysed with rules shared by all languages.
   */
  language: string;
  /**
   * The likeliest language even when `language` is 'und' for a short text
   * ('und' only without letters); otherwise equal to `language`.
   */
  languageGuess: string;
  /** 0..1 (of languageGuess); exactly 1 only when the language was given, below 1 when detected. */
  languageConfidence: number;
  /**
   * Per paragraph (runs of paragraphs in the same language), for mixed texts;
   * with a given language, one run over all paragraphs in it (confidence 1).
   */
  languages: LanguageSpan[];
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
  /** Absent when analyze() was called with `readability: false`. */
  readability?: Readability;
  /** Entity mentions: ordered, non-overlapping. */
  entities: Entity[];
  /** Mentions of one real-world entity grouped; `clusters[i].id === i`. */
  clusters: EntityCluster[];
  /** Direct quotations in text order. */
  quotes: Quote[];
}

export interface MemoryStats {
  /** Size of the WebAssembly linear memory (it only grows). */
  wasmMemoryBytes: number;
  /** Bytes currently allocated inside it. */
  heapUsedBytes: number;
}

export interface CreateAnalyzerOptions {
  /** Largest accepted input, in UTF-16 code units. Default 64 Mi. */
  maxInputLength?: number;
  /** The .wasm bytes, for environments that cannot fetch or read files. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /**
   * Where to find lesbar-core.wasm and lesbar-entities.<hash>.dat (default:
   * next to lesbar-core.mjs). Called with the file name and the URL of the
   * package's dist/ directory; a relative result resolves against that URL.
   */
  locateFile?: (path: string, prefix: string) => string;
  /**
   * true (default): load the entity data (the name tagger's model and name
   * lists, dist/lesbar-entities.<hash>.dat, about 1 MB brotli) while the
   * wasm compiles, so analyze() finds entities. false: never fetch it;
   * analyze() then defaults to `entities: false`, and asking for entities
   * throws until `loadEntityData()` has run.
   */
  entities?: boolean;
  /** The entity data's bytes (like `wasmBinary`), or a URL to load it from. */
  entitiesAsset?: ArrayBuffer | Uint8Array | string | URL;
  /**
   * Load the textstat compat data right away (true: dist/lesbar-textstat.dat
   * next to the module; or its bytes, or a URL).
   */
  textstat?: boolean | ArrayBuffer | Uint8Array | string | URL;
}

export declare class Analyzer {
  private constructor();
  readonly maxInputLength: number;
  /**
   * `options` may be a language tag alone: `analyze(text, 'de')` is
   * `analyze(text, { language: 'de' })`.
   * @throws TypeError if `text` is not a string, an option is unknown (the
   *   message suggests the close match) or has the wrong type.
   * @throws RangeError if `text` is longer than `maxInputLength`.
   */
  analyze(text: string, options?: AnalyzeOptions | string): Analysis;
  /**
   * Syllables of one word as lesbar counts them ("Abend" 2, "Museum" 3).
   * @throws TypeError without a concrete language ('auto' is refused).
   */
  syllables(word: string, language?: string): number;
  memoryStats(): MemoryStats;
  /**
   * Moves the analyzer to a fresh wasm instance when its linear memory is
   * above MEMORY_RELEASE_BYTES (256 MiB), handing back what a large input
   * made it grow; analyze() starts this by itself after such a call.
   */
  releaseMemory(): Promise<void>;
  /**
   * Loads the entity data if the analyzer was created with `entities: false`
   * (default source: next to the module); a no-op once loaded.
   * @throws Error naming the URL or path if it cannot be loaded or is corrupt.
   */
  loadEntityData(source?: ArrayBuffer | Uint8Array | string | URL): Promise<void>;
  /**
   * Loads what `readability: { compat: 'textstat' }` needs (about 0.7 MB
   * brotli): Pyphen's hyphenation patterns and CMUdict syllable counts.
   */
  loadTextstatData(source?: ArrayBuffer | Uint8Array | string | URL): Promise<void>;
  /** Frees the WebAssembly side; analyze() throws afterwards. */
  dispose(): void;
}

export declare function createAnalyzer(options?: CreateAnalyzerOptions): Promise<Analyzer>;
export declare const DEFAULT_MAX_INPUT_LENGTH: number;
export declare const TOKEN_KINDS: readonly TokenKind[];
export declare const ENTITY_TYPES: readonly EntityType[];
