/**
 * The attribution layouts, each from its anchor: a cue with its source before
 * or after it, "according to X", "X: “Q”", "X's claim that Y" and "In a poll, Y".
 */
import type { Context, CueMatch, Sent } from './context.js';
import type { Draft } from './draft.js';
import { COORDINATORS, clauseStart, isCommaLike, skipDates } from './spans.js';
import { backwardSpan, clauseAround, endsAttribution, forwardEnd, introducedBySubordinate, mainClause, middleContinuation } from './clause.js';
import { clauseFollows, openingAfter, skipAddressee, skipSetting } from './content.js';
import { hasClass, isAdverb, isAux, isSubjectPronoun, looksFinite, titleAt } from './grammar.js';
import { phraseEndingAt, subjectAfter, subjectBefore, type Source } from './source.js';

const COLON_LABELS = new Set([
  'note', 'update', 'updated', 'photo', 'photos', 'source', 'sources', 'related', 'editor', 'caption', 'correction', 'read',
  'watch', 'video', 'image', 'credit', 'q', 'a', 'reporting', 'editing', 'contact', 'email', 'subscribe', 'more', 'see',
  'also', 'listen', 'warning', 'disclaimer', 'advertisement', 'tags', 'topics', 'share', 'follow', 'click', 'here', 'why',
  'what', 'how', 'who', 'when', 'where', 'breaking', 'exclusive', 'analysis', 'opinion', 'live', 'background', 'context',
  'first', 'second', 'third', 'plus', 'bottom line', 'the bottom line', 'answer', 'question', 'quote', 'fact', 'facts',
]);

const NAME_LINK_WORDS = new Set(['of', 'de', 'van', 'von', 'al', 'bin']);

export function fromCue(ctx: Context, cue: CueMatch, sent: Sent, local: readonly Draft[]): Draft | null {
  const { tokens, g } = ctx;
  const cueEnd = cue.at + cue.length;
  const headline = sent.role === 'headline';
  const base = { cueFirst: cue.at, cueLast: cueEnd, cue, sent: sent.index, continues: null };

  if (cue.entry.frames.has('src')) return fromAccordingTo(ctx, cue, sent);

  // a participle's source is the subject of the clause it hangs on: "Clinton attacked Trump, saying …"
  let source = cue.entry.form === 'ing' ? null : subjectBefore(ctx, cue.at, sent.first);
  let coordinated = false;
  let inverted = false;
  let prev = cue.at - 1;
  while (prev >= sent.first && (isAdverb(g, tokens[prev]) || isAux(g, tokens[prev]))) prev--;
  const before = tokens[prev];
  if (!source) {
    // "…, but also said …", "… and added …", "…, adding …": a second attribution of the same source
    if (before && (COORDINATORS.has(before.lower) || (cue.entry.form === 'ing' && isCommaLike(ctx, prev)))) {
      coordinated = true;
    } else if (before && (before.text === ',' || before.kind === 'close' || before.text === '\u2014')) {
      // "…,” said X" inverts; "told X" names the addressee, never the source
      source = cue.entry.frames.has('obj') ? null : subjectAfter(ctx, cueEnd, sent.last);
      inverted = source !== null;
      // a stray comma between source and cue: "Gov. John Kasich (R-OH), said, “…”"
      if (!source && before.text === ',') source = strayCommaSubject(ctx, prev, sent);
    }
    if (!source && !coordinated) return null;
  } else if (cue.entry.form === 'ing') {
    if (!isCommaLike(ctx, prev)) return null;
  }
  if (source && !inverted) {
    // a source right after ", and"/", but"/";" following a clause: its own attribution, coordinated with the one before
    const lead = tokens[source.first - 1];
    const comma = tokens[source.first - 2];
    if (lead && source.first - 2 > sent.first && (lead.text === ';' || (COORDINATORS.has(lead.lower) && comma !== undefined && isCommaLike(ctx, source.first - 2)))) coordinated = local.length > 0;
  }

  if (inverted && source) {
    const around = clauseAround(ctx, prev + 1, source.last, sent);
    return around ? { ...base, first: around[0], last: around[1], source, coordinated: false } : null;
  }

  // "Y1, he noted, Y2" / "The streets were deserted, he added, “but …”": a parenthetical attribution after a clause
  if (source && !coordinated && isCommaLike(ctx, source.first - 1) && source.first - 1 > clauseStart(ctx, sent)) {
    const after = skipSetting(ctx, skipDates(ctx, cueEnd, sent.last), sent.last);
    const quoteNext = ctx.tokens[after + 1]?.kind === 'open';
    if (ctx.tokens[after]?.text === ',' && (!quoteNext || mainClause(ctx, clauseStart(ctx, sent), source.first - 1))) {
      const around = clauseAround(ctx, source.first, after, sent);
      if (around) return { ...base, first: around[0], last: around[1], source, coordinated: false };
    }
  }
  // "As the International Business Times noted, Y": the reported clause follows the attribution
  if (source && !coordinated && !source.relative && tokens[source.first - 1]?.lower === 'as' && source.first - 1 === clauseStart(ctx, sent)) {
    const comma = skipDates(ctx, cueEnd, sent.last);
    if (tokens[comma]?.text === ',' && comma + 1 < sent.last && clauseFollows(ctx, comma + 1, sent.last)) {
      const end = forwardEnd(ctx, comma + 1, sent, false);
      if (end > comma + 1) return { ...base, first: comma + 1, last: end, source, coordinated };
    }
  }
  const opening = openingAfter(ctx, cue, sent, headline);
  if (opening !== null) {
    const clauseBound = source?.relative === true || introducedBySubordinate(ctx, sent, source, cue.at);
    const end = forwardEnd(ctx, opening, sent, clauseBound);
    if (end <= opening) return null;
    return { ...base, first: opening, last: end, source, coordinated };
  }
  if (!source || coordinated) return null;
  // "Y, X said." — the reported clause comes first
  if (!cue.entry.frames.has('that') && !cue.entry.frames.has('manner') && !cue.entry.frames.has('np')) return null;
  let after = cueEnd;
  if (cue.entry.frames.has('obj') && tokens[after]?.text !== ',') after = skipAddressee(ctx, after, sent.last);
  after = skipDates(ctx, after, sent.last);
  const around = clauseAround(ctx, source.first, after, sent);
  if (!around) return null;
  if (around[1] <= source.first && !endsAttribution(ctx, after, sent)) return null;
  return { ...base, first: around[0], last: around[1], source, coordinated: false };
}

