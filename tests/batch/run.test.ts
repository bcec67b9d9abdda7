import { describe, expect, it } from 'vitest';
import { runBatch, type BatchOptions, type Sink } from '../../src/batch/run.js';
import type { Article, Item, Outcome } from '../../src/batch/types.js';

const article = (id: string, text = `text of ${id}`): Article => ({ id, text, date: null, title: null, source: `${id}.txt`, messages: [] });
const unreadable = (id: string): Item => ({ id, source: `${id}.txt`, error: { code: 'E_BINARY', message: 'binary' } });

async function* from(items: Iterable<Item>, onRead?: () => void): AsyncGenerator<Item> {
  for (const item of items) {
    onRead?.();
    yield item;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Processes "by hand": the JSON is the id, claims its length; "slowN" sleeps N ms. */
const process = async (a: Article): Promise<Outcome> => {
  await sleep(Number(/^slow(\d+)/.exec(a.id)?.[1] ?? Math.floor(Math.random() * 3)));
  return { id: a.id, source: a.source, json: JSON.stringify({ doc: { id: a.id } }), claims: a.text.length, warnings: ['W_NO_DATE'], error: null };
};

const collect = (delayMs = 0): Sink & { lines: string[] } => {
  const lines: string[] = [];
  return {
    lines,
    async write(o) {
      if (delayMs) await sleep(delayMs);
      lines.push(o.json);
    },
    close: () => Promise.resolve(),
  };
};

const ids = (lines: string[]) => lines.map((l) => (JSON.parse(l) as { doc: { id: string } }).doc.id);
const run = (items: AsyncIterable<Item>, sink: Sink, extra: Partial<BatchOptions> = {}) => runBatch({ items, process, concurrency: 4, sink, pretty: false, ...extra });

describe('runBatch', () => {
  it('writes one record per item in input order, whatever order they finish in', async () => {
    const items: Item[] = [article('slow30'), article('b'), unreadable('c'), article('slow10'), article('e')];
    const sink = collect();
    const report = await run(from(items), sink);
    expect(ids(sink.lines)).toEqual(['slow30', 'b', 'c', 'slow10', 'e']);
    expect(JSON.parse(sink.lines[2] ?? '')).toEqual({ schemaVersion: 1, doc: { id: 'c', source: 'c.txt' }, error: { code: 'E_BINARY', message: 'binary' } });
    expect(report).toMatchObject({ read: 5, written: 5, failed: 1, skipped: 0, warnings: 4, interrupted: false });
    expect(report.claims).toBe(['slow30', 'b', 'slow10', 'e'].reduce((n, id) => n + `text of ${id}`.length, 0));
    expect([...report.failures]).toEqual([['E_BINARY', 1]]);
  });

  it.each([
    ['a fast sink', 0],
    ['a slow sink (backpressure)', 2],
  ])('reads at most a small window ahead of writing with %s', async (_name, delay) => {
    let read = 0;
    let ahead = 0;
    const sink = collect(delay);
    const write = sink.write.bind(sink);
    sink.write = async (o) => {
      ahead = Math.max(ahead, read - sink.lines.length);
      await write(o);
    };
    const report = await run(from(Array.from({ length: 300 }, (_, i) => article(`a${i}`)), () => read++), sink, { concurrency: 2 });
    expect(report.written).toBe(300);
    expect(ahead).toBeLessThanOrEqual(9);
  });

  it('writes an E_DUPLICATE_ID error record for a repeated id and processes the first', async () => {
    const sink = collect();
    const report = await run(from([article('a'), article('b'), article('a', 'other text')]), sink);
    expect(ids(sink.lines)).toEqual(['a', 'b', 'a']);
    const dup = JSON.parse(sink.lines[2] ?? '') as { error: { code: string; message: string }; doc: { length: number } };
    expect(dup.error.code).toBe('E_DUPLICATE_ID');
    expect(dup.error.message).toMatch(/"a" \(occurrence 2\)/);
    expect(dup.doc.length).toBe('other text'.length);
    expect(report.failed).toBe(1);
  });

  it('skips as many inputs of an id as the output already holds (--resume)', async () => {
    const sink = collect();
    const done = new Map([['a', 2], ['b', 1]]);
    const report = await run(from([article('a'), article('b'), article('a'), article('c'), article('a')]), sink, { done });
    expect(ids(sink.lines)).toEqual(['c', 'a']);
    expect(JSON.parse(sink.lines[1] ?? '')).toMatchObject({ error: { code: 'E_DUPLICATE_ID' } });
    expect(report).toMatchObject({ read: 5, skipped: 3, written: 2 });
  });

  it('on abort stops reading, writes everything already read, and reports the interruption', async () => {
    const controller = new AbortController();
    let read = 0;
    async function* endless(): AsyncGenerator<Item> {
      for (let i = 0; ; i++) {
        read++;
        yield article(`a${i}`);
      }
    }
    const sink = collect();
    const report = await run(endless(), sink, {
      signal: controller.signal,
      onWritten: (_o, tally) => {
        if (tally.written === 20) controller.abort();
      },
    });
    expect(report.interrupted).toBe(true);
    expect(report.written).toBe(report.read);
    expect(read - report.read).toBeLessThanOrEqual(1);
    expect(ids(sink.lines)).toEqual(Array.from({ length: report.written }, (_, i) => `a${i}`));
  });

  it('returns on abort even while the input blocks (a quiet standard input)', async () => {
    const controller = new AbortController();
    async function* stalls(): AsyncGenerator<Item> {
      yield article('a');
      await new Promise(() => undefined);
    }
    const sink = collect();
    setTimeout(() => controller.abort(), 50);
    const report = await run(stalls(), sink, { signal: controller.signal });
    expect(report).toMatchObject({ interrupted: true, written: 1 });
  });

  it('fails when the sink fails, after stopping the reading', async () => {
    let read = 0;
    const sink: Sink = { write: () => Promise.reject(new Error('disk full')), close: () => Promise.resolve() };
    await expect(run(from(Array.from({ length: 1000 }, (_, i) => article(`a${i}`)), () => read++), sink)).rejects.toThrow(/disk full/);
    expect(read).toBeLessThan(50);
  });

  it('writes what was read, then fails, when the reading fails', async () => {
    async function* breaks(): AsyncGenerator<Item> {
      yield article('a');
      yield article('b');
      throw new Error('manifest.json is not JSON');
    }
    const sink = collect();
    await expect(run(breaks(), sink)).rejects.toThrow(/manifest/);
    expect(ids(sink.lines)).toEqual(['a', 'b']);
  });
});
