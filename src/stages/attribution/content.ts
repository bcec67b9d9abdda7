/**
 * Where the reported clause begins and ends around a cue: past the time and
 * setting of the statement ("said Tuesday in a statement"), the addressee
 * ("told reporters") and a leading "that"; whether what follows is a clause
 * the frame allows (a that-clause, a to-infinitive, a quotation, a noun phrase
 * only for cues like "ruled out"); and where it stops.
 */
import { loadLexicon } from '../../lexicons/load.js';
import type { Context, CueMatch, Sent } from './context.js';
import { hasClass, isAdverb, isAux, isDeterminer, isSubjectPronoun, looksFinite, pluralPresent } from './grammar.js';
import type { Token } from '../../core/layers.js';
import { LEADING_CONNECTORS, chainLastToken, endsSentence } from './spans.js';

let settings: ReadonlySet<string> | undefined;
function settingNouns(): ReadonlySet<string> {
  settings ??= new Set(loadLexicon('setting-nouns').map((w) => w.toLowerCase()));
  return settings;
}

const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'recently', 'earlier', 'later', 'previously', 'again', 'repeatedly', 'publicly', 'privately', 'instead', 'further', 'then', 'once', 'twice']);
/** Addressees a telling verb takes before the reported clause. */
const ADDRESSEE_NOUNS = new Set(['reporters', 'journalists', 'lawmakers', 'supporters', 'voters', 'students', 'listeners', 'viewers', 'members', 'delegates', 'officials', 'parliament', 'congress', 'audience', 'crowd', 'press', 'interviewer', 'paper', 'newspaper', 'broadcaster', 'network', 'station', 'agency', 'outlet', 'magazine', 'committee', 'senators', 'leaders', 'people', 'americans', 'employees', 'staff', 'colleagues', 'followers', 'host']);

function isDateToken(ctx: Context, i: number): boolean {
  return ctx.dateOf[i]! >= 0;
}

/** A hyphenated date before the noun it modifies is part of the clause: "said third-quarter revenue rose". */
function modifiesNoun(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k]!;
  const next = ctx.tokens[k + 1];
  return t.text.includes('-') && !isDateToken(ctx, k + 1) && next?.kind === 'word' && !next.cap && !ctx.g.classes.has(next.lower);
}

/** Whether a setting noun ("interview", "rally", "Twitter") stands among the tokens from `from` to `last`. */
export function namesSetting(ctx: Context, from: number, last: number): boolean {
  const nouns = settingNouns();
  for (let k = from; k < last; k++) if (nouns.has(ctx.tokens[k]!.lower)) return true;
  return false;
}

/** Past a phrase of the statement's setting starting at `i` ("in a statement", "at a news conference in Tokyo"); returns `i` when there is none. */
export function skipSetting(ctx: Context, i: number, last: number): number {
  const { tokens, g } = ctx;
  const prep = tokens[i];
  if (!prep || !hasClass(g, prep, 'adjunct')) return i;
  if (isDateToken(ctx, i + 1)) {
    let k = i + 1;
    while (k < last && isDateToken(ctx, k)) k++;
    return k;
  }
  const nouns = settingNouns();
  // a place: "in Tel Aviv", "at the White House", before a comma, a quotation or "that"
  if (prep.lower === 'in' || prep.lower === 'at') {
    let j = i + 1;
    if (tokens[j]?.lower === 'the') j++;
    const run = j;
    while (j < last && (tokens[j]!.cap || tokens[j]!.kind === 'possessive')) j++;
    const after = tokens[j];
    if (j > run && (!after || j >= last || after.text === ',' || after.kind === 'open' || after.lower === 'that' || after.text === ':')) return j;
  }
  let k = i + 1;
  let found = -1;
  while (k < last && k - i <= 7) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && t.kind !== 'possessive' && t.kind !== 'number' && t.text !== '-') break;
    if (t.lower === 'that' || isSubjectPronoun(g, t) || isAux(g, t)) break;
    const pair = `${t.lower} ${tokens[k + 1]?.lower ?? ''}`;
    if (nouns.has(pair)) {
      found = k + 1;
      k += 2;
      continue;
    }
    if (nouns.has(t.lower)) found = k;
    else if (found >= 0 && !t.cap) break;
    k++;
  }
  if (found < 0) return i;
  k = found + 1;
  // "to his 20,000 Twitter followers", "at a news conference room"
  for (let extra = 0; extra < 2 && k < last; extra++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.cap || g.classes.has(t.lower) || g.verbs.has(t.lower) || !(t.lower.endsWith('s') || g.nouns.has(t.lower))) break;
    k++;
  }
  // "in an interview with The Associated Press", "at a news conference in Tokyo", "on Tuesday"
  while (k < last) {
    const t = tokens[k]!;
    if (isDateToken(ctx, k)) {
      k++;
      continue;
    }
    if (hasClass(g, t, 'prep') && t.lower !== 'that' && (tokens[k + 1]?.cap || isDateToken(ctx, k + 1) || isDeterminer(g, tokens[k + 1]))) {
      let j = k + 1;
      if (isDeterminer(g, tokens[j])) j++;
      const capRun = j;
      while (j < last && (tokens[j]!.cap || tokens[j]!.kind === 'possessive' || isDateToken(ctx, j))) j++;
      if (j === capRun && j < last && tokens[j]!.kind === 'word' && !isAux(g, tokens[j]) && nouns.has(tokens[j]!.lower)) j++;
      if (j === capRun) break;
      k = j;
      continue;
    }
    break;
  }
  return k;
}

