/**
 * Lexicons are data files beside this module: one entry a line, `#` starts a
 * comment line, and the first line of each file gives its provenance.
 */
import { readFileSync } from 'node:fs';

const cache = new Map<string, readonly string[]>();

/** The entries of `src/lexicons/<name>.txt`, comments and blank lines dropped. */
export function loadLexicon(name: string): readonly string[] {
  let entries = cache.get(name);
  if (!entries) {
    const text = readFileSync(new URL(`./${name}.txt`, import.meta.url), 'utf8');
    entries = text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    cache.set(name, entries);
  }
  return entries;
}

/** The entries of a tab-separated lexicon, split into columns. */
export function loadTable(name: string): readonly (readonly string[])[] {
  return loadLexicon(name).map((line) => line.split('\t').map((cell) => cell.trim()));
}
