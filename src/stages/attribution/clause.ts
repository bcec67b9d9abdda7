/**
 * Where a reported clause begins and ends around its attribution: running on
 * after the cue ("X said Y"), read backwards before a trailing attribution
 * ("Y, X said"), or around one in its middle ("Y1, X said, Y2"), and where the
 * writer takes over again (a participle, a new clause with its own source, a
 * closing apposition or relative clause, the setting of the statement).
 */
import type { Context, CueMatch, Sent } from './context.js';
import { COORDINATORS, chainLastToken, clauseStart, endsSentence, isCommaLike, participleAfter, skipDates } from './spans.js';
import { appositive, subjectAfter, subjectBefore, type Source } from './source.js';
import { clauseFollows, isClauseComma, namesSetting, skipSetting } from './content.js';
import { hasClass, isAdverb, isAux, isDeterminer, isSubjectPronoun, looksFinite } from './grammar.js';

/** The end token (exclusive) of the attribution that starts at `k`: source, adverbs and cue, in either order. */
export interface Trailing {
  readonly cue: CueMatch;
  readonly source: Source;
  readonly end: number;
}

/** ", and" with a finite verb after it that is not an auxiliary: a new predicate of the main subject ("…, and reminded the audience …"). */
function coordinatedPredicate(ctx: Context, k: number): boolean {
  const verb = ctx.tokens[k + 2];
  return isCommaLike(ctx, k) && COORDINATORS.has(ctx.tokens[k + 1]?.lower ?? '') && verb?.kind === 'word' && !verb.cap && looksFinite(ctx.g, verb) && !isAux(ctx.g, verb);
}

/** An attribution starting at token `k` and running to `last`: "X said", "said X", "X, a spokesman, said". */
export function attributionAt(ctx: Context, k: number, last: number): Trailing | null {
  const { tokens } = ctx;
  const direct = ctx.cueAt[k];
  if (direct && direct.entry.form !== 'ing' && !direct.entry.frames.has('src')) {
    const source = subjectAfter(ctx, k + direct.length, last);
    if (source) return { cue: direct, source, end: Math.max(source.last, k + direct.length) };
    return null;
  }
  for (let i = k + 1; i < last && i - k <= 16; i++) {
    const t = tokens[i]!;
    if (t.kind === 'open' || t.kind === 'close' || t.text === '.' || t.text === ';') return null;
    const cue = ctx.cueAt[i];
    if (!cue || cue.entry.frames.has('src') || cue.entry.form === 'ing' || cue.entry.form === 'base') continue;
    const source = subjectBefore(ctx, i, k);
    if (source && source.first === k) return { cue, source, end: i + cue.length };
    return null;
  }
  return null;
}

/** The end (exclusive) of a reported clause starting at `start` and running on to the end of the sentence. */
export function forwardEnd(ctx: Context, start: number, sent: Sent, clauseBound: boolean): number {
  const end = clauseEnd(ctx, start, sent, clauseBound);
  return trailingSetting(ctx, start, Math.min(end, unopenedBracket(ctx, start)));
}

/** Words before a day closing a noun-phrase object: "rejected the bid on Thursday". */
const TIME_PREPS = new Set(['on', 'late', 'early']);

/**
 * The end of a noun-phrase object that is the content ("rejected a bid from X on Thursday, saying …",
 * "rejects bid as profit beats forecasts"): it stops before an adverbial clause, and a time closing it
 * belongs to the cue (the time of saying), not to the object. A content holding a verb is left as it is.
 */
