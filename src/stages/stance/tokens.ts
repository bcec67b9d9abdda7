/**
 * The stance stage's words: words with clitics split off ("don't" -> "do" +
 * "n't", "Tokyo's" -> "tokyo" + "'s"), dotted abbreviations ("U.S."), numbers
 * and single punctuation marks, each with absolute character offsets. A
 * document's sentences are read off the tokens layer: a layer token that is
 * one such word, number or run of marks is taken over as it is, the others
 * ("anti-GOP", "G7", "Mr.") go through the scanner below, which also reads
 * text of its own (a speaker's name, a target's terms).
 */

import type { Token as LayerToken } from '../../core/layers.js';
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

type Draft = { -readonly [K in keyof Token]: Token[K] };

/** The words of four letters or more of a sentence, capitalised or not (title case). */
interface Tally {
  lower: number;
  caps: number;
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

/** Pushes the word [start, end) in lower case `low`, a clitic split off, and tallies it. */
function pushWord(out: Token[], low: string, start: number, end: number, cap: boolean, tally: Tally): void {
  if (end - start >= 4) {
    if (cap) tally.caps++;
    else tally.lower++;
  }
  const clitic = low.includes("'") ? CLITICS.find((c) => low.endsWith(c) && low.length > c.length) : undefined;
  if (clitic) {
    const cut = low.length - clitic.length;
    out.push({ lower: low.slice(0, cut), start, end: start + cut, kind: 'word', cap, proper: false, index: out.length });
    out.push({ lower: clitic, start: start + cut, end, kind: 'word', cap: false, proper: false, index: out.length });
  } else {
    out.push({ lower: low, start, end, kind: 'word', cap, proper: false, index: out.length });
  }
}

const pushNumber = (out: Token[], lower: string, start: number, end: number): void => {
  out.push({ lower, start, end, kind: 'number', cap: false, proper: false, index: out.length });
};

const pushMark = (out: Token[], text: string, i: number): void => {
  out.push({ lower: text[i] ?? '', start: i, end: i + 1, kind: 'punct', cap: false, proper: false, index: out.length });
};

/** Pushes the token(s) starting at text[i], not a space, reading no further than `to`; returns where they end. */
function scan(text: string, i: number, to: number, out: Token[], tally: Tally): number {
  const code = text.charCodeAt(i);
  if (isLetter(code)) {
    const abbreviation = abbreviationEnd(text, i, to);
    const end = abbreviation > 0 ? abbreviation : wordEnd(text, i, to);
    const surface = text.slice(i, end).toLowerCase();
    const low = surface.includes('’') ? surface.replace(/’/g, "'") : surface;
    pushWord(out, low, i, end, code !== low.charCodeAt(0), tally);
    return end;
  }
  if (isDigit(code)) {
    const end = numberEnd(text, i, to);
    pushNumber(out, text.slice(i, end), i, end);
    return end;
  }
  pushMark(out, text, i);
  return i + 1;
}

/** Whether text[from, to) is letters, any apostrophe joining two of them: the whole of what wordEnd reads. */
function isWord(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (!isLetter(c) && (j === from || j + 1 >= to || !isApostrophe(c) || !isLetter(text.charCodeAt(j + 1)))) return false;
  }
  return true;
}

/** Whether a word ending at `end` ends there: no letter, nor an apostrophe joining one, follows before `to`. */
function wordStops(text: string, end: number, to: number): boolean {
  if (end >= to) return true;
  const c = text.charCodeAt(end);
  return !isLetter(c) && !(end + 1 < to && isApostrophe(c) && isLetter(text.charCodeAt(end + 1)));
}

/** Whether text[from, to) is digits, any "." or "," followed by one: the whole of what numberEnd reads. */
function isNumber(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (!isDigit(c) && ((c !== 46 && c !== 44) || j + 1 >= to || !isDigit(text.charCodeAt(j + 1)))) return false;
  }
  return true;
}

/** Whether a number ending at `end` ends there. */
function numberStops(text: string, end: number, to: number): boolean {
  if (end >= to) return true;
  const c = text.charCodeAt(end);
  return !isDigit(c) && !(end + 1 < to && (c === 46 || c === 44) && isDigit(text.charCodeAt(end + 1)));
}

/** Whether text[from, to) holds no letter or digit: one mark per character. */
function isMarks(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (isLetter(c) || isDigit(c)) return false;
  }
  return true;
}

/**
 * Pushes the tokens `scan` would read from the start of layer token `t` (and
 * of the possessive `next` that a word takes as its clitic), reading no
 * further than `to`; returns where they end, or -1 (nothing pushed) when
 * `t` is not one word, number or run of marks as they are read here.
 */
