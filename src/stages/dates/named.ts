/** Months, weekdays, seasons, parts of day, relative day words and frequency words. */
import { GrammarBase } from './base.js';
import { validDay } from './calendar.js';
import { parseCount } from './count.js';
import type { Dir, Match } from './sem.js';
import type { Tokens } from './tokens.js';
import {
  APOSTROPHES,
  MONTH_CONTEXT,
  WEAK_CONTEXT,
  DASHES,
  DIGITS,
  ORDINAL_DIGITS,
  durationValue,
  POSITION_AROUND,
  type Prefix,
} from './words.js';

export abstract class NamedGrammar extends GrammarBase {
  protected monthHead(t: Tokens, p: Prefix, j: number): Match | null {
    const low = t.low(j);
    const m = this.lex.months.get(low);
    if (m === undefined || !t.cap(j)) return null;
    if (p.dir && (p.dir.base === 'ref' || p.dir.word === 'recent' || p.dir.word === 'current')) return null;
    if (p.dir?.word === 'past' && t.low(p.j - 2) !== 'this') return null;
    const abbr = this.lex.abbreviations.has(low);
    let k = j + 1;
    const dotted = abbr && t.low(k) === '.' && t.glued(k);
    if (dotted) k++;
    const dayTok = t.low(k);
    const ord = ORDINAL_DIGITS.exec(dayTok);
    const dayNum = DIGITS.test(dayTok) && dayTok.length <= 2 ? Number(dayTok) : ord ? Number(ord[1]) : NaN;
    if (dayNum >= 1 && dayNum <= 31 && !t.glued(k) && t.sameClause(j, k)) {
      let b = k + 1;
      let endD: number | undefined;
      if (DASHES.has(t.low(b)) && t.glued(b) && t.glued(b + 1) && DIGITS.test(t.low(b + 1)) && Number(t.low(b + 1)) > dayNum && Number(t.low(b + 1)) <= 31) {
        endD = Number(t.low(b + 1));
        b += 2;
      }
      if (this.lex.countNouns.has(t.low(b)) || t.low(b) === '%') return null;
      const y = this.yearAfter(t, b);
      if (y) {
        if (!validDay(y.y, m, dayNum)) return null;
        return { a: this.start(p), b: y.b, sem: { k: 'month', m, d: dayNum, ...(endD !== undefined && { endD }), year: { abs: y.y }, dir: null } };
      }
      if (!validDay(2000, m, dayNum)) return null;
      return { a: this.start(p), b, sem: { k: 'month', m, d: dayNum, ...(endD !== undefined && { endD }), dir: this.monthDir(p) } };
    }
    const y = this.yearAfter(t, k);
    if (y) return { a: this.start(p), b: y.b, sem: { k: 'month', m, year: { abs: y.y }, dir: null } };
    const rel = this.relYearAfter(t, k);
    if (rel) return { a: this.start(p), b: rel.b, sem: { k: 'month', m, year: { rel: rel.n }, dir: null } };
    if (abbr && !dotted) return null;
    if (!p.dir && !p.pos) {
      const prev = t.low(p.i - 1);
      if (!MONTH_CONTEXT.has(prev)) return null;
      if (low === 'may' && WEAK_CONTEXT.has(prev)) return null;
      if (t.cap(j + 1) && t.isWord(j + 1) && t.sameLine(j, j + 1) && !this.lex.months.has(t.low(j + 1))) return null;
    }
    return { a: this.start(p), b: k, sem: { k: 'month', m, dir: this.monthDir(p) } };
  }

  /** "Christmas", "last Thanksgiving", "New Year's Day 2020". */
  protected holidayHead(t: Tokens, p: Prefix): Match | null {
    const j = p.j;
    if (!t.cap(j) || (p.dir && (p.dir.base === 'ref' || p.dir.word === 'recent' || p.dir.word === 'current' || p.dir.word === 'past'))) return null;
    for (const h of this.lex.holidays.get(t.low(j)) ?? []) {
      if (!h.words.every((w, k) => t.low(j + k) === w || (w === "'" && APOSTROPHES.has(t.low(j + k))))) continue;
      const b = j + h.words.length;
      const y = this.yearAfter(t, b);
      return { a: this.start(p), b: y ? y.b : b, sem: { k: 'holiday', day: h.day, ...(y && { year: { abs: y.y } }), dir: y ? null : this.monthDir(p) } };
    }
    return null;
  }

