/**
 * Streaming input: folders walked lazily, byte streams split into lines
 * without decoding them (so one bad line stays one bad record), and JSON
 * Lines records checked one by one.
 */
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ClaimkitError, errorMessage, issueLines } from '../core/errors.js';
import { decodeBytes } from '../core/input.js';

/** The files under `dir` whose name ends in `extension`, depth first in name order, one directory listed at a time. */
export async function* walkFiles(dir: string, extension: string): AsyncGenerator<string> {
  const entries: Dirent[] = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(path, extension);
    else if (entry.name.endsWith(extension)) yield path;
  }
}

export interface Line {
  /** The line's bytes, without its `\n` (a `\r` before it stays: JSON ignores it). */
  readonly bytes: Buffer;
  /** 1-based line number. */
  readonly number: number;
  /** Byte offset just past the line and its newline. */
  readonly end: number;
  /** Whether a newline ended it (false only for a last line without one). */
  readonly terminated: boolean;
}

/** The lines of a byte stream, holding only the current line in memory; a line inside one chunk is a view of it, not a copy. */
export async function* readLines(stream: AsyncIterable<Buffer>): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let number = 0;
  let offset = 0;
  for await (const chunk of stream) {
    let from = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, from)) {
      const bytes = parts.length === 0 ? chunk.subarray(from, nl) : Buffer.concat([...parts, chunk.subarray(from, nl)]);
      offset += bytes.length + 1;
      yield { bytes, number: ++number, end: offset, terminated: true };
      parts = [];
      from = nl + 1;
    }
    if (from < chunk.length) parts.push(chunk.subarray(from));
  }
  if (parts.length > 0) {
    const bytes = Buffer.concat(parts);
    yield { bytes, number: ++number, end: offset + bytes.length, terminated: false };
  }
}

const RecordSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  text: z.string(),
  date: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
});

export interface JsonlRecord {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly url: string | null;
}

/** A parsed record, or why the line is not one (with the record's id when it has a usable one). */
export type ParsedLine = { readonly record: JsonlRecord } | { readonly id: string | null; readonly error: ClaimkitError } | null;

const blank = (bytes: Buffer): boolean => bytes.every((b) => b === 32 || b === 9 || b === 13);

/** One JSON Lines line: `{ "id", "text", "date"?, "title"?, "url"? }`; null for a blank line. */
export function parseRecordLine(bytes: Buffer): ParsedLine {
  if (blank(bytes)) return null;
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) return { id: null, error: decoded.error };
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (e) {
    return { id: null, error: new ClaimkitError('E_BAD_RECORD', `not JSON (${errorMessage(e)})`) };
  }
  const parsed = RecordSchema.safeParse(value);
  if (parsed.success) {
    const { id, text, date, title, url } = parsed.data;
    return { record: { id, text, date: date ?? null, title: title ?? null, url: url ?? null } };
  }
  const id = RecordSchema.shape.id.safeParse((value as { id?: unknown } | null)?.id);
  const problems = issueLines(parsed.error, Infinity, 'record').join('; ');
  return { id: id.success ? id.data : null, error: new ClaimkitError('E_BAD_RECORD', `expected {"id", "text", "date"?, "title"?, "url"?}: ${problems}`) };
}
