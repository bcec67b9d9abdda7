/**
 * A shallow clause analysis of a claim's content, enough to find the main
 * clause: clauses are split at ";" and "but"; subordinate clauses (condition,
 * concession, time, cause, relative and whether-clauses) are marked so that
 * their cues do not set the polarity of the claim. An initial subordinate
 * clause runs to its comma ("If X, Y"), or, with no comma, to a pronoun
 * subject and its verb ("after taking office he would ..."); a later one to
 * the next comma or the end of its clause ("Y as long as X", "had risen since
 * July, putting the target back on track").
 */
import type { StanceGrammar } from './lexicon.js';
import type { Token } from './tokens.js';

const COMMAS = new Set([',', '—', '–']);

export interface Clauses {
  /** Clause number of each token. */
  readonly clause: readonly number[];
  /** Whether each token lies outside every subordinate clause (punctuation excluded). */
  readonly main: readonly boolean[];
  /** Index of each clause's first token. */
  readonly starts: readonly number[];
}

/**
 * Clauses of `tokens`; `conditionStarts` are the token indices where a
 * condition phrase ("if", "as long as", "once ...") opens a subordinate clause.
 * The word classes come from stance-grammar.txt: `clause-break` ("but", with
 * ";"), `subordinator`, and `clause-verb` after a `subject-pronoun` (the `subj`
 * words of grammar-words.txt).
 */
export function analyseClauses(tokens: readonly Token[], grammar: StanceGrammar, conditionStarts: ReadonlySet<number>): Clauses {
  const breaks = (word: string): boolean => word === ';' || grammar['clause-break'].has(word);
  const clause: number[] = [];
  const starts: number[] = [0];
  tokens.forEach((t, i) => {
    if (i > 0 && breaks(t.lower) && !(t.lower === ';' && i === tokens.length - 1)) starts.push(i);
    clause.push(starts.length - 1);
  });
  const ends = starts.map((_, c) => starts[c + 1] ?? tokens.length);
  // For each token, the next comma, and the next pronoun subject with its verb ("he would"): where a subordinate clause can end.
  const nextComma = new Array<number>(tokens.length);
  const nextSubject = new Array<number>(tokens.length);
  let comma = tokens.length;
  let subject = tokens.length;
  for (let i = tokens.length - 1; i >= 0; i--) {
    nextComma[i] = comma;
    nextSubject[i] = subject;
    if (COMMAS.has(tokens[i]?.lower ?? '')) comma = i;
    if (grammar['subject-pronoun'].has(tokens[i]?.lower ?? '') && grammar['clause-verb'].has(tokens[i + 1]?.lower ?? '')) subject = i;
  }
  const sub = new Array<boolean>(tokens.length).fill(false);
  let covered = 0;
  tokens.forEach((t, s) => {
    if (!conditionStarts.has(s) && !grammar.subordinator.has(t.lower)) return;
    const c = clause[s] ?? 0;
    const end = ends[c] ?? tokens.length;
    const prev = tokens[s - 1];
    const opensChunk = s === starts[c] || (prev !== undefined && (COMMAS.has(prev.lower) || breaks(prev.lower)));
    const comma = nextComma[s] ?? end;
    const stop = comma < end ? comma : opensChunk ? Math.min(nextSubject[s] ?? end, end) : end;
    for (let j = Math.max(s, covered); j < stop; j++) sub[j] = true;
    covered = Math.max(covered, stop);
  });
  const main = tokens.map((t, i) => !sub[i] && t.kind !== 'punct');
  return { clause, main, starts };
}