  protected weekdayHead(t: Tokens, p: Prefix, j: number): Match | null {
    const low = t.low(j);
    const plural = !this.lex.weekdays.has(low);
    const dow = this.lex.weekdays.get(plural ? low.slice(0, -1) : low);
    if (dow === undefined || !t.cap(j)) return null;
    const fromRef = p.dir?.base === 'ref' && p.dir.dir !== 0;
    if (p.dir && ((p.dir.base === 'ref' && !fromRef) || p.dir.word === 'recent' || p.dir.word === 'current')) return null;
    if (p.i === j && this.lex.namedDays.has(t.low(j - 1)) && t.cap(j - 1)) return null;
    const abbr = this.lex.abbreviations.has(low);
    let k = j + 1;
    if (abbr && t.low(k) === '.' && t.glued(k)) k++;
    const sep = t.low(k) === ',' || t.low(k) === '(' ? k + 1 : k;
    const sameLine = t.sameClause(j, sep);
    const q: Prefix = { i: sep, j: sep, the: false, pos: false, approx: false, dir: null };
    const monthLow = t.low(sep);
    const date = !sameLine
      ? null
      : this.lex.months.has(monthLow)
      ? this.monthHead(t, q, sep)
      : DIGITS.test(monthLow) || ORDINAL_DIGITS.test(monthLow)
        ? this.dayFirst(t, q, Number(/^\d+/.exec(monthLow)?.[0] ?? 0), sep + 1)
        : null;
    if (date && date.sem.k === 'month' && date.sem.d !== undefined) {
      const b = t.low(date.b) === ')' && t.low(k) === '(' ? date.b + 1 : date.b;
      return { a: this.start(p), b, sem: date.sem };
    }
    if (abbr || plural && p.j !== p.i) return null;
    const part = t.sameClause(j, k) ? this.lex.dayparts.get(t.low(k)) : undefined;
    const dir: Dir = p.dir ? p.dir.dir : null;
    const ref = fromRef ? { ref: true } : {};
    if (part && t.low(k) !== 'overnight') {
      const partPlural = t.low(k) === 'nights';
      return { a: this.start(p), b: k + 1, sem: { k: 'weekday', dow, dir, time: part, ...ref, ...(plural || partPlural ? { set: true } : {}) } };
    }
    if (plural && t.low(k) === 'nights') return { a: this.start(p), b: k + 1, sem: { k: 'weekday', dow, dir, time: 'NI', set: true } };
    return { a: this.start(p), b: k, sem: { k: 'weekday', dow, dir, ...ref, ...(plural ? { set: true } : {}) } };
  }

  protected seasonHead(t: Tokens, p: Prefix): Match | null {
    const j = p.j;
    const low = t.low(j);
    const s = this.lex.seasons.get(low) ?? '';
    if (p.dir && (p.dir.base === 'ref' || p.dir.word === 'recent' || p.dir.word === 'current')) return null;
    const y = this.yearAfter(t, j + 1);
    if (y) return { a: p.i, b: y.b, sem: { k: 'season', s, year: { abs: y.y }, dir: null } };
    const rel = this.relYearAfter(t, j + 1);
    if (rel) return { a: p.i, b: rel.b, sem: { k: 'season', s, year: { rel: rel.n }, dir: null } };
    if (t.low(j + 1) === 'of' || t.cap(j) && !t.clauseStart(j) && !p.dir) return null;
    const prev = t.low(p.i - 1);
    const context = p.dir !== null || (p.the && MONTH_CONTEXT.has(prev)) || (!p.the && (p.pos || MONTH_CONTEXT.has(prev)) && low !== 'fall' && low !== 'spring');
    if (!context) return null;
    return { a: p.i, b: j + 1, sem: { k: 'season', s, dir: p.dir ? p.dir.dir : null } };
  }

  protected dayWord(t: Tokens, p: Prefix): Match | null {
    const j = p.j;
    const low = t.low(j);
    if (p.dir || p.the || (t.cap(j) && !t.clauseStart(j) && t.isWord(j - 1) && t.cap(j - 1))) return null;
    const n = low === 'yesterday' ? -1 : low === 'tomorrow' ? 1 : 0;
    if (low === 'tonight') return { a: p.i, b: j + 1, sem: { k: 'rel', unit: 'D', n: 0, base: 'dct', time: 'NI' } };
    const part = this.lex.dayparts.get(t.low(j + 1));
    if (part && t.low(j + 1) !== 'overnight') return { a: p.i, b: j + 2, sem: { k: 'rel', unit: 'D', n, base: 'dct', time: part } };
    return { a: p.i, b: j + 1, sem: { k: 'rel', unit: 'D', n, base: low === 'today' && t.quoted(j) ? 'speech' : 'dct' } };
  }

  /** "this morning", "last night". */
  protected daypartHead(t: Tokens, p: Prefix): Match | null {
    const d = p.dir;
    const part = this.lex.dayparts.get(t.low(p.j));
    if (!d || !part || t.low(p.j) === 'overnight') return null;
    if (d.word === 'this') return { a: p.i, b: p.j + 1, sem: { k: 'rel', unit: 'D', n: 0, base: 'dct', time: part } };
    if (d.word === 'last' && part === 'NI') return { a: p.i, b: p.j + 1, sem: { k: 'rel', unit: 'D', n: -1, base: 'dct', time: part } };
    if (d.word === 'that' || d.word === 'same') return { a: p.i, b: p.j + 1, sem: { k: 'rel', unit: 'D', n: 0, base: 'ref', time: part } };
    return null;
  }