/** "after taking office last September", "when asked on Monday": a gerund or participle clause ending with a date. Returns the token after the date, or `i`. */
function skipTimeClause(ctx: Context, i: number, last: number): number {
  const { tokens } = ctx;
  const lead = tokens[i];
  if (!lead || !(lead.lower === 'after' || lead.lower === 'before' || lead.lower === 'when' || lead.lower === 'while' || lead.lower === 'since')) return i;
  const verb = tokens[i + 1];
  if (!verb || verb.kind !== 'word' || !(verb.lower.endsWith('ing') || verb.lower.endsWith('ed'))) return i;
  for (let k = i + 2; k < last && k - i <= 10; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && t.kind !== 'possessive' && t.kind !== 'number') return i;
    if (isDateToken(ctx, k)) {
      while (k < last && isDateToken(ctx, k)) k++;
      return k;
    }
  }
  return i;
}

/** An addressee after a telling verb: a pronoun, a name, "reporters", "the newspaper", "The Post and Courier newspaper of Charleston". Returns the token after it, or `i`. */
export function skipAddressee(ctx: Context, i: number, last: number): number {
  const { tokens, g } = ctx;
  const t = tokens[i];
  if (!t || t.kind !== 'word') return i;
  if (hasClass(g, t, 'obj') || t.lower === 'her' || t.lower === 'it') return i + 1;
  const capRun = (from: number): number => {
    let k = from;
    while (k < last && (tokens[k]!.cap || tokens[k]!.kind === 'possessive' || ((tokens[k]!.lower === 'of' || tokens[k]!.lower === 'and') && tokens[k + 1]?.cap && k > from))) k++;
    return k;
  };
  let k = isDeterminer(g, t) ? i + 1 : i;
  const named = capRun(k);
  let found = named > k;
  k = named;
  for (let lower = 0; k < last && lower < 3 && tokens[k]!.kind === 'word' && !tokens[k]!.cap; lower++) {
    const w = tokens[k]!;
    // a possessor before the head: "the club's website", "the paper's editors"
    if (tokens[k + 1]?.kind === 'possessive' && !isAux(g, w) && !hasClass(g, w, 'prep')) {
      k += 2;
      const head = tokens[k + 1];
      if (tokens[k]?.kind === 'word' && (head?.text === ':' || head?.kind === 'open' || head?.lower === 'that')) {
        found = true;
        k++;
        break;
      }
      continue;
    }
    if (ADDRESSEE_NOUNS.has(w.lower) || g.nouns.has(w.lower)) {
      found = true;
      k++;
      break;
    }
    if (found || isAux(g, w) || hasClass(g, w, 'prep') || w.lower === 'that') break;
    k++;
  }
  if (!found) return i;
  if ((tokens[k]?.lower === 'of' || tokens[k]?.lower === 'in') && tokens[k + 1]?.cap && ctx.dateOf[k + 1]! < 0) k = capRun(k + 1);
  // a name after its title: "told SiriusXM host Matt Boyle, “…”"
  else if (k > named && tokens[k]?.cap && ctx.dateOf[k]! < 0) {
    const name = capRun(k);
    const after = tokens[name];
    if (name - k <= 3 && (!after || after.text === ',' || after.text === ':' || after.kind === 'open' || after.lower === 'that')) k = name;
  }
  return k;
}

