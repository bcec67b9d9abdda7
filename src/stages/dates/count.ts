/** Counted amounts in front of a time unit: "10", "2 1/2", "two and a half", "a couple of", "several". */
import type { DateLexicon } from './lexicon.js';
import type { Tokens } from './tokens.js';

/** `n` is the amount, or null for a vague one ("several", "a few", "many"). */
interface Count {
  readonly n: number | null;
  /** token after the amount */
  readonly j: number;
  /** the amount was the article "a"/"an" */
  readonly article: boolean;
}

const PLAIN_NUMBER = /^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$/;
const FRACTION = /^(\d+)\/(\d+)$/;
const VAGUE_PLURALS = new Set(['dozens', 'hundreds', 'thousands', 'scores']);

export function parseCount(t: Tokens, j: number, lex: DateLexicon): Count | null {
  const low = t.low(j);
  let n: number | null;
  let k = j + 1;
  let article = false;
  if (t.isNumber(j)) {
    if (!PLAIN_NUMBER.test(low)) return null;
    n = Number(low.replace(/,/g, ''));
    const frac = FRACTION.exec(t.low(k));
    if (frac && Number(frac[2]) > 0) {
      n += Number(frac[1]) / Number(frac[2]);
      k++;
    }
  } else if (low === 'a' || low === 'an') {
    const next = t.low(j + 1);
    if (next === 'few') return { n: null, j: j + 2, article: false };
    if (next === 'couple') return { n: 2, j: t.low(j + 2) === 'of' ? j + 3 : j + 2, article: false };
    if (next === 'dozen' || next === 'hundred' || next === 'thousand') return { n: lex.cardinals.get(next) ?? 1, j: j + 2, article: false };
    n = 1;
    article = true;
  } else if (low === 'half' && (t.low(j + 1) === 'a' || t.low(j + 1) === 'an')) {
    return { n: 0.5, j: j + 2, article: false };
  } else if (low === 'couple' && t.low(j + 1) === 'of') {
    return { n: 2, j: j + 2, article: false };
  } else if (lex.vague.has(low)) {
    return { n: null, j: t.low(j + 1) === 'of' ? j + 2 : j + 1, article: false };
  } else if (VAGUE_PLURALS.has(low) && t.low(j + 1) === 'of') {
    return { n: null, j: j + 2, article: false };
  } else {
    const v = lex.cardinals.get(low);
    if (v === undefined || low === 'couple') return null;
    n = v;
    if (v >= 20 && v < 100 && v % 10 === 0) {
      const h = t.low(k) === '-' && t.glued(k) ? k + 1 : k;
      const u = lex.cardinals.get(t.low(h));
      if (u !== undefined && u < 10) {
        n += u;
        k = h + 1;
      }
    }
    const mult = lex.cardinals.get(t.low(k));
    if ((mult === 100 || mult === 1000) && n < 100) {
      n *= mult;
      k++;
    }
  }
  if (t.low(k) === 'and' && t.low(k + 1) === 'a' && t.low(k + 2) === 'half') {
    n += 0.5;
    k += 3;
  }
  return { n, j: k, article };
}
