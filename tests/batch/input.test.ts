import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText, decodeBytes, DEFAULT_MAX_CHARS } from '../../src/core/input.js';

const article = readFileSync('corpus/articles/000.txt', 'utf8');
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const codes = (text: string, maxChars?: number) => {
  const check = checkText(text, maxChars);
  return { error: check.error?.code ?? null, warnings: check.messages.map((m) => m.code) };
};

describe('decodeBytes', () => {
  it.each([
    ['plain UTF-8', bytes('Officials said “yes” — 5 €.'), 'Officials said “yes” — 5 €.', []],
    ['a UTF-8 BOM is removed and noted', bytes([0xef, 0xbb, 0xbf], 'Officials said.'), 'Officials said.', ['W_BOM']],
    ['a BOM later in the text stays (it is text)', bytes('A', [0xef, 0xbb, 0xbf], 'B'), 'A\ufeffB', []],
    ['UTF-16LE with a BOM is decoded', bytes([0xff, 0xfe], [0x48, 0, 0x69, 0]), 'Hi', ['W_BOM']],
    ['UTF-16BE with a BOM is decoded', bytes([0xfe, 0xff], [0, 0x48, 0, 0x69]), 'Hi', ['W_BOM']],
    ['CRLF line endings are kept as given', bytes('One.\r\nTwo.\r\n'), 'One.\r\nTwo.\r\n', []],
    ['empty input', bytes(''), '', []],
  ])('%s', (_name, input, text, notes) => {
    const decoded = decodeBytes(input);
    expect('text' in decoded && decoded.text).toBe(text);
    expect('messages' in decoded && decoded.messages.map((m) => m.code)).toEqual(notes);
  });

  it.each([
    ['Latin-1 é', bytes('The caf', [0xe9], ' said.'), 'E_INVALID_UTF8', /0xe9 at offset 7 \(line 1\)/],
    ['a bad byte on line 3', bytes('one\ntwo\nthree ', [0xff], '\n'), 'E_INVALID_UTF8', /offset 14 \(line 3\)/],
    ['a truncated sequence at the end', bytes('cut €'.slice(0, 4), [0xe2, 0x82]), 'E_INVALID_UTF8', /offset 4/],
    ['an encoded surrogate (CESU-8)', bytes('x', [0xed, 0xa0, 0x80]), 'E_INVALID_UTF8', /0xed at offset 1/],
    ['an overlong encoding', bytes('x', [0xc0, 0xaf]), 'E_INVALID_UTF8', /0xc0 at offset 1/],
    ['binary data (a PNG header and noise)', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], Array.from({ length: 500 }, (_, i) => (i * 37) % 256)), 'E_BINARY', /control characters/],
  ])('refuses %s', (_name, input, code, message) => {
    const decoded = decodeBytes(input);
    expect('error' in decoded && decoded.error.code).toBe(code);
    expect('error' in decoded && decoded.error.message).toMatch(message);
  });
});

describe('checkText', () => {
  it.each([
    ['a news article', article, null, []],
    ['empty text (the pipeline warns W_EMPTY_TEXT)', '', null, []],
    ['whitespace only', ' \n\t\r\n ', null, []],
    ['CRLF text', article.replace(/\n/g, '\r\n'), null, []],
    ['one stray NUL in a long text is not binary', `${article.slice(0, 1000)}\u0000${article.slice(1000)}`, null, []],
    ['binary text (NULs and controls, e.g. from a JSON Lines field)', 'PK\u0003\u0004\u0000\u0000\u0008\u0000\u0000\u0000!\u0000', 'E_BINARY', []],
    ['HTML pasted as text', `<html><body><p>${article.slice(0, 300)}</p><p>More.</p></body></html>`, null, ['W_HTML']],
    ['HTML entities without tags', 'The minister&#8217;s aides said &ldquo;no&rdquo; &amp; left &mdash; quickly &nbsp; again.', null, ['W_HTML']],
    ['one angle bracket is not HTML', 'Inflation was < 2% and growth > 3%, the minister said in a statement on Tuesday.', null, []],
    ['French', 'Le ministre a déclaré mardi que les prix avaient augmenté la semaine dernière, selon les chiffres publiés par le gouvernement dans un rapport présenté aux députés et aux sénateurs, qui ont posé des questions sur les causes de cette hausse et sur les mesures prévues.', null, ['W_NOT_ENGLISH']],
    ['German', 'Der Minister sagte am Dienstag, die Preise seien in der vergangenen Woche gestiegen, wie aus Zahlen hervorgeht, die die Regierung in einem Bericht an das Parlament veröffentlicht hat, in dem die Abgeordneten nach den Ursachen dieses Anstiegs und nach den geplanten Maßnahmen gefragt haben.', null, ['W_NOT_ENGLISH']],
    ['Japanese', '菅義偉首相は火曜日、北朝鮮の金正恩総書記と会談する用意があると述べた。政府のスポークスマンによると、日本は拉致問題の解決に向けて努力を続ける方針であり、米国との連携も重視している。', null, ['W_NOT_ENGLISH']],
    ['a short foreign line is not judged', 'Merci beaucoup, monsieur le ministre.', null, []],
    ['English with foreign names is English', 'Chief Cabinet Secretary Katsunobu Kato said Tuesday that Prime Minister Yoshihide Suga would meet Kim Jong Un in Pyongyang if the abduction issue of the Japanese nationals could be settled, and that the government was in contact with Seoul and Washington about it.', null, []],
  ])('%s', (_name, text, error, warnings) => {
    expect(codes(text)).toEqual({ error, warnings });
  });

  it('refuses a text past the limit with a clear message, and takes it under a raised one', () => {
    const tenMegabytes = 'The minister said prices rose. '.repeat(340_000);
    expect(tenMegabytes.length).toBeGreaterThan(10_000_000);
    const refused = checkText(tenMegabytes);
    expect(refused.error?.code).toBe('E_TOO_LONG');
    expect(refused.error?.message).toMatch(new RegExp(`${tenMegabytes.length} characters, the limit is ${DEFAULT_MAX_CHARS}: raise --max-chars`));
    expect(checkText(tenMegabytes, Infinity).error).toBeNull();
  });

  it('gives the span of the first HTML tag', () => {
    const text = 'Intro line.\n<div class="x">Body</div><p>a</p>';
    const html = checkText(text).messages.find((m) => m.code === 'W_HTML');
    expect(html && text.slice(html.start, html.end)).toBe('<div class="x">');
  });

  it('stays linear on 50,000 characters of unbalanced quotes and angle brackets', () => {
    const nasty = Array.from({ length: 50_000 }, (_, i) => '"“<&a'[i % 5]).join('');
    expect(checkText(nasty).error).toBeNull();
  });
});
