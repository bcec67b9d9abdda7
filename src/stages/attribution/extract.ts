/**
 * Finds the attributions of one document. Candidates come from three places:
 * quotations followed by their attribution ("“Q,” X said" / "“Q,” said X"),
 * cues with their source before or after them and the reported clause after
 * ("X said (that) Y", "X told reporters Y", "according to X, Y") or before them
 * ("Y, X said"), and "X: “Q”" colon attributions. A quotation with no
 * attribution of its own continues the last speaker. Nested attributions keep
 * the outermost; coordinated ones ("said X, but also said Y") are split.
 */
import type { Context, Sent } from './context.js';
import type { Draft } from './draft.js';
import { LEADING_CONNECTORS, afterChain, chainLastToken, endsSentence, sentOfToken, skipAdjuncts, skipDates } from './spans.js';
import { attributionAt, endsAttribution, forwardEnd, type Trailing } from './clause.js';
import { skipAddressee } from './content.js';
import { fromColon, fromCue, fromDocument, fromStatementNoun } from './layouts.js';
import { resolveNesting } from './nesting.js';

/** Quotation marks the quotes layer left unpaired. */
const STRAY_MARKS = new Set(["'", '\u2019', '"', '\u201d']);

/** Words that carry quoted speech on after its attribution: "he said, because “…”". */
const SPEECH_LINKS = new Set(['because', 'but', 'and', 'as', 'though', 'although', 'since']);

export function extractDrafts(ctx: Context): Draft[] {
  const drafts: Draft[] = [];
  const claimedQuote = new Uint8Array(ctx.quotes.length);
  const usedCue = new Uint8Array(ctx.tokens.length);

  const quoteDraft = (q: number, trailing: Trailing, sent: number, continues: Draft | null): Draft => {
    claimedQuote[q] = 1;
    usedCue[trailing.cue.at] = 1;
    return {
      first: ctx.openTok[q]!,
      last: chainLastToken(ctx, q) + 1,
      source: trailing.source,
      cueFirst: trailing.cue.at,
      cueLast: trailing.cue.at + trailing.cue.length,
      cue: trailing.cue,
      sent,
      coordinated: false,
      continues,
    };
  };

  // 1. quotations followed by their attribution, and a quotation split by it: "“A,” she said, “B.”"
  ctx.quotes.forEach((quote, q) => {
    if (quote.depth > 0 || ctx.continued[q] || claimedQuote[q]) return;
    const open = ctx.openTok[q]!;
    const sent = sentOfToken(ctx, open);
    if (!sent || sent.role === 'boilerplate' || !startsUnit(ctx, open, sent)) return;
    const after = afterChain(ctx, q);
    let endSent = sentOfToken(ctx, after - 1);
    if (!endSent || ctx.closeTok[ctx.chainEnd[q]!]! < 0) return;
    let k = after;
    // a stray mark left after a quotation closing a quotation inside it: "… a special case,''' Mr. Putin said"
    while (k < endSent.last && ctx.tokens[k]!.kind === 'punct' && STRAY_MARKS.has(ctx.tokens[k]!.text)) k++;
    if (ctx.tokens[k]?.text === ',' || ctx.tokens[k]?.text === '\u2014') k++;
    // "“… Trump!” US Senator Jeff Sessions said as …": the splitter ended the sentence inside the quotation
    const split = k >= endSent.last && /[!?]/.test(ctx.text.charAt(ctx.quotes[ctx.chainEnd[q]!]!.innerEnd - 1));
    if (split) endSent = sentOfToken(ctx, k);
    if (!endSent || k >= endSent.last) return;
    const trailing = attributionAt(ctx, k, endSent.last);
    if (!trailing || (split && !endsAttribution(ctx, skipDates(ctx, trailing.end, endSent.last), endSent))) return;
    const first = quoteDraft(q, trailing, endSent.index, null);
    drafts.push(first);
    let e = skipAdjuncts(ctx, trailing.end, endSent.last);
    // "“A,” X told reporters in Lisbon, “B.”": the addressee and its setting before the second part
    if (trailing.cue.entry.frames.has('obj')) e = skipAdjuncts(ctx, skipAddressee(ctx, e, endSent.last), endSent.last);
    if (ctx.tokens[e]?.text === ',' || ctx.tokens[e]?.text === ':') e++;
    const next = ctx.quoteByOpen.get(e);
    if (next !== undefined && ctx.quotes[next]!.depth === 0) drafts.push(quoteDraft(next, trailing, endSent.index, first));
    else if (ctx.tokens[e - 1]?.text === ',' && SPEECH_LINKS.has(ctx.tokens[e]?.lower ?? '') && ctx.tokens[e + 1]?.kind === 'open') {
      // "“A,” he said, because “B” if …": the speech goes on after the attribution
      const end = forwardEnd(ctx, e + 1, endSent, false);
      usedCue[trailing.cue.at] = 1;
      drafts.push({ first: e + 1, last: end, source: trailing.source, cueFirst: trailing.cue.at, cueLast: trailing.cue.at + trailing.cue.length, cue: trailing.cue, sent: endSent.index, coordinated: false, continues: first });
    }
  });

  const quotedBySent = new Map<number, Draft[]>();
  for (const d of drafts) {
    const list = quotedBySent.get(d.sent);
    if (list) list.push(d);
    else quotedBySent.set(d.sent, [d]);
  }
  const inQuote = quotedTokens(ctx);
  for (const sent of ctx.sents) {
    if (sent.role === 'boilerplate') continue;
    const local: Draft[] = [];
    for (let i = sent.first; i < sent.last; i++) {
      const cue = ctx.cueAt[i];
      if (!cue || usedCue[i] || inQuote[i]) continue;
      const draft = fromCue(ctx, cue, sent, local);
      if (draft) local.push(draft);
      i += cue.length - 1;
    }
    for (let i = sent.first; i < sent.last; i++) {
      const nominal = inQuote[i] ? null : fromStatementNoun(ctx, i, sent);
      if (nominal) local.push(nominal);
    }
    const colon = fromColon(ctx, sent);
    if (colon) local.push(colon);
    if (local.length === 0) {
      const doc = fromDocument(ctx, sent);
      if (doc) local.push(doc);
    }
    drafts.push(...resolveNesting(ctx, local, quotedBySent.get(sent.index)));
  }
  drafts.sort((a, b) => a.first - b.first);
  for (const d of drafts) markQuotes(ctx, d, claimedQuote);

  // 4. a quotation standing alone continues the last speaker
  const result: Draft[] = [];
  let previous: Draft | null = null;
  let di = 0;
  ctx.quotes.forEach((quote, q) => {
    const open = ctx.openTok[q]!;
    while (di < drafts.length && drafts[di]!.first <= open) {
      previous = drafts[di]!;
      result.push(previous);
      di++;
    }
    if (quote.depth > 0 || quote.kind !== 'speech' || ctx.continued[q] || claimedQuote[q]) return;
    const sent = sentOfToken(ctx, open);
    const lastTok = chainLastToken(ctx, q);
    const endSent = sentOfToken(ctx, lastTok);
    if (!sent || !endSent || sent.role === 'boilerplate' || open !== sent.first || !endsSentence(ctx, lastTok, endSent)) return;
    const prev = previous as Draft | null;
    if (!prev || !prev.source || ctx.sents[prev.sent]!.paragraph + 1 < sent.paragraph) return;
    const cont: Draft = { ...prev, first: open, last: lastTok + 1, sent: sent.index, coordinated: false, continues: prev };
    claimedQuote[q] = 1;
    previous = cont;
    result.push(cont);
  });
  while (di < drafts.length) result.push(drafts[di++]!);
  return result.flatMap((d) => byParagraph(ctx, d));
}

