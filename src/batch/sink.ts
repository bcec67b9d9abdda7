/**
 * Where batch records go: JSON Lines on a stream (waiting for it to drain),
 * or one file per article written atomically (a temporary file renamed), and
 * what an earlier, possibly killed, run already wrote there (--resume).
 */
import { createReadStream } from 'node:fs';
import { mkdir, readdir, rename, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ClaimkitError, errorMessage } from '../core/errors.js';
import { readLines } from './reader.js';
import type { Sink } from './run.js';

const writeFailed = (e: unknown): ClaimkitError => new ClaimkitError('E_WRITE_FAILED', errorMessage(e));

/** JSON Lines on `stream`; `end` closes it when done (a file), else it stays open (standard output). */
export function jsonlSink(stream: NodeJS.WritableStream, end: boolean): Sink {
  let failure: unknown = null;
  stream.on('error', (e) => {
    failure = e;
  });
  const settled = (events: string[]): Promise<void> =>
    new Promise((resolve, reject) => {
      const done = (): void => {
        for (const event of events) stream.off(event, done);
        stream.off('error', done);
        if (failure) reject(writeFailed(failure));
        else resolve();
      };
      for (const event of events) stream.once(event, done);
      stream.once('error', done);
    });
  return {
    async write(outcome) {
      if (failure) throw writeFailed(failure);
      if (!stream.write(`${outcome.json}\n`)) await settled(['drain']);
    },
    async close() {
      if (failure) throw writeFailed(failure);
      if (!end) return;
      const finished = settled(['finish']);
      stream.end();
      await finished;
    },
  };
}

/** The file name of an id's record: ids may hold any character, so they are percent-encoded. */
export const recordFileName = (id: string): string => `${encodeURIComponent(id)}.json`;

/** One `<id>.json` per article in `dir`, each written whole or not at all. */
export async function dirSink(dir: string): Promise<Sink> {
  await mkdir(dir, { recursive: true });
  return {
    async write(outcome) {
      const file = join(dir, recordFileName(outcome.id));
      try {
        await writeFile(`${file}.partial`, `${outcome.json}\n`);
        await rename(`${file}.partial`, file);
      } catch (e) {
        throw writeFailed(e);
      }
    },
    close: () => Promise.resolve(),
  };
}

/** How a record written by a batch starts: `{"schemaVersion":1,"doc":{"id":"..."`, the id a JSON string. */
const RECORD_START = /^\{"schemaVersion":\d+,"doc":\{"id":("(?:[^"\\]|\\.)*")/;
/** Bytes decoded to find the id at the start of a record; a record whose id runs past them is parsed whole. */
const ID_PREFIX = 4096;

/** The id of an output record: read from the start of the line when it is laid out as a batch writes it, else from the whole line parsed. */
export function recordId(line: Buffer): string | null {
  const start = RECORD_START.exec(line.subarray(0, ID_PREFIX).toString('utf8'))?.[1];
  try {
    const id = start !== undefined ? (JSON.parse(start) as unknown) : (JSON.parse(line.toString('utf8')) as { doc?: { id?: unknown } } | null)?.doc?.id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

/**
 * The ids already in a JSON Lines output and how many records each has. A
 * last line cut off by a killed run is removed so appending starts clean.
 */
export async function jsonlDone(file: string): Promise<Map<string, number>> {
  const done = new Map<string, number>();
  const size = (await stat(file).catch(() => null))?.size ?? 0;
  if (size === 0) return done;
  let complete = 0;
  for await (const line of readLines(createReadStream(file))) {
    if (!line.terminated) break;
    complete = line.end;
    const id = recordId(line.bytes);
    if (id !== null) done.set(id, (done.get(id) ?? 0) + 1);
  }
  if (complete < size) await truncate(file, complete);
  return done;
}

const decodedId = (encoded: string): string | null => {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
};

/** The ids that already have a record file in `dir`. */
export async function dirDone(dir: string): Promise<Map<string, number>> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const done = new Map<string, number>();
  for (const name of names) {
    const id = name.endsWith('.json') ? decodedId(name.slice(0, -'.json'.length)) : null;
    if (id !== null) done.set(id, 1);
  }
  return done;
}
