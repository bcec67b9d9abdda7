/** Units of time: "two years", "last week", "the previous month", "the third quarter", "recent months". */
import { parseCount } from './count.js';
import { NamedGrammar } from './named.js';
import type { Match, RelUnit, YearSpec } from './sem.js';
import type { Tokens } from './tokens.js';
import { EXTRA, APOSTROPHES, DIRS, ORDINAL_DIGITS, QUARTER_TOKEN, durationValue, type Prefix } from './words.js';

/** Direction words that make a plural unit a span: "recent months", "the coming weeks", "the past years". */
const SPAN_DIRS = new Set(['recent', 'coming', 'past', 'last', 'next']);
/** Prepositions that make a bare plural unit a span: "for years", "in decades", "after months of talks". */
const SPAN_PREPOSITIONS = new Set(['for', 'after', 'in', 'within', 'over']);
/** Words before "the day" that make it the day the narrative is at: "ended the day", "for the day" (market reports). */
const DAY_VERBS = new Set([
  'end', 'ends', 'ended', 'ending', 'finish', 'finishes', 'finished', 'finishing', 'close', 'closes', 'closed', 'closing', 'start', 'starts',
  'started', 'starting', 'begin', 'begins', 'began', 'beginning', 'for', 'during',
]);
/** "later in the day", "early in the day". */
const IN_THE_DAY = new Set(['later', 'earlier', 'late', 'early']);
/** Words saying a period is matched with one of another year: "the same period", "the corresponding quarter". */
const COMPARABLE = new Set(['same', 'corresponding', 'comparable', 'equivalent', 'like']);
const COMPARED_UNITS: ReadonlyMap<string, 'Q' | 'M' | 'P'> = new Map([['quarter', 'Q'], ['month', 'M'], ['period', 'P'], ['time', 'P']]);
/** Words after "a year" that count back: "a year earlier", "a year ago". */
const YEAR_BACK = new Set(['earlier', 'ago', 'before']);
/** "the start of the day", not "the end of the day" (also the idiom "in the end"). */
const DAY_START = new Set(['start', 'beginning']);

export abstract class UnitGrammar extends NamedGrammar {
  protected decadeWord(t: Tokens, p: Prefix): Match | null {
    if (!p.the && !p.pos) return null;
    const d = this.lex.decades.get(t.low(p.j)) ?? 0;
    return this.lit(p.i, p.j + 1, 'DATE', `19${d}`);
  }

  protected quarterToken(t: Tokens, p: Prefix): Match | null {
    const q = Number(QUARTER_TOKEN.exec(t.low(p.j))?.[1] ?? 0);
    if (!t.cap(p.j)) return null;
    const y = this.yearAfter(t, p.j + 1);
    if (y) return { a: p.i, b: y.b, sem: { k: 'quarter', q, half: false, year: { abs: y.y } } };
    return { a: p.i, b: p.j + 1, sem: { k: 'quarter', q, half: false } };
  }

  /** "third quarter", "first half of 2021", "20th century", "the 30th of March". */
  protected ordinalHead(t: Tokens, p: Prefix, n: number, j: number): Match | null {
    let k = j + 1;
    if (t.low(k) === '-' && t.glued(k)) k++;
    const low = t.low(k);
    if (low === 'quarter' || low === 'half' || low === 'quarters') {
      const half = low === 'half';
      if ((half && n > 2) || (!half && n > 4) || n < 1) return null;
      if ((t.low(p.i - 1) === 'a' && t.low(k + 1) === 'of') || (p.dir && p.dir.word !== 'this' && p.dir.word !== 'current')) return null;
      const y = this.yearAfter(t, k + 1);
      if (y) return { a: p.i, b: y.b, sem: { k: 'quarter', q: n, half, year: { abs: y.y } } };
      const rel = this.relYearAfter(t, k + 1);
      if (rel) return { a: p.i, b: rel.b, sem: { k: 'quarter', q: n, half, year: { rel: rel.n } } };
      if (half) return null;
      if (low === 'quarters') return this.lit(p.i, k + 1, 'SET', `XXXX-Q${n}`);
      return { a: k > j + 1 ? this.start(p) : p.i, b: k + 1, sem: { k: 'quarter', q: n, half } };
    }
    if (low === 'century') {
      if (n < 1 || n > 21) return null;
      return this.lit(p.i, k + 1, 'DATE', String(n - 1).padStart(2, '0'));
    }
    if (t.isNumber(j) || p.the) return this.dayFirst(t, p, n, j + 1);
    return null;
  }

