/**
 * claimkit's own output read back: a result file as `extract --out` writes
 * it, a JSON Lines file of results as `extract --jsonl` writes it, or a
 * folder of result files; every record checked against the output schema.
 * Used by `claimkit render` and `claimkit stance`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ClaimkitError, errorMessage, issueLines } from './core/errors.js';
import { ErrorRecordSchema, ResultSchema, type ErrorRecord, type Result } from './schema/result.js';

export interface ResultRecord {
  readonly file: string;
  readonly record: Result | ErrorRecord;
}

/** A result file a folder holds: any .json but a gold set's manifest.json. */
export const isResultFile = (name: string): boolean => name.endsWith('.json') && name !== 'manifest.json';

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ClaimkitError('E_BAD_INPUT', `${where}: not valid JSON (${errorMessage(e)})`);
  }
}

function parseRecord(value: unknown, where: string): Result | ErrorRecord {
  const result = ResultSchema.safeParse(value);
  if (result.success) return result.data;
  const error = ErrorRecordSchema.safeParse(value);
  if (error.success) return error.data;
  throw new ClaimkitError('E_BAD_INPUT', `${where}: not a claimkit result (${issueLines(result.error, 1).join('; ')})`);
}

/** The records of one file: one a line for .jsonl and .ndjson (blank lines skipped; errors name the line), else one. */
export function readResultFile(path: string): ResultRecord[] {
  const text = readFileSync(path, 'utf8');
  const ext = extname(path).toLowerCase();
  if (ext !== '.jsonl' && ext !== '.ndjson') return [{ file: path, record: parseRecord(parseJson(text, path), path) }];
  return text.split('\n').flatMap((line, i) => {
    const where = `${path}:${i + 1}`;
    return line.trim() === '' ? [] : [{ file: path, record: parseRecord(parseJson(line, where), where) }];
  });
}

/** A file as is, or a folder's entries directly in it whose names `keep` takes, in name order. */
export function filesOf(path: string, keep: (name: string) => boolean): string[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new ClaimkitError('E_BAD_INPUT', `no such file or folder: ${path}`);
  if (!stat.isDirectory()) return [path];
  return readdirSync(path)
    .filter(keep)
    .sort()
    .map((name) => join(path, name));
}

/** The records of a file, or of every result file directly in a folder, in name order. */
export function readResults(path: string): ResultRecord[] {
  return filesOf(path, isResultFile).flatMap((file) => readResultFile(file));
}
