import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('claimkit gold (end to end)', () => {
  it('checks the bundled gold set', () => {
    const run = cli(['gold', 'check', 'corpus']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/5 gold file\(s\) checked, 0 with problems/);
  }, 60_000);

  it('fills a draft and refuses text the article does not hold', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimkit-gold-'));
    writeFileSync(join(dir, 'a.txt'), 'Kato said on Tuesday that 17 people left.');
    const draft = { doc: { id: 'a', date: '2024-01-02', title: null, source: null }, sentences: [{ text: 'Kato said on Tuesday that 17 people left.', role: 'body' }], numbers: [{ text: '17', kind: 'cardinal', value: 17, unit: 'people', approx: false }] };
    writeFileSync(join(dir, 'draft.json'), JSON.stringify(draft));
    const ok = cli(['gold', 'fill', join(dir, 'draft.json'), join(dir, 'a.txt'), '--out', join(dir, 'gold.json')]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')).numbers[0]).toMatchObject({ start: 26, end: 28 });
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...draft, numbers: [{ ...draft.numbers[0], text: '18' }] }));
    const bad = cli(['gold', 'fill', join(dir, 'bad.json'), join(dir, 'a.txt')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/"18" not found/);
  }, 120_000);
});
