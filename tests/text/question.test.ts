import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/text/question.js';

describe('isQuestion', () => {
  it.each([
    ['Will the talks resume in 2025?'],
    ['"Will the talks resume?"'],
    ['He asked: “Will they come?”'],
    ['(Is it over?)'],
    ['[sic?]'],
    ['‘Why now?’ ”'],
    ['Is that so?  \n'],
    ['  Really?'],
  ])('%j is a question', (text) => {
    expect(isQuestion(text)).toBe(true);
  });

  it.each([
    ['The talks resume in 2025.'],
    ['"Why?" he asked.'],
    ['Is it?!'],
    ['Who knows? Nobody does.'],
    ['What? —'],
    [''],
  ])('%j is not', (text) => {
    expect(isQuestion(text)).toBe(false);
  });

  it('answers fast on a long text of question marks and closing quotes', () => {
    const text = `${'?" '.repeat(20000)}x`;
    const start = performance.now();
    expect(isQuestion(text)).toBe(false);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
