import { describe, expect, it } from 'vitest';
import { loadCountries } from '../../src/lexicons/countries.js';
import { loadGrammarWords } from '../../src/lexicons/grammar-words.js';

describe('loadGrammarWords', () => {
  const words = loadGrammarWords();
  it.each([
    ['det', 'the', true],
    ['article', 'the', true],
    ['poss', 'his', true],
    ['aux', 'may', true],
    ['neg', 'not', true],
    // misses: a word is in its own classes only
    ['poss', 'the', false],
    ['aux', 'not', false],
    ['det', 'said', false],
  ] as const)('%s has %s: %s', (cls, word, expected) => {
    expect(words[cls].has(word)).toBe(expected);
  });
  it('is loaded once', () => {
    expect(loadGrammarWords()).toBe(words);
  });
});

describe('loadCountries', () => {
  const byName = new Map(loadCountries().map((c) => [c.name, c]));
  it.each([
    ['Burma', 'Myanmar', []],
    ['DPRK', 'North Korea', []],
    ['Japan', 'Japan', ['Japanese']],
  ] as const)('%s stands for %s with demonyms %j', (name, state, demonyms) => {
    expect(byName.get(name)?.state).toBe(state);
    expect(byName.get(name)?.demonyms).toEqual(demonyms);
  });
  it('has no empty demonym and no country the table lacks', () => {
    expect(loadCountries().flatMap((c) => c.demonyms).includes('')).toBe(false);
    expect(byName.has('Atlantis')).toBe(false);
  });
});
