/**
 * The four stance labels of a claim (ANNOTATION §6), from its content and cue
 * tokens:
 * - polarity from the first cue of the main clause (the clause holding the
 *   target term): a transparent cue ("expects", "likely") passes on the
 *   polarity of the cue after it, a negative operator ("unlikely", "failed",
 *   "refused") reverses it ("unlikely that things will move forward" ->
 *   against), and negation words before a cue reverse it by parity ("no
 *   reason ... not to be willing" -> favor). Stance nouns in the subject
 *   ("X's proposal has not received a reply") do not count unless negated
 *   or followed by a copula. Subordinate clauses (conditions above all) do
 *   not set polarity. A contrast clause with the other side ("while 31%
 *   opposed it") makes the claim neutral; favouring a rival version ("a
 *   gradual approach") or a counterfactual ("would have collapsed without
 *   the bailout") reverses the cue.
 * - certainty: a question, a question cue ("asked") or a refusal to take a
 *   position ("declined to comment", "could not say whether") is
 *   uncommitted; a hedge in the cue or in the first main clause makes it
 *   hedged.
 * - condition: an explicit "without preconditions" is unconditional, a
 *   condition phrase anywhere is conditional, "at any time" in an offer is
 *   unconditional.
 * - reporting: writer for assertions, else the class of the cue.
 */
import type { ClaimKind, Condition, Certainty, Polarity, Reporting } from '../../schema/result.js';
import { analyseClauses, type Clauses } from './clauses.js';
import type { ConditionClass, HedgeClass, PolarityCue, StanceLexicons } from './lexicon.js';
import type { PhraseMatch } from './phrases.js';
import type { Token } from './tokens.js';

/** Whether `word` is an auxiliary (stance-grammar `aux`) or a copula (lex.copulas): the finite verb of a clause. */
const finite = (lex: StanceLexicons, word: string): boolean => lex.grammar.aux.has(word) || lex.copulas.has(word);

/** Tokens that end a sentence: a negation does not reach past one. */
const SENTENCE_ENDS = new Set(['.', '!', '?']);

interface LabelOptions {
  /** How many words before a cue a negation word reaches. */
  readonly negationWindow: number;
}

/** A polarity cue in the content: an attitude toward the target (polarity.txt) or an evaluation of it (evaluation.txt). */
export interface Cue extends PhraseMatch<PolarityCue> {
  readonly evaluative: boolean;
}

/** What the lexicons find in a claim's content; the polarity cues and negations only when asked for. */
export class Content {
  readonly tokens: readonly Token[];
  readonly clauses: Clauses;
  readonly hedges: readonly PhraseMatch<HedgeClass>[];
  readonly conditions: readonly PhraseMatch<ConditionClass>[];
  readonly lex: StanceLexicons;
  private polarityCues: readonly Cue[] | undefined;
  private alternativeNouns: readonly PhraseMatch<true>[] | undefined;
  private negations: readonly number[] | undefined;
  private sentences: readonly number[] | undefined;

  constructor(tokens: readonly Token[], lex: StanceLexicons) {
    this.tokens = tokens;
    this.lex = lex;
    this.conditions = lex.conditions.matches(tokens).filter((m) => m.value !== 'none' && (m.value !== 'clause-conditional' || opensCondition(tokens, m, lex)));
    this.clauses = analyseClauses(tokens, lex.grammar, new Set(this.conditions.filter((m) => opensCondition(tokens, m, lex)).map((m) => m.from)));
    this.hedges = lex.hedges.matches(tokens);
  }

  get cues(): readonly Cue[] {
    this.polarityCues ??= this.lex.polarity.matches(this.tokens).map((m) => ({ from: m.from, to: m.to, value: m.value.value, evaluative: m.value.evaluative }));
    return this.polarityCues;
  }

  /** Nouns that name a way of doing something (alternatives.txt). */
  get alternatives(): readonly PhraseMatch<true>[] {
    this.alternativeNouns ??= this.lex.alternatives.matches(this.tokens);
    return this.alternativeNouns;
  }