  /**
   * "mid-afternoon yesterday", "early morning", "in the morning": a part of the day the narrative is
   * at, or of the day written after it. Not "late-night" (an adjective).
   */
  protected partOfDay(t: Tokens, p: Prefix): Match | null {
    const low = t.low(p.j);
    const part = this.lex.dayparts.get(low);
    if (!part || low === 'overnight' || t.cap(p.j)) return null;
    const lead = t.low(p.i);
    const positioned = p.pos && !p.the && (lead === 'mid' || (POSITION_AROUND.has(lead) && !t.glued(p.j)));
    const inThe = p.the && !p.pos && p.j === p.i + 1 && (t.low(p.i - 1) === 'in' || t.low(p.i - 1) === 'during') && low !== 'night';
    if (!positioned && !inThe) return null;
    return this.withDay(t, p.i, p.j + 1, part);
  }

  protected clockWord(t: Tokens, p: Prefix): Match | null {
    if (p.dir || p.the) return null;
    const time = t.low(p.j) === 'midnight' ? '24:00' : '12:00';
    return this.withDay(t, p.i, p.j + 1, time);
  }

  /** A time of day, joined with a day written right after it ("noon Saturday", "5 p.m. EST Nov. 9"). */
  protected withDay(t: Tokens, a: number, k: number, time: string): Match {
    const at = t.low(k) === ',' ? k + 1 : k;
    const day = t.sameClause(a, at) ? this.dayAfterTime(t, at) : null;
    if (day) {
      const sem = day.sem;
      if (sem.k === 'weekday' || sem.k === 'month' || sem.k === 'rel') return { a, b: day.b, sem: { ...sem, time } };
      if (sem.k === 'lit' && /^\d{4}-\d{2}-\d{2}$/.test(sem.value)) return { a, b: day.b, sem: { k: 'lit', type: 'TIME', value: `${sem.value}T${time}` } };
    }
    return { a, b: k, sem: { k: 'time', time } };
  }

  protected dayAfterTime(t: Tokens, k: number): Match | null {
    const low = t.low(k);
    const p: Prefix = { i: k, j: k, the: false, pos: false, approx: false, dir: null };
    if (this.lex.weekdays.has(low)) return this.weekdayHead(t, p, k);
    if (this.lex.months.has(low)) {
      const m = this.monthHead(t, p, k);
      return m && m.sem.k === 'month' && m.sem.d !== undefined ? m : m?.sem.k === 'lit' && m.sem.value.length === 10 ? m : null;
    }
    if (low === 'today' || low === 'yesterday' || low === 'tomorrow') return this.dayWord(t, p);
    return null;
  }

  /** "every year", "each Thursday", "every other week", "every two years". */
  protected every(t: Tokens, j: number): Match | null {
    let k = j + 1;
    let n = 1;
    if (t.low(k) === 'other') {
      n = 2;
      k++;
    }
    const low = t.low(k);
    const part = this.lex.dayparts.get(low);
    if (part && low !== 'overnight') return this.lit(j, k + 1, 'SET', `XXXX-XX-XXT${part}`);
    const unit = this.lex.units.get(low);
    if (unit && unit !== 'WE' && low !== 'second') {
      const v = durationValue(n, unit);
      return v ? this.lit(j, k + 1, 'SET', v) : null;
    }
    const dow = this.lex.weekdays.get(low);
    if (dow !== undefined && t.cap(k)) {
      const part = this.lex.dayparts.get(t.low(k + 1));
      return part ? this.lit(j, k + 2, 'SET', `XXXX-WXX-${dow}T${part}`) : this.lit(j, k + 1, 'SET', `XXXX-WXX-${dow}`);
    }
    const m = this.lex.months.get(low);
    if (m !== undefined && t.cap(k) && !this.lex.abbreviations.has(low)) return this.lit(j, k + 1, 'SET', `XXXX-${String(m).padStart(2, '0')}`);
    const s = this.lex.seasons.get(low);
    if (s) return this.lit(j, k + 1, 'SET', `XXXX-${s}`);
    const count = parseCount(t, k, this.lex);
    if (count && count.n !== null && !count.article) {
      const u = this.lex.pluralUnits.get(t.low(count.j));
      const v = u ? durationValue(count.n, u) : null;
      if (v) return this.lit(j, count.j + 1, 'SET', v);
    }
    return null;
  }

  protected perUnit(t: Tokens, j: number): Match | null {
    const unit = this.lex.units.get(t.low(j + 1));
    const v = unit && unit !== 'WE' ? durationValue(1, unit) : null;
    return v ? this.lit(j, j + 2, 'SET', v) : null;
  }

  /** "daily", "annually"; not "Daily" in a name. */
  protected adverb(t: Tokens, j: number): Match | null {
    const prev = t.low(j - 1);
    if (t.cap(j) && (!t.clauseStart(j) || t.cap(j + 1))) return null;
    if (prev === 'the' || prev === 'a' || prev === 'an' || (t.cap(j - 1) && t.isWord(j - 1) && !t.clauseStart(j - 1))) return null;
    return this.lit(j, j + 1, 'SET', this.lex.adverbs.get(t.low(j)) ?? '');
  }

}
