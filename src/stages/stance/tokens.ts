/**
 * A small, linear-time word tokeniser for the stance stage: words (with
 * clitics split off: "don't" -> "do" + "n't", "Tokyo's" -> "tokyo" + "'s"),
 * dotted abbreviations ("U.S."), numbers and single punctuation marks, each
 * with absolute character offsets.
 */

import { isDigit, isLetter, isWhitespace as isSpace } from '../../text/chars.js';
import { lowerBound, upperBound } from '../../text/search.js';

export interface Token {
  /** Lower case, curly apostrophes made straight. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'number' | 'punct';
  /** Starts with a capital letter. */
  readonly cap: boolean;
  /**
   * Capitalised where a sentence does not start and the text is not in title
   * case: a name ("Theresa May", "in May"), which a lower-case lexicon entry
   * does not match.
   */
  readonly proper: boolean;
  /** Position in the array `tokenize` filled. */
  readonly index: number;
}

const CLITICS = ["n't", "'s", "'m", "'ll", "'d", "'re", "'ve"];
const OPENERS = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '‘', "'", '(', '[', '—', '–']);

const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;

/** End of a dotted abbreviation ("U.S.", "e.g.") starting at i, or -1. */
function abbreviationEnd(text: string, i: number, to: number): number {
  let j = i;
  while (j + 1 < to && isLetter(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) j += 2;
  return j - i >= 4 ? j : -1;
}

/** End of the word starting at i: letters, with apostrophe-joined parts ("don't", "O'Brien"). */
function wordEnd(text: string, i: number, to: number): number {
  let j = i;
  for (;;) {
    while (j < to && isLetter(text.charCodeAt(j))) j++;
    if (j + 1 < to && isApostrophe(text.charCodeAt(j)) && isLetter(text.charCodeAt(j + 1))) j++;
    else return j;
  }
}

/** End of the number starting at i: digits with inner "." or "," ("80,000", "1.5"). */
function numberEnd(text: string, i: number, to: number): number {
  let j = i;
  for (;;) {
    while (j < to && isDigit(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    if (j + 1 < to && (c === 46 || c === 44) && isDigit(text.charCodeAt(j + 1))) j++;
    else return j;
  }
}

/**
 * Tokens of text[from, to) (the whole text by default), with offsets shifted
 * by `offset` (the position of `text` in the document), appended to `out`.
 */
type Draft = { -readonly [K in keyof Token]: Token[K] };

export function tokenize(text: string, offset = 0, from = 0, to = text.length, out: Token[] = []): Token[] {
  const drafts = out as Draft[];
  const first = out.length;
  let lower = 0;
  let caps = 0;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    const start = offset + i;
    if (isLetter(code)) {
      const abbreviation = abbreviationEnd(text, i, to);
      const end = abbreviation > 0 ? abbreviation : wordEnd(text, i, to);
      const surface = text.slice(i, end).toLowerCase();
      const low = surface.includes('’') ? surface.replace(/’/g, "'") : surface;
      const cap = code !== low.charCodeAt(0);
      if (end - i >= 4) {
        if (cap) caps++;
        else lower++;
      }
      const clitic = low.includes("'") ? CLITICS.find((c) => low.endsWith(c) && low.length > c.length) : undefined;
      if (clitic) {
        const cut = low.length - clitic.length;
        out.push({ lower: low.slice(0, cut), start, end: start + cut, kind: 'word', cap, proper: false, index: out.length });
        out.push({ lower: clitic, start: start + cut, end: offset + end, kind: 'word', cap: false, proper: false, index: out.length });
      } else {
        out.push({ lower: low, start, end: offset + end, kind: 'word', cap, proper: false, index: out.length });
      }
      i = end;
    } else if (isDigit(code)) {
      const end = numberEnd(text, i, to);
      out.push({ lower: text.slice(i, end), start, end: offset + end, kind: 'number', cap: false, proper: false, index: out.length });
      i = end;
    } else {
      out.push({ lower: text[i] ?? '', start, end: start + 1, kind: 'punct', cap: false, proper: false, index: out.length });
      i++;
    }
  }
  // Title case ("Japan PM Says Open To Meeting North Korean Leader"): the longer words nearly all capitalised.
  if (caps >= 3 && lower * 4 < caps) return out;
  for (let k = first; k < drafts.length; k++) {
    const t = drafts[k]!;
    if (!t.cap || t.lower === 'i') continue;
    const prev = k > first ? drafts[k - 1] : undefined;
    const sentenceStart = !prev || OPENERS.has(prev.lower);
    if (!sentenceStart || drafts[k + 1]?.kind === 'number') t.proper = true;
  }
  return out;
}

/**
 * A document's tokens, each sentence tokenised once (so title case is judged
 * per sentence), and the tokens of any span read from them.
 */
export class DocTokens {
  readonly all: readonly Token[];
  private readonly text: string;
  private readonly sentences: readonly { readonly start: number; readonly end: number }[];

  constructor(text: string, sentences: readonly { readonly start: number; readonly end: number }[]) {
    this.text = text;
    this.sentences = sentences;
    const all: Token[] = [];
    for (const s of sentences) tokenize(text, 0, s.start, s.end, all);
    this.all = all;
  }

  /** The tokens inside [start, end); a span outside every sentence is tokenised on its own. */
  span(start: number, end: number): Token[] {
    const sentence = this.sentences[upperBound(this.sentences, start, (s) => s.start) - 1];
    if (!sentence || start >= sentence.end) return tokenize(this.text, 0, start, end);
    const from = lowerBound(this.all, start, (t) => t.start);
    let to = from;
    while (to < this.all.length && (this.all[to]?.end ?? Infinity) <= end) to++;
    return this.all.slice(from, to);
  }
}