export function objectEnd(ctx: Context, start: number, end: number): number {
  const { tokens, g } = ctx;
  let stop = end;
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (t.kind === 'open') k = Math.max(k, chainLastToken(ctx, t.quote));
    else if (looksFinite(g, t) || t.lower === 'that') return end;
    else if (k > start && hasClass(g, t, 'sub') && t.lower !== 'whether' && clauseFollows(ctx, k + 1, Math.min(end, k + 4))) {
      stop = k;
      break;
    }
  }
  let last = stop;
  while (last > start && tokens[last - 1]!.kind === 'punct' && tokens[last - 1]!.text !== ')') last--;
  if (last <= start || ctx.dateOf[last - 1]! < 0) return stop;
  // a day is the time of an act of saying; a year or month may be the object's own ("a similar effort in 2007")
  if (!/^\d{4}-\d{2}-\d{2}/.test(ctx.dates[ctx.dateOf[last - 1]!]!.value)) return stop;
  let first = last;
  while (first > start && ctx.dateOf[first - 1]! >= 0) first--;
  if (first > start && TIME_PREPS.has(tokens[first - 1]!.lower)) first--;
  return first > start ? first : stop;
}

/**
 * A clause ends before a closing bracket it did not open: "(She said the timing was unrelated.)".
 * The closing bracket each token would run into is found once per document, right to left.
 */
function unopenedBracket(ctx: Context, start: number): number {
  ctx.memo.bracketStops ??= unmatchedBrackets(ctx);
  return ctx.memo.bracketStops[start] ?? ctx.tokens.length;
}

/** For each token, the first ")" at or after it that closes a bracket opened before it, or the token count. */
function unmatchedBrackets(ctx: Context): Int32Array {
  const n = ctx.tokens.length;
  // depth[k]: brackets open before token k; the first ")" at or after k taking the depth below depth[k] is k's stop
  const depth = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) depth[k + 1] = depth[k]! + bracketStep(ctx, k);
  const stops = new Int32Array(n);
  const closing = new Map<number, number>();
  for (let k = n - 1; k >= 0; k--) {
    if (ctx.tokens[k]!.text === ')') closing.set(depth[k + 1]!, k);
    stops[k] = closing.get(depth[k]! - 1) ?? n;
  }
  return stops;
}

function bracketStep(ctx: Context, k: number): number {
  const t = ctx.tokens[k]!.text;
  return t === '(' ? 1 : t === ')' ? -1 : 0;
}

/**
 * The end of a reported clause starting at `start`. Tokens where no clause can end, whatever its start,
 * are passed over with `clauseStops`, so many cues in one long sentence do not each rescan it.
 */
function clauseEnd(ctx: Context, start: number, sent: Sent, clauseBound: boolean): number {
  const { tokens } = ctx;
  const next = clauseStops(ctx, sent, clauseBound);
  let end = sent.last;
  for (let k = start; k < end; k++) {
    if (k > start && k >= sent.first && k < sent.last) k = next[k - sent.first]!;
    if (k >= end) break;
    const t = tokens[k]!;
    if (t.kind === 'open') {
      const q = t.quote;
      const close = chainLastToken(ctx, q);
      if (close >= end) end = close + 1;
      k = Math.max(k, close);
      if (participleAfter(ctx, k)) return k + 1;
      // the writer's setting after a quoted fragment: "says he's “excited where we stand” as he faces …"
      if (k > start && tokens[k]!.kind === 'close' && writerClauseAt(ctx, k + 1)) return k + 1;
      if (coordinatedPredicate(ctx, k)) return k + 1;
      // "said “The Hispanics” and swears …": a quoted object, then a new predicate of the main subject
      if (k > start && tokens[k]!.kind === 'close' && newPredicate(ctx, k + 1, false) && !clauseFollows(ctx, start, k)) return k + 1;
      // "declared the need for drive: “Change the world,” she said.": the quotation has its own attribution
      if (isCommaLike(ctx, k) && trailingAttribution(ctx, k + 1, end, sent)) {
        const open = ctx.openTok[q]!;
        return open - 1 > start && tokens[open - 1]!.text === ':' ? open - 1 : k + 1;
      }
      continue;
    }
    const stop = endAt(ctx, k, start, end, sent, clauseBound);
    if (stop >= 0) return stop;
  }
  return end;
}

