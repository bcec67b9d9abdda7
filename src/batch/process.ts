/**
 * One article to one output record, never an exception: `extract` (input
 * checks, the pipeline, the schema check), and an error record (OUTPUT.md) for anything
 * that goes wrong. Runs inside the workers, inline for measurements, and in
 * `claimkit render` for the articles it extracts.
 */
import { ClaimkitError, errorMessage } from '../core/errors.js';
import type { Pipeline } from '../core/pipeline.js';
import { extract } from '../index.js';
import type { ErrorRecord, Result, Target } from '../schema/result.js';
import { errorRecord, toOutcome } from './records.js';
import type { Article, Outcome, RecordError } from './types.js';

/** How an article is extracted. */
export interface ArticleOptions {
  /** Refuse longer articles (E_TOO_LONG). */
  readonly maxChars: number;
  /** Stance targets replacing the pipeline's own. */
  readonly targets?: readonly Target[] | undefined;
}

export interface ProcessOptions extends ArticleOptions {
  /** Indent the JSON (one file per article) instead of one line (JSON Lines). */
  readonly pretty: boolean;
}

const asRecordError = (e: unknown): RecordError =>
  e instanceof ClaimkitError ? { code: e.code, message: e.message } : { code: 'E_INTERNAL', message: new ClaimkitError('E_INTERNAL', errorMessage(e)).message };

/** The result with the notes made while reading its article (a removed byte-order mark) before its own messages. */
function withReadingNotes(result: Result, article: Pick<Article, 'messages'>): Result {
  return article.messages.length > 0 ? { ...result, messages: [...article.messages, ...result.messages] } : result;
}

/** The record for one article, unserialized: its result with the reading notes, or an error record saying what was wrong. */
export function articleRecord(pipeline: Pipeline, article: Article, options: ArticleOptions): Result | ErrorRecord {
  const { id, text, source } = article;
  try {
    const result = extract(text, {
      id,
      date: article.date,
      title: article.title,
      source,
      pipeline,
      maxChars: options.maxChars,
      ...(options.targets !== undefined && { targets: options.targets }),
    });
    return withReadingNotes(result, article);
  } catch (e) {
    return errorRecord(id, source, asRecordError(e), text.length);
  }
}

/** The record for one article: its result, or an error record saying what was wrong. */
export function processArticle(pipeline: Pipeline, article: Article, options: ProcessOptions): Outcome {
  return toOutcome(articleRecord(pipeline, article, options), article.source, options.pretty);
}
