import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRecordLine, readLines, walkFiles } from '../../src/batch/reader.js';
import { dirDone, dirSink, jsonlDone, jsonlSink, recordFileName, recordId } from '../../src/batch/sink.js';
import { formatDuration, formatProgress, formatSummary, Progress } from '../../src/batch/progress.js';
import type { BatchReport } from '../../src/batch/run.js';
import type { Outcome } from '../../src/batch/types.js';
import { countItems, parseSources } from '../../src/cli/input.js';

async function* chunks(...parts: string[]): AsyncGenerator<Buffer> {
  for (const p of parts) yield Buffer.from(p);
}
const all = async <T>(gen: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
};
const temp = () => mkdtempSync(join(tmpdir(), 'claimkit-batch-'));
const outcome = (id: string, json = `{"doc":{"id":${JSON.stringify(id)}}}`): Outcome => ({ id, source: id, json, claims: 0, warnings: [], error: null });

describe('readLines', () => {
  it('splits lines across chunk boundaries and keeps offsets', async () => {
    const lines = await all(readLines(chunks('ab', 'c\nd', 'e\r\n\n', 'last')));
    expect(lines.map((l) => [l.bytes.toString(), l.number, l.end, l.terminated])).toEqual([
      ['abc', 1, 4, true],
      ['de\r', 2, 8, true],
      ['', 3, 9, true],
      ['last', 4, 13, false],
    ]);
  });

  it('splits by bytes, so a line with invalid UTF-8 stays one line', async () => {
    const lines = await all(readLines((async function* () { yield Buffer.from([0x61, 0xff, 0x0a, 0x62]); })()));
    expect(lines.map((l) => [...l.bytes])).toEqual([[0x61, 0xff], [0x62]]);
  });
});

describe('parseRecordLine', () => {
  const line = (s: string | number[]) => parseRecordLine(Buffer.from(s as string));
  it.each([
    ['a full record', '{"id":"a1","text":"T","date":"2024-01-02","title":"H","url":"https://x/1","extra":1}', { record: { id: 'a1', text: 'T', date: '2024-01-02', title: 'H', url: 'https://x/1' } }],
    ['a numeric id and nulls', '{"id":7,"text":"","date":null}', { record: { id: '7', text: '', date: null, title: null, url: null } }],
    ['a BOM before the first record', '\ufeff{"id":"a","text":"t"}', { record: { id: 'a', text: 't', date: null, title: null, url: null } }],
    ['CRLF line endings', '{"id":"a","text":"t"}\r', { record: { id: 'a', text: 't', date: null, title: null, url: null } }],
  ])('reads %s', (_name, input, expected) => {
    expect(line(input)).toEqual(expected);
  });

  it.each([
    ['truncated JSON', '{"id":"a","text":"t', null, /not JSON/],
    ['not an object', '[1,2]', null, /expected \{"id", "text"/],
    ['a missing text, keeping the id', '{"id":"a9"}', 'a9', /text: /],
    ['a text that is not a string', '{"id":"a9","text":42}', 'a9', /text: /],
    ['an empty id', '{"id":"","text":"t"}', null, /id: /],
    ['invalid UTF-8', [0x7b, 0x22, 0xff, 0x22, 0x7d], null, /not valid UTF-8/],
  ])('refuses %s with E_BAD_RECORD (or the decoding error)', (_name, input, id, message) => {
    const parsed = line(input);
    expect(parsed && 'error' in parsed && { id: parsed.id, message: parsed.error.message }).toMatchObject({ id, message: expect.stringMatching(message) });
  });

  it('skips blank lines', () => {
    expect(line('  \t\r')).toBeNull();
  });
});

describe('walkFiles', () => {
  it('yields matching files depth first in name order', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'b'));
    for (const f of ['c.txt', 'a.txt', 'b/z.txt', 'b/y.md', 'note.json']) writeFileSync(join(dir, f), '');
    expect((await all(walkFiles(dir, '.txt'))).map((p) => p.slice(dir.length + 1))).toEqual(['a.txt', 'b/z.txt', 'c.txt']);
  });
});

