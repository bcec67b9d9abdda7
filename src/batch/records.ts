/** Output records as a batch writes them: results and error records (OUTPUT.md), serialized, with what the summary counts. */
import { SCHEMA_VERSION, type ErrorRecord, type Result } from '../schema/result.js';
import type { Article, Outcome, RecordError, Unreadable } from './types.js';

export function errorRecord(id: string, source: string, error: RecordError, length?: number): ErrorRecord {
  return { schemaVersion: SCHEMA_VERSION, doc: { id, source, ...(length !== undefined && { length }) }, error: { code: error.code, message: error.message } };
}

/** A record serialized: one line for JSON Lines, indented (`pretty`) for one file per article. */
export function toOutcome(record: Result | ErrorRecord, source: string, pretty: boolean): Outcome {
  const json = pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record);
  if ('error' in record) return { id: record.doc.id, source, json, claims: 0, warnings: [], error: record.error };
  const warnings = record.messages.filter((m) => m.level === 'warning').map((m) => m.code);
  return { id: record.doc.id, source, json, claims: record.claims.length, warnings, error: null };
}

/** The error record for an input that was not processed: unreadable, a duplicate, or lost with its worker. */
export function errorOutcome(item: Article | Unreadable, error: RecordError, pretty: boolean): Outcome {
  const length = 'text' in item ? item.text.length : undefined;
  return toOutcome(errorRecord(item.id, item.source, error, length), item.source, pretty);
}
