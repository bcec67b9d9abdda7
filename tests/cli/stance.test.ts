import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { stanceCommand } from '../../src/cli/stance.js';
import { calendarDate, type StanceSummary } from '../../src/summary/stance.js';
import { ClaimkitError } from '../../src/core/errors.js';
import type { Claim, Result, Stance } from '../../src/schema/result.js';

const stance = (target: string | null, polarity: Stance['polarity'], rest: Partial<Stance> = {}): Stance => ({
  target, polarity, certainty: 'asserted', condition: 'none', reporting: 'neutral', ...rest,
});

let n = 0;
function claim(text: string, speaker: string | null, statedOn: string | null, s: Stance): Claim {
  const start = n++ * 100;
  return {
    id: `c${n}`,
    kind: speaker ? 'indirect' : 'assertion',
    content: { start, end: start + text.length, text },
    speaker: speaker ? { start: start + 50, end: start + 50 + speaker.length, text: speaker, name: speaker, type: 'person' } : null,
    cue: speaker ? { start: start + 60, end: start + 64, text: 'said' } : null,
    statedOn: statedOn ? { start: start + 70, end: start + 77, text: 'Tuesday', value: statedOn } : null,
    dates: [],
    numbers: [],
    stance: s,
  };
}

const result = (id: string, date: string | null, claims: Claim[]): Result => ({
  schemaVersion: 1,
  doc: { id, date, title: null, source: `${id}.txt`, length: 1000 },
  sentences: [],
  dates: [],
  numbers: [],
  claims,
  messages: [],
});

const RESULTS = [
  result('b', '2024-03-25', [
    claim('Kishida wants to meet Kim as soon as possible', 'Kim Yo Jong', '2024-03-25', stance('summit', 'favor', { reporting: 'neutral' })),
    claim('there will be no breakthrough as long as Tokyo is engrossed', 'Kim Yo Jong', null, stance('summit', 'against', { condition: 'conditional' })),
    claim('That was the last summit, in 2004.', null, null, stance('summit', 'neutral', { reporting: 'writer' })),
    claim('North Korea fired a missile.', 'Seoul', null, stance(null, null)),
  ]),
  result('a', '2023-09-19', [
    claim('I would like to meet Kim at any time', 'Fumio Kishida', '2023-09-19', stance('summit', 'favor', { condition: 'unconditional' })),
    claim('Tokyo will extend sanctions', 'Katsunobu Kato', '2021-W12', stance('sanctions', 'favor', { certainty: 'hedged' })),
  ]),
  result('c', '2024-02-16', [claim('Kim Yo Jong said Tokyo must drop the abduction issue first', 'Kim Yo Jong', '2024-02', stance('summit', 'against', { certainty: 'hedged' }))]),
];

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({ write(chunk: Buffer, _enc, done) { chunks.push(chunk.toString()); done(); } });
  return { stream, text: () => chunks.join('') };
}

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const out = sink();
  const code = await stanceCommand(args, out.stream);
  return { code, out: out.text() };
}

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimkit-stance-'));
  for (const r of RESULTS) writeFileSync(join(dir, `${r.doc.id}.json`), `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(join(dir, 'notes.txt'), 'not a result');
  return dir;
}

describe('claimkit stance (end to end)', () => {
  it('prints per target each speaker’s claims in date order as a table', async () => {
    const { code, out } = await cli([folder()]);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines.indexOf('sanctions')).toBeLessThan(lines.indexOf('summit'));
    const kim = lines.findIndex((l) => l.trim() === 'Kim Yo Jong (person)');
    expect(lines.slice(kim + 1, kim + 4).map((l) => l.trim().split(/\s+/).slice(0, 5).join(' '))).toEqual([
      '2024-02 c against hedged none',
      '2024-03-25 b favor asserted none',
      '2024-03-25* b against asserted conditional',
    ]);
    expect(out).toContain('(writer)');
    expect(out).not.toContain('fired a missile');
  });

  it('prints JSON with --json: speakers by first date, the writer, date sources', async () => {
    const { out } = await cli([folder(), '--json']);
    const summary = JSON.parse(out) as StanceSummary;
    expect(summary.results).toBe(3);
    const summit = summary.targets.find((t) => t.target === 'summit')!;
    expect(summit.speakers.map((s) => s.speaker)).toEqual(['Fumio Kishida', 'Kim Yo Jong', '(writer)']);
    expect(summit.speakers[1]!.claims.map((c) => [c.date, c.dateSource, c.polarity])).toEqual([
      ['2024-02', 'stated', 'against'],
      ['2024-03-25', 'stated', 'favor'],
      ['2024-03-25', 'published', 'against'],
    ]);
    expect(summit.speakers[0]!.claims[0]).toMatchObject({ doc: 'a', condition: 'unconditional', kind: 'indirect' });
    expect(summary.targets.find((t) => t.target === 'sanctions')!.speakers[0]!.claims[0]).toMatchObject({ date: '2021-03-22', certainty: 'hedged' });
  });

  it('reads JSON Lines, skips error records and filters by --target', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimkit-stance-'));
    const file = join(dir, 'out.jsonl');
    const failed = { schemaVersion: 1, doc: { id: 'x', source: 'x.txt' }, error: { code: 'E_STAGE_FAILED', message: 'boom' } };
    writeFileSync(file, [...RESULTS, failed].map((r) => JSON.stringify(r)).join('\n') + '\n');
    const { out } = await cli([file, '--json', '--target', 'sanctions']);
    const summary = JSON.parse(out) as StanceSummary;
    expect(summary).toMatchObject({ results: 3, skipped: 1 });
    expect(summary.targets.map((t) => t.target)).toEqual(['sanctions']);
    const table = await cli([file]);
    expect(table.out).toContain('1 error record(s) skipped');
  });

  it('says so when no claim has a target', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimkit-stance-'));
    writeFileSync(join(dir, 'one.json'), JSON.stringify(result('one', null, [claim('Nothing.', null, null, stance(null, null))])));
    expect((await cli([dir])).out).toContain('no claims with a stance target in 1 result(s)');
  });

  it.each([
    [[], /no input/],
    [['no/such/folder'], /no such file/],
  ])('refuses %j', async (args, message) => {
    await expect(cli(args)).rejects.toThrow(message);
  });

  it('refuses a file that is not a claimkit result', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimkit-stance-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ hello: 'world' }));
    await expect(cli([dir])).rejects.toBeInstanceOf(ClaimkitError);
    writeFileSync(join(dir, 'bad.json'), '{ not json');
    await expect(cli([dir])).rejects.toThrow(/not valid JSON/);
  });

  it('prints its help', async () => {
    expect((await cli(['--help'])).out).toMatch(/Usage: claimkit stance/);
  });
});

describe('calendarDate', () => {
  it.each([
    ['2021-03-30', '2021-03-30'],
    ['2020-09', '2020-09'],
    ['2021', '2021'],
    ['2021-W12', '2021-03-22'],
    ['2021-Q3', '2021-07'],
    ['2021-SU', '2021-06'],
    ['197', '1970'],
    ['2025-12-28T08:00', '2025-12-28'],
    ['PRESENT_REF', null],
    ['P2Y', null],
  ])('%s -> %s', (value, expected) => {
    expect(calendarDate(value)).toBe(expected);
  });
});