  /** negatorsBefore[i]: how many negation words stand before token i (length tokens + 1). */
  get negatorsBefore(): readonly number[] {
    if (!this.negations) {
      const counts = new Array<number>(this.tokens.length + 1).fill(0);
      for (const m of this.lex.negation.matches(this.tokens)) if (m.value === 'negator') counts[m.from + 1] = 1;
      for (let i = 1; i <= this.tokens.length; i++) counts[i] = (counts[i] ?? 0) + (counts[i - 1] ?? 0);
      this.negations = counts;
    }
    return this.negations;
  }

  /** sentenceStarts[i]: the first token of the sentence holding token i (after the last ".", "!" or "?" before it). */
  get sentenceStarts(): readonly number[] {
    if (!this.sentences) {
      let start = 0;
      this.sentences = this.tokens.map((t, i) => {
        const at = start;
        if (SENTENCE_ENDS.has(t.lower)) start = i + 1;
        return at;
      });
    }
    return this.sentences;
  }
}

/** The position a claim refers back to ("maintains the stance"), whose polarity and condition it may take over. */
export interface Referent {
  readonly polarity: Polarity | null;
  readonly condition: Condition;
}

export interface PolarityResult {
  readonly polarity: Polarity;
  /** Taken over from the referent ("maintains the stance"). */
  readonly inherited: boolean;
}

/** "once" opens a condition only before a subject ("once conditions are met", "once the talks start"), not as "once again" or "who once said". */
function opensCondition(tokens: readonly Token[], m: PhraseMatch<ConditionClass>, lex: StanceLexicons): boolean {
  if (m.value !== 'clause-conditional') return m.value === 'conditional';
  const next = tokens[m.to];
  const after = tokens[m.to + 1];
  if (!next || next.kind !== 'word') return false;
  return lex.grammar['subject-start'].has(next.lower) || next.cap || (after !== undefined && finite(lex, after.lower));
}

export const flip = (p: Polarity): Polarity => (p === 'favor' ? 'against' : p === 'against' ? 'favor' : 'neutral');

/** Whether an odd number of negation words stand in [after, at), at most `window` words before `at` and in its sentence ("It is not X. It is a Y": "not" does not reach "Y"). */
export function negated(c: Content, at: number, after: number, window: number): boolean {
  const from = Math.max(0, after, at - window, c.sentenceStarts[at] ?? 0);
  if (from >= at) return false;
  return ((c.negatorsBefore[at] ?? 0) - (c.negatorsBefore[from] ?? 0)) % 2 === 1;
}

/** The clause that carries the target (its first term in a main region), else the first clause. */
function targetClause(c: Content, terms: readonly { from: number }[]): number {
  for (const t of terms) if (c.clauses.main[t.from]) return c.clauses.clause[t.from] ?? 0;
  return 0;
}

/**
 * A negated plan or schedule of the target term itself, when no cue says
 * more: "will not meet", "talks will not take place" -> against. A plain
 * future or schedule ("the board will meet Tuesday", "to meet") takes no
 * position: favor needs an intent cue ("plans", "willing", "hopes"), which
 * the polarity lexicon gives.
 */
function volition(c: Content, clause: number, start: number, terms: readonly { from: number; to: number }[], window: number): Polarity | null {
  const isModal = (i: number) => c.lex.grammar.modal.has(c.tokens[i]?.lower ?? '');
  for (const t of terms) {
    if (c.clauses.clause[t.from] !== clause || !c.clauses.main[t.from]) continue;
    const before = [1, 2, 3].some((k) => isModal(t.from - k) && c.tokens.slice(t.from - k + 1, t.from).every((x) => x.kind === 'word' && !c.lex.grammar.definite.has(x.lower)));
    const modal = [t.to, t.to + 1].find((i) => isModal(i) && c.clauses.clause[i] === clause);
    if (c.tokens[t.from - 1]?.lower === 'to' || before) return negated(c, t.from, start, window) ? 'against' : null;
    if (modal !== undefined) return negated(c, modal + 3, modal, window) ? 'against' : null;
  }
  return null;
}

/** A copula or another form of "be" and "get" (stance-grammar `be-extra`): the participle, the contractions, "gotten". */
const isBe = (c: Content, word: string): boolean => c.lex.copulas.has(word) || c.lex.grammar['be-extra'].has(word);

