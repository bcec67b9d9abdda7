import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorRecordSchema, ResultSchema } from '../../src/schema/result.js';
import { cli, inProcess } from '../batch/cli-helpers.js';

describe('claimkit extract (end to end)', { timeout: 60_000 }, () => {
  it('prints five schema-valid lines for the corpus with --jsonl -', () => {
    const run = cli(['extract', 'corpus/articles', '--jsonl', '-']);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(ResultSchema.safeParse(JSON.parse(line)).success).toBe(true);
    expect(lines.map((l) => (JSON.parse(l) as { doc: { date: string } }).doc.date)).toEqual(['2021-03-30', '2023-09-19', '2024-02-16', '2024-03-25', '2025-11-05']);
  });

  it('writes one file per article with --out, taking the date from a leading date line or warning without one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimkit-'));
    writeFileSync(join(dir, 'a.txt'), ' date 2024-05-01 The minister said on Monday that 12 ships left.\n');
    writeFileSync(join(dir, 'b.txt'), 'The minister said 12 ships left.\n');
    const out = join(dir, 'out');
    const run = cli(['extract', dir, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a.json', 'b.json']);
    const a = ResultSchema.parse(JSON.parse(readFileSync(join(out, 'a.json'), 'utf8')));
    const b = ResultSchema.parse(JSON.parse(readFileSync(join(out, 'b.json'), 'utf8')));
    expect(a.doc.date).toBe('2024-05-01');
    expect(b.doc.date).toBeNull();
    expect(b.messages.map((m) => m.code)).toContain('W_NO_DATE');
  });

  it('reads standard input with -', () => {
    const run = cli(['extract', '-', '--date', '2024-01-10', '--jsonl', '-'], 'Officials said the talks would resume.');
    expect(run.status, run.stderr).toBe(0);
    expect(ResultSchema.parse(JSON.parse(run.stdout)).doc).toMatchObject({ id: 'stdin', date: '2024-01-10' });
  });

  it.each([
    [['extract', 'no/such/file.txt'], /no such file/],
    [['extract', 'corpus/articles', '--date', '2024-02-30'], /not a valid/],
    [['extract', 'corpus/articles', '--pipeline', 'nope'], /unknown pipeline/],
    [['extract'], /no input/],
    [['frobnicate'], /unknown command/],
  ])('exits 1 with a clear message for %j', (args, message) => {
    const run = cli(args);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
  });

  it.each([
    [['extract', 'corpus/articles', '--concurrency', '0'], /--concurrency 0: expected a whole number of at least 1/],
    [['extract', 'corpus/articles', '--max-chars', 'lots'], /--max-chars lots/],
    [['extract', 'corpus/articles', '--format', 'xml'], /--format xml: expected auto, text, jsonl/],
    [['extract', 'corpus/articles', '--resume', '--jsonl', '-'], /--resume needs an output/],
    [['extract', '-', '-'], /standard input \(-\) can be read only once/],
  ])('exits 1 with a clear message for the batch option %j', async (args, message) => {
    const run = await inProcess(args);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
  });

  it('has help a newcomer can follow', () => {
    const run = cli(['extract', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Usage: claimkit extract/);
    for (const option of ['--date', '--jsonl', '--format', '--concurrency', '--resume', '--max-chars', '--timeout']) expect(run.stdout).toContain(option);
    expect(run.stdout).toMatch(/Exit codes: 0 .* 2 .* 1 usage error, 130 interrupted/s);
  });

  it('prints a JSON Schema that accepts results and error records', () => {
    const schema = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'schema'], { encoding: 'utf8' })) as { anyOf: unknown[] };
    expect(schema.anyOf).toHaveLength(2);
    expect(ErrorRecordSchema.safeParse({ schemaVersion: 1, doc: { id: 'x' }, error: { code: 'E_BAD_INPUT', message: 'm' } }).success).toBe(true);
  });
});