  /** "the last half of 1989" = its second half. */
  protected lastHalf(t: Tokens, p: Prefix): Match | null {
    const y = this.yearAfter(t, p.j + 1);
    if (y && t.low(p.j + 1) === 'of') return { a: p.i, b: y.b, sem: { k: 'quarter', q: 2, half: true, year: { abs: y.y } } };
    const rel = this.relYearAfter(t, p.j + 1);
    return rel && t.low(p.j + 1) === 'of' ? { a: p.i, b: rel.b, sem: { k: 'quarter', q: 2, half: true, year: { rel: rel.n } } } : null;
  }

  /** A singular unit after a direction word: "last week", "the previous month", "that year", "the past year". */
  protected unitHead(t: Tokens, p: Prefix): Match | null {
    const j = p.j;
    const low = t.low(j);
    const code = this.lex.units.get(low) ?? '';
    if (low === 'year' && !p.dir && (t.low(j + 1) === 'end' || (APOSTROPHES.has(t.low(j + 1)) && t.low(j + 2) === 's' && t.low(j + 3) === 'end'))) {
      return { a: p.i, b: t.low(j + 1) === 'end' ? j + 2 : j + 4, sem: { k: 'rel', unit: 'Y', n: 0, base: 'dct' } };
    }
    if (low === 'year' && t.low(j + 1) === '-' && t.glued(j + 1)) {
      const after = t.low(j + 2);
      if (after === 'end') return { a: p.i, b: j + 3, sem: { k: 'rel', unit: 'Y', n: 0, base: p.dir?.base ?? 'dct' } };
      if ((after === 'ago' || after === 'earlier') && (p.j === p.i || p.the)) return this.yearsBack(t, p, p.i, j + 3, 1);
    }
    if (t.low(j + 1) === '-' && t.glued(j + 1) && t.low(j + 2) === 'long' && !p.dir) {
      const v = durationValue(1, code);
      return v ? this.lit(p.i, j + 3, 'DURATION', v) : null;
    }
    const rel = this.relUnit(code);
    if (!rel) return null;
    const d = p.dir;
    const focus = this.focusPeriod(t, p, rel);
    if (focus) return focus;
    if (!d) {
      if (rel === 'D' && low === 'day' && this.dayAnaphor(t, p)) return { a: p.i, b: j + 1, sem: { k: 'rel', unit: 'D', n: 0, base: 'ref' } };
      if (p.the && p.pos && rel !== 'D') return { a: p.i, b: j + 1, sem: { k: 'rel', unit: rel, n: 0, base: 'dct' } };
      if (p.the && rel === 'WE') return { a: p.i, b: j + 1, sem: { k: 'rel', unit: 'WE', n: 0, base: 'dct' } };
      if (rel === 'D' && p.the && t.low(j + 1) === 'before' && t.low(j + 2) === 'yesterday') return { a: p.i, b: j + 3, sem: { k: 'rel', unit: 'D', n: -2, base: 'dct' } };
      if (rel === 'D' && p.the && t.low(j + 1) === 'after' && t.low(j + 2) === 'tomorrow') return { a: p.i, b: j + 3, sem: { k: 'rel', unit: 'D', n: 2, base: 'dct' } };
      return null;
    }
    if (d.word === 'recent') return null;
    if (rel === 'D' && d.base === 'dct') return null;
    if (t.cap(j) && t.cap(p.j - 1) && !t.clauseStart(p.i)) return null;
    if ((rel === 'E' || rel === 'C') && (d.word === 'past' || (d.word === 'last' && p.the))) {
      return this.lit(p.i, j + 1, 'DURATION', durationValue(1, code) ?? '');
    }
    if (d.word === 'current' && !p.the) return null;
    if (rel === 'Y' && d.base === 'dct' && APOSTROPHES.has(t.low(j + 1)) && t.low(j + 2) === 's') {
      const quarter = this.quarterOfYear(t, p, j + 3, { rel: d.dir });
      if (quarter) return quarter;
    }
    return { a: p.i, b: j + 1, sem: { k: 'rel', unit: rel, n: d.dir, base: d.base } };
  }