/**
 * For each token of the sentence, the first token at or after it where a clause running on from
 * earlier may end (a quotation opening, or a writer's boundary `endAt` finds), or the sentence end.
 */
function clauseStops(ctx: Context, sent: Sent, clauseBound: boolean): Int32Array {
  const bySent = ctx.memo.clauseStops;
  const key = sent.index * 2 + (clauseBound ? 1 : 0);
  const cached = bySent.get(key);
  if (cached) return cached;
  const next = new Int32Array(sent.last - sent.first + 1);
  next[sent.last - sent.first] = sent.last;
  for (let k = sent.last - 1; k >= sent.first; k--) {
    const stops = ctx.tokens[k]!.kind === 'open' || endAt(ctx, k, -1, sent.last, sent, clauseBound) >= 0;
    next[k - sent.first] = stops ? k : next[k + 1 - sent.first]!;
  }
  bySent.set(key, next);
  return next;
}

/**
 * Where a reported clause starting at `start` ends when it reaches token `k` (not a quotation opening),
 * or -1 when it runs on. `start` -1 stands for any earlier start: whether the clause may end at `k`.
 */
function endAt(ctx: Context, k: number, start: number, end: number, sent: Sent, clauseBound: boolean): number {
  const { tokens } = ctx;
  const t = tokens[k]!;
  // whether the clause so far has no subject and verb of its own (with an unknown start it may have none)
  const subjectless = (): boolean => start < 0 || !clauseFollows(ctx, start, k);
  // "urged the United States to strike the oil and proposed a safe zone": a second reporting verb of the main subject
  // (a reported clause of its own may coordinate its predicates: "she was tired and wanted …")
  if (k > start && newPredicate(ctx, k, true) && (tokens[start - 1]?.lower === 'to' || subjectless())) return k;
  if (clauseBound && isClauseComma(t)) return k;
  if ((t.text === ',' || t.text === ';') && tokens[k + 1]?.lower === 'however' && tokens[k + 2]?.kind === 'word') return k;
  // a new predicate of the main subject: "…, and reminded the audience …"
  if (coordinatedPredicate(ctx, k)) return t.kind === 'close' ? k + 1 : k;
  if (t.text === ',' && k > start) {
    const next = tokens[k + 1];
    // a non-restrictive relative or apposition closing the sentence is the writer's: "…, which had been broken off since 1959"
    if (next?.lower === 'which' || (next && (next.lower === 'a' || next.lower === 'an') && closingApposition(ctx, k + 1, end))) return k;
    // a new clause with its own source: "…, and Kim Yo Jong hinted on Thursday at …"
    if (next && COORDINATORS.has(next.lower) && ownAttribution(ctx, k + 2, end)) return k;
    // a clause of the writer's after a reported phrase with no subject: "proposed raising taxes, but Congress refused"
    if (next && COORDINATORS.has(next.lower) && tokens[k + 2]?.lower !== 'that' && !looksFinite(ctx.g, tokens[k + 2]) && clauseFollows(ctx, k + 2, end) && subjectless()) return k;
  }
  // the writer goes on about the source: "…, and he railed against …"
  if (t.text === ',' && COORDINATORS.has(tokens[k + 1]?.lower ?? '') && (tokens[k + 2]?.lower === 'he' || tokens[k + 2]?.lower === 'she') && !ctx.cueAt[k + 3]) return k;
  // a closing comment set off by a dash: "… — a controversial proposal he has raised …"
  if ((t.text === '\u2014' || t.text === '--') && k > start && isDeterminer(ctx.g, tokens[k + 1]) && !restHas(ctx, k + 1, end, t.text)) return k;
  // a participial phrase after a comma is not part of the clause: "…, referring to …", "…, adding …"
  if (k > start && participleAfter(ctx, k)) return t.kind === 'close' ? k + 1 : k;
  // a trailing attribution closing the sentence: "…, X said." / "…, according to X."
  if (t.text === ',' && k > start) {
    if (trailingAttribution(ctx, k + 1, end, sent)) return k;
    const acc = ctx.cueAt[k + 1];
    if (acc && acc.entry.frames.has('src')) return k;
  }
  return -1;
}

