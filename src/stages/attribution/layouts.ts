/**
 * The attribution layouts, each from its anchor: a cue with its source before
 * or after it (or opening the sentence: "Said X, “Q”"), its reported clause
 * right after it, past an aside, as an object with its infinitive or -ing
 * verb, or as a position noun's complement; "according to X"; "X: “Q”" (a
 * headline's "X to Y: Z", "… analyst X: “Q”"); "X's claim that Y" and
 * "In a poll, Y".
 */
import type { Context, CueMatch, Sent } from './context.js';
import type { Draft } from './draft.js';
import { COORDINATORS, clauseStart, isCommaLike, skipAdjuncts, skipDates } from './spans.js';
import { backwardSpan, clauseAround, endsAttribution, forwardEnd, introducedBySubordinate, mainClause, middleContinuation, objectEnd } from './clause.js';
import { clauseFollows, openingAfter, skipAddressee, skipSetting } from './content.js';
import { hasClass, isAdverb, isAux, isDeterminer, isSubjectPronoun, looksFinite, titleAt } from './grammar.js';
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
  if (interrogative(ctx, sent)) return null;
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
  if (!source && prev < sent.first && cue.entry.form !== 'ing') return invertedOpening(ctx, cue, sent);
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
    // a source right after ", and"/", but"/";" following a clause, or after ", while" with a verb of saying: its own
    // attribution, coordinated with the one before ("…, while other voters said …"; not "…, while Kishida wants …")
    const lead = tokens[source.first - 1];
    const comma = tokens[source.first - 2];
    if (lead && source.first - 2 > sent.first && (lead.text === ';' || ((COORDINATORS.has(lead.lower) || (hasClass(ctx.g, lead, 'contrast') && cue.entry.frames.has('speech'))) && comma !== undefined && isCommaLike(ctx, source.first - 2)))) coordinated = local.length > 0;
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
      // an introductory phrase, the attribution, then the clause: "In the three years since …, Barden says, far too many lives …"
      const start = clauseStart(ctx, sent);
      if (!quoteNext && after === skipDates(ctx, cueEnd, sent.last) && !mainClause(ctx, start, source.first - 1) && clauseFollows(ctx, after + 1, sent.last)) {
        const end = forwardEnd(ctx, after + 1, sent, false);
        if (end > after + 1) return { ...base, first: start, last: end, source, coordinated: false };
      }
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
  const opening = complementAfter(ctx, cue, sent) ?? objectInfinitive(ctx, cue, sent) ?? openingAfter(ctx, cue, sent, headline) ?? smallClause(ctx, cue, sent) ?? openingPastAside(ctx, cue, sent, headline);
  if (opening !== null) {
    const clauseBound = source?.relative === true || introducedBySubordinate(ctx, sent, source, cue.at);
    const clauseEnd = forwardEnd(ctx, opening, sent, clauseBound);
    // a noun-phrase object, not "lists X as Y"
    const end = cue.entry.frames.has('np') && !cue.entry.frames.has('as') ? objectEnd(ctx, opening, clauseEnd) : clauseEnd;
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
  if (around[1] <= source.first && !endsAttribution(ctx, after, sent) && !settingTail(ctx, after, sent)) return null;
  return { ...base, first: around[0], last: around[1], source, coordinated: false };
}

/**
 * Whether the words from `k` to the end of the sentence are prepositional phrases with no verb: the setting
 * of a trailing attribution ("…, she said in a video message to the convention.", "…, he said from his office
 * in Orlando.").
 */
function settingTail(ctx: Context, k: number, sent: Sent): boolean {
  const { tokens, g } = ctx;
  if (!hasClass(g, tokens[k], 'tail')) return false;
  let end = sent.last;
  while (end > k && tokens[end - 1]!.kind === 'punct' && tokens[end - 1]!.text !== ')') end--;
  if (end - k > 16) return false;
  for (let i = k + 1; i < end; i++) {
    const t = tokens[i]!;
    if (t.kind === 'open' || t.kind === 'close' || (t.kind === 'punct' && t.text !== '-' && t.text !== '.')) return false;
    if (t.kind !== 'word' || t.cap || ctx.dateOf[i]! >= 0) continue;
    if (isAux(g, t) || isSubjectPronoun(g, t) || hasClass(g, t, 'rel') || hasClass(g, t, 'sub') || t.lower === 'that') return false;
    if (g.verbs.has(t.lower) && !g.nouns.has(t.lower) && !hasClass(g, t, 'prep')) return false;
  }
  return true;
}