  /** "ended the day", "for the day", "later in the day", "the start of the day": the day the narrative is at. */
  protected dayAnaphor(t: Tokens, p: Prefix): boolean {
    if (!p.the || t.cap(p.j)) return false;
    const next = t.low(p.j + 1);
    if (next === 'before' || next === 'after' || next === 'of' || next === 'when' || next === 'that' || this.lex.weekdays.has(next)) return false;
    if (p.pos) return p.j - p.i === 4 && DAY_START.has(t.low(p.i + 1));
    const prev = t.low(p.i - 1);
    return DAY_VERBS.has(prev) || (prev === 'in' && IN_THE_DAY.has(t.low(p.i - 2)));
  }

  /**
   * "the quarter", "the latest quarter", "the year", "the full year", "the year ended June 30": the
   * period a results report is about (sem.ts `focus`); "the year before" counts back from it.
   */
  protected focusPeriod(t: Tokens, p: Prefix, rel: RelUnit): Match | null {
    const j = p.j;
    if (!p.the || (p.dir && p.dir.word !== 'current' && p.dir.word !== 'past') || p.pos || (rel !== 'Q' && rel !== 'Y')) return null;
    if (p.dir?.word === 'past' && rel === 'Q') return null;
    const next = t.low(j + 1);
    if (next === 'of' || next === '-' || t.cap(j)) return null;
    const named = rel === 'Y' ? (/^\d{4}$/.test(next) ? { y: Number(next), b: j + 2 } : this.spokenYear(t, j + 1)) : null;
    if (named && named.y >= 1000 && named.y <= 2099) return this.lit(p.i, named.b, 'DATE', String(named.y));
    if (next === 'ended' || next === 'ending') {
      const end = rel === 'Q' ? this.monthHead(t, { i: j + 2, j: j + 2, the: false, pos: false, approx: false, dir: null }, j + 2) : null;
      if (end?.sem.k === 'month' && end.sem.d !== undefined) {
        const year = end.sem.year;
        return { a: p.i, b: j + 1, sem: { k: 'quarter', q: Math.floor((end.sem.m - 1) / 3) + 1, half: false, ...(year && { year }) } };
      }
      return this.lit(p.i, j + 1, 'DURATION', rel === 'Q' ? 'P3M' : 'P1Y');
    }
    if (rel === 'Y' && (next === 'before' || next === 'earlier') && !p.dir) {
      return { a: p.i, b: j + 2, sem: { k: 'rel', unit: 'Y', n: -1, base: 'ref', ago: true } };
    }
    if (p.dir) return null;
    return { a: p.i, b: j + 1, sem: { k: 'focus', unit: rel, latest: t.low(j - 1) === 'latest' || t.low(j - 1) === 'recent' } };
  }

  /** A plural unit with no number: "recent months", "for years", "the past few weeks", "past years". */
  protected pluralUnit(t: Tokens, p: Prefix): Match | null {
    const j = p.j;
    const low = t.low(j);
    const code = this.lex.pluralUnits.get(low) ?? '';
    if (code === 'WE' || low === 'nights' || low === 'seconds') return null;
    if (t.low(j + 1) === 'old' || (t.low(j + 1) === '-' && t.low(j + 2) === 'old')) return null;
    const d = p.dir;
    // "in past years", "in recent years" (TimeBank, MEANTIME); "recent months" stays a duration.
    if ((d?.word === 'past' || (d?.word === 'recent' && code === 'Y')) && !p.the) return this.lit(p.i, j + 1, 'DATE', 'PAST_REF');
    if (t.low(j + 1) === 'ago' && !d) return this.lit(p.i, j + 2, 'DATE', 'PAST_REF');
    const v = durationValue(null, code) ?? '';
    if (t.low(j + 1) === '-' && t.glued(j + 1) && t.low(j + 2) === 'long') return this.lit(p.i, j + 3, 'DURATION', v);
    if (d && SPAN_DIRS.has(d.word)) return this.lit(p.i, j + 1, 'DURATION', v);
    if (d || p.pos || p.i !== j) return null;
    const prev = t.low(j - 1);
    const of = t.low(j + 1) === 'of';
    return (!of && SPAN_PREPOSITIONS.has(prev)) || (of && (prev === 'after' || prev === 'for')) ? this.lit(j, j + 1, 'DURATION', v) : null;
  }

