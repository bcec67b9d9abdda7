/** Shared pieces of the date grammar: span starts, explicit years after a date, day-first dates. */
import type { TimexType } from '../../schema/result.js';
import { validDay } from './calendar.js';
import type { DateLexicon } from './lexicon.js';
import type { Dir, Match, RelUnit } from './sem.js';
import type { Tokens } from './tokens.js';
import { DIRS, type Prefix } from './words.js';

export abstract class GrammarBase {
  constructor(protected readonly lex: DateLexicon) {}

  /** Where the span starts: a bare "the" stays outside ("the March 1 deadline" -> "March 1"). */
  protected start(p: Prefix): number {
    return p.the && !p.dir && !p.pos && !p.approx ? p.j : p.i;
  }

  protected skipHyphen(t: Tokens, j: number): number {
    return t.low(j) === '-' && t.glued(j) && t.glued(j + 1) ? j + 1 : j;
  }

  protected startsCount(t: Tokens, j: number): boolean {
    const low = t.low(j);
    return t.isNumber(j) || this.lex.cardinals.has(low) || this.lex.vague.has(low) || low === 'half';
  }

  /** "30 March 2021", "30th of March". */
  protected dayFirst(t: Tokens, p: Prefix, d: number, k: number): Match | null {
    if (d < 1 || d > 31) return null;
    const at = t.low(k) === 'of' ? k + 1 : k;
    const low = t.low(at);
    const m = this.lex.months.get(low);
    if (m === undefined || !t.cap(at)) return null;
    let b = at + 1;
    if (this.lex.abbreviations.has(low) && t.low(b) === '.' && t.glued(b)) b++;
    const y = this.yearAfter(t, b);
    if (y) {
      if (!validDay(y.y, m, d)) return null;
      return { a: p.i, b: y.b, sem: { k: 'month', m, d, year: { abs: y.y }, dir: null } };
    }
    if (!validDay(2000, m, d)) return null;
    return { a: p.i, b, sem: { k: 'month', m, d, dir: this.monthDir(p) } };
  }

  /** A year in words: "nineteen ninety-six", "two thousand and one". */
  protected spokenYear(t: Tokens, j: number): { y: number; b: number } | null {
    const low = t.low(j);
    if (low === 'nineteen') {
      const tens = this.lex.cardinals.get(t.low(j + 1)) ?? 0;
      if (tens < 20 || tens > 90 || tens % 10 !== 0) return null;
      const h = t.low(j + 2) === '-' && t.glued(j + 2) ? j + 3 : j + 2;
      const unit = this.lex.cardinals.get(t.low(h)) ?? 0;
      return unit >= 1 && unit <= 9 && !(t.low(h) === 'a' || t.low(h) === 'an') ? { y: 1900 + tens + unit, b: h + 1 } : { y: 1900 + tens, b: j + 2 };
    }
    if (low === 'two' && t.low(j + 1) === 'thousand') {
      const k = t.low(j + 2) === 'and' ? j + 3 : j + 2;
      const n = this.lex.cardinals.get(t.low(k)) ?? 0;
      return n >= 1 && n < 20 && t.low(k) !== 'a' && t.low(k) !== 'an' ? { y: 2000 + n, b: k + 1 } : { y: 2000, b: j + 2 };
    }
    return null;
  }

  /** An explicit year after a month or day: ", 2021" / " 2021" / " of 2021". */
  protected yearAfter(t: Tokens, k: number): { y: number; b: number } | null {
    const at = t.low(k) === ',' || t.low(k) === 'of' ? k + 1 : k;
    const low = t.low(at);
    if (!t.sameClause(k - 1, at)) return null;
    const spoken = this.spokenYear(t, at);
    if (spoken) return spoken;
    if (!/^\d{4}$/.test(low)) return null;
    const y = Number(low);
    if (y < 1000 || y > 2099) return null;
    if (t.low(at + 1) === ':' || this.lex.countNouns.has(t.low(at + 1)) || t.low(at + 1) === '%') return null;
    return { y, b: at + 1 };
  }

  /** The direction a month, season or holiday takes from its modifier ("last March"); null leaves it to the tense. */
  protected monthDir(p: Prefix): Dir {
    return p.dir && p.dir.base === 'dct' && p.dir.word !== 'recent' ? p.dir.dir : null;
  }

  /** "next year", "last year", "this year" after a month or season. */
  protected relYearAfter(t: Tokens, k: number): { n: number; b: number } | null {
    const at = t.low(k) === ',' || t.low(k) === 'of' ? k + 1 : k;
    const d = DIRS.get(t.low(at));
    if (!d || d.base !== 'dct' || d.word === 'recent' || d.word === 'past' || t.low(at + 1) !== 'year') return null;
    return { n: d.dir, b: at + 2 };
  }

  protected relUnit(code: string): RelUnit | null {
    switch (code) {
      case 'D':
      case 'W':
      case 'WE':
      case 'M':
      case 'Q':
      case 'Y':
      case 'E':
      case 'C':
        return code;
      default:
        return null;
    }
  }

  protected lit(a: number, b: number, type: TimexType, value: string): Match {
    return { a, b, sem: { k: 'lit', type, value } };
  }
}
