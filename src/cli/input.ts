/**
 * Reading articles for `claimkit extract`, lazily and in order: .txt files
 * and folders of them (recursively), JSON Lines files (`.jsonl`, or any file
 * with --format jsonl), and standard input (`-`: one plain-text article, or
 * JSON Lines with --format jsonl). Every input becomes one item: an article,
 * or what made it unreadable. The publication date comes from --date, else
 * the record's own date (JSON Lines) or a manifest.json beside the files,
 * else a leading `date YYYY-MM-DD` line.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { readLines, walkFiles, parseRecordLine } from '../batch/reader.js';
import type { Item, RecordError } from '../batch/types.js';
import { ClaimkitError, errorMessage, issueLines } from '../core/errors.js';
import { decodeBytes } from '../core/input.js';
import { ManifestSchema, type ManifestEntry } from '../schema/gold.js';

export type Format = 'auto' | 'text' | 'jsonl';
export const FORMATS: readonly Format[] = ['auto', 'text', 'jsonl'];

/** One input named on the command line. `-` is standard input. */
export interface Source {
  readonly path: string;
  readonly format: 'text' | 'jsonl';
  readonly folder: boolean;
}

const LEADING_DATE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/;

/** The publication date a text announces in its first line (`date 2025-11-05`), if any. */
function leadingDate(text: string): string | null {
  return LEADING_DATE.exec(text.slice(0, 200))?.[1] ?? null;
}

const isJsonlName = (path: string): boolean => /\.(jsonl|ndjson)$/i.test(path);

/** The inputs named on the command line; a missing path or a second `-` is a usage error. */
export function parseSources(paths: readonly string[], format: Format): Source[] {
  if (paths.filter((p) => p === '-').length > 1) throw new ClaimkitError('E_BAD_INPUT', 'standard input (-) can be read only once');
  return paths.map((path): Source => {
    const folder = path !== '-' && (statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? missing(path));
    const detected = format === 'auto' ? (!folder && path !== '-' && isJsonlName(path) ? 'jsonl' : 'text') : format;
    return { path, format: detected, folder };
  });
}

function missing(path: string): never {
  throw new ClaimkitError('E_BAD_INPUT', `no such file or folder: ${path}`);
}

const manifests = new Map<string, ReadonlyMap<string, ManifestEntry>>();

/** The manifest.json beside a file or in its parent folder, by id. */
function manifestBeside(file: string): ReadonlyMap<string, ManifestEntry> {
  const dir = dirname(file);
  const cached = manifests.get(dir);
  if (cached) return cached;
  const entries = new Map<string, ManifestEntry>();
  for (const candidate of [join(dir, 'manifest.json'), join(dir, '..', 'manifest.json')]) {
    let raw: string;
    try {
      raw = readFileSync(candidate, 'utf8');
    } catch {
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      throw new ClaimkitError('E_BAD_INPUT', `${candidate} is not JSON: ${errorMessage(e)}`);
    }
    const parsed = ManifestSchema.safeParse(value);
    if (!parsed.success) throw new ClaimkitError('E_BAD_INPUT', `${candidate} is not a valid manifest: ${issueLines(parsed.error, 1).join('; ')}`);
    for (const entry of parsed.data) entries.set(entry.id, entry);
    break;
  }
  manifests.set(dir, entries);
  return entries;
}

const shown = (file: string): string => relative(process.cwd(), file) || file;

const recordError = (e: ClaimkitError): RecordError => ({ code: e.code, message: e.message });
const readFailed = (e: unknown): RecordError => recordError(new ClaimkitError('E_READ_FAILED', errorMessage(e)));

async function textFile(file: string, dateOverride: string | null): Promise<Item> {
  const id = basename(file).replace(/\.txt$/, '');
  const source = shown(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return { id, source, error: readFailed(e) };
  }
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) return { id, source, error: recordError(decoded.error) };
  const entry = manifestBeside(file).get(id);
  const date = dateOverride ?? entry?.date ?? leadingDate(decoded.text);
  return { id, text: decoded.text, date, title: entry?.title ?? null, source, messages: decoded.messages };
}

