/**
 * Which target a claim is about: the target whose terms (in any inflection)
 * occur in the text most often, outside phrases where they mean something
 * else ("once conditions are met") or name another thing of the kind
 * ("similar laws"). A term that the description uses only for an argument of
 * the target ("vapes" in "the ban on flavoured vapes") is not
 * enough alone: "sales of vapes fell" is not about the target, so such a hit
 * is weak. Where a target's description names two or
 * more countries ("talks between the leaders of Japan and North Korea"), a term occurrence
 * with another country as a participant ("a summit with the United States", "talks between
 * Kim and U.S. President Joe Biden") is about something else and does not count; a
 * country named as a place ("talks in Washington", "in France") does.
 *
 * Failing a term, the description itself signals the target weakly:
 * - where it names countries (its parties): every party is named in the
 *   content or is the speaker's, and one of the description's common words
 *   is there as a head noun ("speak with the North Korean leader", not "the
 *   leader's sister"), or, where one of those
 *   words is a title ("leaders"), a person the article introduces with a
 *   party's title ("inviting Kishida to Pyongyang");
 * - otherwise: one of its common words next to one of its names.
 * The caller accepts a weak hit only when the claim takes a position.
 */
import type { Target } from '../../schema/result.js';
import type { StanceGrammar, StanceLexicons } from './lexicon.js';
import { compileFinding, type Finding } from './finding.js';
import { PhraseMatcher } from './phrases.js';
import { ingForms } from '../../text/inflect.js';
import type { Mention } from './places.js';
import { tokenize, type Token } from './tokens.js';

export interface CompiledTarget {
  readonly target: Target;
  /** The terms; true for a term that names only an argument of the target (see `argumentTerms`). */
  readonly terms: PhraseMatcher<boolean>;
  /** Countries the description names; empty when it names none. */
  readonly parties: ReadonlySet<string>;
  /** The description's common content words ("leaders"), the terms left out. */
  readonly words: PhraseMatcher<true>;
  /** Whether one of those words is a title ("leaders", "president"). */
  readonly titled: boolean;
  /** The description's names that are not countries ("Activision", "Supreme Court"). */
  readonly names: PhraseMatcher<true>;
  /** The finding the target states ("That X lowers Y"), else null. */
  readonly finding: Finding | null;
}

interface TargetHit {
  readonly target: Target;
  /** Token ranges of the accepted term occurrences (empty for a weak hit). */
  readonly spans: readonly { readonly from: number; readonly to: number }[];
  /** Found through the description, not a term. */
  readonly weak: boolean;
}

/** Term words the description uses as verbs: in an -ing form ("meet" in "a meeting") or after "to". */
function verbsOf(terms: readonly string[], description: readonly Token[]): Set<string> {
  const words = new Set(description.map((t) => t.lower));
  const infinitives = new Set(description.filter((_, i) => description[i - 1]?.lower === 'to').map((t) => t.lower));
  const verbs = new Set<string>();
  for (const w of terms.flatMap((t) => tokenize(t).map((x) => x.lower))) if (infinitives.has(w) || ingForms(w).some((f) => words.has(f))) verbs.add(w);
  return verbs;
}

/** Where a description's naming part ends and its gloss begins ("...: meeting it, keeping it or dropping it"). */
const GLOSS = new Set([':', ';', '—', '–', '(']);

/**
 * The terms that name only an argument of the target, not the target itself:
 * in the description's naming part (before a colon), the head is the first
 * term occurrence, moved to the last of a run of adjacent ones ("the league
 * title" -> title), with the terms coordinated with it ("a meeting or talks")
 * and one right after it ("a law capping fees" -> capping); a term found
 * there only elsewhere ("the ban on flavoured vapes" -> vapes) names an
 * argument, unless written as a name ("the Brexit
 * withdrawal agreement"). A term absent from the description is a synonym
 * of the head ("bid" for "takeover").
 */