/** The token where the reported clause after a cue begins, or null when nothing the frame allows follows. */
export function openingAfter(ctx: Context, cue: CueMatch, sent: Sent, headline: boolean): number | null {
  const { tokens, g } = ctx;
  const frames = cue.entry.frames;
  const last = sent.last;
  let k = cue.at + cue.length;
  let addressee = -1;
  // the topic of "declined to comment on …"
  const topic = tokens[k];
  if (frames.has('np') && !frames.has('that') && (topic?.lower === 'on' || topic?.lower === 'about') && k + 1 < last) return k + 1;
  const ahead = thatAhead(ctx, k, last, frames.has('obj'));
  if (ahead > 0 && (frames.has('that') || frames.has('manner'))) {
    return ahead < last ? ahead : null;
  }
  for (let guard = 0; guard < 8 && k < last; guard++) {
    const t = tokens[k]!;
    if ((isDateToken(ctx, k) && !modifiesNoun(ctx, k)) || TIME_WORDS.has(t.lower) || (isAdverb(g, t) && t.lower !== 'not')) {
      k++;
      continue;
    }
    const past = skipSetting(ctx, k, last);
    if (past > k) {
      k = past;
      continue;
    }
    // the time of saying as a clause: "said after taking office last September he would …"
    const when = skipTimeClause(ctx, k, last);
    if (when > k) {
      k = when;
      continue;
    }
    if (frames.has('obj') && addressee < 0 && t.kind === 'word' && t.lower !== 'that' && !hasClass(g, t, 'prep')) {
      let after = skipAddressee(ctx, k, last);
      if (after > k) {
        // "told the mayors who gathered in Indianapolis, “…”"
        if (hasClass(g, tokens[after], 'rel')) {
          let j = after;
          while (j < last && tokens[j]!.text !== ',' && tokens[j]!.kind !== 'open' && j - after < 15) j++;
          if (tokens[j]?.text === ',' && tokens[j + 1]?.kind === 'open') after = j;
        }
        addressee = k;
        k = after;
        continue;
      }
    }
    // "said, however, that …": an adverb set off by commas
    if (t.text === ',' && tokens[k + 2]?.text === ',' && (isAdverb(g, tokens[k + 1]) || TIME_WORDS.has(tokens[k + 1]!.lower) || LEADING_CONNECTORS.has(tokens[k + 1]!.lower))) {
      k += 3;
      continue;
    }
    if (t.text === ',' && tokens[k + 1] && (isDateToken(ctx, k + 1) || (hasClass(g, tokens[k + 1], 'adjunct') && skipSetting(ctx, k + 1, last) > k + 1))) {
      k++;
      continue;
    }
    break;
  }
  if (k >= last) return null;
  let t = tokens[k]!;
  // "said, “…”" and "said: …" introduce what follows; "Y1, X said, Y2" is a clause around the attribution
  if (t.text === ':' || ((t.text === ',' || t.text === '\u2014' || t.text === '--') && tokens[k + 1]?.kind === 'open')) {
    k++;
    if (k >= last) return null;
    t = tokens[k]!;
  }
  if (t.lower !== 'that' && t.lower !== 'to' && t.kind !== 'open' && (frames.has('that') || frames.has('obj'))) {
    const quote = quoteAhead(ctx, k, sent);
    if (quote > 0) return quote;
  }
  if (t.lower === 'that' && (frames.has('that') || frames.has('manner'))) return k + 1 < last ? k + 1 : null;
  if (t.kind === 'open') return frames.has('src') ? null : k;
  if (t.lower === 'whether' || (t.lower === 'if' && frames.has('ask'))) return null;
  if (t.lower === 'to' && frames.has('inf') && k + 1 < last) return addressee >= 0 ? addressee : k + 1;
  if (hasClass(g, t, 'wh') || t.lower === 'who' || t.lower === 'when') return frames.has('wh') ? k : null;
  if (frames.has('as') && asFollows(ctx, k, last)) return k;
  if (frames.has('np') && t.kind === 'word' && t.lower !== 'to' && !hasClass(g, t, 'prep')) return k;
  // "called the statement “outlandish”", not a name given with its article: "a group called the “We The People Foundation”"
  if (frames.has('named') && t.kind === 'word' && !hasClass(g, t, 'prep') && !(hasClass(g, t, 'det') && tokens[k + 1]?.kind === 'open') && quoteWithin(ctx, k + 1, last, 8)) return k;
  if (frames.has('that') && (headline || clauseFollows(ctx, k, last) || frontedClause(ctx, k, last))) return k;
  return null;
}

