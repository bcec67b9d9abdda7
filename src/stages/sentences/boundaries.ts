/**
 * Sentence boundaries inside one line (ANNOTATION.md §1). A single left-to-right
 * scan; every look-back or look-ahead is bounded by the current token or a
 * fixed window, so the whole pass is linear in the line length.
 *
 * A sentence ends at `.`, `!`, `?` or `…` (plus closing quotes and brackets)
 * followed by white space, except:
 * - before a lower-case word (`"Why?" he asked`, `negotiations... towards`),
 *   unless that word is an e-mail address or a link (a sign-off);
 * - after a title abbreviation (Mr., Gen., vs.);
 * - after an ambiguous abbreviation or initials (U.S., Sept., N., a.m.) or an
 *   ellipsis, unless the next word is a quotation or a sentence starter
 *   ("U.S. The" ends, "U.S. President" does not).
 * Glued sentences are split with no space between them where a caption or
 * paragraph visibly ends: a word's final `.`/`!`/`?` running into a
 * capitalised word ("said.The"), a bracket that opened the sentence closing
 * right before a capitalised word ("(Photo by AFP)Soldiers"), and an
 * all-lower-case word of three or more letters running into a capitalised
 * word ("Soldiers welcomeNorth Korea's leader ...", ANNOTATION.md §1) unless
 * the two make a word listed as whole (easyJet). The last is a weak boundary
 * (see Piece): kept in captions and headlines, undone inside body prose.
 */
import type { AbbreviationLexicon } from '../../lexicons/abbreviations.js';
import { isCloser, isDigit, isLetter, isLower, isOpener, isSpace, isTerminator, isUpper } from './chars.js';
import type { Line } from './lines.js';

/**
 * A sentence span before roles are given. `metadata`: a metadata prefix split
 * off a line. `weak`: it begins where a lower-case word ran into a capitalised
 * one; the role pass joins it back to the sentence before when both turn out
 * to be body (inside prose such a junction is a space lost around a link).
 */
export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly metadata: boolean;
  readonly weak: boolean;
}

/** Returns the end of a metadata prefix at `start` ("date 2025-11-05"), or -1. */
export type MetadataMatcher = (text: string, start: number, end: number) => number;

const PERIOD = 0x2e;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const AT = 0x40;
const SLASH = 0x2f;
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** How far the splitter looks around a candidate boundary: longer tokens are links or noise. */
const WINDOW = 64;

const isQuoteOpener = (c: number): boolean => isOpener(c) && c !== OPEN_PAREN && c !== 0x5b;

/** "(Photo by AFP)Soldiers": a bracket that opened the sentence closes at i, right before a capitalised word. */
function gluedAfterBracket(text: string, s: number, i: number): boolean {
  if (text.charCodeAt(s) !== OPEN_PAREN || i - s > WINDOW * 2) return false;
  for (let k = s + 1; k < i; k++) if (text.charCodeAt(k) === OPEN_PAREN) return false;
  return true;
}

/** The capitalised word at `n` (letters, apostrophes, hyphens), at most WINDOW long. */
function wordAt(text: string, n: number, end: number): string {
  let w = n;
  const limit = Math.min(end, n + WINDOW);
  while (w < limit) {
    const c = text.charCodeAt(w);
    if (!(isLetter(c) || c === HYPHEN || c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE)) break;
    w++;
  }
  return text.slice(n, w);
}

/** The token ending just before `i` (back to white space or `floor`), leading quotes and brackets dropped; null when longer than WINDOW. */
function tokenStart(text: string, floor: number, i: number): number | null {
  let t = i;
  const limit = Math.max(floor, i - WINDOW);
  while (t > limit && !isSpace(text.charCodeAt(t - 1))) t--;
  if (t > floor && !isSpace(text.charCodeAt(t - 1))) return null;
  while (t < i && isOpener(text.charCodeAt(t))) t++;
  return t;
}

/** A run of single letters each followed by a period: N., D.C., a.m., U.S. */
function isInitials(token: string): boolean {
  if (token.length < 2 || token.length % 2 !== 0) return false;
  for (let k = 0; k < token.length; k += 2) {
    if (!isLetter(token.charCodeAt(k)) || token.charCodeAt(k + 1) !== PERIOD) return false;
  }
  return true;
}

/** The token at `n` is an e-mail address or a link (a sign-off, not a continuation). */
function isLinkLike(text: string, n: number, end: number): boolean {
  if (text.startsWith('www.', n) || text.startsWith('http', n)) return true;
  const limit = Math.min(end, n + WINDOW);
  for (let k = n; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (isSpace(c)) return false;
    if (c === AT) return true;
  }
  return false;
}

export class LineSegmenter {
  readonly #lex: AbbreviationLexicon;
  readonly #metadata: MetadataMatcher;

