import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { renderCommand } from '../../src/cli/render.js';
import { ClaimkitError } from '../../src/core/errors.js';
import { CORPUS, seedResult } from './fixture.js';

function sink(): { stream: Writable; text: () => string } {
  let out = '';
  return {
    stream: new Writable({
      write(chunk: Buffer, _enc, done) {
        out += chunk.toString();
        done();
      },
    }),
    text: () => out,
  };
}

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = sink();
  const stderr = sink();
  const code = await renderCommand(args, stdout.stream, stderr.stream);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('claimkit render', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimkit-render-'));
  const { result } = seedResult('000');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders results, error records and .txt articles, with an index', async () => {
    const results = join(dir, 'results');
    mkdirSync(results);
    writeFileSync(join(results, '000.json'), JSON.stringify({ ...result, doc: { ...result.doc, source: join(CORPUS, 'articles', '000.txt') } }));
    writeFileSync(join(results, 'bad.jsonl'), `${JSON.stringify({ schemaVersion: 1, doc: { id: 'broken' }, error: { code: 'E_BINARY', message: 'binary' } })}\n`);
    const out = join(dir, 'out');
    const r = await run([results, join(results, 'bad.jsonl'), join(CORPUS, 'articles', '001.txt'), '--out', out, '--pipeline', 'japan-dprk']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(join(out, 'index.html'));
    expect(r.stderr).toContain('2 article page(s)');
    const page = readFileSync(join(out, '000.html'), 'utf8');
    for (const c of result.claims) expect(page).toContain(`id="c-${c.id}"`);
    expect(page).not.toContain('class="gap"');
    expect(page).toContain('href="001.html"');
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('href="000.html"');
    expect(index).toContain('href="001.html"');
    expect(index).toContain('E_BINARY: binary');
    expect(existsSync(join(out, 'broken.html'))).toBe(false);
  });

  it('regression: the note of a byte-order mark removed while reading a .txt article was lost on its page', async () => {
    const file = join(dir, 'bom.txt');
    writeFileSync(file, `\uFEFF${readFileSync(join(CORPUS, 'articles', '001.txt'), 'utf8')}`);
    const out = join(dir, 'out-bom');
    const r = await run([file, '--out', out, '--pipeline', 'japan-dprk']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'bom.html'), 'utf8')).toContain('W_BOM');
  });

  it('rebuilds the quoted spans, with a note, when the article text cannot be found', async () => {
    const file = join(dir, 'lost.json');
    writeFileSync(file, JSON.stringify({ ...result, doc: { ...result.doc, source: 'nowhere/000.txt' } }));
    const out = join(dir, 'lost');
    expect((await run([file, '--out', out])).code).toBe(0);
    const page = readFileSync(join(out, '000.html'), 'utf8');
    expect(page).toContain('The article text was not found (looked for nowhere/000.txt)');
    expect(page).toContain('class="gap"');
  });

  it('compares with a gold set folder', async () => {
    const gold = join(dir, 'goldset');
    mkdirSync(join(gold, 'articles'), { recursive: true });
    mkdirSync(join(gold, 'gold'));
    copyFileSync(join(CORPUS, 'articles', '000.txt'), join(gold, 'articles', '000.txt'));
    copyFileSync(join(CORPUS, 'gold', '000.json'), join(gold, 'gold', '000.json'));
    const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as { id: string }[];
    writeFileSync(join(gold, 'manifest.json'), JSON.stringify(manifest.filter((e) => e.id === '000')));
    const file = join(dir, 'unsourced.json');
    writeFileSync(file, JSON.stringify({ ...result, doc: { ...result.doc, source: null } }));
    const out = join(dir, 'gold-out');
    const r = await run([file, '--gold', gold, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 compared with gold');
    const page = readFileSync(join(out, '000.html'), 'utf8');
    expect(page).toContain('Against the gold file');
    expect(page).not.toContain('class="gap"');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('claims F');
  });

  it('refuses a call without --out, or an input it cannot read', async () => {
    await expect(run([join(CORPUS, 'articles', '000.txt')])).rejects.toThrow(ClaimkitError);
    await expect(run([join(CORPUS, 'manifest.json'), '--out', join(dir, 'x')])).rejects.toThrow(/not a claimkit result/);
    await expect(run([join(dir, 'missing.json'), '--out', join(dir, 'x')])).rejects.toThrow(/no such file/);
  });
});
