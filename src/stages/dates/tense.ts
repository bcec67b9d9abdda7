/**
 * The tense a bare weekday, month or season is read in: the nearest tense
 * marker in its clause, looking back first (the verb an adverbial date
 * follows: "said Tuesday", "will meet on Monday"), then forward ("On
 * Tuesday, the ministry said"). Markers are modals and "going to", "to be"
 * (future, unless a raising verb comes before it: "was believed to be",
 * "turned out to be"), irregular past forms and -ed words (past), and present
 * auxiliaries.
 * A past form in a conditional clause ("if", "unless", "provided that":
 * conditionals.txt) of a future main clause reads as future.
 */
import type { DateLexicon, PhraseIndex, Tense } from './lexicon.js';
import type { Tokens } from './tokens.js';

/** How far (tokens) to look for a marker on either side: clauses can be pathologically long. */
const REACH = 40;
/** Prepositions right before the expression that fix its reading. */
const LOCAL: ReadonlyMap<string, Tense> = new Map([['since', 'past']]);
/** Verbs of intention: future when an infinitive follows ("plans to meet"). */
const INTEND = new Set([
  'plan', 'plans', 'planning', 'intend', 'intends', 'intending', 'aim', 'aims', 'aiming', 'expect', 'expects', 'hope', 'hopes',
  'want', 'wants', 'seek', 'seeks', 'vow', 'vows', 'pledge', 'pledges', 'promise', 'promises', 'prepare', 'prepares', 'preparing',
]);
const APOSTROPHES = new Set(["'", '’']);
/** A participle after these is passive, not past: "will be held", "would be paid". */
const PASSIVE = new Set(['be', 'being']);

/** -ed words, less adjectives in un- ("unspecified", "unprecedented"). */
function isPastForm(low: string): boolean {
  return low.length >= 4 && low.endsWith('ed') && !low.startsWith('un');
}

/** The length in tokens of the longest phrase of `index` ending at token k, or 0. */
function phraseEndingAt(t: Tokens, k: number, index: PhraseIndex): number {
  let longest = 0;
  for (const words of index.get(t.low(k)) ?? []) {
    if (words.length > longest && words.every((word, n) => t.low(k - words.length + 1 + n) === word)) longest = words.length;
  }
  return longest;
}

function markerAt(t: Tokens, i: number, lex: DateLexicon): Tense | null {
  const low = t.low(i);
  if (!t.isWord(i)) return null;
  if (low === 'won' && APOSTROPHES.has(t.low(i + 1)) && t.low(i + 2) === 't') return 'future';
  if (low === 'won' && (t.isNumber(i - 1) || t.low(i - 1).endsWith('illion'))) return null;
  if (low === 'going' && t.low(i + 1) === 'to' && t.isWord(i + 2) && !t.cap(i + 2) && t.low(i + 2) !== 'the') return 'future';
  if (low === 'll' && APOSTROPHES.has(t.low(i - 1))) return 'future';
  // "to be held in May", "is to be built": a plan; not after a raising verb ("was believed to be", "used to be": a state).
  if (low === 'be' && t.low(i - 1) === 'to' && phraseEndingAt(t, i - 2, lex.raising) === 0) return 'future';
  if ((low === 'set' || low === 'supposed' || low === 'poised' || low === 'is' || low === 'are' || INTEND.has(low)) && t.low(i + 1) === 'to') return 'future';
  const lexical = lex.tense.get(low) ?? (isPastForm(low) && !t.cap(i) && !lex.notPast.has(low) ? 'past' : null);
  if (lexical === 'past' && PASSIVE.has(t.low(i - 1))) return null;
  return lexical;
}

/** How far (tokens) a conditional may end before the past form of its clause ("if the figures did not"). */
const IF_REACH = 6;

/**
 * A past form in a conditional clause that hangs on a future main clause is backshifted, not past:
 * "would be dropped if the figures did not improve by the autumn".
 */
function conditionalOfFuture(t: Tokens, i: number, lex: DateLexicon): boolean {
  for (let k = i - 1; k >= 0 && k >= i - IF_REACH && t.sameClause(k, i); k--) {
    const length = phraseEndingAt(t, k, lex.conditionals);
    if (length === 0) continue;
    // the main clause's marker comes before the conditional's first word ("provided" in "provided that" is not one)
    const first = k - length + 1;
    for (let j = first - 1; j >= 0 && j >= first - REACH && t.sameClause(j, first); j--) {
      const m = markerAt(t, j, lex);
      if (m) return m === 'future';
    }
    return false;
  }
  return false;
}

/** Tense of the clause around tokens [a, b), or null when it shows none. */
export function clauseTense(t: Tokens, a: number, b: number, lex: DateLexicon): Tense | null {
  const local = LOCAL.get(t.low(a - 1)) ?? (t.low(a - 3) === 'as' && t.low(a - 1) === 'as' && (t.low(a - 2) === 'soon' || t.low(a - 2) === 'early') ? 'future' : undefined);
  if (local) return local;
  if ((t.low(a - 1) === 'until' || t.low(a - 1) === 'till') && !t.clauseStart(a - 1)) return 'future';
  for (let i = a - 1; i >= 0 && i >= a - REACH && t.sameClause(i, a); i--) {
    const m = markerAt(t, i, lex);
    if (m === 'past' && conditionalOfFuture(t, i, lex)) return 'future';
    if (m) return m;
  }
  for (let i = b; i < t.n && i < b + REACH && t.sameClause(i, a); i++) {
    const m = markerAt(t, i, lex);
    if (m) return m;
  }
  return null;
}
