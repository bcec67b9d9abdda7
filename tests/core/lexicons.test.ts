import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordTagsText } from '../../src/lexicons/word-tags.js';

const dir = new URL('../../src/lexicons/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('lexicon data files', () => {
  it.each(files)('%s opens with a line of provenance', (file) => {
    const first = readFileSync(new URL(file, dir), 'utf8').split('\n', 1)[0] ?? '';
    expect(first).toMatch(/^# provenance: \S/);
  });

  it('word-tags.txt is what the installed compromise generates (run `npm run lexicons` after upgrading it)', () => {
    expect(readFileSync(new URL('word-tags.txt', dir), 'utf8')).toBe(wordTagsText());
  });
});