const STOPS = new Set([',', ';', ':', '.', '!', '?']);

/** Whether the cue at `from` follows a form of "be" or another copula at or after `after`, with at most three words or quotation marks between: passive or predicative ("was rejected", "is not welcome", "were “a betrayal”"). */
function predicative(c: Content, from: number, after: number): boolean {
  return [1, 2, 3, 4].some((k) => from - k >= after && isBe(c, c.tokens[from - k]?.lower ?? '') && c.tokens.slice(from - k + 1, from).every((t) => !isBe(c, t.lower) && !STOPS.has(t.lower)));
}

/**
 * The cues of the target clause that can speak to the target: in main
 * regions, not the target's own name ("the offer", "this proposal": a
 * one-word term occurrence is no cue), and, where the target is the clause's
 * subject (a term before the first cue and the first finite verb), no active
 * attitude verb, which says what the target does, not what anyone thinks of
 * it ("the decision invites ...").
 */
function clauseCues(c: Content, clause: number, verb: number, terms: readonly { from: number; to: number }[]): Cue[] {
  const own = c.cues.filter(
    (m) => c.clauses.clause[m.from] === clause && c.clauses.main[m.from] && !terms.some((t) => t.to - t.from === 1 && m.from >= t.from && m.to <= t.to),
  );
  const first = terms.find((t) => c.clauses.clause[t.from] === clause && c.clauses.main[t.from]);
  const subject = first !== undefined && own.every((m) => m.from >= first.to) && (verb < 0 || first.to <= verb);
  return subject ? own.filter((m) => m.evaluative || m.value === 'expect' || m.value === 'inherit' || m.value === 'neutral' || predicative(c, m.from, first.to)) : own;
}

/**
 * Whether a contrast clause ("while 31% opposed it", before or after the
 * main clause) holds a cue of the other direction than `polarity`: the
 * claim reports both sides and takes neither.
 */
function contrasted(c: Content, polarity: Polarity, window: number): boolean {
  // opener[i]: the contrast word whose clause token i lies in, or -1.
  const opener = new Array<number>(c.tokens.length).fill(-1);
  let open = -1;
  c.tokens.forEach((t, i) => {
    if (c.clauses.main[i] || STOPS.has(t.lower)) open = -1;
    if (c.lex.contrasts.has(t.lower) && !c.clauses.main[i]) open = i;
    opener[i] = open;
  });
  const seen = new Set<number>();
  for (const m of c.cues) {
    const k = opener[m.from] ?? -1;
    if (k < 0 || m.from === k || seen.has(k) || (m.value !== 'favor' && m.value !== 'against')) continue;
    seen.add(k);
    const own: Polarity = m.value === 'against' ? 'against' : 'favor';
    if ((negated(c, m.from, k, window) ? flip(own) : own) !== polarity) return true;
  }
  return false;
}

/**
 * Whether the favouring cue `cue` takes as its object another version of
 * what the target does ("favoured a gradual approach", "backs its own
 * plan"): an indefinite or possessive determiner right after the cue, at
 * least one modifier, then a noun of alternatives.txt, and no target term in
 * the phrase (up to punctuation). Preferring another way opposes the
 * target's way.
 */
function rivalObject(c: Content, cue: { to: number }, terms: readonly { from: number }[]): boolean {
  const determiner = c.tokens[cue.to]?.lower ?? '';
  if (!c.lex.indefinites.has(determiner) && !c.lex.possessives.has(determiner)) return false;
  let end = cue.to + 1;
  while (end < c.tokens.length && !STOPS.has(c.tokens[end]?.lower ?? '')) end++;
  const noun = c.alternatives.find((m) => m.from > cue.to + 1 && m.from < end);
  return noun !== undefined && noun.from - cue.to <= 4 && !terms.some((t) => t.from > cue.to && t.from < end);
}

/**
 * Whether a target term after "without" in the cue's clause makes a
 * counterfactual ("would have collapsed without the bailout", "Without the
 * bailout, the firm would have collapsed"): the target kept the cue's event
 * from happening. A "without" that the negation window before the cue
 * already counts is not counted again.
 */
