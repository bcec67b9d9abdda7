import { describe, expect, it } from 'vitest';
import { isAlphanumeric } from '../../src/text/chars.js';

describe('isAlphanumeric', () => {
  const cases: [string, boolean][] = [
    ['a', true],
    ['Z', true],
    ['7', true],
    ['é', true],
    ['Ж', true],
    ['東', true],
    ['²', true],
    ['٣', true],
    [' ', false],
    ['"', false],
    ['’', false],
    ['-', false],
    ['\u200b', false],
  ];
  it.each(cases)('%s -> %s', (ch, expected) => {
    expect(isAlphanumeric(ch.charCodeAt(0))).toBe(expected);
  });
});