/**
 * Whether token `i` is "and"/"but" opening a predicate with no subject of its own: "and boycotted …",
 * "and also proposed …" (`cue`: only a reporting verb).
 */
function newPredicate(ctx: Context, i: number, cue: boolean): boolean {
  const { tokens, g } = ctx;
  if (!COORDINATORS.has(tokens[i]?.lower ?? '')) return false;
  const v = isAdverb(g, tokens[i + 1]) ? i + 2 : i + 1;
  const verb = tokens[v];
  if (!verb || verb.kind !== 'word' || verb.cap || isAux(g, verb)) return false;
  if (!cue) return looksFinite(g, verb);
  const match = ctx.cueAt[v];
  return match !== undefined && (match.entry.form === 'past' || match.entry.form === 's');
}

/** Whether an attribution starting at `k` closes the sentence, with only its time, setting or a subordinate clause after it: "…, X said on Tuesday in a statement." */
function trailingAttribution(ctx: Context, k: number, end: number, sent: Sent): boolean {
  const trailing = attributionAt(ctx, k, end);
  if (!trailing) return false;
  const after = skipDates(ctx, trailing.end, end);
  return endsSentence(ctx, after - 1, sent) || endsAttribution(ctx, after, sent);
}

/** Subordinators that after a closing quotation open the writer's clause, not the source's. */
const WRITER_CLAUSE = new Set(['as', 'while', 'when', 'after', 'before']);

/** "as he faces …": a subordinate clause with a pronoun subject ("while volunteering", "before the match" are none). */
function writerClauseAt(ctx: Context, k: number): boolean {
  return WRITER_CLAUSE.has(ctx.tokens[k]?.lower ?? '') && isSubjectPronoun(ctx.g, ctx.tokens[k + 1]);
}

/** A reported clause ends before the setting of its statement: "… during a press conference Tuesday", "… in an interview on Fox". */
function trailingSetting(ctx: Context, start: number, end: number): number {
  let last = end;
  while (last > start && ctx.tokens[last - 1]!.kind === 'punct') last--;
  for (let k = Math.max(start + 2, last - 10); k < last; k++) {
    const t = ctx.tokens[k]!;
    if (!hasClass(ctx.g, t, 'setting') || ctx.dateOf[k + 1]! >= 0 || skipSetting(ctx, k, last) !== last) continue;
    const indefinite = ctx.tokens[k + 1]!.lower === 'a' || ctx.tokens[k + 1]!.lower === 'an';
    if (t.lower === 'during' || ctx.dateOf[last - 1]! >= 0 || (indefinite && namesSetting(ctx, k + 2, last))) return k;
  }
  return end;
}

/** Whether the apposition starting at `k` runs to the end of the sentence or into a ", which" clause. */
function closingApposition(ctx: Context, k: number, end: number): boolean {
  let j = k;
  while (j < end && ctx.tokens[j]!.text !== ',' && ctx.tokens[j]!.kind !== 'open' && ctx.tokens[j]!.text !== '.') j++;
  if (!appositive(ctx, k, j)) return false;
  return j >= end || ctx.tokens[j]!.text === '.' || (ctx.tokens[j]!.text === ',' && ctx.tokens[j + 1]?.lower === 'which');
}

/** Whether a clause starting at `k` has a subject of its own followed by a cue: "Kim Yo Jong hinted …". */
function ownAttribution(ctx: Context, k: number, end: number): boolean {
  for (let i = k + 1; i < end && i - k <= 8; i++) {
    if (!ctx.cueAt[i]) continue;
    const s = subjectBefore(ctx, i, k);
    return s !== null && s.first === k && !isSubjectPronoun(ctx.g, ctx.tokens[k]);
  }
  return false;
}

