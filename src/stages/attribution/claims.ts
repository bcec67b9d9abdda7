/**
 * Turns attribution drafts into claims: the kind from the quotation marks
 * the content holds, content and speaker spans as text offsets, a first guess
 * at the speaker's type, and the time of saying from the dates layer.
 */
import type { DocClaim, Token } from '../../core/layers.js';
import type { DateMention, Speaker, StatedOn, TextSpan } from '../../schema/result.js';
import type { Context } from './context.js';
import type { Draft } from './draft.js';
import { hasClass } from './grammar.js';
import { SOURCE_PREPS, type Source } from './source.js';

const INTRO_WORDS = new Set(['asked', 'responding', 'speaking', 'talking', 'answering', 'writing', 'in', 'at', 'on', 'during', 'earlier', 'later', 'last', 'replying', 'addressing', 'appearing', 'testifying']);

/** A currency sign opens an amount: "£3.1 billion". */
const CURRENCY = /^\p{Sc}$/u;

function span(ctx: Context, start: number, end: number): TextSpan {
  return { start, end, text: ctx.text.slice(start, end) };
}

/** Content offsets and kind: `direct` when the content is exactly one quotation (chain). */
function contentOf(ctx: Context, d: Draft): { kind: DocClaim['kind']; start: number; end: number } {
  const { tokens } = ctx;
  let first = d.first;
  let last = d.last;
  while (first < last && tokens[first]!.kind === 'punct' && !CURRENCY.test(tokens[first]!.text)) first++;
  while (last > first && tokens[last - 1]!.kind === 'punct' && tokens[last - 1]!.text !== ')' && tokens[last - 1]!.text !== '%') last--;
  // nothing left (a cue ending the text: "He said,"): an empty content, which the caller drops
  if (first >= last) return { kind: 'indirect', start: 0, end: 0 };
  const open = tokens[first]!;
  if (open.kind === 'open') {
    const q = open.quote;
    // the chain as far as the draft goes: a draft holds one paragraph of a quotation running over several
    let endQ = q;
    while (endQ < ctx.chainEnd[q]! && ctx.openTok[endQ + 1]! < last) endQ++;
    const closeTok = ctx.closeTok[endQ]!;
    const lastTok = closeTok >= 0 ? closeTok : last - 1;
    if (lastTok === last - 1) {
      return { kind: 'direct', start: ctx.quotes[q]!.innerStart, end: ctx.quotes[endQ]!.innerEnd };
    }
  }
  let quoted = false;
  for (let k = first; k < last && !quoted; k++) quoted = tokens[k]!.kind === 'open';
  return { kind: quoted ? 'mixed' : 'indirect', start: tokens[first]!.start, end: tokens[last - 1]!.end };
}

/** The head word of a source phrase: its last word, or the one before "of"/"for"/"at" ("a spokesman for the ministry"). */
export function headOf(words: readonly Token[]): Token | undefined {
  const link = words.findIndex((w, k) => k > 0 && w.kind === 'word' && SOURCE_PREPS.has(w.lower));
  const upto = link > 0 ? link : words.length;
  for (let k = upto - 1; k >= 0; k--) if (words[k]!.kind === 'word') return words[k];
  return undefined;
}

/** A first guess at the type of a source mention; the speakers stage settles it. */
function guessType(ctx: Context, source: Source): Speaker['type'] {
  const { tokens, g } = ctx;
  const words = tokens.slice(source.first, source.last);
  const head = headOf(words) ?? tokens[source.last - 1]!;
  const text = words.map((t) => t.lower).join(' ').replace(/^the /, '');
  if (source.last - source.first === 1) {
    if (head.lower === 'he' || head.lower === 'she' || head.lower === 'i' || head.lower === 'you') return 'person';
    if (head.lower === 'they' || head.lower === 'we') return 'group';
    if (head.lower === 'it') return 'organization';
  }
  if (g.states.has(text)) return 'country';
  const noun = g.nouns.get(head.lower);
  if (noun) {
    if (noun.type === 'document') return 'organization';
    if (noun.type === 'group' && head.cap && source.last - source.first === 1) return 'group';
    return noun.type;
  }
  if (head.cap) {
    if (/^[A-Z]{2,}$/.test(head.text)) return 'organization';
    if (words.some((t) => t.cap && g.nouns.get(t.lower)?.type === 'organization')) return 'organization';
    return 'person';
  }
  return head.lower.endsWith('s') ? 'group' : 'person';
}

function dateIn(ctx: Context, from: number, to: number): DateMention | null {
  for (let k = Math.max(from, 0); k < to && k < ctx.tokens.length; k++) {
    const d = ctx.dateOf[k]!;
    if (d >= 0) {
      const date = ctx.dates[d]!;
      if (date.type === 'DATE' || date.type === 'TIME') return date;
    }
  }
  return null;
}

