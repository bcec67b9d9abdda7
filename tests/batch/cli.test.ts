/**
 * `claimkit extract` as a batch tool, end to end: bad input of every kind,
 * JSON Lines, --resume, SIGINT. Most runs call the CLI inside the test
 * process (its workers are real threads); runs that need standard input or a
 * signal start a process.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorRecordSchema, ResultSchema } from '../../src/schema/result.js';
import { cli, inProcess } from './cli-helpers.js';

const temp = () => mkdtempSync(join(tmpdir(), 'claimkit-batch-'));
const records = (jsonl: string) => jsonl.trim().split('\n').map((l) => JSON.parse(l) as { doc: { id: string; length?: number }; error?: { code: string; message: string }; messages?: { code: string }[] });
const jsonLine = (record: object) => `${JSON.stringify(record)}\n`;

describe('claimkit extract: batch runs that never lose an article', { timeout: 60_000 }, () => {
  it('writes one record per input, in order, saying what was wrong with each bad one', async () => {
    const dir = temp();
    const files: Record<string, string | Buffer> = {
      '01-empty.txt': '',
      '02-blank.txt': ' \n\t\r\n ',
      '03-binary.txt': Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 131 + 7) % 256)),
      '04-latin1.txt': Buffer.from('The caf\xe9 owner said prices rose.', 'latin1'),
      '05-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('The minister said on Monday that prices rose.')]),
      '06-crlf.txt': 'The minister said prices rose.\r\nOfficials said "the talks will resume."\r\n',
      '07-html.txt': '<html><body><p>The minister said prices rose.</p><p>Officials agreed.</p></body></html>',
      '08-french.txt': 'Le ministre a déclaré mardi que les prix avaient augmenté la semaine dernière, selon les chiffres publiés par le gouvernement dans un rapport présenté aux députés et aux sénateurs, qui ont posé des questions sur les causes de cette hausse.',
      '09-ten-megabytes.txt': 'The minister said prices rose. '.repeat(340_000),
      '10-quotes.txt': Array.from({ length: 50_000 }, (_, i) => (i % 7 === 0 ? '"' : i % 11 === 0 ? '“' : i % 5 === 0 ? ' ' : 'a')).join(''),
      '11-utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Officials said the talks would resume.', 'utf16le')]),
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const out = join(dir, 'out.jsonl');
    const run = await inProcess(['extract', dir, '--jsonl', out, '--concurrency', '2']);
    expect(run.status, run.stderr).toBe(2);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    const byId = new Map(records(readFileSync(out, 'utf8')).map((r) => [r.doc.id, r]));
    expect([...byId.keys()]).toEqual(Object.keys(files).map((f) => f.replace('.txt', '')));
    for (const line of lines) expect(ResultSchema.safeParse(JSON.parse(line)).success || ErrorRecordSchema.safeParse(JSON.parse(line)).success).toBe(true);
    const error = (id: string) => byId.get(id)?.error?.code;
    const warnings = (id: string) => byId.get(id)?.messages?.map((m) => m.code);
    expect(warnings('01-empty')).toContain('W_EMPTY_TEXT');
    expect(warnings('02-blank')).toContain('W_EMPTY_TEXT');
    expect(error('03-binary')).toBe('E_BINARY');
    expect(error('04-latin1')).toBe('E_INVALID_UTF8');
    expect(byId.get('04-latin1')?.error?.message).toMatch(/byte 0xe9 at offset 7 \(line 1\)/);
    expect(warnings('05-bom')).toContain('W_BOM');
    expect(byId.get('05-bom')?.doc.length).toBe('The minister said on Monday that prices rose.'.length);
    expect(byId.get('06-crlf')?.doc.length).toBe((files['06-crlf.txt'] as string).length);
    expect(warnings('07-html')).toContain('W_HTML');
    expect(warnings('08-french')).toContain('W_NOT_ENGLISH');
    expect(error('09-ten-megabytes')).toBe('E_TOO_LONG');
    expect(byId.get('09-ten-megabytes')?.error?.message).toMatch(/10540000 characters, the limit is 1000000: raise --max-chars/);
    expect(error('10-quotes')).toBeUndefined();
    expect(byId.get('10-quotes')?.doc.length).toBe(50_000);
    expect(warnings('11-utf16')).toContain('W_BOM');
    expect(run.stderr).toMatch(/11 articles \(3 failed: E_BINARY 1, E_INVALID_UTF8 1, E_TOO_LONG 1\)/);
    expect(run.stderr).toMatch(/03-binary\.txt: the input is binary data/);
    expect(run.stderr).not.toMatch(/\r/);
  });

  it('keeps CRLF offsets indexing the text as given', async () => {
    const text = 'Officials said on Tuesday that 12 ships left.\r\n\r\n"We will talk," the minister said.\r\n';
    const file = join(temp(), 'crlf.txt');
    writeFileSync(file, text);
    const run = await inProcess(['extract', file, '--date', '2024-01-10', '--jsonl', '-']);
    expect(run.status, run.stderr).toBe(0);
    const result = ResultSchema.parse(JSON.parse(run.stdout));
    expect(result.doc.length).toBe(text.length);
    for (const s of [...result.dates, ...result.numbers]) expect(s.text).toBe(text.slice(s.start, s.end));
    for (const s of result.sentences) expect(s.end).toBeLessThanOrEqual(text.length);
  });

  it('processes a 10 MB article when --max-chars allows it', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'big.txt'), 'The minister said prices rose. '.repeat(340_000));
    writeFileSync(join(dir, 'bare.json'), JSON.stringify({ name: 'bare', stages: [{ name: 'sentences' }] }));
    const run = await inProcess(['extract', join(dir, 'big.txt'), '--max-chars', '0', '--pipeline', join(dir, 'bare.json'), '--jsonl', join(dir, 'out.jsonl')]);
    expect(run.status, run.stderr).toBe(0);
    const result = ResultSchema.parse(JSON.parse(readFileSync(join(dir, 'out.jsonl'), 'utf8')));
    expect(result.doc.length).toBe(10_540_000);
  });

  it('reads JSON Lines: an error record for each bad line only, duplicates refused, blank lines skipped', async () => {
    const dir = temp();
    const feed = join(dir, 'feed.jsonl');
    writeFileSync(
      feed,
      Buffer.concat([
        Buffer.from(jsonLine({ id: 'a', text: 'Officials said on Tuesday that the talks would resume.', date: '2024-01-09', title: 'Talks', url: 'https://example.org/a' })),
        Buffer.from('{"id": "b", "text": "cut off\n'),
        Buffer.from('\n'),
        Buffer.from('{"id": "c", "text": "caf'),
        Buffer.from([0xe9, 0x22, 0x7d, 0x0a]),
        Buffer.from(jsonLine({ id: 'd' })),
        Buffer.from(jsonLine({ id: 'a', text: 'Again.' })),
        Buffer.from(jsonLine({ id: 'e', text: 'Le ministre a dit.', date: 'Tuesday' })),
        Buffer.from(jsonLine({ id: 'f', text: 'date 2023-05-06\nThe minister said so.' })),
      ]),
    );
    const run = await inProcess(['extract', feed, '--jsonl', '-']);
    expect(run.status, run.stderr).toBe(2);
    const out = records(run.stdout);
    expect(out.map((r) => [r.doc.id, r.error?.code ?? 'ok'])).toEqual([
      ['a', 'ok'],
      [`${relative(process.cwd(), feed)}:2`, 'E_BAD_RECORD'],
      [`${relative(process.cwd(), feed)}:4`, 'E_INVALID_UTF8'],
      ['d', 'E_BAD_RECORD'],
      ['a', 'E_DUPLICATE_ID'],
      ['e', 'E_BAD_DATE'],
      ['f', 'ok'],
    ]);
    const first = ResultSchema.parse(out[0]);
    expect(first.doc).toMatchObject({ id: 'a', date: '2024-01-09', title: 'Talks', source: 'https://example.org/a' });
    expect(ResultSchema.parse(out[6]).doc.date).toBe('2023-05-06');
    expect(out[3]?.error?.message).toMatch(/text: /);
  });

  it('reads JSON Lines from standard input with --format jsonl, and one file per id with --out', () => {
    const dir = temp();
    const input = jsonLine({ id: 'x/1', text: 'Officials said the talks would resume.' }) + jsonLine({ id: 'x/2', text: 'The minister said 12 ships left.' });
    const run = cli(['extract', '-', '--format', 'jsonl', '--out', join(dir, 'out')], input);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['x%2F1.json', 'x%2F2.json']);
    expect(ResultSchema.parse(JSON.parse(readFileSync(join(dir, 'out', 'x%2F2.json'), 'utf8'))).doc.id).toBe('x/2');
  });

  it('--resume continues a killed run: skips what is written, repairs a cut last line, writes the rest once', async () => {
    const dir = temp();
    const feed = join(dir, 'feed.jsonl');
    const ids = Array.from({ length: 30 }, (_, i) => `n${i}`);
    writeFileSync(feed, ids.map((id, i) => jsonLine({ id, text: `The minister said ${i} ships left on Monday.` })).join(''));
    const out = join(dir, 'out.jsonl');
    expect((await inProcess(['extract', feed, '--jsonl', out, '--concurrency', '1'])).status).toBe(0);
    const full = readFileSync(out, 'utf8');
    const cut = full.split('\n').slice(0, 10).join('\n').length + 1 + 25;
    truncateSync(out, cut);
    const resumed = await inProcess(['extract', feed, '--jsonl', out, '--resume', '--concurrency', '1']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/20 articles/);
    expect(resumed.stderr).toMatch(/10 skipped: already in the output/);
    expect(records(readFileSync(out, 'utf8')).map((r) => r.doc.id)).toEqual(ids);
    expect(readFileSync(out, 'utf8')).toBe(full);

    const outDir = join(dir, 'out');
    expect((await inProcess(['extract', 'corpus/articles', '--out', outDir, '--concurrency', '1'])).status).toBe(0);
    rmSync(join(outDir, '001.json'));
    rmSync(join(outDir, '004.json'));
    const again = await inProcess(['extract', 'corpus/articles', '--out', outDir, '--resume', '--concurrency', '1']);
    expect(again.stderr).toMatch(/2 articles.*\n.*3 skipped/);
    expect(existsSync(join(outDir, '004.json'))).toBe(true);
  });

  it('on SIGINT writes what it has read, exits 130, and --resume finishes the job', async () => {
    const dir = temp();
    const out = join(dir, 'out.jsonl');
    const lines = Array.from({ length: 12 }, (_, i) => jsonLine({ id: `s${i}`, text: `The minister said ${i} ships left.` }));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'extract', '-', '--format', 'jsonl', '--jsonl', out, '--concurrency', '1'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.write(lines.slice(0, 5).join(''));
    const deadline = Date.now() + 30_000;
    while ((existsSync(out) ? readFileSync(out, 'utf8').split('\n').length - 1 : 0) < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code, stderr).toBe(130);
    expect(stderr).toMatch(/interrupted/);
    expect(records(readFileSync(out, 'utf8')).map((r) => r.doc.id)).toEqual(['s0', 's1', 's2', 's3', 's4']);
    const feed = join(dir, 'feed.jsonl');
    writeFileSync(feed, lines.join(''));
    const resumed = await inProcess(['extract', feed, '--jsonl', out, '--resume', '--concurrency', '1']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(records(readFileSync(out, 'utf8')).map((r) => r.doc.id)).toEqual(lines.map((_, i) => `s${i}`));
  });
});
