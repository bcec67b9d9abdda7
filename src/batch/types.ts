/** What flows through a batch run: items read, and one outcome per item written. */
import type { Message } from '../schema/result.js';

/** An article read from the input, ready for the pipeline. */
export interface Article {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
  readonly title: string | null;
  /** Where it came from: a path, a URL, or `file.jsonl:LINE`. */
  readonly source: string;
  /** Notes made while reading it (a removed byte-order mark). */
  readonly messages: readonly Message[];
}

export interface RecordError {
  readonly code: string;
  readonly message: string;
}

/** An input that could not be read as an article: it yields an error record in its place. */
export interface Unreadable {
  readonly id: string;
  readonly source: string;
  readonly error: RecordError;
}

export type Item = Article | Unreadable;

export const isUnreadable = (item: Item): item is Unreadable => 'error' in item;

/** One output record, serialized, with what the summary counts. Plain data: it crosses from workers. */
export interface Outcome {
  readonly id: string;
  readonly source: string;
  readonly json: string;
  readonly claims: number;
  /** Codes of the result's warnings. */
  readonly warnings: readonly string[];
  /** Set when the record is an error record. */
  readonly error: RecordError | null;
}
