/** The evaluator's inputs and outputs. */
import type { Gold } from '../schema/gold.js';
import type { ClaimKind, Result } from '../schema/result.js';
import type { Metrics } from './tally.js';

/** What the scorer reads of a pipeline result (a full `Result` is one). */
export type Prediction = Pick<Result, 'sentences' | 'dates' | 'numbers' | 'claims'>;

/** One article of a gold set: its text exactly as the offsets count it, and its gold object. */
export interface GoldArticle {
  readonly id: string;
  readonly text: string;
  readonly gold: Gold;
  /** Where the article comes from (a file path), for reports. */
  readonly source: string | null;
}

/** Attributes a gold set does not annotate even though it annotates their layer: their figures are null. */
export type Unannotated = 'kind' | 'speakerName' | 'statedOn' | 'numberUnit';

/** Per-gold-set scoring options, for corpora that annotate less than ANNOTATION.md asks. */
export interface ScoringOptions {
  /** Predicted claims of these kinds are set aside before matching: neither matched nor spurious (PolNeAR has no assertions). */
  readonly ignorePredictedClaimKinds?: readonly ClaimKind[];
  /** Attributes left unscored. */
  readonly unannotated?: readonly Unannotated[];
}

export interface GoldSet {
  readonly name: string;
  readonly articles: readonly GoldArticle[];
  readonly scoring: ScoringOptions;
  /** What the loader or adapter decided or dropped, for the report. */
  readonly notes: readonly string[];
}

/** A gold article paired with a prediction for it (for `scoreDocs`). */
export interface ScorePair {
  readonly text: string;
  readonly gold: Gold;
  readonly predicted: Prediction;
}

export type IssueKind =
  | 'missed'
  | 'spurious'
  | 'boundary'
  | 'wrong-value'
  | 'wrong-type'
  | 'wrong-kind'
  | 'wrong-unit'
  | 'wrong-role'
  | 'wrong-speaker'
  | 'wrong-speaker-mention'
  | 'wrong-cue'
  | 'wrong-stated-on'
  | 'wrong-stance';

export interface ReportSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** A short description of the labels (type and value, kind, speaker name...). */
  readonly label: string;
}

export interface Issue {
  readonly layer: 'sentences' | 'boilerplate' | 'claims' | 'speakers' | 'dates' | 'numbers' | 'stance';
  readonly issue: IssueKind;
  readonly gold: ReportSpan | null;
  readonly predicted: ReportSpan | null;
  readonly detail: string;
  /** The sentence the item sits in. */
  readonly sentence: string;
}

export interface DocReport {
  readonly id: string;
  readonly source: string | null;
  /** The pipeline's error on this article, if it failed (its predictions then count as empty). */
  readonly error: string | null;
  readonly issues: readonly Issue[];
}

export interface PerDoc {
  readonly id: string;
  readonly metrics: Metrics;
}

export interface Scored {
  readonly metrics: Metrics;
  readonly report: readonly DocReport[];
  readonly perDoc: readonly PerDoc[];
}