/** The date the article gives for the statement, next to its cue: "said Tuesday", "in a statement on Thursday", "Asked … Tuesday". */
function statedOnOf(ctx: Context, d: Draft): DateMention | null {
  const sent = ctx.sents[d.sent]!;
  const source = d.source;
  const attrFirst = Math.min(d.cueFirst, source ? source.first : d.cueFirst);
  const attrLast = Math.max(d.cueLast, source ? source.last : d.cueLast);
  if (d.first >= d.cueLast) {
    // from inside the cue too: "called Wednesday for …"
    const between = dateIn(ctx, d.cueFirst + 1, d.first);
    if (between) return between;
    // a setting or time left after the clause: "… during a press conference Tuesday", "rejected the bid on Thursday"
    const tail = ctx.tokens[d.last];
    if (tail && d.last < sent.last && (hasClass(ctx.g, tail, 'setting') || ctx.dateOf[d.last]! >= 0)) {
      const late = dateIn(ctx, d.last, sent.last);
      if (late) return late;
    }
  } else if (!modifiesSource(ctx, source, attrLast)) {
    let end = attrLast;
    while (end < sent.last && end - attrLast < 8 && ctx.tokens[end]!.kind !== 'open' && !hasClass(ctx.g, ctx.tokens[end], 'sub') && ctx.tokens[end]!.lower !== 'after' && ctx.tokens[end]!.lower !== 'before') end++;
    const after = dateIn(ctx, attrLast, end);
    if (after) return after;
  }
  // between the source and its cue: "Kato on Tuesday said", "said on Tuesday Kato"
  const [gapFirst, gapLast] = source ? (source.last <= d.cueFirst ? [source.last, d.cueFirst] : [d.cueLast, source.first]) : [0, 0];
  const inside = gapLast - gapFirst <= 5 ? dateIn(ctx, gapFirst, gapLast) : null;
  if (inside) return inside;
  const lead = ctx.tokens[sent.first];
  if (lead && INTRO_WORDS.has(lead.lower) && d.first > attrFirst) return dateIn(ctx, sent.first, questionStart(ctx, sent.first, attrFirst));
  return null;
}

/** Where the question of "Asked whether … by the autumn, X said" begins: its times are the question's, not the answer's. */
function questionStart(ctx: Context, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const t = ctx.tokens[k]!;
    if (hasClass(ctx.g, t, 'sub') || hasClass(ctx.g, t, 'wh') || t.lower === 'about') return k;
  }
  return to;
}

/** A participle or relative clause right after a source that ends the attribution: "according to a study published on Wednesday". */
function modifiesSource(ctx: Context, source: Source | null, attrLast: number): boolean {
  const t = ctx.tokens[attrLast];
  if (!source || source.last !== attrLast || !t || t.kind !== 'word' || t.cap || ctx.dateOf[attrLast]! >= 0) return false;
  return hasClass(ctx.g, t, 'rel') || (t.lower.length > 4 && (t.lower.endsWith('ed') || t.lower.endsWith('ing')));
}

export function toClaims(ctx: Context, drafts: readonly Draft[]): DocClaim[] {
  const stated = new Map<Draft, DateMention | null>();
  const claims: DocClaim[] = [];
  for (const d of drafts) {
    if (!d.source) continue;
    // a claim with a cue of its own in its sentence has its own time of saying, else its host's ("…, saying …"); a continued quotation has the first one's
    const own = d.continues && ctx.sentOf[d.cueFirst] === d.sent ? statedOnOf(ctx, d) : null;
    const origin = d.continues ?? d;
    let date = stated.get(origin);
    if (date === undefined) {
      date = statedOnOf(ctx, origin);
      stated.set(origin, date);
    }
    date = own ?? date;
    stated.set(d, date);
    const content = contentOf(ctx, d);
    if (content.end <= content.start) continue;
    const s = d.source;
    const speakerStart = ctx.tokens[s.first]!.start;
    const speakerEnd = ctx.tokens[s.last - 1]!.end;
    const speakerText = ctx.text.slice(speakerStart, speakerEnd);
    // a relative pronoun's name is first its antecedent as written ("who" → "Daisuke Kawai")
    const named = s.antecedent ? { ...s, first: s.antecedent.first, last: s.antecedent.last } : s;
    const name = ctx.text.slice(ctx.tokens[named.first]!.start, ctx.tokens[named.last - 1]!.end);
    const cue = span(ctx, ctx.tokens[d.cueFirst]!.start, ctx.tokens[d.cueLast - 1]!.end);
    const statedOn: StatedOn | null = date ? { start: date.start, end: date.end, text: date.text, value: date.value } : null;
    claims.push({
      kind: content.kind,
      content: span(ctx, content.start, content.end),
      speaker: { start: speakerStart, end: speakerEnd, text: speakerText, name, type: guessType(ctx, named) },
      cue,
      statedOn,
    });
  }
  return claims.sort((a, b) => a.content.start - b.content.start);
}