/**
 * A quotation running over paragraphs past its attribution gives one claim per
 * paragraph (same source and cue): the draft is cut where a continued
 * quotation reopens after the cue, the later parts continuing the first. The
 * paragraphs before a trailing attribution stay one claim with it.
 */
function byParagraph(ctx: Context, d: Draft): Draft[] {
  const parts: Draft[] = [];
  let from = d.first;
  for (let k = d.first; k < d.last; k++) {
    const tok = ctx.tokens[k]!;
    if (tok.kind !== 'open' || !ctx.quotes[tok.quote]!.continues) continue;
    const reopen = ctx.openTok[tok.quote + 1] ?? -1;
    if (reopen <= k || reopen >= d.last || reopen < d.cueFirst) continue;
    parts.push(parts.length === 0 ? { ...d, last: reopen } : { ...d, first: from, last: reopen, sent: ctx.sentOf[from]!, continues: d.continues ?? parts[0]! });
    from = reopen;
    k = reopen - 1;
  }
  if (parts.length === 0) return [d];
  parts.push({ ...d, first: from, sent: ctx.sentOf[from]!, continues: d.continues ?? parts[0]! });
  return parts;
}

/** Tokens inside a quotation: cues there belong to the quoted speech, not to the article. */
function quotedTokens(ctx: Context): Uint8Array {
  const inside = new Uint8Array(ctx.tokens.length);
  ctx.quotes.forEach((quote, q) => {
    if (quote.depth > 0) return;
    const open = ctx.openTok[q]!;
    if (open < 0) return;
    let k = open + 1;
    while (k < ctx.tokens.length && ctx.tokens[k]!.start < quote.innerEnd) inside[k++] = 1;
  });
  return inside;
}

/** Whether the quotation opening at token `open` begins its sentence (or follows only a dash or a connector). */
function startsUnit(ctx: Context, open: number, sent: Sent): boolean {
  if (open === sent.first) return true;
  const prev = ctx.tokens[open - 1]!;
  return open - 1 === sent.first && (LEADING_CONNECTORS.has(prev.lower) || prev.text === '\u2014' || prev.text === '-');
}

function markQuotes(ctx: Context, d: Draft, claimed: Uint8Array): void {
  for (let k = d.first; k < d.last; k++) {
    const q = ctx.quoteByOpen.get(k);
    if (q !== undefined) claimed[q] = 1;
  }
}

