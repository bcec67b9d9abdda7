/** Expressions built on digits: years and compact ranges, decades, numeric dates, clock times. */
import { validDay } from './calendar.js';
import type { Match } from './sem.js';
import type { Tokens } from './tokens.js';
import { UnitGrammar } from './units.js';
import {
  COORDINATORS,
  WEAK_CONTEXT,
  CAP_CONTEXT,
  YEAR_CONTEXT,
  APOSTROPHES,
  DASHES,
  DIGITS,
  ORDINAL_DIGITS,
  DECADE_TOKEN,
  CLOCK,
  CLOCK_SUFFIX,
  SLASH_DATE,
  type Prefix,
} from './words.js';

export abstract class NumberGrammar extends UnitGrammar {
  protected numberHead(t: Tokens, p: Prefix): Match | null {
    const j = p.j;
    const low = t.low(j);
    const iso = this.isoDate(t, p);
    if (iso) return iso;
    const slash = SLASH_DATE.exec(low);
    if (slash) return this.slashDate(p, slash);
    const clock = this.clock(t, p);
    if (clock) return clock;
    const decade = DECADE_TOKEN.exec(low);
    if (decade) return this.decadeDigits(t, p, decade[1] ?? '');
    if (DIGITS.test(low) && low.length === 4) {
      const year = this.year(t, p);
      if (year) return year;
    }
    const ord = ORDINAL_DIGITS.exec(low);
    if (ord) return this.ordinalHead(t, p, Number(ord[1]), j);
    if (DIGITS.test(low) && low.length <= 2) {
      const day = this.dayFirst(t, p, Number(low), j + 1) ?? this.secondDay(t, p, Number(low));
      if (day) return day;
    }
    return this.countHead(t, p);
  }

  /** The second day of "March 3 and 5" / "May 24-25": the month of the first. */
  protected secondDay(t: Tokens, p: Prefix, d: number): Match | null {
    const j = p.j;
    if (p.i !== j || !COORDINATORS.has(t.low(j - 1)) || !t.isNumber(j - 2) || !DIGITS.test(t.low(j - 2))) return null;
    const monthAt = t.low(j - 3) === '.' ? j - 4 : j - 3;
    const m = this.lex.months.get(t.low(monthAt));
    if (m === undefined || !t.cap(monthAt) || Number(t.low(j - 2)) >= d || !validDay(2000, m, d) || this.lex.months.has(t.low(j + 1))) return null;
    const y = this.yearAfter(t, j + 1);
    return { a: j, b: y ? y.b : j + 1, sem: { k: 'month', m, d, ...(y && { year: { abs: y.y } }), dir: null } };
  }

  protected isoDate(t: Tokens, p: Prefix): Match | null {
    const j = p.j;
    if (!/^\d{4}$/.test(t.low(j)) || t.low(j + 1) !== '-' || !t.glued(j + 1) || !t.glued(j + 2)) return null;
    const mm = t.low(j + 2);
    if (!/^\d{2}$/.test(mm) || !mm.startsWith('0') && Number(mm) > 12) return null;
    const y = Number(t.low(j));
    const m = Number(mm);
    if (t.low(j + 3) === '-' && t.glued(j + 3) && t.glued(j + 4) && /^\d{2}$/.test(t.low(j + 4))) {
      const d = Number(t.low(j + 4));
      if (!validDay(y, m, d)) return null;
      return { a: this.start(p), b: j + 5, sem: { k: 'lit', type: 'DATE', value: `${t.low(j)}-${mm}-${t.low(j + 4)}` } };
    }
    if (!mm.startsWith('0') && !(m >= 1 && m <= 12 && Number(mm) <= y % 100)) return null;
    if (m < 1 || m > 12) return null;
    return { a: this.start(p), b: j + 3, sem: { k: 'lit', type: 'DATE', value: `${t.low(j)}-${mm}` } };
  }