  /** "two years", "four-day", "about 20 years", "10 days ago", "a year earlier", "$5 a year". */
  protected countHead(t: Tokens, p: Prefix): Match | null {
    const j = p.j;
    const count = parseCount(t, j, this.lex);
    if (!count) return null;
    let k = count.j;
    const hyphen = t.low(k) === '-' && t.glued(k);
    if (hyphen) k++;
    else if (EXTRA.has(t.low(k)) && (this.lex.units.has(t.low(k + 1)) || this.lex.pluralUnits.has(t.low(k + 1)))) k++;
    const low = t.low(k);
    const code = this.lex.units.get(low) ?? this.lex.pluralUnits.get(low);
    if (!code || code === 'WE' || (t.cap(k) && !t.clauseStart(k))) return null;
    const n = count.n;
    if (low === 'second' || low === 'sec' || (low === 'night' && !hyphen)) return null;
    if (code === 'Q' && ((n === null || n < 2) && !hyphen || hyphen && low === 'quarters')) return null;
    if (t.low(k + 1) === 'old' || (t.low(k + 1) === '-' && t.low(k + 2) === 'old')) return null;
    if (p.dir && (p.dir.word === 'that' || p.dir.word === 'same')) return null;
    if (t.isNumber(j) && t.low(j - 1) === '-' && t.glued(j)) return null;
    let b = k + 1;
    let amount = n;
    if (amount !== null && t.low(b) === 'and' && t.low(b + 1) === 'a' && t.low(b + 2) === 'half') {
      amount += 0.5;
      b += 3;
    }
    if (hyphen && t.low(b) === '-' && t.glued(b) && t.low(b + 1) === 'long') b += 2;
    const rel = this.relUnit(code);
    if (!hyphen && t.low(b) === '-' && t.glued(b) && (t.low(b + 1) === 'earlier' || t.low(b + 1) === 'ago') && rel && amount !== null) {
      const a = count.article ? k : p.i;
      if (rel === 'Y') return this.yearsBack(t, p, a, b + 2, Math.round(amount));
      return { a, b: b + 2, sem: { k: 'rel', unit: rel, n: -Math.round(amount), base: 'ref', ago: true } };
    }
    if (t.low(b) === 'or' && t.low(b + 1) === 'so' && (t.low(b + 2) === 'ago' || t.low(b + 2) === 'earlier' || t.low(b + 2) === 'later')) b += 2;
    const next = t.low(b);
    if (next === 'ago' && !p.dir) {
      if (amount === null || !rel) return this.lit(p.i, b + 1, 'DATE', 'PAST_REF');
      return { a: p.i, b: b + 1, sem: { k: 'rel', unit: rel, n: -Math.round(amount), base: 'dct', ago: true } };
    }
    if ((next === 'earlier' || next === 'later') && !p.dir && amount !== null && rel && !hyphen) {
      const sign = next === 'earlier' ? -1 : 1;
      return { a: p.i, b: b + 1, sem: { k: 'rel', unit: rel, n: sign * Math.round(amount), base: 'ref', ago: true } };
    }
    if ((next === 'from' && t.low(b + 1) === 'now') || next === 'hence') {
      if (amount === null || !rel) return this.lit(p.i, next === 'hence' ? b + 1 : b + 2, 'DATE', 'FUTURE_REF');
      return { a: p.i, b: next === 'hence' ? b + 1 : b + 2, sem: { k: 'rel', unit: rel, n: Math.round(amount), base: 'dct' } };
    }
    const v = durationValue(amount, code);
    if (!v) return null;
    if (count.article && !p.dir && !p.approx && p.i === j && this.frequencyBefore(t, j)) {
      const a = this.frequencyStart(t, j);
      return this.lit(a, b, 'SET', v);
    }
    return this.lit(hyphen && !p.approx ? j : p.i, b, 'DURATION', v);
  }

  /**
   * After "last year's", "the 1988", "year-ago": "third quarter" (that quarter), "quarter", "period"
   * (the one a results report is about); `fromRef` counts a relative year from that period's year.
   */
  protected quarterOfYear(t: Tokens, p: Prefix, k: number, year: YearSpec, fromRef = false): Match | null {
    const low = t.low(k);
    if (low === 'period' || low === 'quarter') return { a: p.i, b: k + 1, sem: { k: 'compared', unit: low === 'quarter' ? 'Q' : 'P', year, fromRef } };
    const ord = this.lex.ordinals.get(low) ?? Number(ORDINAL_DIGITS.exec(low)?.[1] ?? NaN);
    const qk = t.low(k + 1) === '-' && t.glued(k + 1) ? k + 2 : k + 1;
    if (!(ord >= 1 && ord <= 4 && t.low(qk) === 'quarter')) return null;
    return { a: p.i, b: qk + 1, sem: fromRef ? { k: 'compared', unit: 'Q', year, fromRef, q: ord } : { k: 'quarter', q: ord, half: false, year } };
  }