/** The first clause-level subject of the sentence, for a participial cue with no source of its own ("…, saying …"). */
export function sentenceSubject(ctx: Context, sent: Sent, before: number): Source | null {
  // a pronoun opening the clause: "He’s comparing … and says …"
  const start = clauseStart(ctx, sent);
  const lead = ctx.tokens[start];
  if (start < before && lead && (isSubjectPronoun(ctx.g, lead) || ctx.g.classes.get(lead.lower.replace(/['\u2019](s|ll|re|ve|d|m)$/, ''))?.has('subj') === true)) {
    return { first: start, last: start + 1, relative: false };
  }
  for (let i = sent.first + 1; i < before; i++) {
    const t = ctx.tokens[i]!;
    if (t.kind === 'word' && (isAux(ctx.g, t) || ctx.g.verbs.has(t.lower) || looksFinite(ctx.g, t)) && !t.cap && !ctx.g.nouns.has(t.lower)) {
      const s = subjectBefore(ctx, i, sent.first);
      if (!s) return null;
      const lead = ctx.tokens[s.first - 1];
      return s.first === clauseStart(ctx, sent) || (lead !== undefined && /^[-,)\u2014]$/.test(lead.text)) ? s : null;
    }
  }
  return null;
}

/** The noun phrase before a comma that stands between a source and its cue. */
function strayCommaSubject(ctx: Context, comma: number, sent: Sent): Source | null {
  if (comma - 1 < sent.first) return null;
  const start = phraseEndingAt(ctx, comma - 1, sent.first);
  if (start > comma - 1) return null;
  const lead = ctx.tokens[start - 1];
  if (start !== clauseStart(ctx, sent) && !(lead && lead.text === ',')) return null;
  const head = ctx.tokens[comma - 1]!;
  return head.cap || head.text === ')' ? { first: start, last: comma, relative: false } : null;
}

/** "according to X, Y" / "Y, according to X" / "Y, according to X, Z". */
function fromAccordingTo(ctx: Context, cue: CueMatch, sent: Sent): Draft | null {
  const { tokens } = ctx;
  const cueEnd = cue.at + cue.length;
  const source = subjectAfterAccording(ctx, cueEnd, sent);
  if (!source) return null;
  const base = { cueFirst: cue.at, cueLast: cueEnd, cue, sent: sent.index, continues: null, source, coordinated: false };
  let after = source.last;
  while (after < sent.last && tokens[after]!.text !== ',' && tokens[after]!.kind !== 'punct') after++;
  const atStart = cue.at === clauseStart(ctx, sent);
  if (atStart) {
    if (tokens[after]?.text !== ',' && tokens[after]?.text !== ':') return null;
    const end = forwardEnd(ctx, after + 1, sent, false);
    return end > after + 1 ? { ...base, first: after + 1, last: end } : null;
  }
  const span = backwardSpan(ctx, cue.at, sent);
  if (!span) {
    if (cue.at > sent.first && tokens[cue.at - 1]!.kind === 'word') {
      const start = clauseStart(ctx, sent);
      return cue.at > start ? { ...base, first: start, last: cue.at } : null;
    }
    return null;
  }
  const mid = tokens[after]?.text === ',' ? middleContinuation(ctx, after, sent) : -1;
  return { ...base, first: span[0], last: mid > 0 ? mid : span[1] };
}

/** The source after "according to": a noun phrase, possibly with its own prepositional phrases ("a statement from the ministry"). */
function subjectAfterAccording(ctx: Context, from: number, sent: Sent): Source | null {
  const { tokens, g } = ctx;
  let k = from;
  while (k < sent.last && tokens[k]!.text !== ',' && tokens[k]!.text !== ':' && tokens[k]!.text !== '.' && !hasClass(g, tokens[k], 'rel') && !(tokens[k]!.lower === 'that' && k > from)) {
    if (tokens[k]!.kind === 'open') {
      // a quoted title inside the source: "E. J. Fleming's “The Fixers”"
      const close = ctx.closeTok[tokens[k]!.quote]!;
      if (close < 0 || close >= sent.last || ctx.quotes[tokens[k]!.quote]!.kind !== 'fragment') break;
      k = close + 1;
      continue;
    }
    if (k > from && tokens[k]!.kind === 'word' && !tokens[k]!.cap && (isAux(g, tokens[k]) || isSubjectPronoun(g, tokens[k]) || (ctx.g.verbs.has(tokens[k]!.lower) && !ctx.g.nouns.has(tokens[k]!.lower)))) break;
    if (k - from > 14) return null;
    k++;
  }
  let last = k;
  while (last > from && tokens[last - 1]!.kind === 'punct') last--;
  if (last <= from) return null;
  return { first: from, last, relative: false };
}

/** "X: “Q”" and, in headlines, "X: Y": a short name before a colon introduces what follows. */
export function fromColon(ctx: Context, sent: Sent): Draft | null {
  const { tokens, g } = ctx;
  let colon = -1;
  for (let k = sent.first; k < sent.last && k - sent.first <= 8; k++) {
    if (tokens[k]!.text === ':') {
      colon = k;
      break;
    }
  }
  if (colon < 0 || colon + 1 >= sent.last) return null;
  let start = sent.first;
  for (let k = colon - 1; k >= sent.first; k--) {
    if (tokens[k]!.text === '-' || tokens[k]!.text === '\u2014' || tokens[k]!.text === '\u2013') {
      start = k + 1;
      break;
    }
  }
  if (colon - start < 1 || colon - start > 6) return null;
  for (let k = start; k < colon; k++) {
    const t = tokens[k]!;
    if (ctx.cueAt[k] || ctx.dateOf[k]! >= 0) return null;
    if (t.kind === 'possessive') continue;
    if (t.kind !== 'word') return null;
    if (!t.cap && t.lower !== 'and' && !NAME_LINK_WORDS.has(t.lower)) return null;
  }
  const label = tokens.slice(start, colon).map((t) => t.lower).join(' ');
  if (COLON_LABELS.has(label) || COLON_LABELS.has(tokens[start]!.lower)) return null;
  const headline = sent.role === 'headline' || sent.index === 0;
  const next = tokens[colon + 1]!;
  // a transcript's speaker label opening a paragraph: "TAPPER: …", "Alex Seitz-Wald: …"
  const allUpper = tokens.slice(start, colon).every((t) => t.text.length > 1 && t.text === t.text.toUpperCase());
  const turn = start === sent.first && ctx.sents[sent.index - 1]?.paragraph !== sent.paragraph && (allUpper || colon - start >= 2);
  if (!headline && next.kind !== 'open' && !turn) return null;
  if (!headline && titleAt(g, tokens, start) === 0 && colon - start < 2 && !isSubjectPronoun(g, tokens[start]) && !turn) return null;
  const end = forwardEnd(ctx, colon + 1, sent, false);
  if (end <= colon + 1) return null;
  if ((headline || turn) && next.kind !== 'open' && !clauseFollows(ctx, colon + 1, end) && (turn || end - colon < 3)) return null;
  const head = phraseEndingAt(ctx, colon - 1, start);
  return {
    first: colon + 1,
    last: end,
    source: { first: Math.min(head, start), last: colon, relative: false },
    cueFirst: colon,
    cueLast: colon + 1,
    cue: null,
    sent: sent.index,
    coordinated: false,
    continues: null,
  };
}

/** "Tokyo's claim that Pyongyang was not coming clean", "his view that …": a possessor, a statement noun and a that-clause. */
export function fromStatementNoun(ctx: Context, i: number, sent: Sent): Draft | null {
  const { tokens, g } = ctx;
  const noun = tokens[i]!;
  if (noun.kind !== 'word' || noun.cap || !g.statements.has(noun.lower)) return null;
  let k = i + 1;
  while (k < sent.last && ctx.dateOf[k]! >= 0) k++;
  if (tokens[k]?.lower !== 'that' || !clauseFollows(ctx, k + 1, sent.last)) return null;
  // the possessor: "Tokyo's", "the government's", "his", with adjectives between ("Tokyo's long-held claim")
  let p = i - 1;
  while (p > sent.first && tokens[p]!.kind === 'word' && !tokens[p]!.cap && !hasClass(g, tokens[p], 'poss') && i - p <= 3) p--;
  const possessor = tokens[p];
  let source: Source | null = null;
  if (possessor && hasClass(g, possessor, 'poss')) source = { first: p, last: p + 1, relative: false };
  else if (possessor?.kind === 'possessive' && p - 1 >= sent.first) {
    const start = phraseEndingAt(ctx, p - 1, sent.first);
    if (start <= p - 1) source = { first: start, last: p, relative: false };
  }
  if (!source) return null;
  // the object of a cue is that cue's: "reiterated the government's stance that …"
  for (let j = source.first - 1; j >= sent.first && source.first - j <= 3; j--) if (ctx.cueAt[j]) return null;
  const end = forwardEnd(ctx, k + 1, sent, false);
  return { first: k + 1, last: end, source, cueFirst: i, cueLast: i + 1, cue: null, sent: sent.index, coordinated: false, continues: null };
}

/** "In a CNN poll, Clinton led by 24 points": a document or setting opening the sentence is its source. */
export function fromDocument(ctx: Context, sent: Sent): Draft | null {
  const { tokens, g } = ctx;
  const start = clauseStart(ctx, sent);
  if (tokens[start]?.lower !== 'in') return null;
  let comma = start + 1;
  while (comma < sent.last && comma - start <= 12 && tokens[comma]!.text !== ',') {
    if (tokens[comma]!.kind === 'open' || hasClass(g, tokens[comma], 'subj')) return null;
    comma++;
  }
  if (tokens[comma]?.text !== ',' || comma + 1 >= sent.last) return null;
  let head = -1;
  for (let k = start + 1; k < comma; k++) {
    const noun = g.nouns.get(tokens[k]!.lower);
    if (noun?.type === 'document') head = k;
    else if (head >= 0 && (hasClass(g, tokens[k], 'prep') || tokens[k]!.kind !== 'word')) break;
  }
  if (head < 0 || !clauseFollows(ctx, comma + 1, sent.last)) return null;
  const end = forwardEnd(ctx, comma + 1, sent, false);
  let last = comma;
  while (last > start + 1 && ctx.dateOf[last - 1]! >= 0) last--;
  return {
    first: comma + 1,
    last: end,
    source: { first: start + 1, last, relative: false },
    cueFirst: start,
    cueLast: start + 1,
    cue: null,
    sent: sent.index,
    coordinated: false,
    continues: null,
  };
}