function counterfactual(c: Content, cue: { from: number; to: number }, terms: readonly { from: number }[], window: number): boolean {
  const clause = c.clauses.clause[cue.from] ?? 0;
  const counted = Math.max(c.clauses.starts[clause] ?? 0, cue.from - window);
  return terms.some((t) => {
    if (c.clauses.clause[t.from] !== clause || (t.from >= cue.from && t.from < cue.to)) return false;
    const before = c.tokens[t.from - 1]?.lower ?? '';
    const at = t.from - (c.lex.determiners.has(before) || c.lex.possessives.has(before) ? 2 : 1);
    return c.tokens[at]?.lower === 'without' && (at > cue.from || at < counted);
  });
}

/**
 * Polarity of the content toward its target (terms: the accepted target-term
 * occurrences): the cues' (`cuePolarity`), neutral when a contrast clause
 * gives the other side, reversed when the favoured thing is a rival version
 * or the cue's event is what the target prevents ("without the cap").
 */
export function contentPolarity(c: Content, terms: readonly { from: number; to: number }[], referent: Referent | null, options: LabelOptions): PolarityResult & { readonly cue?: Cue } {
  const result = cuePolarity(c, terms, referent, options);
  const { cue } = result;
  if (!cue) return result;
  if (contrasted(c, result.polarity, options.negationWindow)) return { polarity: 'neutral', inherited: false };
  const reversed = (cue.value === 'favor' && !cue.evaluative && rivalObject(c, cue, terms)) || counterfactual(c, cue, terms, options.negationWindow);
  return reversed ? { polarity: flip(result.polarity), inherited: false, cue } : result;
}

/** Polarity from the cues of the target clause, with the cue that set it. */
function cuePolarity(c: Content, terms: readonly { from: number; to: number }[], referent: Referent | null, options: LabelOptions): PolarityResult & { readonly cue?: Cue } {
  const clause = targetClause(c, terms);
  const start = c.clauses.starts[clause] ?? 0;
  const w = options.negationWindow;
  let verb = -1;
  for (let i = start; i < c.tokens.length && c.clauses.clause[i] === clause; i++) {
    if (c.clauses.main[i] && finite(c.lex, c.tokens[i]?.lower ?? '')) {
      verb = i;
      break;
    }
  }
  const cues = clauseCues(c, clause, verb, terms);
  const copula = verb >= 0 && c.lex.copulas.has(c.tokens[verb]?.lower ?? '');
  const predicate = cues.filter((m) => m.from > verb);
  const ordered = predicate.length > 0 ? predicate : cues.filter((m) => copula || negated(c, m.from, start, w));
  const [first, next] = ordered;
  if (!first) return { polarity: volition(c, clause, start, terms, w) ?? 'neutral', inherited: false };
  if (first.value === 'neutral') return { polarity: 'neutral', inherited: false };
  const firstNegated = negated(c, first.from, start, w);
  if (first.value === 'favor') return { polarity: firstNegated ? 'against' : 'favor', inherited: false, cue: first };
  // A complement word (stance-grammar `complement`) puts the next cue in the first one's scope: "refused to scrap", "unlikely that talks resume".
  const scoped = next !== undefined && (first.value === 'expect' || c.tokens.slice(first.to, next.from + 1).some((t) => c.lex.grammar.complement.has(t.lower)));
  if (next && scoped && next.value !== 'neutral' && next.value !== 'inherit') {
    const base: Polarity = next.value === 'against' ? 'against' : 'favor';
    const inner = negated(c, next.from, first.to, w) ? flip(base) : base;
    const outer = first.value === 'against' ? flip(inner) : inner;
    return { polarity: firstNegated ? flip(outer) : outer, inherited: false };
  }
  if (first.value === 'inherit') {
    // Keeping the target itself ("upholds the law", "will keep the target") supports it; keeping a position takes that position over.
    const kept: Polarity | null = referent?.polarity ?? (terms.some((t) => t.from >= first.to && c.clauses.clause[t.from] === clause) ? 'favor' : null);
    if (!kept) return { polarity: 'neutral', inherited: false };
    return { polarity: firstNegated ? flip(kept) : kept, inherited: referent?.polarity !== undefined && referent.polarity !== null };
  }
  const own: Polarity = first.value === 'against' ? 'against' : 'favor';
  return { polarity: firstNegated ? flip(own) : own, inherited: false, cue: first };
}

