/**
 * The tokenizer of the tokens stage: words (with internal apostrophes,
 * hyphens and abbreviation dots kept: "don't", "anti-GOP", "U.S."), the
 * possessive "’s" as its own token, numbers, quotation marks (as the quotes
 * layer paired them) and other punctuation. One pass, no regex backtracking.
 */
import type { Quote, Token, TokenKind } from '../../core/layers.js';
import type { AbbreviationLexicon } from '../../lexicons/abbreviations.js';
import { isDigit, isUpper, isWhitespace } from '../../text/chars.js';

/**
 * The words whose final dot belongs to them: the titles and abbreviations of
 * abbreviations.txt, written as there ("Calif.", "Mr."), as the sentences stage
 * reads them. An abbreviation keeps its dot at the end of a sentence too
 * ("moved to Calif. The …"): the sentences layer says where sentences end.
 */
export function dotWords(lexicon: AbbreviationLexicon): ReadonlySet<string> {
  return new Set([...lexicon.titles, ...lexicon.abbreviations]);
}

/** Words whose "'s" is "is" or "has", not a possessive: "he's", "that's". */
const S_CONTRACTS = new Set(['he', 'she', 'it', 'that', 'there', 'what', 'who', 'here', 'where', 'let', 'this', 'everyone', 'nobody', 'everything', 'nothing', 'how', 'why', 'when']);

/** A character of a word: a letter or a combining mark of any script ("n" + U+0303 is one letter, "ñ"); no regex for ASCII and the common punctuation. */
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && c !== 0x2019 && c !== 0x2018 && c !== 0x201c && c !== 0x201d && c !== 0x2014 && c !== 0x2013 && c !== 0xa0 && c !== 0x2026 && LETTER.test(String.fromCharCode(c)));
}
const LETTER = /[\p{L}\p{M}]/u;

/** Quote marks by position: open marks map to +index+1, close marks to -(index+1). */
export function quoteMarks(quotes: readonly Quote[]): Map<number, number> {
  const marks = new Map<number, number>();
  quotes.forEach((q, i) => {
    marks.set(q.start, i + 1);
    if (q.innerEnd < q.end) marks.set(q.innerEnd, -(i + 1));
  });
  return marks;
}

/** The tokens of `text`; `marks` from quoteMarks, `dots` from dotWords. */
export function tokenize(text: string, marks: ReadonlyMap<number, number>, dots: ReadonlySet<string>): Token[] {
  const to = text.length;
  const tokens: Token[] = [];
  const push = (start: number, end: number, kind: TokenKind, quote = -1): void => {
    const t = text.slice(start, end);
    const lowered = t.toLowerCase();
    const lower = lowered.includes('\u2019') ? lowered.replace(/\u2019/g, "'") : lowered;
    tokens.push({ start, end, text: t, lower, kind, cap: isUpper(t.charCodeAt(0)), quote });
  };
  let i = 0;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isWhitespace(c)) {
      i++;
      continue;
    }
    const mark = c === 34 || c === 39 || c === 96 || (c >= 0x2018 && c <= 0x201e) || c === 0xab || c === 0xbb ? marks.get(i) : undefined;
    if (mark !== undefined) {
      const open = mark > 0;
      const q = Math.abs(mark) - 1;
      const ch = text.charAt(i);
      const len = (ch === "'" && text.charAt(i + 1) === "'") || (ch === '`' && text.charAt(i + 1) === '`') ? 2 : 1;
      push(i, i + len, open ? 'open' : 'close', q);
      i += len;
      continue;
    }
    if (isLetter(c) || isDigit(c)) {
      let j = i + 1;
      let digits = isDigit(c);
      while (j < to) {
        const d = text.charCodeAt(j);
        if (isLetter(d) || isDigit(d)) {
          if (!isDigit(d)) digits = false;
          j++;
          continue;
        }
        const next = j + 1 < to ? text.charCodeAt(j + 1) : 0;
        if ((d === 39 || d === 0x2019) && isLetter(next) && !marks.has(j)) {
          const after = j + 2 < to ? text.charCodeAt(j + 2) : 0;
          if ((next === 115 || next === 83) && !isLetter(after) && !isDigit(after) && !S_CONTRACTS.has(text.slice(i, j).toLowerCase())) break;
          j++;
          continue;
        }
        if ((d === 45 || d === 0x2011) && (isLetter(next) || isDigit(next))) {
          j++;
          continue;
        }
        if ((d === 44 || d === 46) && digits && isDigit(next)) {
          j++;
          continue;
        }
        if (d === 46 && isLetter(next) && j + 2 <= to && text.charCodeAt(j + 2) === 46) {
          j += 2;
          continue;
        }
        break;
      }
      if (j < to && text.charCodeAt(j) === 46) {
        const word = text.slice(i, j + 1);
        if ((j - i === 1 && isUpper(text.charCodeAt(i))) || word.indexOf('.') < j - i || dots.has(word)) j++;
      }
      push(i, j, digits ? 'number' : 'word');
      i = j;
      continue;
    }
    if ((c === 39 || c === 0x2019) && i + 1 < to && (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83)) {
      push(i, i + 2, 'possessive');
      i += 2;
      continue;
    }
    if ((c === 39 || c === 0x2019) && i > 0 && (text.charCodeAt(i - 1) === 115 || text.charCodeAt(i - 1) === 83)) {
      push(i, i + 1, 'possessive');
      i++;
      continue;
    }
    if (c === 45 && text.charCodeAt(i + 1) === 45) {
      push(i, i + 2, 'punct');
      i += 2;
      continue;
    }
    push(i, i + 1, 'punct');
    i++;
  }
  return tokens;
}