/** The records of a JSON Lines stream; a stream that fails part way ends with an error record for where it stopped. */
async function* jsonl(stream: AsyncIterable<Buffer>, label: string, dateOverride: string | null): AsyncGenerator<Item> {
  let number = 0;
  try {
    for await (const line of readLines(stream)) {
      number = line.number;
      const parsed = parseRecordLine(line.bytes);
      if (parsed === null) continue;
      const at = `${label}:${line.number}`;
      if ('error' in parsed) {
        yield { id: parsed.id ?? at, source: at, error: recordError(parsed.error) };
        continue;
      }
      const { id, text, date, title, url } = parsed.record;
      yield { id, text, date: dateOverride ?? date ?? leadingDate(text), title, source: url ?? at, messages: [] };
    }
  } catch (e) {
    const at = `${label}:${number + 1}`;
    yield { id: at, source: at, error: readFailed(e) };
  }
}

async function stdinText(stdin: AsyncIterable<Buffer>, date: string | null): Promise<Item> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stdin) chunks.push(chunk);
  } catch (e) {
    return { id: 'stdin', source: '-', error: readFailed(e) };
  }
  const decoded = decodeBytes(Buffer.concat(chunks));
  if ('error' in decoded) return { id: 'stdin', source: '-', error: recordError(decoded.error) };
  return { id: 'stdin', text: decoded.text, date: date ?? leadingDate(decoded.text), title: null, source: '-', messages: decoded.messages };
}

/** The files a source names: itself, or those of a folder (.txt, or .jsonl with --format jsonl). */
const filesOf = ({ path, format, folder }: Source): AsyncIterable<string> | string[] => (folder ? walkFiles(path, format === 'jsonl' ? '.jsonl' : '.txt') : [path]);

interface ReadOptions {
  /** --date: the publication date of every article. */
  readonly date: string | null;
  readonly stdin: AsyncIterable<Buffer>;
}

/** Every input's item, in command-line order, reading one file (or line) at a time. */
export async function* readItems(sources: readonly Source[], options: ReadOptions): AsyncGenerator<Item> {
  for (const source of sources) {
    if (source.path === '-' && source.format === 'jsonl') yield* jsonl(options.stdin, 'stdin', options.date);
    else if (source.path === '-') yield await stdinText(options.stdin, options.date);
    else {
      for await (const file of filesOf(source)) {
        if (source.format === 'jsonl') yield* jsonl(createReadStream(file), shown(file), options.date);
        else yield await textFile(file, options.date);
      }
    }
  }
}

/** Bytes of a JSON Lines file read to count its lines for progress; past them the count is scaled to the file's size. */
const COUNT_SAMPLE = 1 << 20;

/** The lines of a file: counted when it is within COUNT_SAMPLE bytes, else estimated from its first COUNT_SAMPLE bytes (the run reads it once, not twice). */
async function countLines(file: string): Promise<number> {
  const { size } = await stat(file);
  let lines = 0;
  let bytes = 0;
  let last = 10;
  for await (const chunk of createReadStream(file, { end: COUNT_SAMPLE - 1 }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    bytes += chunk.length;
    last = chunk[chunk.length - 1] ?? last;
  }
  if (bytes > 0 && bytes < size) return Math.round((lines * size) / bytes);
  return last === 10 ? lines : lines + 1;
}

/** How many items the sources hold (JSON Lines: lines, estimated for files over 1 MB), or null when standard input is one of them. */
export async function countItems(sources: readonly Source[]): Promise<number | null> {
  if (sources.some((s) => s.path === '-')) return null;
  let total = 0;
  for (const source of sources) {
    for await (const file of filesOf(source)) total += source.format === 'jsonl' ? await countLines(file) : 1;
  }
  return total;
}