/** Words linking a position noun to its complement: "willingness for a summit", "the possibility of smaller provocations". */
const COMPLEMENT_LINKS = new Set(['for', 'of', 'on']);

/** The complement of a cue built on a position noun, past its linking word, or null. */
function complementAfter(ctx: Context, cue: CueMatch, sent: Sent): number | null {
  if (!cue.entry.frames.has('comp')) return null;
  const k = skipDates(ctx, cue.at + cue.length, sent.last);
  const next = ctx.tokens[k + 1];
  if (!COMPLEMENT_LINKS.has(ctx.tokens[k]?.lower ?? '') || !next || k + 1 >= sent.last || next.kind === 'punct') return null;
  return k + 1;
}

/**
 * "called on fellow Muslims to stand up …", "urged Michigan Gov. Rick Snyder (R) to resign": the object and its
 * infinitive after a cue that takes both. Returns the object's first token, or null.
 */
function objectInfinitive(ctx: Context, cue: CueMatch, sent: Sent): number | null {
  const { tokens, g } = ctx;
  if (!cue.entry.frames.has('obj') || !cue.entry.frames.has('inf')) return null;
  const k = skipDates(ctx, cue.at + cue.length, sent.last);
  const first = tokens[k];
  if (!first || first.kind !== 'word' || first.lower === 'to' || first.lower === 'that' || hasClass(g, first, 'prep')) return null;
  for (let j = k + 1; j + 1 < sent.last && j - k <= 10; j++) {
    const t = tokens[j]!;
    if (t.lower === 'to') {
      const verb = tokens[j + 1]!;
      return verb.kind === 'open' || (verb.kind === 'word' && !verb.cap && !isDeterminer(g, verb) && !hasClass(g, verb, 'prep')) ? k : null;
    }
    if (t.text === '(' || t.text === ')' || t.kind === 'possessive' || t.text === '-') continue;
    if (t.kind !== 'word' && t.kind !== 'number') return null;
    if (!t.cap && (isAux(g, t) || hasClass(g, t, 'rel') || hasClass(g, t, 'sub') || t.lower === 'that' || (g.verbs.has(t.lower) && !g.nouns.has(t.lower)))) return null;
  }
  return null;
}

/** "The poll showed Mr. Trump losing supporters", "shows Hess talking about …": an object and its -ing verb. Returns the object's first token, or null. */
function smallClause(ctx: Context, cue: CueMatch, sent: Sent): number | null {
  const { tokens, g } = ctx;
  if (!cue.entry.frames.has('sc')) return null;
  const k = skipDates(ctx, cue.at + cue.length, sent.last);
  const first = tokens[k];
  if (!first || first.kind !== 'word' || hasClass(g, first, 'prep') || first.lower === 'that') return null;
  for (let j = k + 1; j + 1 < sent.last && j - k <= 6; j++) {
    const t = tokens[j]!;
    if (t.kind === 'possessive') continue;
    // a second object is no small clause: "showed reporters the building"
    if (t.kind !== 'word' || isDeterminer(g, t)) return null;
    if (!t.cap && t.lower.length > 4 && t.lower.endsWith('ing') && !g.nouns.has(t.lower) && !g.classes.has(t.lower)) return isDeterminer(g, tokens[j - 1]) ? null : k;
    if (!t.cap && (isAux(g, t) || hasClass(g, t, 'prep') || hasClass(g, t, 'rel') || g.verbs.has(t.lower))) return null;
  }
  return null;
}

/**
 * The reported clause after an aside between the cue and it: "said — on Twitter, as it happens — that …",
 * "said on Twitter on Monday, in reference to her first child, “…”", "said (in a statement) that …".
 */