  /**
   * "the same period last year", "the corresponding quarter a year earlier", "the quarter a year ago",
   * "the same month of the previous year": a period compared across years (sem.ts `compared`).
   */
  protected comparedPhrase(t: Tokens, i: number): Match | null {
    let k = i + 1;
    let same = false;
    while (COMPARABLE.has(t.low(k))) {
      k++;
      same = true;
    }
    const unit = COMPARED_UNITS.get(t.low(k));
    if (!unit || (!same && unit === 'M')) return null;
    const at = t.low(k + 1) === 'of' || t.low(k + 1) === 'in' ? k + 2 : k + 1;
    const back = this.yearBack(t, at);
    return back ? { a: i, b: back.b, sem: { k: 'compared', unit, year: back.year, fromRef: back.fromRef } } : null;
  }

  /** "last year", "a year earlier", "the previous year", "two years ago", "1988" after a compared period. */
  protected yearBack(t: Tokens, k: number): { year: YearSpec; fromRef: boolean; b: number } | null {
    const low = t.low(k);
    if (/^\d{4}$/.test(low) && Number(low) >= 1000 && Number(low) <= 2099) return { year: { abs: Number(low) }, fromRef: false, b: k + 1 };
    const the = low === 'the' ? 1 : 0;
    const d = DIRS.get(t.low(k + the));
    if (d && d.dir === -1 && t.low(k + the + 1) === 'year') return { year: { rel: -1 }, fromRef: d.base === 'ref', b: k + the + 2 };
    if (low === 'the' && t.low(k + 1) === 'year' && YEAR_BACK.has(t.low(k + 2))) return { year: { rel: -1 }, fromRef: true, b: k + 3 };
    const count = parseCount(t, k, this.lex);
    const unit = t.low(count?.j ?? -1);
    if (!count || count.n === null || !Number.isInteger(count.n) || (unit !== 'year' && unit !== 'years') || !YEAR_BACK.has(t.low((count.j) + 1))) return null;
    return { year: { rel: -count.n }, fromRef: true, b: count.j + 2 };
  }

  /** "the year-earlier nine months": a run of units compared across years is a duration. */
  protected comparedSpan(t: Tokens, k: number): { b: number; value: string } | null {
    const count = parseCount(t, k, this.lex);
    const code = count && count.n !== null && !count.article ? this.lex.pluralUnits.get(t.low(count.j)) : undefined;
    const value = code ? durationValue(count?.n ?? null, code) : null;
    return value && count ? { b: count.j + 1, value } : null;
  }

  /**
   * "year-ago", "year-earlier" and what they modify: "the year-earlier nine months" (a duration),
   * "the year-ago quarter", "the year-earlier third quarter" (that period n years back), or alone
   * (the period the report is about, n years back).
   */
  protected yearsBack(t: Tokens, p: Prefix, a: number, k: number, n: number): Match {
    const span = this.comparedSpan(t, k);
    if (span) return this.lit(a, span.b, 'DURATION', span.value);
    const period = this.quarterOfYear(t, p, k, { rel: -n }, true);
    if (period) return { ...period, a };
    return { a, b: k, sem: { k: 'rel', unit: 'Y', n: -n, base: 'ref', ago: true } };
  }

  /** "$5 a year", "twice a week", "10% a year", "four flights a week": the article reads "per". */
  protected frequencyBefore(t: Tokens, j: number): boolean {
    const prev = t.low(j - 1);
    // "40 billion rupees ($480 million) a year": the amount in brackets is a quantity too.
    if (prev === ')' && t.low(j - 2) !== ')') return this.frequencyBefore(t, j - 1);
    if (t.isWord(j - 1) && prev.endsWith('s') && (t.isNumber(j - 2) || t.isNumber(j - 3) || this.lex.cardinals.has(t.low(j - 2)))) return true;
    return t.isNumber(j - 1) || prev === '%' || prev === 'percent' || prev === 'times' || prev === 'twice' || prev === 'once' || prev === 'thrice' ||
      prev === 'million' || prev === 'billion' || prev === 'trillion' || prev === 'thousand' || prev === 'cents';
  }

  protected frequencyStart(t: Tokens, j: number): number {
    const prev = t.low(j - 1);
    if (prev === 'twice' || prev === 'once' || prev === 'thrice') return j - 1;
    if (prev === 'times' && parseCount(t, j - 2, this.lex)) return j - 2;
    return j;
  }

}