function argumentTerms(terms: readonly string[], description: readonly Token[], formsOf: (word: string) => readonly string[], grammar: StanceGrammar): Set<string> {
  // Tokens that may stand between the head and a term joined to it ("a meeting or talks", "the league title"): a comma or a `head-link` word.
  const link = (t: Token) => t.lower === ',' || grammar['head-link'].has(t.lower);
  const end = description.findIndex((t) => GLOSS.has(t.lower));
  const naming = end < 0 ? description : description.slice(0, end);
  const found = terms.map((phrase) => new PhraseMatcher([{ phrase, value: true, inflect: 'all' }], formsOf).matches(naming));
  const all = found.flat().sort((a, b) => a.from - b.from);
  const first = all[0];
  if (!first) return new Set();
  let head = first;
  for (let next = all.find((m) => m.from === head.to); next; next = all.find((m) => m.from === head.to)) head = next;
  const heads = new Set([head.from]);
  let at = head.to;
  for (const m of all.filter((x) => x.from >= head.to)) {
    if (m.from !== at && !naming.slice(at, m.from).every(link)) break;
    heads.add(m.from);
    at = m.to;
  }
  const named = (m: { from: number }) => m.from > 0 && naming[m.from]?.cap === true;
  return new Set(terms.filter((_, i) => (found[i] ?? []).length > 0 && !(found[i] ?? []).some((m) => heads.has(m.from) || named(m))));
}

export function compileTarget(target: Target, lex: StanceLexicons): CompiledTarget {
  const description = tokenize(target.description);
  const verbs = verbsOf(target.terms, description);
  const formsOf = (word: string) => lex.termFormsOf(word, verbs.has(word));
  const argumentsOnly = argumentTerms(target.terms, description, formsOf, lex.grammar);
  const terms = new PhraseMatcher(
    target.terms.map((phrase) => ({ phrase, value: argumentsOnly.has(phrase), inflect: 'all' as const })),
    formsOf,
  );
  const places = lex.places.matches(description);
  const inPlace = (i: number) => places.some((m) => i >= m.from && i < m.to);
  const termWords = new Set(target.terms.flatMap((t) => tokenize(t).flatMap((w) => lex.formsOf(w.lower))));
  const common = description.filter((t) => t.kind === 'word' && !t.cap && t.lower.length >= 4 && !lex.functionWords.has(t.lower) && !termWords.has(t.lower));
  const names: string[] = [];
  description.forEach((t, i) => {
    if (i === 0 || !t.cap || inPlace(i)) return;
    const prev = description[i - 1];
    if (prev?.cap && i - 1 > 0 && !inPlace(i - 1) && names.length > 0) names[names.length - 1] += ` ${t.lower}`;
    else names.push(t.lower);
  });
  return {
    target,
    terms,
    parties: new Set(places.map((m) => m.value)),
    words: new PhraseMatcher(common.map((t) => ({ phrase: t.lower, value: true as const, inflect: 'all' as const })), lex.formsOf),
    titled: common.some((t) => lex.titleWords.has(t.lower) || lex.titleWords.has(t.lower.replace(/s$/, ''))),
    names: new PhraseMatcher(names.map((n) => ({ phrase: n.replace(/^./, (c) => c.toUpperCase()), value: true as const, inflect: 'none' as const })), lex.formsOf),
    finding: compileFinding(description, target.terms, formsOf, lex),
  };
}

const SEPARATORS = new Set([';', '.', '!', '?']);

/** Whether the mention at token i names a person: one the article ties to a country, or a country before a title ("U.S. President Donald Trump"). */
function personal(tokens: readonly Token[], mentions: readonly Mention[], i: number, titles: ReadonlySet<string>): boolean {
  if (mentions[i]?.person) return true;
  let after = i + 1;
  while (after < tokens.length && mentions[after]?.country === mentions[i]?.country && !mentions[after]?.person) after++;
  return titles.has(tokens[after]?.lower ?? '');
}

/** Whether the mention at token i follows a place preposition ("in the United States"). */
function located(tokens: readonly Token[], mentions: readonly Mention[], i: number, lex: StanceLexicons): boolean {
  let j = i - 1;
  while (j >= 0 && (mentions[j]?.country === mentions[i]?.country || lex.articles.has(tokens[j]?.lower ?? ''))) j--;
  return lex.grammar['place-preposition'].has(tokens[j]?.lower ?? '');
}

/**
 * Whether a participant of the meeting or deal at tokens[from, to) is a
 * country outside `parties`. Only a participant position counts: after the
 * term, a country following "with" or "between" (and the countries joined to
 * it by "and"), until a place preposition ("talks with the EU in
 * Washington" counts only the EU), or a person ("support from U.S.
 * President Donald Trump"); before it, a country up to an auxiliary that
 * belongs to another verb ("Biden would meet", "U.S. and Chinese leaders
 * met" count; "France would back a deal" does not), unless a place after a
 * place preposition. A capital counts as its country: a participant as a
 * metonym ("the Tokyo-Washington partnership", "talks with Washington"), a
 * place after a preposition ("talks in Washington").
 */