function openingPastAside(ctx: Context, cue: CueMatch, sent: Sent, headline: boolean): number | null {
  const { tokens, g } = ctx;
  const k = skipAdjuncts(ctx, cue.at + cue.length, sent.last);
  const t = tokens[k];
  if (!t) return null;
  let end = -1;
  if (t.text === '\u2014' || t.text === '--' || t.text === '(') {
    const close = t.text === '(' ? ')' : t.text;
    for (let j = k + 2; j < sent.last && j - k <= 20 && end < 0; j++) {
      const w = tokens[j]!;
      if (w.kind === 'open' || w.kind === 'close') return null;
      if (w.text === close) end = j + 1;
    }
  } else if (t.text === ',' && hasClass(g, tokens[k + 1], 'prep')) {
    for (let j = k + 2; j < sent.last && j - k <= 16 && end < 0; j++) {
      const w = tokens[j]!;
      if (w.text === ',') end = j + 1;
      else if (w.kind !== 'word' && w.kind !== 'possessive' && w.kind !== 'number') return null;
      else if (!w.cap && (isAux(g, w) || isSubjectPronoun(g, w) || hasClass(g, w, 'rel') || hasClass(g, w, 'sub') || w.lower === 'that' || (g.verbs.has(w.lower) && !g.nouns.has(w.lower)))) return null;
    }
  }
  if (end < 0 || end >= sent.last) return null;
  return openingAfter(ctx, { ...cue, length: end - cue.at }, sent, headline);
}

/** "Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”": the cue opens the sentence, its source and a quotation follow. */
function invertedOpening(ctx: Context, cue: CueMatch, sent: Sent): Draft | null {
  const { tokens } = ctx;
  const source = subjectAfter(ctx, cue.at + cue.length, sent.last);
  if (!source) return null;
  for (let j = source.last; j < sent.last && j - source.last <= 25; j++) {
    if (tokens[j]!.kind !== 'open') continue;
    const lead = tokens[j - 1]!.text;
    if (lead !== ',' && lead !== ':') return null;
    const end = forwardEnd(ctx, j, sent, false);
    return end > j ? { first: j, last: end, source, cueFirst: cue.at, cueLast: cue.at + cue.length, cue, sent: sent.index, coordinated: false, continues: null } : null;
  }
  return null;
}

