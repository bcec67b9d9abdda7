import { describe, expect, it } from 'vitest';
import { createDoc, layer } from '../../src/core/document.js';
import { quotesStage } from '../../src/stages/quotes/index.js';
import { tokensStage } from '../../src/stages/tokens/index.js';
import { quoteMarks, tokenize } from '../../src/stages/tokens/tokenize.js';
import { cpuNow } from '../cpu.js';

const ctx = { pipeline: 'test' };
const quotes = quotesStage.create({});
const tokens = tokensStage.create({});

/** The tokens stage's tokens of a text, each as `text/kind` (`/w` word, `/n` number, `/s` possessive, `/(` open, `/)` close, `/p` punct). */
const KIND = { word: 'w', number: 'n', possessive: 's', open: '(', close: ')', punct: 'p' } as const;
const tokensOf = (text: string): string[] => layer(tokens(quotes(createDoc({ text }), ctx), ctx), 'tokens').map((t) => `${t.text}/${KIND[t.kind]}`);

describe('tokens: words, numbers, possessives and punctuation', () => {
  const cases: [string, string, string[]][] = [
    ['words and punctuation', 'We are ready.', ['We/w', 'are/w', 'ready/w', './p']],
    ['internal apostrophes and hyphens stay in the word', "We don't back anti-GOP ads", ['We/w', "don't/w", 'back/w', 'anti-GOP/w', 'ads/w']],
    ['a possessive is its own token', 'Japan’s view', ['Japan/w', '’s/s', 'view/w']],
    ['a plural possessive after s', "the voters' anger", ['the/w', 'voters/w', "'/s", 'anger/w']],
    ['"he\'s" is a contraction, not a possessive', "he's here", ["he's/w", 'here/w']],
    ['abbreviation dots belong to the word', 'Mr. Kato met U.S. officials.', ['Mr./w', 'Kato/w', 'met/w', 'U.S./w', 'officials/w', './p']],
    // text pasted from the web: a byte-order mark inside the text, a zero-width space (src/text/chars.ts white space)
    ['a byte-order mark and a zero-width space are white space', 'Hearts.\n\ufeffAlso in\u200bthe country.', ['Hearts/w', './p', 'Also/w', 'in/w', 'the/w', 'country/w', './p']],
    // the abbreviations the sentences stage does not end a sentence at (abbreviations.txt), as written there
    ['a state abbreviation keeps its dot', 'Ann Lee of Fresno, Calif., said so.', ['Ann/w', 'Lee/w', 'of/w', 'Fresno/w', ',/p', 'Calif./w', ',/p', 'said/w', 'so/w', './p']],
    ['miss: a word that is an abbreviation only when capitalised', 'He was ill. She was not.', ['He/w', 'was/w', 'ill/w', './p', 'She/w', 'was/w', 'not/w', './p']],
    ['an initial keeps its dot', 'John F. Kennedy', ['John/w', 'F./w', 'Kennedy/w']],
    ['a sentence-final dot after a word is punctuation', 'It rained. Then', ['It/w', 'rained/w', './p', 'Then/w']],
    ['numbers keep their separators', 'It cost 3,500.25 yen', ['It/w', 'cost/w', '3,500.25/n', 'yen/w']],
    ['a double hyphen is one token', 'yes--no', ['yes/w', '--/p', 'no/w']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(tokensOf(text)).toEqual(expected);
  });
  it('gives lower case with straight apostrophes, capitalisation and offsets', () => {
    const text = 'He said Japan’s';
    const [he, , , s] = layer(tokens(quotes(createDoc({ text }), ctx), ctx), 'tokens');
    expect(he).toMatchObject({ start: 0, end: 2, lower: 'he', cap: true, quote: -1 });
    expect(s).toMatchObject({ start: 13, end: 15, text: '’s', lower: "'s", cap: false });
  });
});

describe('tokens: quotation marks paired as the quotes layer says', () => {
  const cases: [string, string, string[]][] = [
    ['curly double marks', 'He said, “We are ready.”', ['He/w', 'said/w', ',/p', '“/(', 'We/w', 'are/w', 'ready/w', './p', '”/)']],
    ['straight double marks', 'She said "yes" today', ['She/w', 'said/w', '"/(', 'yes/w', '"/)', 'today/w']],
    ['doubled apostrophes are one mark', "''Brexit is a warning,'' he said.", ["''/(", 'Brexit/w', 'is/w', 'a/w', 'warning/w', ',/p', "''/)", 'he/w', 'said/w', './p']],
    ['an opening apostrophe before a capital is a mark, not a possessive', "He said 'Susan, I can't.'", ['He/w', 'said/w', "'/(", 'Susan/w', ',/p', 'I/w', "can't/w", './p', "'/)"]],
    ['a closing mark after s is a mark, not a plural possessive', 'He said, ‘We love the Jets’ and left.', ['He/w', 'said/w', ',/p', '‘/(', 'We/w', 'love/w', 'the/w', 'Jets/w', '’/)', 'and/w', 'left/w', './p']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(tokensOf(text)).toEqual(expected);
  });
  it('points each mark at its quote in the quotes layer', () => {
    const doc = tokens(quotes(createDoc({ text: '“One,” he said. “Two.”' }), ctx), ctx);
    const marks = layer(doc, 'tokens').filter((t) => t.kind === 'open' || t.kind === 'close');
    expect(marks.map((t) => `${t.kind}${t.quote}`)).toEqual(['open0', 'close0', 'open1', 'close1']);
  });
});

describe('tokens: misses', () => {
  const cases: [string, string, string[]][] = [
    ['an apostrophe inside a word is not a quotation mark', "Japan's view: we don't know. It's rock 'n' roll.", ['Japan/w', "'s/s", 'view/w', ':/p', 'we/w', "don't/w", 'know/w', './p', "It's/w", 'rock/w', "'/p", 'n/w', "'/p", 'roll/w', './p']],
    ['an apostrophe within a quotation stays in its word', 'He said, “We don’t know.”', ['He/w', 'said/w', ',/p', '“/(', 'We/w', 'don’t/w', 'know/w', './p', '”/)']],
    ['a lower-case word does not keep a sentence-final dot', 'They came in. Then', ['They/w', 'came/w', 'in/w', './p', 'Then/w']],
    ['an unpaired mark is punctuation', 'The so-called "reform', ['The/w', 'so-called/w', '"/p', 'reform/w']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(tokensOf(text)).toEqual(expected);
  });
  it('without quotation marks an apostrophe joins the word around it', () => {
    const text = "x'y";
    expect(tokenize(text, new Map(), new Set()).map((t) => t.text)).toEqual(["x'y"]);
    expect(tokenize(text, quoteMarks([{ start: 1, end: 3, innerStart: 2, innerEnd: 3, kind: 'fragment', continues: false, depth: 0 }]), new Set()).map((t) => t.text)).toEqual(['x', "'", 'y']);
  });
});

describe('tokens stage', () => {
  it('declares its contract', () => {
    expect(tokensStage.requires).toEqual(['quotes']);
    expect(tokensStage.assigns).toEqual(['tokens']);
  });
  it('gives every token as offsets into the text', () => {
    const doc = tokens(quotes(createDoc({ text: '“We’re ready,” Ana Lopez said on Tuesday.' }), ctx), ctx);
    for (const t of layer(doc, 'tokens')) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });
  it('regression: thousands of unbalanced quotation marks stay linear', () => {
    const text = `He said "${'a "b “c ’d '.repeat(5000)}`;
    const started = cpuNow();
    tokens(quotes(createDoc({ text }), ctx), ctx);
    expect(cpuNow() - started).toBeLessThan(2000);
  });
});
