/**
 * Findings as targets: a target stated as a proposition ("That taking statins
 * lowers the risk of stroke") has a direction (its verb: the last up or
 * down word of findings.txt, outside parentheses, with a target term after
 * it: "lowers" -> down), an outcome (the target terms after the verb: "risk",
 * "stroke"), a cause (the terms before it: "statins") and the cause's
 * quantity (an up or down word next to a cause term: "training more" -> up;
 * up when there is none). A claim on such a target that gives no attitude
 * or evaluation of its own takes a position through the relation it states:
 * - a denial ("no link", "confounded", "reverse causation", a negated
 *   "prove") is against, unless what it denies is the opposite relation ("no
 *   evidence that statins raise the risk" -> favor);
 * - a relation noun that weakens ("these associations shrink") is against;
 * - a direction word governing an outcome term ("25% less likely to have a
 *   stroke", "linked to a lower risk", "stroke risk fell") is favor when
 *   it goes the target's way, against when it goes the other way; a cause
 *   quantity before it of the other way than the target's reverses it
 *   ("those who trained less had more injuries" ->
 *   favor), and so does negation ("did not lower the risk"); both ways in
 *   one claim is neutral;
 * - failing those, a target term that is itself a favourable evaluation
 *   presupposes the finding ("the benefit begins early").
 */
import type { Polarity } from '../../schema/result.js';
import { flip, negated, type Content } from './labels.js';
import type { FindingClass, StanceLexicons } from './lexicon.js';
import { PhraseMatcher, type PhraseMatch } from './phrases.js';
import type { Token } from './tokens.js';

export interface Finding {
  readonly direction: Way;
  /** The terms that name the outcome. */
  readonly outcome: PhraseMatcher<true>;
  /** The terms that name the cause. */
  readonly cause: PhraseMatcher<true>;
  /** The cause's quantity in the target ("walking more" -> up). */
  readonly quantity: Way;
}

type Way = 'up' | 'down';

/** How far (in words) a direction word reaches an outcome term after it ("less likely to have a stroke"), and before it ("risk fell"). */
const AFTER = 3;
const BEFORE = 1;
/** How far a quantity word reaches a cause term after it ("fewer daily steps") and before it ("walked less than": right after). */
const QUANTITY_AFTER = 1;
const QUANTITY_BEFORE = 0;

const direction = (m: PhraseMatch<FindingClass>): Way | null => (m.value === 'up' || m.value === 'down' ? m.value : null);

/** Where phrase occurrences start and end, so that a word looks only at its few neighbours. */
class Occurrences {
  private readonly starts: boolean[];
  private readonly ends: boolean[];

  constructor(matches: readonly { from: number; to: number }[], length: number) {
    this.starts = new Array<boolean>(length + 1).fill(false);
    this.ends = new Array<boolean>(length + 1).fill(false);
    for (const m of matches) {
      this.starts[m.from] = true;
      this.ends[m.to] = true;
    }
  }

  /** Whether an occurrence starts within `after` words after m. */
  startsAfter(m: { to: number }, after: number): boolean {
    return this.starts.slice(m.to, m.to + after + 1).includes(true);
  }

  /** Whether an occurrence ends within `before` words before m. */
  endsBefore(m: { from: number }, before: number): boolean {
    return this.ends.slice(Math.max(0, m.from - before), m.from + 1).includes(true);
  }

  near(m: { from: number; to: number }, after: number, before: number): boolean {
    return this.startsAfter(m, after) || this.endsBefore(m, before);
  }
}

const termMatcher = (phrases: readonly string[], formsOf: (word: string) => readonly string[]) =>
  new PhraseMatcher(phrases.map((phrase) => ({ phrase, value: true as const, inflect: 'all' as const })), formsOf);

/** The tokens outside parentheses ("walking more (a higher daily step count) lowers ..." loses the gloss). */
function unglossed(tokens: readonly Token[]): Token[] {
  let depth = 0;
  return tokens.filter((t) => {
    if (t.lower === '(') depth++;
    const keep = depth === 0;
    if (t.lower === ')') depth = Math.max(0, depth - 1);
    return keep;
  });
}