/**
 * "said on Twitter, in reference to her first child, “…”", "emailed supporters saying: “…”": a quotation
 * closing the sentence after a comma or colon, with only the setting of the statement between it and the
 * cue (no "that", no cue of its own but a participle). Returns its opening token, or -1.
 */
function quoteAhead(ctx: Context, k: number, sent: Sent): number {
  const { tokens, g } = ctx;
  const first = tokens[k]!;
  // an object or topic of the cue's own ("listed a few facts: “…”", "said of politicians, “…”") or a fronted clause
  if (isDeterminer(g, first) || first.kind === 'possessive' || first.lower === 'of' || first.lower === 'about' || clauseFollows(ctx, k, sent.last) || frontedClause(ctx, k, sent.last)) return -1;
  for (let j = k; j < sent.last && j - k <= 20; j++) {
    const t = tokens[j]!;
    if (t.kind === 'open' || t.kind === 'close' || t.lower === 'that' || t.text === ';' || t.text === '.' || ctx.cueAt[j]) return -1;
    if ((t.text === ',' || t.text === ':') && tokens[j + 1]?.kind === 'open') {
      const q = tokens[j + 1]!.quote;
      return ctx.quotes[q]!.kind === 'speech' && endsSentence(ctx, chainLastToken(ctx, q), sent) ? j + 1 : -1;
    }
  }
  return -1;
}

/** Subordinators that do not open a fronted adverbial of a reported clause. */
const NOT_FRONTING = new Set(['so', 'as', 'whether', 'since', 'until']);

/**
 * A reported clause opening with an adverbial set off by a comma: "says despite being an alumna, she
 * plans …", "says no matter what Obama does, “his word …”", "said if elected, he would …".
 */
function frontedClause(ctx: Context, k: number, last: number): boolean {
  const { tokens, g } = ctx;
  const t = tokens[k]!;
  const opens = (hasClass(g, t, 'sub') && !NOT_FRONTING.has(t.lower)) || hasClass(g, t, 'front') || (t.lower === 'no' && tokens[k + 1]?.lower === 'matter');
  if (!opens) return false;
  for (let i = k + 1; i < last && i - k <= 20; i++) {
    const w = tokens[i]!;
    if (w.text === ',') return i + 1 < last && clauseFollows(ctx, i + 1, last);
    if (w.kind === 'punct' || w.kind === 'close') return false;
  }
  return false;
}

/**
 * "said during this week's GOP debate that …", "told The Post on Saturday that …": a "that" a few
 * words after the cue with only the setting, time or addressee between (`addressee`: the cue takes one).
 * Returns the token after it, or -1.
 */
function thatAhead(ctx: Context, from: number, last: number, addressee: boolean): number {
  const { tokens, g } = ctx;
  const first = tokens[from];
  if (!first) return -1;
  // "reiterated the government's stance Tuesday that …": a statement noun before "that"; a telling verb's
  // addressee is no statement: "told a TV interviewer that …", "told members of the council that …"
  const statement = !addressee && ((isDeterminer(g, first) && !first.cap) || first.kind === 'possessive');
  const noun = addressee && first.kind === 'word' && !g.classes.has(first.lower) && !g.verbs.has(first.lower);
  if (!statement && !noun && !(hasClass(g, first, 'prep') || isDeterminer(g, first) && addressee || isDateToken(ctx, from) || isAdverb(g, first) || first.cap || hasClass(g, first, 'obj') || first.lower === 'her' || TIME_WORDS.has(first.lower))) return -1;
  let named = false;
  for (let k = from; k < last && k - from <= 25; k++) {
    const t = tokens[k]!;
    if (t.lower === 'that') return k > from && !isDeterminer(g, tokens[k - 1]) && (!statement || named) ? k + 1 : -1;
    if (g.statements.has(t.lower)) named = true;
    if (t.text === ',' && !statement) continue;
    if (t.kind === 'open' || t.kind === 'close' || t.kind === 'punct') return -1;
    if (isDateToken(ctx, k)) continue;
    // an -ed word after a determiner is an adjective: "in an unprecedented 2002 summit"
    if (t.kind === 'word' && !t.cap && (isAux(g, t) || hasClass(g, t, 'subj') || hasClass(g, t, 'rel') || hasClass(g, t, 'sub') || ((g.verbs.has(t.lower) || t.lower.endsWith('ed')) && !g.nouns.has(t.lower) && !settingNouns().has(t.lower) && !isDeterminer(g, tokens[k - 1])))) return -1;
  }
  return -1;
}

