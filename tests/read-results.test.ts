import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimkitError } from '../src/core/errors.js';
import { extract } from '../src/index.js';
import { readResultFile, readResults } from '../src/read-results.js';

const result = (id: string) => extract('The minister said on Tuesday that 5 ships arrived.', { id, date: '2024-03-28' });
const failed = { schemaVersion: 1, doc: { id: 'x', source: 'x.txt' }, error: { code: 'E_STAGE_FAILED', message: 'boom' } };
const folder = (): string => mkdtempSync(join(tmpdir(), 'claimkit-read-'));

describe('readResults', () => {
  it('reads every result file of a folder in name order, passing over a gold manifest.json', () => {
    const dir = folder();
    writeFileSync(join(dir, 'b.json'), JSON.stringify(result('b')));
    writeFileSync(join(dir, 'a.json'), JSON.stringify(result('a')));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify([{ id: 'a', date: null }]));
    writeFileSync(join(dir, 'a.txt'), 'not a result');
    expect(readResults(dir).map((r) => [r.file, r.record.doc.id])).toEqual([
      [join(dir, 'a.json'), 'a'],
      [join(dir, 'b.json'), 'b'],
    ]);
  });

  it.each(['out.jsonl', 'out.NDJSON'])('reads %s one record a line, error records included, blank lines skipped', (name) => {
    const file = join(folder(), name);
    writeFileSync(file, `${JSON.stringify(result('a'))}\n\n${JSON.stringify(failed)}\n`);
    expect(readResultFile(file).map((r) => ('error' in r.record ? `error ${r.record.doc.id}` : r.record.doc.id))).toEqual(['a', 'error x']);
  });

  it.each([
    ['no such file', (dir: string) => join(dir, 'missing.json'), /no such file or folder/],
    ['broken JSON, naming the line', (dir: string) => write(join(dir, 'r.jsonl'), `${JSON.stringify(result('a'))}\n{ nope`), /r\.jsonl:2: not valid JSON/],
    ['JSON that is not a result', (dir: string) => write(join(dir, 'r.json'), '{"hello":"world"}'), /r\.json: not a claimkit result/],
  ])('refuses %s', (_, make, message) => {
    const path = make(folder());
    expect(() => readResults(path)).toThrow(ClaimkitError);
    expect(() => readResults(path)).toThrow(message);
  });
});

function write(file: string, text: string): string {
  writeFileSync(file, text);
  return file;
}
