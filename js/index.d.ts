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

export interface Analysis {
  /** The language used: 'de', 'en', another tag, or 'und' if undetermined. */
  language: string;
  /** 0..1; 1 when the language was given explicitly. */
  languageConfidence: number;
  /** Per paragraph (runs of paragraphs in the same language), for mixed texts. */
  languages: LanguageSpan[];
  paragraphs: Span[];
  sentences: Span[];
  tokens: Token[];
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