function restHas(ctx: Context, from: number, end: number, text: string): boolean {
  for (let k = from; k < end; k++) if (ctx.tokens[k]!.text === text) return true;
  return false;
}

/** The reported clause before a trailing attribution whose source or cue starts at token `at`: "Y, X said" / "Y, said X". */
export function backwardSpan(ctx: Context, at: number, sent: Sent): [number, number] | null {
  const { tokens } = ctx;
  let end = at;
  while (end > sent.first && (tokens[end - 1]!.text === ',' || tokens[end - 1]!.text === '\u2014' || tokens[end - 1]!.text === '--')) end--;
  if (end === at) {
    const prev = tokens[at - 1];
    if (!prev || prev.kind !== 'close') return null;
  }
  let start = clauseStart(ctx, sent);
  if (end <= start) return null;
  // "Rhimes declared the need for drive: “Change the world,” she said.": the quotation the colon introduced
  const close = tokens[end - 1]!;
  if (close.kind === 'close') {
    const open = ctx.openTok[close.quote]!;
    if (open > start && (tokens[open - 1]!.text === ':' || tokens[open - 1]!.text === '\u2014')) start = open;
  }
  if (end <= start) return null;
  return [start, end];
}

/** Whether the words from `first` to `last` are a main clause, not an introductory phrase ("Responding to …", "While …", "In …"). */
export function mainClause(ctx: Context, first: number, last: number): boolean {
  const lead = ctx.tokens[first]!;
  if (lead.kind === 'word' && (hasClass(ctx.g, lead, 'sub') || hasClass(ctx.g, lead, 'prep') || /(ing|ed)$/.test(lead.lower))) return false;
  return readsAsClause(ctx, first, last);
}

/** Whether a reported clause read backwards is a quotation or a clause, not an introductory phrase ("In a press release, X said"). */
function readsAsClause(ctx: Context, first: number, last: number): boolean {
  if (ctx.tokens[first]!.kind === 'open' || clauseFollows(ctx, first, last)) return true;
  // a clause after its own introductory phrase: "In fact, neither plan would …, analysts say."
  if (!hasClass(ctx.g, ctx.tokens[first], 'prep')) return false;
  // "In the three years since the Sandy Hook shootings, …", "Despite a series of costly defeats on Tuesday night, …"
  for (let k = first + 1; k < last && k - first <= 16; k++) {
    const t = ctx.tokens[k]!;
    if (t.text === ',') return k + 1 < last && clauseFollows(ctx, k + 1, last);
    if (t.kind === 'punct' || t.kind === 'open' || t.kind === 'close') return false;
  }
  return false;
}

/** After a trailing attribution in mid-sentence ("Y1, advisers say, Y2"): the end of Y2 when it carries the clause on. */
export function middleContinuation(ctx: Context, after: number, sent: Sent): number {
  const { tokens, g } = ctx;
  let k = skipDates(ctx, after, sent.last);
  if (tokens[k]?.text !== ',') return -1;
  k++;
  const t = tokens[k];
  if (!t || k >= sent.last) return -1;
  if (t.kind === 'open') return forwardEnd(ctx, k, sent, false);
  if (t.kind !== 'word' || t.cap) return -1;
  // the clause goes on with a second predicate or clause: "He had no known affiliations, the airline added, and had passed all checks"
  if (COORDINATORS.has(t.lower)) {
    const v = tokens[k + 1];
    const goesOn = v !== undefined && v.kind === 'word' && !v.cap && !ctx.cueAt[k + 1] && (looksFinite(g, v) || isAux(g, v) || isSubjectPronoun(g, v));
    return goesOn ? forwardEnd(ctx, k, sent, false) : -1;
  }
  if (t.lower === 'including') return forwardEnd(ctx, k, sent, false);
  if (ctx.cueAt[k] || hasClass(g, t, 'sub') || hasClass(g, t, 'rel') || hasClass(g, t, 'conj') || t.lower.endsWith('ing')) return -1;
  // an apposition of the source is no continuation: "…, said Masao Okonogi, a North Korea expert at …"
  let segEnd = k;
  while (segEnd < sent.last && ctx.tokens[segEnd]!.text !== ',' && ctx.tokens[segEnd]!.kind !== 'punct') segEnd++;
  if (isDeterminer(g, t) && appositive(ctx, k, segEnd)) return -1;
  if (hasClass(g, t, 'prep') && (skipSetting(ctx, k, sent.last) > k || t.lower === 'after' || t.lower === 'before' || t.lower === 'during' || t.lower === 'amid')) return -1;
  return forwardEnd(ctx, k, sent, false);
}