/**
 * Polarity of the claim: the content's, turned by the cue. A negating or
 * rejecting cue ("denied", "ruled out", "expressing rejection") reverses it
 * (a neutral content becomes against); a favouring cue ("offered", "vowed")
 * makes a neutral content favor; "reiterated" or "maintains" with a neutral
 * content takes over the referent's.
 */
export function claimPolarity(content: PolarityResult, cue: readonly Token[], reporting: Reporting, referent: Referent | null, lex: StanceLexicons): PolarityResult {
  const cueCue = lex.polarity.matches(cue).map((m) => m.value).find((v) => v.value !== 'neutral');
  if (reporting === 'negating' || cueCue?.value === 'against') {
    return { polarity: content.polarity === 'neutral' ? 'against' : flip(content.polarity), inherited: content.inherited };
  }
  if (content.polarity !== 'neutral' || !cueCue) return content;
  if (cueCue.value === 'inherit') return referent?.polarity ? { polarity: referent.polarity, inherited: true } : content;
  return { polarity: 'favor', inherited: false };
}

export function certaintyOf(c: Content, cue: readonly Token[], question: boolean, lex: StanceLexicons): Certainty {
  if (question) return 'uncommitted';
  const cueHedges = lex.hedges.matches(cue);
  const inClause = c.hedges.filter((m) => c.clauses.clause[m.from] === 0 && c.clauses.main[m.from]);
  if (cueHedges.some((m) => m.value === 'uncommitted' || m.value === 'question') || inClause.some((m) => m.value === 'uncommitted')) return 'uncommitted';
  if (cueHedges.some((m) => m.value === 'hedged' || m.value === 'belief') || inClause.some((m) => m.value === 'hedged')) return 'hedged';
  return 'asserted';
}

export function conditionOf(c: Content, polarity: PolarityResult, referent: Referent | null): Condition {
  const classes = new Set(c.conditions.map((m) => m.value));
  if (classes.has('unconditional')) return 'unconditional';
  if (classes.has('conditional') || classes.has('clause-conditional')) return 'conditional';
  if (classes.has('offer-unconditional') && polarity.polarity === 'favor') return 'unconditional';
  return polarity.inherited && referent ? referent.condition : 'none';
}

export function reportingOf(kind: ClaimKind, cue: readonly Token[], lex: StanceLexicons): Reporting {
  if (kind === 'assertion') return 'writer';
  let best: PhraseMatch<Reporting> | null = null;
  for (const m of lex.reporting.matches(cue)) if (!best || m.to - m.from > best.to - best.from) best = m;
  return best?.value ?? 'neutral';
}

/**
 * The words by which the content refers back to an offer-type position
 * already described: a demonstrative subject ("those would be possible"), or
 * a noun phrase ("the offer", "this proposal", "the stance taken by Abe")
 * from its determiner to the end of the phrase after the noun (up to
 * `window` words, stopping at punctuation or a finite verb); null if none.
 */
export function refersBack(c: Content, lex: StanceLexicons, window: number): { readonly from: number; readonly to: number } | null {
  const [first, second] = c.tokens;
  if (first && second && lex.grammar.demonstrative.has(first.lower) && finite(lex, second.lower)) return { from: 0, to: 1 };
  for (const m of lex.positionNouns.matches(c.tokens)) {
    const k = [1, 2, 3].find((d) => lex.grammar.referring.has(c.tokens[m.from - d]?.lower ?? '') && c.tokens.slice(m.from - d, m.from).every((t) => t.kind === 'word'));
    if (k === undefined) continue;
    let to = m.to;
    while (to < Math.min(c.tokens.length, m.to + window) && c.tokens[to]?.kind === 'word' && !finite(lex, c.tokens[to]?.lower ?? '')) to++;
    return { from: m.from - k, to };
  }
  return null;
}

/** Whether the main clauses hold a polarity cue: the claim takes a position on something. */
export function takesPosition(c: Content): boolean {
  return c.cues.some((m) => m.value !== 'neutral' && c.clauses.main[m.from]);
}