describe('sinks and resume', () => {
  it('finds the ids of a JSON Lines output and cuts a last line left half-written by a killed run', async () => {
    const file = join(temp(), 'out.jsonl');
    writeFileSync(file, '{"doc":{"id":"a"}}\n{"doc":{"id":"b"}}\n{"doc":{"id":"a"}}\n{"doc":{"id":"c"');
    expect([...(await jsonlDone(file))]).toEqual([['a', 2], ['b', 1]]);
    expect(readFileSync(file, 'utf8')).toBe('{"doc":{"id":"a"}}\n{"doc":{"id":"b"}}\n{"doc":{"id":"a"}}\n');
    expect((await jsonlDone(join(temp(), 'none.jsonl'))).size).toBe(0);
  });

  it.each([
    ['a record as a batch writes it: the id from the start of the line only', '{"schemaVersion":1,"doc":{"id":"a\\"b\\u00e9\\\\","source":"x"},"sentences":[not parsed', 'a"bé\\'],
    ['an id longer than the prefix read', `{"schemaVersion":1,"doc":{"id":"${'é'.repeat(3000)}"}}`, 'é'.repeat(3000)],
    ['other key orders: the line parsed whole', '{"doc":{"source":"x","id":"z"},"schemaVersion":1}', 'z'],
    ['a number id', '{"schemaVersion":1,"doc":{"id":7}}', null],
    ['not JSON', 'oops', null],
  ])('reads the id of an output record (--resume): %s', (_name, line, id) => {
    expect(recordId(Buffer.from(line))).toBe(id);
  });

  it('writes JSON Lines and waits for the stream', async () => {
    const file = join(temp(), 'out.jsonl');
    const { createWriteStream } = await import('node:fs');
    const sink = jsonlSink(createWriteStream(file), true);
    for (const id of ['a', 'b']) await sink.write(outcome(id));
    await sink.close();
    expect(readFileSync(file, 'utf8')).toBe('{"doc":{"id":"a"}}\n{"doc":{"id":"b"}}\n');
  });

  it('writes one file per id, any id made a safe file name, and finds them again', async () => {
    const dir = join(temp(), 'out');
    const sink = await dirSink(dir);
    for (const id of ['000', '../escape', 'a/b c', '..']) await sink.write(outcome(id));
    expect(readdirSync(dir).sort()).toEqual(['..%2Fescape.json', '...json', '000.json', 'a%2Fb%20c.json']);
    expect(recordFileName('../escape')).toBe('..%2Fescape.json');
    expect([...(await dirDone(dir)).keys()].sort()).toEqual(['..', '../escape', '000', 'a/b c']);
  });
});

describe('countItems (the progress total)', () => {
  it('counts the lines of a small JSON Lines file and estimates a big one from its first megabyte', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'small.jsonl'), '{"id":1,"text":"a"}\n{"id":2,"text":"b"}\n{"id":3,"text":"c"}');
    writeFileSync(join(dir, 'a.txt'), 'text');
    const line = (i: number) => `${JSON.stringify({ id: i, text: 'x'.repeat(500 + ((i * 7919) % 1000)) })}\n`;
    writeFileSync(join(dir, 'big.jsonl'), Array.from({ length: 6000 }, (_, i) => line(i)).join(''));
    expect(await countItems(parseSources([join(dir, 'small.jsonl'), join(dir, 'a.txt')], 'auto'))).toBe(4);
    const big = await countItems(parseSources([join(dir, 'big.jsonl')], 'auto'));
    expect(Math.abs((big ?? 0) - 6000)).toBeLessThan(6000 * 0.05);
    expect(await countItems(parseSources(['-'], 'jsonl'))).toBeNull();
  });
});

describe('progress and summary', () => {
  it.each([
    [{ done: 1234, total: 5000, processed: 1234, failed: 3, elapsedMs: 2000 }, '1,234/5,000 articles  617/s  ETA 6.1 s  3 failed'],
    [{ done: 40, total: null, processed: 40, failed: 0, elapsedMs: 8000 }, '40 articles  5.0/s'],
    [{ done: 12, total: 10, processed: 12, failed: 0, elapsedMs: 1000 }, '12/12 articles  12/s  ETA 0.0 s'],
  ])('formats %j', (state, line) => {
    expect(formatProgress(state)).toBe(line);
  });

  it.each([
    [900, '0.9 s'],
    [245_000, '4m05s'],
    [7_620_000, '2h07m'],
  ])('formats %d ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('draws on a terminal at most every interval and erases itself; stays silent otherwise', () => {
    let now = 0;
    const tty = { isTTY: true, text: '', write(s: string) { this.text += s; } };
    const progress = new Progress(tty, () => now, 200);
    progress.total = 10;
    const tally = { read: 0, skipped: 0, written: 0, failed: 0, claims: 0, warnings: 0, failures: new Map(), warningCodes: new Map() };
    for (let i = 1; i <= 10; i++) {
      now = i * 50;
      progress.update({ ...tally, written: i });
    }
    progress.clear();
    expect(tty.text.split('\r\x1b[2K').filter(Boolean)).toEqual(['4/10 articles  20/s  ETA 0.3 s', '8/10 articles  20/s  ETA 0.1 s']);
    expect(tty.text.endsWith('\r\x1b[2K')).toBe(true);
    const file = { text: '', write(s: string) { this.text += s; } };
    const quiet = new Progress(file, () => now);
    quiet.update({ ...tally, written: 5 });
    quiet.clear();
    expect(quiet.active).toBe(false);
    expect(file.text).toBe('');
  });

  it('summarises articles, claims, warnings and failures by code, and resumes and interruptions', () => {
    const report: BatchReport = {
      read: 7, skipped: 2, written: 5, failed: 2, claims: 12, warnings: 3,
      failures: new Map([['E_BINARY', 1], ['E_TOO_LONG', 1]]), warningCodes: new Map([['W_NO_DATE', 2], ['W_HTML', 1]]), interrupted: true,
    };
    expect(formatSummary(report, 800, 'out.jsonl')).toEqual([
      '5 articles (2 failed: E_BINARY 1, E_TOO_LONG 1), 12 claims, 3 warnings (W_NO_DATE 2, W_HTML 1) in 0.8 s, 6.3 articles/s, written to out.jsonl',
      '2 skipped: already in the output (--resume)',
      'interrupted: the articles read so far are written; run again with --resume to continue',
    ]);
  });
});