/**
 * The reported clause around an attribution in its middle or at its end: "Y, X said." / "Y1, X said, Y2."
 * `at` is where the attribution starts, `after` where it ends. With nothing but a connector before it, the
 * clause is what follows ("Instead, Trump told CNN, his policy would …").
 */
export function clauseAround(ctx: Context, at: number, after: number, sent: Sent): [number, number] | null {
  const span = backwardSpan(ctx, at, sent);
  const mid = middleContinuation(ctx, after, sent);
  if (span) {
    const last = mid > 0 ? mid : span[1];
    if (readsAsClause(ctx, span[0], last)) return [span[0], last];
  }
  if (mid > 0 && (!span || span[1] - span[0] <= 1)) {
    let start = skipDates(ctx, after, sent.last);
    if (ctx.tokens[start]?.text === ',') start++;
    if (!COORDINATORS.has(ctx.tokens[start]?.lower ?? '') && readsAsClause(ctx, start, mid)) return [start, mid];
  }
  return null;
}

/** Whether what follows a trailing attribution is only its setting or a new clause set off by a comma. */
export function endsAttribution(ctx: Context, k: number, sent: Sent): boolean {
  const t = ctx.tokens[k];
  if (!t || k >= sent.last) return true;
  if (t.kind === 'punct' || hasClass(ctx.g, t, 'sub')) return true;
  if (!hasClass(ctx.g, t, 'prep')) return false;
  const past = skipSetting(ctx, k, sent.last);
  return past > k && (past >= sent.last || ctx.tokens[past]!.kind === 'punct');
}

/** Whether the cue's clause is an introductory subordinate one ("When X said Y, …", "After X said Y, …"). */
export function introducedBySubordinate(ctx: Context, sent: Sent, source: Source | null, cue: number): boolean {
  const start = clauseStart(ctx, sent);
  const subjectStart = source ? source.first : cue;
  // the subordinator may follow a measure of time or a focusing adverb: "A few weeks after …", "Even as …", "Now that …"
  for (let k = start; k < cue && k - start <= 3; k++) {
    const t = ctx.tokens[k]!;
    const opens = hasClass(ctx.g, t, 'sub') || t.lower === 'after' || t.lower === 'before' || (t.lower === 'that' && ctx.tokens[k - 1]?.lower === 'now');
    // (a source read from the sentence start may hold the subordinator: "Two weeks after Ana Lopez")
    if (opens) return subjectStart > k ? subjectStart - k <= 2 || plainRun(ctx, k + 1, subjectStart) : plainRun(ctx, k + 1, cue);
    if (t.kind !== 'word' && t.kind !== 'number') return false;
  }
  return false;
}

/** Whether the tokens from `from` to `to` are a short run of words (a subject phrase) with no punctuation. */
function plainRun(ctx: Context, from: number, to: number): boolean {
  if (to - from > 8) return false;
  for (let k = from; k < to; k++) if (ctx.tokens[k]!.kind !== 'word' && ctx.tokens[k]!.kind !== 'possessive') return false;
  return true;
}