function takeOver(text: string, t: LayerToken, next: LayerToken | undefined, to: number, out: Token[], tally: Tally): number {
  if (t.end > to) return -1;
  const code = text.charCodeAt(t.start);
  if (t.kind === 'word') {
    if (!isLetter(code) || !isWord(text, t.start, t.end) || abbreviationEnd(text, t.start, to) > 0) return -1;
    const cap = code !== t.lower.charCodeAt(0);
    if (wordStops(text, t.end, to)) {
      pushWord(out, t.lower, t.start, t.end, cap, tally);
      return t.end;
    }
    if (next?.kind !== 'possessive' || next.start !== t.end || next.end - next.start !== 2 || next.end > to || !wordStops(text, next.end, to)) return -1;
    pushWord(out, t.lower + next.lower, t.start, next.end, cap, tally);
    return next.end;
  }
  if (t.kind === 'number') {
    if (!isDigit(code) || !isNumber(text, t.start, t.end) || !numberStops(text, t.end, to)) return -1;
    pushNumber(out, t.text, t.start, t.end);
    return t.end;
  }
  if (!isMarks(text, t.start, t.end)) return -1;
  for (let j = t.start; j < t.end; j++) pushMark(out, text, j);
  return t.end;
}

/** Marks the names among out[first..], the tokens of one sentence or text. */
function markProper(out: Token[], first: number, tally: Tally): void {
  // Title case ("Japan PM Says Open To Meeting North Korean Leader"): the longer words nearly all capitalised.
  if (tally.caps >= 3 && tally.lower * 4 < tally.caps) return;
  const drafts = out as Draft[];
  for (let k = first; k < drafts.length; k++) {
    const t = drafts[k]!;
    if (!t.cap || t.lower === 'i') continue;
    const prev = k > first ? drafts[k - 1] : undefined;
    const sentenceStart = !prev || OPENERS.has(prev.lower);
    if (!sentenceStart || drafts[k + 1]?.kind === 'number') t.proper = true;
  }
}

/** Tokens of text[from, to) (the whole text by default). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const tally: Tally = { lower: 0, caps: 0 };
  let i = from;
  while (i < to) {
    if (isSpace(text.charCodeAt(i))) i++;
    else i = scan(text, i, to, out, tally);
  }
  markProper(out, 0, tally);
  return out;
}

/**
 * The tokens of text[from, to), as `tokenize` reads them, appended to `out`,
 * taken from `layer` (the tokens layer: every character not a space is in
 * one of its tokens) where a layer token is one of them.
 */
function readLayer(text: string, layer: readonly LayerToken[], from: number, to: number, out: Token[]): void {
  const first = out.length;
  const tally: Tally = { lower: 0, caps: 0 };
  let i = from;
  for (let k = lowerBound(layer, from + 1, (t) => t.end); k < layer.length; ) {
    const t = layer[k]!;
    if (t.end <= i) {
      k++;
      continue;
    }
    // Between layer tokens there is only white space.
    if (t.start > i) i = t.start;
    if (i >= to) break;
    const end = t.start === i ? takeOver(text, t, layer[k + 1], to, out, tally) : -1;
    i = end >= 0 ? end : scan(text, i, to, out, tally);
  }
  markProper(out, first, tally);
}

/**
 * A document's tokens, each sentence read once (so title case is judged
 * per sentence), and the tokens of any span read from them.
 */
export class DocTokens {
  readonly all: readonly Token[];
  private readonly text: string;
  private readonly sentences: readonly { readonly start: number; readonly end: number }[];

  /** `layer`: the tokens layer of `text`. */
  constructor(text: string, sentences: readonly { readonly start: number; readonly end: number }[], layer: readonly LayerToken[]) {
    this.text = text;
    this.sentences = sentences;
    const all: Token[] = [];
    for (const s of sentences) readLayer(text, layer, s.start, s.end, all);
    this.all = all;
  }

  /** The tokens inside [start, end); a span outside every sentence is tokenised on its own. */
  span(start: number, end: number): Token[] {
    const sentence = this.sentences[upperBound(this.sentences, start, (s) => s.start) - 1];
    if (!sentence || start >= sentence.end) return tokenize(this.text, start, end);
    const from = lowerBound(this.all, start, (t) => t.start);
    let to = from;
    while (to < this.all.length && (this.all[to]?.end ?? Infinity) <= end) to++;
    return this.all.slice(from, to);
  }
}
