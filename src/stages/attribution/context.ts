/**
 * What one document's attribution works over: its tokens with the sentence,
 * quote and date each belongs to, and the cue matched at each token.
 */
import type { DateMention, Sentence } from '../../schema/result.js';
import type { Quote, Token } from '../../core/layers.js';
import type { CueEntry } from './lexicon.js';
import { grammar, hasClass, isAdverb, isAux, isDeterminer, isSubjectPronoun, type Grammar } from './grammar.js';

export interface Sent {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly role: Sentence['role'];
  /** First token of the sentence and one past its last. */
  readonly first: number;
  readonly last: number;
  /** Index of the paragraph (text between line breaks) the sentence starts in. */
  readonly paragraph: number;
}

export interface CueMatch {
  /** First token of the cue phrase and how many tokens it spans. */
  readonly at: number;
  readonly length: number;
  readonly entry: CueEntry;
}

export interface Context {
  readonly g: Grammar;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sents: readonly Sent[];
  /** Sentence index of each token. */
  readonly sentOf: Int32Array;
  readonly quotes: readonly Quote[];
  /** For each quote, the index of the last quote of its chain (a quotation over several paragraphs). */
  readonly chainEnd: Int32Array;
  /** For each quote, whether an earlier quote continues into it. */
  readonly continued: Uint8Array;
  readonly dates: readonly DateMention[];
  /** Index into `dates` of the date holding each token, or -1. */
  readonly dateOf: Int32Array;
  readonly cueAt: readonly (CueMatch | undefined)[];
  /** Quotes by the token index of their opening mark. */
  readonly quoteByOpen: ReadonlyMap<number, number>;
  /** Token index of each quote's opening and closing mark (-1 when the quote has no closing mark). */
  readonly openTok: Int32Array;
  readonly closeTok: Int32Array;
  /** What the clause search works out once per document, on first use (clause.ts). */
  readonly memo: ClauseMemo;
}

export interface ClauseMemo {
  /** For each token, the first ")" at or after it closing a bracket opened before it. */
  bracketStops: Int32Array | null;
  /** Per sentence and clause mode, for each token the first where a clause may end. */
  readonly clauseStops: Map<number, Int32Array>;
}

/** The cue phrase starting at token `i`; a time may stand inside it ("called Wednesday for"). */
function matchCue(g: Grammar, tokens: readonly Token[], i: number, last: number, dateOf: Int32Array): CueMatch | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'word') return undefined;
  for (const entry of g.cues.byFirst.get(t.lower) ?? []) {
    let j = i + 1;
    let k = 1;
    while (k < entry.words.length && j < last) {
      if (dateOf[j]! >= 0 && k === 1) {
        j++;
        continue;
      }
      if (tokens[j]!.lower !== entry.words[k]) break;
      j++;
      k++;
    }
    if (k === entry.words.length) return { at: i, length: j - i, entry };
  }
  return undefined;
}

/** The index of the word before `i` in the sentence, adverbs and dates ("on Tuesday") skipped, or -1. */
function before(g: Grammar, tokens: readonly Token[], i: number, first: number, dateOf: Int32Array): number {
  let j = i - 1;
  while (j >= first && (isAdverb(g, tokens[j]) || dateOf[j]! >= 0 || (hasClass(g, tokens[j], 'prep') && dateOf[j + 1]! >= 0))) j--;
  return j >= first ? j : -1;
}

/** Whether token `at` opens its clause: first in the sentence or right after an opening quote or a colon. */
function isSentenceOpening(tokens: readonly Token[], at: number, first: number): boolean {
  const prev = tokens[at - 1];
  return at === first || prev === undefined || prev.kind === 'open' || prev.text === ':';
}

/** "that" followed by the start of a subject: "that several students", "that the plan", "that Clinton". */
function thatClauseAt(g: Grammar, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]?.lower === 'that' && next !== undefined && (next.cap || next.kind === 'number' || isSubjectPronoun(g, next) || (isDeterminer(g, next) && next.lower !== 'that'));
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re"]);

