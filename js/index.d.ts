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

// ---- Entities (issue #4) ----
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
  /** The language used: 'de', 'en', another tag, or 'und' if undetermined. */
  language: string;
  paragraphs: Span[];
  sentences: Span[];
  tokens: Token[];
  /** Ordered, non-overlapping. */
  entities: Entity[];
  clusters: EntityCluster[];
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
export declare const ENTITY_TYPES: readonly EntityType[];