function foreign(tokens: readonly Token[], mentions: readonly Mention[], from: number, to: number, parties: ReadonlySet<string>, window: number, lex: StanceLexicons): boolean {
  const titles = lex.titleWords;
  const { 'verb-chain': auxiliaries, 'verb-negation': negations, 'participant-link': participantLinks, 'place-preposition': placePrepositions } = lex.grammar;
  const outsider = (i: number) => {
    const m = mentions[i];
    return m?.country !== undefined && m.country !== null && !parties.has(m.country);
  };
  let verbChain = true;
  for (let i = from - 1; i >= Math.max(0, from - window); i--) {
    const lower = tokens[i]?.lower ?? '';
    if (SEPARATORS.has(lower)) break;
    if (auxiliaries.has(lower) && !verbChain) break;
    verbChain &&= auxiliaries.has(lower) || negations.has(lower);
    if (outsider(i) && (personal(tokens, mentions, i, titles) || !located(tokens, mentions, i, lex))) return true;
  }
  let participant = false;
  for (let i = to; i < Math.min(tokens.length, to + window) && !SEPARATORS.has(tokens[i]?.lower ?? ''); i++) {
    const lower = tokens[i]?.lower ?? '';
    if (participantLinks.has(lower)) participant = true;
    else if (placePrepositions.has(lower)) participant = false;
    if (outsider(i) && (participant || personal(tokens, mentions, i, titles))) return true;
  }
  return false;
}

/** Whether the description signals target `t` in `tokens` without a term (see the module comment). */
function weakly(tokens: readonly Token[], t: CompiledTarget, mentions: readonly Mention[], speakerParties: ReadonlySet<string>, window: number, lex: StanceLexicons): boolean {
  const words = t.words.matches(tokens);
  if (t.parties.size === 0) {
    return words.some((m) => t.names.matches(tokens, Math.max(0, m.from - window), Math.min(tokens.length, m.to + window)).length > 0);
  }
  const present = new Set([...speakerParties].filter((p) => t.parties.has(p)));
  for (const m of mentions) if (m.country && t.parties.has(m.country)) present.add(m.country);
  if (present.size < t.parties.size) return false;
  const anchors = words.filter((m) => tokens[m.to]?.lower !== "'s").map(({ from, to }) => ({ from, to }));
  if (t.titled) {
    mentions.forEach((m, i) => {
      if (m.person && m.country && t.parties.has(m.country)) anchors.push({ from: i, to: i + 1 });
    });
  }
  return anchors.some((a) => t.parties.size < 2 || !foreign(tokens, mentions, a.from, a.to, t.parties, window, lex));
}

/** Whether the term occurrence at `from` follows a modifier that makes it another thing of its kind ("similar laws", "a rival bid"). */
const otherInstance = (tokens: readonly Token[], from: number, lex: StanceLexicons): boolean =>
  [1, 2].some((k) => lex.otherInstances.has(tokens[from - k]?.lower ?? '') && tokens.slice(from - k + 1, from).every((t) => t.kind === 'word'));

/**
 * The best target for `tokens` (most accepted occurrences of terms that name
 * it, then of argument terms; the first target on ties), else the first
 * target its argument terms or its description signal weakly, or null.
 * `mentions` gives the country each token names; `speakerParties` the
 * countries of the claim's speaker.
 */
export function findTarget(
  tokens: readonly Token[],
  targets: readonly CompiledTarget[],
  mentions: readonly Mention[],
  speakerParties: ReadonlySet<string>,
  window: number,
  lex: StanceLexicons,
): TargetHit | null {
  let best: { hit: TargetHit; score: number } | null = null;
  let weak: TargetHit | null = null;
  const shields = lex.termShields.matches(tokens);
  const shielded = (m: { from: number; to: number }) => shields.some((s) => s.from < m.to && m.from < s.to) || otherInstance(tokens, m.from, lex);
  for (const t of targets) {
    const found = t.terms.matches(tokens).filter((m) => !shielded(m));
    const accepted = found.filter((m) => t.parties.size < 2 || !foreign(tokens, mentions, m.from, m.to, t.parties, window, lex));
    const spans = accepted.map(({ from, to }) => ({ from, to }));
    const naming = accepted.filter((m) => !m.value).length;
    const score = naming * (tokens.length + 1) + spans.length;
    if (spans.length > 0 && (!best || score > best.score)) best = { hit: { target: t.target, spans, weak: naming === 0 }, score };
    if (found.length === 0 && !weak && weakly(tokens, t, mentions, speakerParties, window, lex)) weak = { target: t.target, spans: [], weak: true };
  }
  return best?.hit ?? weak;
}