/** Whether the matched cue is used as a verb here, not as a noun or adjective ("the report", "a noted author"). */
function verbal(g: Grammar, tokens: readonly Token[], cue: CueMatch, first: number, titleCase: boolean, dateOf: Int32Array): boolean {
  const { entry, at } = cue;
  // a capitalised cue inside a sentence is part of a name ("the United States"), unless the sentence is in title case
  if (at > first && tokens[at]!.cap && !isSentenceOpening(tokens, at, first) && !titleCase) return false;
  if (entry.form === 'fixed') return true;
  const p = before(g, tokens, at, first, dateOf);
  const prev = p >= 0 ? tokens[p] : undefined;
  // a quantifier standing alone as the subject: "Both think …", "Most believe …"
  const alone = prev !== undefined && hasClass(g, prev, 'share') && (p === first || tokens[p - 1]!.kind === 'punct' || hasClass(g, tokens[p - 1], 'conj'));
  if (prev && ((isDeterminer(g, prev) && !alone) || prev.kind === 'possessive')) return false;
  if (prev && hasClass(g, prev, 'prep') && prev.lower !== 'to' && !(entry.form === 'ing' && prev.lower === 'by')) return false;
  switch (entry.form) {
    case 'part':
    case 'past':
      // after a copula the participle is an adjective: "was committed", "remains committed to …"
      if (prev && (BE.has(prev.lower) || g.copulas.has(prev.lower))) return false;
      return true;
    case 's':
      if (!entry.frames.has('noun') || !prev) return true;
      // "Footage from the game shows that several students …": a noun is not followed by "that" and a subject
      if (thatClauseAt(g, tokens, at + 1)) return true;
      return prev.cap || isSubjectPronoun(g, prev) || hasClass(g, prev, 'rel') || prev.kind === 'close' || prev.text === ',' || (prev.kind === 'word' && g.nouns.has(prev.lower));
    case 'base': {
      if (!prev) return false;
      if (prev.lower === 'to') return entry.words.length > 1;
      // a plural subject, capitalised only as the sentence's first word ("Polls show …")
      const plural = prev.kind === 'word' && (!prev.cap || prev === tokens[first]) && prev.lower.endsWith('s') && !prev.lower.endsWith('ss') && !g.classes.has(prev.lower);
      // "leaders who say …"
      if (isAux(g, prev) || isSubjectPronoun(g, prev) || hasClass(g, prev, 'rel') || plural) return true;
      // a poll figure as subject: "40 percent say", "Six in 10 say"
      if (prev.kind === 'number' || hasClass(g, prev, 'share')) return true;
      if (entry.frames.has('noun')) return false;
      // a plural subject with a qualifier after its head: "sources close to her campaign say"
      if (prev.kind === 'word' && !g.verbs.has(prev.lower) && !g.classes.has(prev.lower)) return true;
      return prev.kind === 'punct' || prev.kind === 'close';
    }
    case 'ing':
      return !prev || prev.lower === ',' || prev.lower === 'by' || prev.lower === 'and' || BE.has(prev.lower) || prev.kind === 'punct' || prev.kind === 'close';
    default:
      return true;
  }
}

/** Whether most words of the sentence are capitalised, as in a title-case heading. */
function isTitleCase(tokens: readonly Token[], first: number, last: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps >= words * 0.8;
}

/** Start offsets of the non-blank lines. */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (/\S/.test(text.slice(i + 1, text.indexOf('\n', i + 1) < 0 ? text.length : text.indexOf('\n', i + 1)))) starts.push(i + 1);
  }
  return starts;
}

export function buildContext(text: string, tokens: readonly Token[], sentences: readonly Sentence[], quotes: readonly Quote[], dates: readonly DateMention[]): Context {
  const g = grammar();
  const sentOf = new Int32Array(tokens.length).fill(-1);
  const paras = paragraphStarts(text);
  const sents: Sent[] = [];
  let t = 0;
  let p = 0;
  sentences.forEach((s, index) => {
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.start < s.end) sentOf[t++] = index;
    while (p + 1 < paras.length && paras[p + 1]! <= s.start) p++;
    sents.push({ index, start: s.start, end: s.end, role: s.role, first, last: t, paragraph: p });
  });

  const chainEnd = new Int32Array(quotes.length);
  const continued = new Uint8Array(quotes.length);
  for (let q = quotes.length - 1; q >= 0; q--) {
    chainEnd[q] = quotes[q]!.continues && q + 1 < quotes.length ? chainEnd[q + 1]! : q;
    if (quotes[q]!.continues && q + 1 < quotes.length) continued[q + 1] = 1;
  }

  const dateOf = new Int32Array(tokens.length).fill(-1);
  let d = 0;
  tokens.forEach((tok, i) => {
    while (d < dates.length && dates[d]!.end <= tok.start) d++;
    const date = dates[d];
    if (date && date.start <= tok.start && tok.end <= date.end) dateOf[i] = d;
  });

  const openTok = new Int32Array(quotes.length).fill(-1);
  const closeTok = new Int32Array(quotes.length).fill(-1);
  const quoteByOpen = new Map<number, number>();
  tokens.forEach((tok, i) => {
    if (tok.kind === 'open') {
      openTok[tok.quote] = i;
      quoteByOpen.set(i, tok.quote);
    } else if (tok.kind === 'close') closeTok[tok.quote] = i;
  });

  const cueAt: (CueMatch | undefined)[] = new Array(tokens.length);
  for (const s of sents) {
    if (s.role === 'boilerplate') continue;
    const titleCase = isTitleCase(tokens, s.first, s.last);
    for (let i = s.first; i < s.last; i++) {
      const cue = matchCue(g, tokens, i, s.last, dateOf);
      if (cue && verbal(g, tokens, cue, s.first, titleCase, dateOf)) {
        cueAt[i] = cue;
        i += cue.length - 1;
      }
    }
  }
  const memo: ClauseMemo = { bracketStops: null, clauseStops: new Map() };
  return { g, text, tokens, sents, sentOf, quotes, chainEnd, continued, dates, dateOf, cueAt, quoteByOpen, openTok, closeTok, memo };
}
