/**
 * Token-range helpers shared by the attribution layouts: quotation chains,
 * dates, commas, participles and where a sentence's own clause begins.
 */
import type { Context, Sent } from './context.js';
import type { Token } from '../../core/layers.js';
import { hasClass, isAdverb } from './grammar.js';
import { skipSetting } from './content.js';

export const LEADING_CONNECTORS = new Set(['and', 'but', 'so', 'yet', 'still', 'however', 'meanwhile', 'also', 'or', 'instead', 'indeed', 'now', 'then', 'thus', 'therefore', 'nonetheless', 'nevertheless', 'moreover', 'furthermore', 'separately', 'similarly', 'likewise', 'plus', 'finally', 'ultimately', 'again', 'later', 'earlier']);

export const COORDINATORS = new Set(['and', 'but']);

export function sentOfToken(ctx: Context, i: number): Sent | undefined {
  const s = ctx.sentOf[i];
  return s === undefined || s < 0 ? undefined : ctx.sents[s];
}

/** The last token of a quotation chain starting at quote `q` (its closing mark, or the last token of an unclosed one). */
export function chainLastToken(ctx: Context, q: number): number {
  const last = ctx.chainEnd[q]!;
  const close = ctx.closeTok[last]!;
  if (close >= 0) return close;
  const end = ctx.quotes[last]!.end;
  let k = ctx.openTok[last]!;
  while (k + 1 < ctx.tokens.length && ctx.tokens[k + 1]!.start < end) k++;
  return k;
}

/** First token past the end of a quotation chain. */
export function afterChain(ctx: Context, q: number): number {
  return chainLastToken(ctx, q) + 1;
}

/** Whether token `i` ends its sentence, trailing punctuation aside. */
export function endsSentence(ctx: Context, i: number, sent: Sent): boolean {
  for (let k = i + 1; k < sent.last; k++) if (ctx.tokens[k]!.kind !== 'punct') return false;
  return true;
}

export function skipDates(ctx: Context, k: number, last: number): number {
  let i = k;
  while (i < last && (ctx.dateOf[i]! >= 0 || (hasClass(ctx.g, ctx.tokens[i], 'prep') && ctx.dateOf[i + 1]! >= 0))) i++;
  return i;
}

/** Past the time, setting and topic of a statement after its cue: "Tuesday", "in a statement", "of Trump and Ryan". */
export function skipAdjuncts(ctx: Context, k: number, last: number): number {
  let i = k;
  for (let guard = 0; guard < 4 && i < last; guard++) {
    const next = skipSetting(ctx, skipDates(ctx, i, last), last);
    if (next > i) {
      i = next;
      continue;
    }
    const t = ctx.tokens[i]!;
    if (t.lower === 'of' || t.lower === 'about') {
      let j = i + 1;
      while (j < last && ctx.tokens[j]!.kind !== 'punct' && ctx.tokens[j]!.kind !== 'open' && j - i < 8) j++;
      if (ctx.tokens[j]?.text === ',') {
        i = j;
        continue;
      }
    }
    break;
  }
  return i;
}

/** A comma, or a closing quotation mark with a comma just inside it ("…race,” adding"). */
export function isCommaLike(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  if (t.text === ',') return true;
  return t.kind === 'close' && ctx.text.charAt(t.start - 1) === ',';
}

/**
 * Whether token `k` is a comma (or a quotation closing on one) followed by a participle of the
 * speaker's: "…, saying …", "…, referring to …". A participle of the reported clause's own subject
 * stays in it: "the Senate would not act, leaving the choice to the next president".
 */
export function participleAfter(ctx: Context, k: number): boolean {
  if (!isCommaLike(ctx, k)) return false;
  const at = isAdverb(ctx.g, ctx.tokens[k + 1]) ? k + 2 : k + 1;
  const next = ctx.tokens[at];
  if (next === undefined || next.kind !== 'word' || next.cap || !next.lower.endsWith('ing') || next.lower.length <= 5 || hasClass(ctx.g, next, 'prep')) return false;
  return ctx.g.participles.has(next.lower) || ctx.cueAt[at] !== undefined;
}

/** The first token of the reported clause when it opens a sentence: connectors ("But", "And") left out. */
export function clauseStart(ctx: Context, sent: Sent): number {
  let k = datelineEnd(ctx, sent);
  while (k < sent.last && LEADING_CONNECTORS.has(ctx.tokens[k]!.lower)) {
    k++;
    if (ctx.tokens[k]?.text === ',') k++;
  }
  return k < sent.last ? k : sent.first;
}

/** Past a wire dateline opening the sentence: "WASHINGTON (AP) —", "SEOUL, March 5 (Yonhap) --". */
function datelineEnd(ctx: Context, sent: Sent): number {
  const { tokens } = ctx;
  let k = sent.first;
  const upper = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase() && /[A-Z]/.test(t.text);
  if (!upper(tokens[k])) return sent.first;
  while (k < sent.last && k - sent.first < 12 && tokens[k]!.text !== '\u2014' && tokens[k]!.text !== '--' && tokens[k]!.text !== '-' && tokens[k]!.text !== '\u2013') k++;
  return k < sent.last - 1 && k - sent.first < 12 ? k + 1 : sent.first;
}

