// lesbar/summary: read-only helpers over an analysis result.
import type { Analysis, EntityType, Quote, Sentence, Span, EntityCluster } from './index.js';

export declare const hasEntities: (result: Analysis) => boolean;
export declare const hasQuotes: (result: Analysis) => boolean;
export declare const hasReadability: (result: Analysis) => boolean;
export declare const hasSentenceDifficulty: (result: Analysis) => boolean;
/** The sentence's difficulty as a step 1..7 (rounded), or null. */
export declare function difficultyOf(sentence: Sentence): 1 | 2 | 3 | 4 | 5 | 6 | 7 | null;

// ---- The difficulty scale: the one source of level labels ----
export type LabelLanguage = 'de' | 'en';
export declare const DIFFICULTY_MIN: 1;
export declare const DIFFICULTY_MAX: 7;
/** Level labels easiest first (index step - 1): 'sehr leicht' … 'sehr schwer', 'very easy' … 'very difficult'. */
export declare const DIFFICULTY_LABELS: Readonly<Record<LabelLanguage, readonly string[]>>;
export declare const FALLBACK_LABEL_LANGUAGE: 'en';
/** A detected language chooses the labels from this confidence … */
export declare const MIN_LABEL_LANGUAGE_CONFIDENCE: number;
/** … and this many words on; a language the caller gave always does. */
export declare const MIN_LABEL_LANGUAGE_WORDS: number;
export declare const hasLabelsFor: (tag: string) => boolean;
/** The step 1..7 of a continuous difficulty (rounded), or null. */
export declare function difficultyStep(value: number | null | undefined): number | null;
/** Each step's difficulty range [from, to): the labels change at the half steps. */
export declare function stepRanges(): { step: number; from: number; to: number }[];
/** The text's language if lesbar has labels for it and it is certain enough, else `fallback` (default 'en'). */
export declare function labelLanguageFor(result: Analysis, fallback?: string): LabelLanguage;
export declare function difficultyLabel(value: number | null | undefined, language?: string): string | null;
export interface DifficultyLevel {
  difficulty: number;
  step: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  label: string;
  language: LabelLanguage;
}
export declare function difficultyLevel(value: number | null | undefined, language?: string): DifficultyLevel | null;
/** The document's level (from its difficulty) and main score (by level.scale); null without readability. */
export declare function readabilitySummary(result: Analysis, options?: { labelLanguage?: string }): {
  difficulty: number | null;
  level: DifficultyLevel | null;
  mainScore: { key: string; value: number } | null;
} | null;
/** The quote's speaker cluster, or null. */
export declare function speakerOf(result: Analysis, quote: Quote): EntityCluster | null;
/** True for a real span inside the text ({-1, -1} and null are not). */
export declare function validSpan(span: Span | null | undefined, textLength: number): boolean;
/** Words per sentence: readability.words, else word and number tokens. */
export declare function sentenceWordCounts(result: Analysis): number[];

export interface ClusterSummary {
  key: string;
  /** Cluster id, or -1 for mentions without a cluster (grouped by type and text). */
  id: number;
  type: EntityType;
  name: string;
  count: number;
  variants: { text: string; count: number }[];
  /** Indices into result.entities. */
  mentions: number[];
}
/** Clusters with counts and surface variants, most mentioned first; null without entities. */
export declare function entityClusters(text: string, result: Analysis): ClusterSummary[] | null;
export declare function csvCell(value: unknown): string;
/** One CSV row per mention (start, end, type, text, cluster, cluster_name, score); null without entities. */
export declare function entitiesCsv(text: string, result: Analysis): string | null;
/** The result and its text as pretty-printed JSON. */
export declare function analysisJson(text: string, result: Analysis): string;

export interface SentenceSummary extends Span {
  index: number;
  text: string;
  words: number;
  /** The sentence's continuous difficulty 1..7, or null. */
  difficulty: number | null;
  /** The difficulty as a level, labelled in `labelLanguage`; null without difficulty. */
  level: DifficultyLevel | null;
  score: number | null;
}
/** The n hardest sentences, by sentence difficulty when present, else by length in words. */
export declare function hardestSentences(text: string, result: Analysis, n?: number,
  options?: { labelLanguage?: string }): { by: 'difficulty' | 'length'; items: SentenceSummary[] };
