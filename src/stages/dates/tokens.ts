/**
 * The token stream the date grammar reads, built in one pass over the
 * characters (no regex, no per-token strings: lower-cased text is sliced
 * only for the tokens the grammar looks at). Numbers keep their inner
 * separators ("80,000", "3/30/2021", "08:00") and letter suffixes ("1980s",
 * "30th", "8am"); words are letter runs with trailing digits ("Q3", "G7");
 * every other non-space character is a token of its own. Each token also
 * carries its clause (sentence): from the sentences layer when there is one,
 * else from a light boundary scan (. ! ? before a non-abbreviation, line breaks).
 */
import type { Sentence } from '../../schema/result.js';
import { isAsciiLetter, isDigit, isLetter, isUpper, isWhitespace } from '../../text/chars.js';

export const Kind = { Word: 1, Number: 2, Punct: 3 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** Closing quotation marks and brackets that may follow a sentence's final punctuation. */
const CLOSERS = new Set([34, 39, 41, 93, 0x2019, 0x201d, 0xbb]);
/** How far back (characters) `quoted` looks for an opening quotation mark. */
const QUOTE_REACH = 2000;
const isSeparator = (c: number): boolean => c === 46 || c === 44 || c === 58 || c === 47;

export class Tokens {
  n = 0;
  start: Int32Array;
  end: Int32Array;
  /** clause index of each token */
  clause: Int32Array;
  private kinds: Uint8Array;
  private readonly lows: (string | undefined)[];

  constructor(
    readonly text: string,
    sentences: readonly Sentence[],
    private readonly noBreak: ReadonlySet<string>,
  ) {
    const size = (text.length >> 2) + 16;
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.kinds = new Uint8Array(size);
    this.clause = new Int32Array(size);
    this.lows = [];
    this.tokenize(sentences.length === 0);
    this.lows = new Array<string | undefined>(this.n).fill(undefined);
    if (sentences.length > 0) this.clausesFromSentences(sentences);
  }

  /** Lower-cased token text; '' outside the stream, so the grammar needs no bounds checks. */
  low(i: number): string {
    if (i < 0 || i >= this.n) return '';
    let s = this.lows[i];
    if (s === undefined) {
      s = this.text.slice(this.start[i], this.end[i]).toLowerCase();
      this.lows[i] = s;
    }
    return s;
  }

  kind(i: number): Kind | 0 {
    return i >= 0 && i < this.n ? ((this.kinds[i] ?? 0) as Kind) : 0;
  }

  isWord(i: number): boolean {
    return this.kind(i) === Kind.Word;
  }

  isNumber(i: number): boolean {
    return this.kind(i) === Kind.Number;
  }

  /** First letter upper-case. */
  cap(i: number): boolean {
    if (i < 0 || i >= this.n) return false;
    return isUpper(this.text.charCodeAt(this.start[i] ?? 0));
  }

  /** Token i follows token i-1 with no white space between them. */
  glued(i: number): boolean {
    return i > 0 && i < this.n && this.start[i] === this.end[i - 1];
  }

  /**
   * Is token i inside a quotation? The nearest quotation mark before it on its line (at most
   * QUOTE_REACH characters back) opens one: “, ``, or an odd count of straight double quotes.
   */
  quoted(i: number): boolean {
    const text = this.text;
    const from = this.start[i] ?? 0;
    let straight = 0;
    for (let k = from - 1; k >= 0 && k >= from - QUOTE_REACH; k--) {
      const c = text.charCodeAt(k);
      if (c === 10) break;
      if (c === 0x201c || (c === 96 && text.charCodeAt(k - 1) === 96)) return true;
      if (c === 0x201d || (c === 39 && text.charCodeAt(k - 1) === 39)) return false;
      if (c === 34) straight++;
    }
    return straight % 2 === 1;
  }

  /** No line break between tokens i and j (i < j): "by June\n\nBy Seo" ends a headline. */
  sameLine(i: number, j: number): boolean {
    const to = this.start[j] ?? 0;
    for (let k = this.end[i] ?? to; k < to; k++) if (this.text.charCodeAt(k) === 10) return false;
    return true;
  }

  /** Token i starts a clause (first token, or first after a boundary). */
  clauseStart(i: number): boolean {
    return i <= 0 || this.clause[i] !== this.clause[i - 1];
  }

  sameClause(i: number, j: number): boolean {
    return i >= 0 && j >= 0 && i < this.n && j < this.n && this.clause[i] === this.clause[j];
  }

  private push(s: number, e: number, kind: Kind, clause: number): void {
    if (this.n === this.start.length) this.grow();
    this.start[this.n] = s;
    this.end[this.n] = e;
    this.kinds[this.n] = kind;
    this.clause[this.n] = clause;
    this.n++;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.start = copy(this.start, (n) => new Int32Array(n));
    this.end = copy(this.end, (n) => new Int32Array(n));
    this.clause = copy(this.clause, (n) => new Int32Array(n));
    this.kinds = copy(this.kinds, (n) => new Uint8Array(n));
  }

  private tokenize(splitClauses: boolean): void {
    const text = this.text;
    const len = text.length;
    let clause = 0;
    let p = 0;
    let lineBreak = false;
    while (p < len) {
      const c = text.charCodeAt(p);
      if (isWhitespace(c)) {
        if (c === 10) lineBreak = true;
        p++;
        continue;
      }
      const s = p;
      let kind: Kind;
      if (isDigit(c)) {
        p++;
        while (p < len) {
          const d = text.charCodeAt(p);
          if (isDigit(d)) p++;
          else if (isSeparator(d) && p + 1 < len && isDigit(text.charCodeAt(p + 1))) p += 2;
          else break;
        }
        while (p < len && isAsciiLetter(text.charCodeAt(p))) p++;
        kind = Kind.Number;
      } else if (isLetter(c)) {
        p++;
        while (p < len && isLetter(text.charCodeAt(p))) p++;
        while (p < len && isDigit(text.charCodeAt(p))) p++;
        kind = Kind.Word;
      } else {
        p++;
        kind = Kind.Punct;
      }
      if (splitClauses && this.n > 0 && (lineBreak || (s > (this.end[this.n - 1] ?? 0) && this.endsSentence(this.n - 1)))) clause++;
      lineBreak = false;
      this.push(s, p, kind, clause);
    }
  }

  /** Token i is a . ! ? that ends a sentence (not the period of an abbreviation or initial). */
  private endsSentence(i: number): boolean {
    const c = this.text.charCodeAt(this.start[i] ?? 0);
    if (CLOSERS.has(c) && i > 0 && this.glued(i)) return this.endsSentence(i - 1);
    if (c !== 46 && c !== 33 && c !== 63) return false;
    return c !== 46 || !this.isWord(i - 1) || ((this.end[i - 1] ?? 0) - (this.start[i - 1] ?? 0) > 1 && !this.noBreak.has(this.low(i - 1)));
  }

  private clausesFromSentences(sentences: readonly Sentence[]): void {
    let k = 0;
    for (let i = 0; i < this.n; i++) {
      const s = this.start[i] ?? 0;
      while (k < sentences.length - 1 && (sentences[k]?.end ?? 0) <= s) k++;
      this.clause[i] = k;
    }
  }
}
