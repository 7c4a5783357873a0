// Type declarations for lesbar's public API (kept in step with js/*.js;
// tests/js/types.test.mjs checks that every runtime export is declared).

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
  /** Syllables of a word token, where the build counts them (issue #3). */
  syllables?: number;
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
}

export interface Analysis {
  /** The language used: 'de', 'en', another tag, or 'und' if undetermined. */
  language: string;
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
  // ---- Fields of the analyses (issues #3, #4, #7). Optional: a build
  // without an analysis leaves its field out, and the demo and CLI say
  // "not available" then.
  /** Confidence of `language`, 0..1. */
  languageConfidence?: number;
  /** Language per paragraph, for mixed texts. */
  languages?: LanguageSpan[];
  readability?: Readability;
  /** Entity mentions: ordered, non-overlapping. */
  entities?: Entity[];
  /** Mentions of one real-world entity grouped; `clusters[i].id === i`. */
  clusters?: EntityCluster[];
  quotes?: Quote[];
}

// ---- Readability (issue #3) ----------------------------------------------

/** 1 very easy, 2 easy, 3 fairly easy, 4 standard, 5 fairly hard, 6 hard, 7 very hard. */
export type Difficulty = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface Sentence extends Span {
  readability?: SentenceReadability;
}

export interface SentenceReadability {
  words: number;
  syllables: number;
  /** Words of more than six letters. */
  longWords: number;
  /** The main formula's score for this sentence alone. */
  score: number;
  level: string;
  difficulty: Difficulty;
}

export interface ReadabilityCounts {
  words: number;
  sentences: number;
  syllables: number;
  [name: string]: number;
}

export interface Readability {
  counts: ReadabilityCounts;
  /** Every formula's score, by formula name (e.g. fleschReadingEase, fleschAmstad, wstf1). */
  scores: Record<string, number>;
  /** The main score's verbal level and the scale (formula) it was read on. */
  level: { label: string; scale: string };
  difficulty: Difficulty;
  readingTimeSeconds: number;
}

// ---- Entities (issue #4) -------------------------------------------------

export type EntityType =
  | 'PER' | 'LOC' | 'ORG' | 'MISC' | 'DATE' | 'TIME' | 'MONEY' | 'PERCENT' | 'QUANTITY';

export interface Entity extends Span {
  type: EntityType;
  /** Index into `clusters`, or -1. */
  cluster: number;
  /** Confidence, 0..1. */
  score: number;
}

export interface EntityCluster {
  id: number;
  type: EntityType;
  /** The most complete form, e.g. "Sergej Schoigu". */
  name: string;
  /** Indices into `entities`. */
  mentions: number[];
}

// ---- Quotes and languages (issue #7) -------------------------------------

export interface Quote extends Span {
  /** Cluster id of the speaker, or -1 / null when unknown. */
  speaker: number | null;
  /** The reporting verb ("sagte"), or null / {-1, -1} when there is none. */
  cue: Span | null;
}

export interface LanguageSpan extends Span {
  language: string;
  confidence: number;
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
  /** Where to find lesbar-core.wasm (default: next to lesbar-core.mjs). */
  locateFile?: (path: string) => string;
}

export declare class Analyzer {
  private constructor();
  readonly maxInputLength: number;
  /**
   * @throws TypeError if `text` is not a string or an option is invalid.
   * @throws RangeError if `text` is longer than `maxInputLength`.
   */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  memoryStats(): MemoryStats;
  /** Frees the WebAssembly side; analyze() throws afterwards. */
  dispose(): void;
}

export declare function createAnalyzer(options?: CreateAnalyzerOptions): Promise<Analyzer>;
export declare const DEFAULT_MAX_INPUT_LENGTH: number;
export declare const TOKEN_KINDS: readonly TokenKind[];