  protected slashDate(p: Prefix, m: RegExpExecArray): Match | null {
    let mo = Number(m[1]);
    let d = Number(m[2]);
    if (mo > 12) [mo, d] = [d, mo];
    const yy = m[3] ?? '';
    const y = yy.length === 2 ? (Number(yy) < 50 ? 2000 : 1900) + Number(yy) : Number(yy);
    if (!validDay(y, mo, d) || y < 1000) return null;
    return this.lit(this.start(p), p.j + 1, 'DATE', `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  }

  /** A 4-digit year, a compact range ("1950-53") or a year before a month/season. */
  protected year(t: Tokens, p: Prefix): Match | null {
    const j = p.j;
    const y = Number(t.low(j));
    if (!this.yearOK(t, p, y)) return null;
    if (APOSTROPHES.has(t.low(j + 1)) && t.glued(j + 1) && t.low(j + 2) === 's' && t.glued(j + 2)) {
      return this.decadeValue(p, j + 3, String(y).slice(0, 3), y);
    }
    if (DASHES.has(t.low(j + 1)) && t.glued(j + 1) && t.glued(j + 2) && DIGITS.test(t.low(j + 2))) {
      const tail = t.low(j + 2);
      let end = NaN;
      if (tail.length === 2) {
        end = Math.floor(y / 100) * 100 + Number(tail);
        if (end <= y) end += 100;
      } else if (tail.length === 4) end = Number(tail);
      if (end > y && end - y < 100 && !(tail.length === 2 && t.low(j + 1) === '-' && t.low(j + 3) === '-')) {
        return { a: this.start(p), b: j + 3, sem: { k: 'lit', type: 'DATE', value: String(y), endValue: String(end) } };
      }
      if (tail.length === 2 && Number(tail) <= 12) return null;
    }
    const quarter = this.quarterOfYear(t, p, j + 1, { abs: y });
    if (quarter && (p.the || quarter.sem.k === 'quarter')) return quarter;
    return this.lit(p.pos || p.approx ? p.i : p.j, j + 1, 'DATE', String(y));
  }

  protected yearOK(t: Tokens, p: Prefix, y: number): boolean {
    const j = p.j;
    if (y < 1000 || y > 2099) return false;
    const prev = t.low(p.i - 1);
    const before = p.i < j ? t.low(j - 1) : prev;
    if (this.lex.notYearAfter.has(prev) || this.lex.notYearAfter.has(before)) return false;
    const next = t.low(j + 1);
    if (next === '%' || this.lex.countNouns.has(next)) return false;
    if (next === '.' && t.glued(j + 1) && t.isNumber(j + 2) && t.glued(j + 2)) return false;
    if (t.glued(j) && (prev === '-' || prev === '/') && (t.isWord(p.i - 2) || t.isNumber(p.i - 2)) && t.low(p.i - 2) !== 'mid') return false;
    if ((next === '-' || next === '/') && t.glued(j + 1) && t.isWord(j + 2) && t.glued(j + 2)) return false;
    if (p.i === j && t.isWord(j - 1) && t.cap(j - 1) && !t.clauseStart(j - 1) && !CAP_CONTEXT.has(prev) && !this.lex.months.has(prev)) {
      return false;
    }
    if (p.i === j && (t.isNumber(j - 1) || t.isNumber(j + 1))) return false;
    if (y < 1900 && p.i === j && !YEAR_CONTEXT.has(prev)) return false;
    return true;
  }

  /** "1980s" -> 198; "the 1900s" -> 19 (century); "the 80s" -> 198. */
  protected decadeDigits(t: Tokens, p: Prefix, digits: string): Match | null {
    if (digits.length === 4) {
      const y = Number(digits);
      if (y < 1000 || y > 2090 || y % 10 !== 0) return null;
      return this.decadeValue(p, p.j + 1, digits.slice(0, 3), y);
    }
    const coordinated = WEAK_CONTEXT.has(t.low(p.i - 1)) && DECADE_TOKEN.test(t.low(p.i - 2));
    if (digits.length === 2 && digits.endsWith('0') && (p.the || p.pos || coordinated)) return this.twoDigitDecade(p, p.j + 1, digits);
    return null;
  }

  protected decadeValue(p: Prefix, b: number, three: string, y: number): Match {
    const century = y % 100 === 0 && y < 2000;
    return this.lit(p.i, b, 'DATE', century ? three.slice(0, 2) : three);
  }

  protected twoDigitDecade(p: Prefix, b: number, digits: string): Match {
    const c = Number(digits) <= 10 ? '20' : '19';
    return this.lit(p.i, b, 'DATE', `${c}${digits.slice(0, 1)}`);
  }

  /** "'80s" -> 198; "since '82" -> 1982. */
  protected apostropheDecade(t: Tokens, p: Prefix): Match | null {
    const next = t.low(p.j + 1);
    if (!t.glued(p.j + 1) || t.glued(p.j)) return null;
    const m = DECADE_TOKEN.exec(next);
    if (m && (m[1] ?? '').length === 2 && (m[1] ?? '').endsWith('0')) return this.twoDigitDecade(p, p.j + 2, m[1] ?? '');
    if (/^\d{2}$/.test(next) && YEAR_CONTEXT.has(t.low(p.i - 1)) && !t.isWord(p.j + 2)) {
      const yy = Number(next);
      return this.lit(p.i, p.j + 2, 'DATE', String(yy <= 30 ? 2000 + yy : 1900 + yy));
    }
    return null;
  }

  /** "8:30", "08:00 GMT", "8 a.m.", "8pm", "1400 GMT", optionally followed by the day ("10 p.m. Wednesday"). */
  protected clock(t: Tokens, p: Prefix): Match | null {
    const j = p.j;
    const low = t.low(j);
    let h: number;
    let mi = 0;
    let k = j + 1;
    let explicit = false;
    const c = CLOCK.exec(low);
    const s = CLOCK_SUFFIX.exec(low);
    if (c) {
      h = Number(c[1]);
      mi = Number(c[2]);
    } else if (s) {
      h = Number(s[1]);
      mi = Number(s[2] ?? 0);
      if (h > 12) return null;
      if (s[3] === 'pm' && h < 12) h += 12;
      if (s[3] === 'am' && h === 12) h = 0;
      explicit = true;
    } else if (/^\d{4}$/.test(low) && this.lex.zones.has(t.low(j + 1))) {
      h = Number(low.slice(0, 2));
      mi = Number(low.slice(2));
    } else if (/^\d{1,2}$/.test(low)) {
      h = Number(low);
      if (h > 12) return null;
    } else return null;
    const meridiem = this.meridiem(t, k);
    if (meridiem) {
      if (h > 12) return null;
      if (meridiem.pm && h < 12) h += 12;
      if (!meridiem.pm && h === 12) h = 0;
      k = meridiem.k;
      explicit = true;
    } else if (t.low(k) === 'o' && APOSTROPHES.has(t.low(k + 1)) && t.low(k + 2) === 'clock') {
      k += 3;
      explicit = true;
    }
    if (!c && !explicit && !this.lex.zones.has(t.low(k))) return null;
    if (h > 24 || mi > 59) return null;
    if (c && !explicit && (t.isNumber(j - 1) || t.low(j - 1) === ':' || /^\d/.test(t.low(k)))) return null;
    let utc = false;
    while (this.lex.zones.has(t.low(k)) && t.sameClause(j, k)) {
      utc ||= this.lex.zones.get(t.low(k)) === true;
      k++;
    }
    if (t.low(k) === 'local' && t.low(k + 1) === 'time') k += 2;
    const time = `${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}${utc ? 'Z' : ''}`;
    return this.withDay(t, this.start(p), k, time);
  }

  /** "a.m.", "pm", "in the morning", "in the evening" after an hour. */
  protected meridiem(t: Tokens, k: number): { pm: boolean; k: number } | null {
    const low = t.low(k);
    if (low === 'am' || low === 'pm') return { pm: low === 'pm', k: k + 1 };
    if (low === 'in' && t.low(k + 1) === 'the') {
      const part = this.lex.dayparts.get(t.low(k + 2));
      if (part === 'MO' || part === 'AF' || part === 'EV') return { pm: part !== 'MO', k: k + 3 };
    }
    if ((low === 'a' || low === 'p') && t.low(k + 1) === '.' && t.low(k + 2) === 'm' && t.glued(k + 1) && t.glued(k + 2)) {
      return { pm: low === 'p', k: t.low(k + 3) === '.' && t.glued(k + 3) ? k + 4 : k + 3 };
    }
    return null;
  }
}