/** Whether a quotation opens within `span` tokens after `k`. */
function quoteWithin(ctx: Context, k: number, last: number, span: number): boolean {
  for (let i = k; i < last && i - k < span; i++) if (ctx.tokens[i]!.kind === 'open') return true;
  return false;
}

function asFollows(ctx: Context, k: number, last: number): boolean {
  for (let i = k; i < last && i - k < 15; i++) if (ctx.tokens[i]!.lower === 'as') return i > k;
  return false;
}

/** Words that after a cue stand for the statement itself, not a clause: "said so", "said nothing". */
const NON_CLAUSE = new Set(['so', 'nothing', 'something', 'anything', 'this', 'it', 'that', 'much', 'little', 'otherwise', 'yes', 'no', 'goodbye', 'hello', 'thanks', 'more', 'less', 'the']);
/** Answers that are no clause, whatever follows: "72 percent said yes while …". */
const ANSWERS = new Set(['yes', 'no', 'nothing', 'so']);

/** A word with a verb contracted onto it: "he's", "they'll", "didn't". */
const CONTRACTION = /'(s|ll|re|ve|d|m|t)$/;

/** Whether the words from `k` read as a clause: a subject and a finite verb soon after it. */
export function clauseFollows(ctx: Context, k: number, last: number): boolean {
  const { tokens, g } = ctx;
  const first = tokens[k];
  if (!first || k >= last) return false;
  if (first.kind !== 'word' && first.kind !== 'number' && first.kind !== 'open') return false;
  if (NON_CLAUSE.has(first.lower) && (k + 1 >= last || tokens[k + 1]!.kind === 'punct')) return false;
  if (ANSWERS.has(first.lower) && tokens[k + 1]?.lower !== 'one') return false;
  // "about 270 people have …", "about half of …": a preposition before a number or share is an approximation
  if (hasClass(g, first, 'prep') && first.lower !== 'after' && tokens[k + 1]?.kind !== 'number' && !hasClass(g, tokens[k + 1], 'share') && !(first.lower === 'at' && (tokens[k + 1]?.lower === 'least' || tokens[k + 1]?.lower === 'most'))) return false;
  if (isSubjectPronoun(g, first) || CONTRACTION.test(first.lower)) return true;
  for (let i = k + 1; i < last && i - k < 25; i++) {
    const t = tokens[i]!;
    if (t.kind === 'open') continue;
    // a verb past "… days after …" belongs to an adverbial clause: "the offer at the assembly days after his government announced …"
    if (hasClass(g, t, 'link') && tokens[i - 1]!.kind === 'word') return false;
    if ((looksFinite(g, t) || CONTRACTION.test(t.lower)) && !isDeterminer(g, tokens[i - 1])) return true;
    if (t.kind === 'word' && !t.cap && ctx.g.verbs.has(t.lower) && !isDeterminer(g, tokens[i - 1]) && tokens[i - 1]!.kind !== 'possessive') return true;
    if (presentAfterSubject(ctx, i) || pluralPresent(g, tokens[i - 1], t)) return true;
  }
  return false;
}

/** A lower-case -s word right after a word that can end a subject: "this provides", "the plan calls". */
function presentAfterSubject(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i]!;
  const prev = ctx.tokens[i - 1];
  if (t.kind !== 'word' || t.cap || !prev || prev.kind !== 'word' || t.lower.length < 4) return false;
  if (!/[^su]s$/.test(t.lower) || ctx.g.nouns.has(t.lower) || ctx.g.classes.has(t.lower)) return false;
  // a measure of time: "days after …", "weeks before …"
  if (hasClass(ctx.g, ctx.tokens[i + 1], 'link')) return false;
  const cls = ctx.g.classes.get(prev.lower);
  return !cls || cls.has('subj') || (cls.has('det') && (prev.lower === 'this' || prev.lower === 'that'));
}

/** Whether token `t` ends a clause when a subordinate or relative clause holds the cue. */
export function isClauseComma(t: Token): boolean {
  return t.text === ',' || t.text === ';' || t.text === '\u2014' || t.text === '--';
}