  constructor(lex: AbbreviationLexicon, metadata: MetadataMatcher) {
    this.#lex = lex;
    this.#metadata = metadata;
  }

  /** The sentences of one line, in order. */
  segment(text: string, line: Line): Piece[] {
    const out: Piece[] = [];
    const e = line.end;
    let s = line.start;
    let weak = false;
    const cut = (end: number, next: number, nextWeak: boolean): void => {
      out.push({ start: s, end, metadata: false, weak });
      s = next;
      weak = nextWeak;
    };
    const metaEnd = this.#metadata(text, s, e);
    if (metaEnd > s) {
      out.push({ start: s, end: metaEnd, metadata: true, weak: false });
      s = metaEnd;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      if (s >= e) return out;
    }
    let i = s;
    while (i < e) {
      const c = text.charCodeAt(i);
      if (isTerminator(c)) {
        let j = i + 1;
        while (j < e && isTerminator(text.charCodeAt(j))) j++;
        let k = j;
        while (k < e && isCloser(text.charCodeAt(k))) k++;
        if (k >= e) break;
        if (isSpace(text.charCodeAt(k))) {
          let n = k + 1;
          while (n < e && isSpace(text.charCodeAt(n))) n++;
          if (this.#endsAt(text, s, i, j, n, e)) cut(k, n, false);
          i = n;
        } else {
          if (this.#gluedAfterTerminator(text, s, i, j, k, e)) cut(k, k, false);
          i = k;
        }
        continue;
      }
      if ((c === CLOSE_PAREN || c >= 0x61) && i + 2 < e && isUpper(text.charCodeAt(i + 1)) && isLower(text.charCodeAt(i + 2))) {
        if (c === CLOSE_PAREN ? gluedAfterBracket(text, s, i) : isLower(c) && this.#gluedWords(text, line.start, i, e)) {
          cut(i + 1, i + 1, c !== CLOSE_PAREN);
        }
      }
      i++;
    }
    if (s < e) out.push({ start: s, end: e, metadata: false, weak });
    return out;
  }

  /** Terminators text[i, j) followed by closers and white space, next word at n: does the sentence end? */
  #endsAt(text: string, s: number, i: number, j: number, n: number, e: number): boolean {
    const next = text.charCodeAt(n);
    if (isLower(next)) return isLinkLike(text, n, e);
    let period = false;
    for (let k = i; k < j; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x21 || c === 0x3f) return true;
      if (c === PERIOD) period = true;
    }
    if (j - i > 1 || !period) return this.#startsSentence(text, n, e);
    const t = tokenStart(text, s, i);
    if (t === null) return true;
    const token = text.slice(t, i + 1);
    if (this.#lex.titles.has(token)) return false;
    if (this.#lex.abbreviations.has(token) || isInitials(token)) return this.#startsSentence(text, n, e);
    return true;
  }

  /** After an abbreviation or ellipsis: a quotation or a sentence starter begins a new sentence; a name or number does not. */
  #startsSentence(text: string, n: number, e: number): boolean {
    const next = text.charCodeAt(n);
    if (isQuoteOpener(next)) return true;
    if (isDigit(next) || !isUpper(next)) return false;
    return this.#lex.starters.has(wordAt(text, n, e));
  }

  /** "said.The": a word's terminator with no space before a capitalised word. */
  #gluedAfterTerminator(text: string, s: number, i: number, j: number, k: number, e: number): boolean {
    if (k + 1 >= e || !isUpper(text.charCodeAt(k)) || !isLower(text.charCodeAt(k + 1))) return false;
    if (j - i !== 1 || i - s < 2 || !isLower(text.charCodeAt(i - 1)) || !isLower(text.charCodeAt(i - 2))) return false;
    const t = tokenStart(text, s, i);
    if (t === null) return false;
    for (let m = t; m < i; m++) {
      const c = text.charCodeAt(m);
      if (c === PERIOD || c === AT || c === SLASH) return false;
    }
    return true;
  }

  /** "welcomeNorth": an all-lower-case word of 3+ letters ending at i runs into a capitalised word. */
  #gluedWords(text: string, lineStart: number, i: number, e: number): boolean {
    let w = i;
    const limit = Math.max(lineStart, i - WINDOW);
    while (w > limit && isLetter(text.charCodeAt(w - 1))) {
      if (!isLower(text.charCodeAt(w - 1))) return false;
      w--;
    }
    if (i - w + 1 < 3) return false;
    if (w > lineStart) {
      const before = text.charCodeAt(w - 1);
      if (!(isSpace(before) || isOpener(before))) return false;
    }
    return !this.#lex.whole.has((text.slice(w, i + 1) + wordAt(text, i + 1, e)).toLowerCase());
  }
}