/** A question of the article's own ("Did the mayor say …?"): an auxiliary or wh-word opening it, a question mark closing it. */
function interrogative(ctx: Context, sent: Sent): boolean {
  const { tokens, g } = ctx;
  let end = sent.last - 1;
  while (end > sent.first && tokens[end]!.kind === 'close') end--;
  if (tokens[end]?.text !== '?' || tokens[end + 1]?.kind === 'close') return false;
  const lead = tokens[clauseStart(ctx, sent)];
  return lead !== undefined && lead.kind === 'word' && (isAux(g, lead) || hasClass(g, lead, 'wh'));
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

/** Prepositions after a headline's source before its colon: "Clinton to Planned Parenthood:", "Gillibrand on Hillary …:", "Mukasey at RNC:". */
const COLON_PREPS = new Set(['to', 'on', 'at', 'about', 'in', 'for']);

/**
 * "X: “Q”" and, in headlines, "X: Y": a short name before a colon introduces what follows. The name may
 * follow a dash ("… - Mark Blumenthal and Jon Cohen: “…”") or "More from" / "From"; in a headline it may be
 * followed by a phrase naming the addressee or topic ("Clinton to Planned Parenthood: …").
 */
export function fromColon(ctx: Context, sent: Sent): Draft | null {
  return labelColon(ctx, sent) ?? fromNameColon(ctx, sent);
}

function labelColon(ctx: Context, sent: Sent): Draft | null {
  const { tokens, g } = ctx;
  let colon = -1;
  for (let k = sent.first; k < sent.last && k - sent.first <= 24; k++) {
    if (tokens[k]!.text === ':') {
      colon = k;
      break;
    }
    if (tokens[k]!.kind === 'open') break;
  }
  if (colon < 0 || colon + 1 >= sent.last) return null;
  let start = sent.first;
  for (let k = colon - 1; k >= sent.first; k--) {
    if (tokens[k]!.text === '-' || tokens[k]!.text === '\u2014' || tokens[k]!.text === '\u2013') {
      start = k + 1;
      break;
    }
  }
  // "More from the report: “…”", "From Jones: “…”"
  const from = start;
  if (tokens[start]?.lower === 'more' && tokens[start + 1]?.lower === 'from') start += 2;
  else if (tokens[start]?.lower === 'from' && colon - start > 1) start += 1;
  const cited = start > from;
  const headline = sent.role === 'headline' || sent.index === 0;
  let sourceEnd = colon;
  let dates = 0;
  for (let k = start; k < colon; k++) {
    const t = tokens[k]!;
    if (ctx.cueAt[k]) return null;
    if (ctx.dateOf[k]! >= 0) {
      if (!t.cap) return null;
      dates++;
      continue;
    }
    if (t.kind === 'possessive' || (cited && k === start && isDeterminer(g, t))) continue;
    if (t.kind !== 'word') return null;
    if (headline && k > start && COLON_PREPS.has(t.lower)) {
      sourceEnd = k;
      break;
    }
    if (!t.cap && t.lower !== 'and' && !NAME_LINK_WORDS.has(t.lower) && !((headline || cited) && g.nouns.has(t.lower))) return null;
  }
  const size = sourceEnd - start;
  if (size < 1 || size > 6 || colon - start > 12 || dates === size) return null;
  const label = tokens.slice(start, sourceEnd).map((t) => t.lower).join(' ');
  if (COLON_LABELS.has(label) || COLON_LABELS.has(tokens[start]!.lower)) return null;
  const next = tokens[colon + 1]!;
  // a transcript's speaker label opening a paragraph: "TAPPER: …", "Alex Seitz-Wald: …"
  const allUpper = tokens.slice(start, sourceEnd).every((t) => t.text.length > 1 && t.text === t.text.toUpperCase());
  const turn = !headline && start === sent.first && sourceEnd === colon && ctx.sents[sent.index - 1]?.paragraph !== sent.paragraph && (allUpper || size >= 2);
  if (!headline && next.kind !== 'open' && !turn) return null;
  if (!headline && !cited && titleAt(g, tokens, start) === 0 && size < 2 && !isSubjectPronoun(g, tokens[start]) && !turn) return null;
  const end = forwardEnd(ctx, colon + 1, sent, false);
  if (end <= colon + 1) return null;
  if ((headline || turn) && next.kind !== 'open' && !clauseFollows(ctx, colon + 1, end) && (turn || end - colon < 3)) return null;
  const head = phraseEndingAt(ctx, sourceEnd - 1, start);
  return colonDraft(sent, colon, end, { first: Math.min(head, start), last: sourceEnd, relative: false });
}

/** "… doesn’t surprise Republican pollster Daron Shaw: “Historically, …”": a name closing the words before a colon and a quotation. */
function fromNameColon(ctx: Context, sent: Sent): Draft | null {
  const { tokens, g } = ctx;
  let colon = -1;
  for (let k = sent.first + 1; k + 1 < sent.last; k++) {
    if (tokens[k]!.kind === 'open') return null;
    if (tokens[k]!.text === ':') {
      colon = k;
      break;
    }
  }
  if (colon < 0 || tokens[colon + 1]!.kind !== 'open') return null;
  const last = tokens[colon - 1]!;
  if (last.kind !== 'word' || !last.cap || ctx.dateOf[colon - 1]! >= 0 || ctx.cueAt[colon - 1]) return null;
  // the name and the role words before it: "Republican pollster Daron Shaw"
  let first = colon - 1;
  while (first - 1 > sent.first && tokens[first - 1]!.kind === 'word' && (tokens[first - 1]!.cap || g.nouns.get(tokens[first - 1]!.lower)?.type === 'person' || titleAt(g, tokens, first - 1) > 0) && colon - first < 8) first--;
  // a place after a preposition is no speaker: "flew home to New York: “…”"
  if (hasClass(g, tokens[first - 1], 'prep')) return null;
  // a person's name: two capitalised words or a title before one ("pollster Daron Shaw", "Sen. Warren")
  let caps = 0;
  for (let k = first; k < colon; k++) if (tokens[k]!.cap && tokens[k]!.kind === 'word') caps++;
  const titled = first < colon - 1 && (titleAt(g, tokens, colon - 2) > 0 || g.nouns.get(tokens[colon - 2]!.lower)?.type === 'person');
  if (caps < 2 && !titled) return null;
  if (g.states.has(tokens.slice(first, colon).map((t) => t.lower).join(' '))) return null;
  const end = forwardEnd(ctx, colon + 1, sent, false);
  if (end <= colon + 1) return null;
  return colonDraft(sent, colon, end, { first, last: colon, relative: false });
}

function colonDraft(sent: Sent, colon: number, end: number, source: Source): Draft {
  return { first: colon + 1, last: end, source, cueFirst: colon, cueLast: colon + 1, cue: null, sent: sent.index, coordinated: false, continues: null };
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