/** The finding a target states, or null when its description is not a proposition ("That ...") with a direction and an outcome term. */
export function compileFinding(description: readonly Token[], terms: readonly string[], formsOf: (word: string) => readonly string[], lex: StanceLexicons): Finding | null {
  if (description[0]?.lower !== 'that') return null;
  const plain = unglossed(description);
  const found = terms.map((phrase) => termMatcher([phrase], formsOf).matches(plain));
  const marks = lex.findings.matches(plain);
  const verb = marks.filter((m) => direction(m) !== null && found.some((f) => f.some((o) => o.from >= m.to))).at(-1);
  const way = verb ? direction(verb) : null;
  if (!verb || !way) return null;
  const outcome = terms.filter((_, i) => (found[i] ?? []).some((o) => o.from >= verb.to));
  const cause = terms.filter((_, i) => (found[i] ?? []).some((o) => o.to <= verb.from));
  const causes = new Occurrences(found.flat().filter((o) => o.to <= verb.from), plain.length);
  const quantity = marks.find((m) => m.to <= verb.from && m.to - m.from === 1 && lex.comparatives.has(plain[m.from]?.lower ?? '') && causes.near(m, QUANTITY_AFTER, QUANTITY_BEFORE));
  return { direction: way, outcome: termMatcher(outcome, formsOf), cause: termMatcher(cause, formsOf), quantity: (quantity && direction(quantity)) ?? 'up' };
}

/**
 * The polarity the relation stated in the claim gives toward the finding (see
 * the module comment), or null when it states none. With `over` (the cue
 * that already set the claim's polarity), only when that cue is one of the
 * relation's words or stands after a denial ("no benefit at low doses").
 */
export function findingPolarity(
  c: Content,
  finding: Finding,
  terms: readonly { from: number; to: number }[],
  lex: StanceLexicons,
  window: number,
  over: { readonly from: number; readonly to: number } | null,
): Polarity | null {
  const marks = lex.findings.matches(c.tokens);
  const denial = marks.find((m) => m.value === 'denial' || (m.value === 'evidence' && negated(c, m.from, 0, window)));
  if (over && !(denial && denial.from <= over.from) && !marks.some((m) => m.value !== 'relation' && m.from < over.to && over.from < m.to)) return null;
  const outcomes = new Occurrences(finding.outcome.matches(c.tokens), c.tokens.length);
  const causes = new Occurrences(finding.cause.matches(c.tokens), c.tokens.length);
  const relations = new Occurrences(marks.filter((m) => m.value === 'relation'), c.tokens.length);
  // A quantity of the cause ("fewer steps") is no statement on the outcome; the last one before a statement sets the cause's way for it.
  const quantity = marks.map((m) => m.to - m.from === 1 && lex.comparatives.has(c.tokens[m.from]?.lower ?? '') && causes.near(m, QUANTITY_AFTER, QUANTITY_BEFORE) && !outcomes.startsAfter(m, 0));
  const stated = (from: number, after: number): Polarity[] => {
    let cause: Way = 'up';
    return marks.flatMap((m, i) => {
      const way = direction(m);
      if (!way || m.from < from) return [];
      if (quantity[i]) {
        cause = way;
        return [];
      }
      if (!outcomes.near(m, AFTER, BEFORE)) return [];
      const own: Polarity = way === finding.direction ? 'favor' : 'against';
      const toward = cause === finding.quantity ? own : flip(own);
      return [negated(c, m.from, after, window) ? flip(toward) : toward];
    });
  };
  if (denial) return stated(denial.to, denial.to).includes('against') ? 'favor' : 'against';
  const weakened = marks.filter((m) => m.value === 'weakening' && relations.endsBefore(m, AFTER));
  const votes = [...weakened.map((m): Polarity => (negated(c, m.from, 0, window) ? 'favor' : 'against')), ...stated(0, 0)];
  if (votes.length > 0) return votes.every((v) => v === votes[0]) ? (votes[0] ?? null) : 'neutral';
  const favourable = new Set(c.cues.filter((m) => m.evaluative && m.value === 'favor').map((m) => `${m.from}:${m.to}`));
  const presupposed = terms.some((t) => favourable.has(`${t.from}:${t.to}`) && !negated(c, t.from, 0, window));
  return presupposed ? 'favor' : null;
}
