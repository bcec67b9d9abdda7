import { describe, expect, it } from 'vitest';
import { createDoc, layer, withLayer } from '../../src/core/document.js';
import { findQuotes, quotesStage } from '../../src/stages/quotes/index.js';
import { cpuNow } from '../cpu.js';

/** Each quotation as its inner text, with its kind, and "+" when it continues into the next. */
const quotes = (text: string): string[] =>
  findQuotes(text).map((q) => `${q.depth > 0 ? '>' : ''}${q.kind === 'fragment' ? '~' : ''}${text.slice(q.innerStart, q.innerEnd)}${q.continues ? '+' : ''}`);

describe('quotes: pairing', () => {
  const cases: [string, string, string[]][] = [
    ['curly marks', 'She said, “We are ready.”', ['We are ready.']],
    ['straight marks', 'She said, "We are ready."', ['We are ready.']],
    ['curly and straight mixed', '“We are ready," she said. "So are we.”', ['We are ready,', 'So are we.']],
    ['nested single quotes', 'He said, “They told me ‘go home’ and left.”', ['They told me ‘go home’ and left.', '>~go home']],
    ['nested straight single quotes', `He said, "They told me 'go home' and left."`, ["They told me 'go home' and left.", '>~go home']],
    ['apostrophes are not quotes', 'Japan’s view: we don’t know. It’s the ’80s again.', []],
    ['straight apostrophes are not quotes', "Japan's view: we don't know. It's the '80s, rock 'n' roll.", []],
    ['plural possessive before a closing mark', 'He said, “The voters’ anger is real.”', ['The voters’ anger is real.']],
    ['doubled apostrophes as double quotes', "''Brexit is a warning,'' he said.", ['Brexit is a warning,']],
    ['single quotes as primary marks', "‘We are ready,’ she said.", ['We are ready,']],
    ['a closing mark typed as an opening one', 'He said, “We are ready,“ and left.', ['We are ready,']],
    // a zero-width space (U+200B, common in text pasted from the web) is white space, as in every other stage
    ['a zero-width space before a straight single mark', "Fans chanted\u200b'We are ready' and cheered.", ['~We are ready']],
    ['a zero-width space after a curly single mark', 'It was \u2018great\u2019\u200bfor us, she said.', ['~great']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('quotes: odd counts and paragraphs', () => {
  it('a stray opening mark inside a paragraph does not swallow the text', () => {
    expect(quotes('The so-called "reform was announced. Officials said, “It works.”')).toEqual(['It works.']);
  });
  it('a reopened mark drops the unclosed one before it', () => {
    expect(quotes('He said "yes and she said "no" today.')).toEqual(['~no']);
  });
  it('a paragraph left open and reopened continues the quotation', () => {
    expect(quotes('She said: “We tried.\n\n“We failed.”')).toEqual(['We tried.+', 'We failed.']);
  });
  it('a paragraph opened by a quotation and not closed ends it at the paragraph end', () => {
    expect(quotes('“We tried hard\n\nThe team lost.')).toEqual(['We tried hard']);
  });
  it('a stray closing mark is ignored', () => {
    expect(quotes('The deal” was signed. She said, “Fine.”')).toEqual(['Fine.']);
  });
});

describe('quotes: speech or fragment', () => {
  const cases: [string, string, string[]][] = [
    ['a scare quote after a word', 'Kato said Suga "firmly maintains" the stance.', ['~firmly maintains']],
    ['a title carrying the sentence on', '"Stronger Together" was the slogan.', ['~Stronger Together']],
    ['a quoted phrase closing a sentence', 'The door remains open for "some form of diplomacy."', ['~some form of diplomacy.']],
    ['speech after a colon', 'She said: "No."', ['No.']],
    ['speech before its attribution', '"No," she said.', ['No,']],
    ['long quotation after a word', 'He said the deal "will collapse within a year, and everyone in this room knows it."', ['will collapse within a year, and everyone in this room knows it.']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('quotes stage', () => {
  it('assigns the quotes layer', () => {
    const doc = withLayer(createDoc({ text: 'She said, “Yes.”' }), 'sentences', [{ start: 0, end: 16, role: 'body' }]);
    const out = quotesStage.create({})(doc, { pipeline: 'test' });
    expect(layer(out, 'quotes')).toEqual([{ start: 10, end: 16, innerStart: 11, innerEnd: 15, kind: 'speech', continues: false, depth: 0 }]);
  });
  it('regression: 50,000 characters with thousands of unbalanced marks take milliseconds', () => {
    const text = 'a "b “c ’d ‘e '.repeat(4000);
    findQuotes(text);
    const started = cpuNow();
    findQuotes(text);
    expect(cpuNow() - started).toBeLessThan(500);
  });
});
