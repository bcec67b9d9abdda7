/**
 * Anchoring: turns what the grammar understood (sem.ts) into a TIMEX3 type
 * and value. Relative expressions count from the publication date, or from
 * the date the narrative last moved to ("the previous month" after "October
 * 2002"); bare weekdays, months and seasons take the nearest one before or
 * after the publication date by the tense of their clause. With no
 * publication date, what cannot be known gets TimeML X placeholders.
 */
import type { TimexType } from '../../schema/result.js';
import {
  addDays,
  addMonths,
  dayNumber,
  daysInMonth,
  formatDay,
  formatMonth,
  isoWeek,
  pad,
  quarterOf,
  validDay,
  weekday,
  type Day,
} from './calendar.js';
import type { HolidayDay, Tense } from './lexicon.js';
import type { RelUnit, Sem, YearSpec } from './sem.js';

interface Resolved {
  readonly type: TimexType;
  readonly value: string;
  readonly endValue?: string;
  /** the value needed the publication date and there was none */
  readonly unresolved: boolean;
}

/** A point the narrative is at: granularity and its first day. */
interface Point {
  readonly gran: 'Y' | 'Q' | 'M' | 'W' | 'D';
  readonly day: Day;
}

/** How far (days) a bare month or day may lie from the publication date on the side its tense points to. */
const RECENT = 310;
/** How many days before publication quoted words may have been said on the day the narrative is at. */
const SPEECH_REACH = 7;
const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const X: Readonly<Record<RelUnit, string>> = { D: 'XXXX-XX-XX', W: 'XXXX-WXX', WE: 'XXXX-WXX-WE', M: 'XXXX-XX', Q: 'XXXX-QX', Y: 'XXXX', E: 'XXX', C: 'XX' };
const GRAN_RANK: Readonly<Record<Point['gran'], number>> = { Y: 0, Q: 1, M: 2, W: 3, D: 4 };
const NEEDS: Readonly<Record<RelUnit, number>> = { Y: 0, E: 0, C: 0, Q: 1, M: 2, W: 3, WE: 3, D: 4 };
/**
 * Periods a results report compares whole with "a year earlier": a year, or a run of months that is
 * not a quarter ("the nine months", "the six months ended Aug. 12"). A quarter named later in the
 * clause takes over again.
 */
const NOT_QUARTER = /^(?:\d{4}|P1Y|P(?:[1-24-9]|1[0-9])M)$/;
const QUARTER_LONG = /^(?:\d{4}-Q[1-4]|P3M)$/;

/** The day a holiday falls on in year y. */
function holidayIn(day: HolidayDay, y: number): Day {
  if ('d' in day) return { y, m: day.m, d: day.d };
  if (day.nth > 0) {
    const first = weekday({ y, m: day.m, d: 1 });
    return { y, m: day.m, d: 1 + ((day.dow - first + 7) % 7) + 7 * (day.nth - 1) };
  }
  const lastDay = daysInMonth(y, day.m);
  const last = weekday({ y, m: day.m, d: lastDay });
  return { y, m: day.m, d: lastDay - ((last - day.dow + 7) % 7) };
}

function pointOf(value: string): Point | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    return validDay(day.y, day.m, day.d) ? { gran: 'D', day } : null;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { gran: 'M', day: { y: Number(m[1]), m: Number(m[2]), d: 1 } };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { gran: 'Q', day: { y: Number(m[1]), m: (Number(m[2]) - 1) * 3 + 1, d: 1 } };
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    const jan4 = { y: Number(m[1]), m: 1, d: 4 };
    return { gran: 'W', day: addDays(jan4, (Number(m[2]) - 1) * 7 - (weekday(jan4) - 1)) };
  }
  m = /^(\d{4})(?:-(?:SP|SU|FA|WI|H[12]))?$/.exec(value);
  if (m) return { gran: 'Y', day: { y: Number(m[1]), m: 1, d: 1 } };
  return null;
}

export class Resolver {
  /** where the narrative is: the last date mentioned */
  private ref: Point | null = null;
  /** the last day mentioned: what "that day", "the day", "a day earlier" count from, though a month or year came since */
  private lastDay: Day | null = null;
  /** the last quarter mentioned: what "the quarter" and "a year earlier" refer to in a results report */
  private lastQuarter: { y: number; q: number } | null = null;
  /** the clause being read, and whether it names a period other than a quarter ("for the nine months", "in 1989") */
  private clause = -1;
  private clauseNotQuarter = false;

  constructor(private readonly dct: Day | null) {}

  /**
   * Record a resolved mention as the narrative's new reference point. Comparisons ("a year
   * earlier", "year-ago", "the same period last year") look back from the reference without moving it.
   */
  update(sem: Sem, r: Resolved): void {
    if (NOT_QUARTER.test(r.value)) this.clauseNotQuarter = true;
    else if (QUARTER_LONG.test(r.value)) this.clauseNotQuarter = false;
    if ((r.type !== 'DATE' && r.type !== 'TIME') || (sem.k === 'rel' && sem.ago === true) || sem.k === 'compared') return;
    const point = pointOf(r.value);
    if (!point) return;
    this.ref = point;
    if (point.gran === 'D') this.lastDay = point.day;
    if (point.gran === 'Q') this.lastQuarter = { y: point.day.y, q: quarterOf(point.day.m) };
    else if (point.gran === 'Y' && this.lastQuarter && point.day.y !== this.lastQuarter.y) this.lastQuarter = null;
  }

  /** Mentions come in text order; a new clause forgets the period the last one named. */
  enterClause(clause: number): void {
    if (clause === this.clause) return;
    this.clause = clause;
    this.clauseNotQuarter = false;
  }

  resolve(sem: Sem, tense: () => Tense | null): Resolved {
    switch (sem.k) {
      case 'lit':
        return { type: sem.type, value: sem.value, ...(sem.endValue !== undefined && { endValue: sem.endValue }), unresolved: false };
      case 'rel':
        return this.rel(sem, tense);
      case 'month':
        return this.month(sem, tense);
      case 'holiday':
        return this.holiday(sem, tense);
      case 'weekday':
        return this.weekday(sem.dow, sem.dir, sem.time, sem.set === true, sem.ref === true, tense);
      case 'season':
        return this.season(sem.s, sem.year, sem.dir, tense);
      case 'quarter': {
        const y = this.quarterYear(sem.q, sem.half, sem.year, tense);
        const part = `${sem.half ? 'H' : 'Q'}${sem.q}`;
        return { type: 'DATE', value: y === null ? `XXXX-${part}` : `${pad(y, 4)}-${part}`, unresolved: y === null };
      }
      case 'focus':
        return this.focus(sem.unit, sem.latest);
      case 'compared':
        return this.compared(sem);
      case 'time': {
        const day = this.lastDay ?? this.dct;
        return { type: 'TIME', value: `${day ? formatDay(day) : 'XXXX-XX-XX'}T${sem.time}`, unresolved: day === null };
      }
    }
  }

  /** A quarter or half with no year: this year's, or last year's when the clause is past and it is still to come. */
  private quarterYear(q: number, half: boolean, spec: YearSpec | undefined, tense: () => Tense | null): number | null {
    if (spec || !this.dct) return this.year(spec);
    const current = half ? (this.dct.m <= 6 ? 1 : 2) : quarterOf(this.dct.m);
    if (q > current && tense() === 'past') return this.dct.y - 1;
    return this.dct.y;
  }

  private year(spec: YearSpec | undefined): number | null {
    if (spec && 'abs' in spec) return spec.abs;
    if (!this.dct) return null;
    return this.dct.y + (spec && 'rel' in spec ? spec.rel : 0);
  }

  private withTime(type: TimexType, value: string, time: string | undefined, unresolved: boolean): Resolved {
    return time ? { type: 'TIME', value: `${value}T${time}`, unresolved } : { type, value, unresolved };
  }

  private rel(sem: Extract<Sem, { k: 'rel' }>, tense: () => Tense | null): Resolved {
    const { unit, base, time } = sem;
    const ago = sem.ago === true;
    const n = sem.n;
    if (unit === 'Q' && base === 'ref' && this.lastQuarter) return this.quarter(this.lastQuarter.y * 4 + this.lastQuarter.q - 1 + n);
    const useRef = base === 'ref' && this.ref !== null && GRAN_RANK[this.ref.gran] >= NEEDS[unit];
    const dayRef = this.lastDay && ((base === 'ref' && unit === 'D') || (base === 'speech' && this.spokenDay())) ? { gran: 'D' as const, day: this.lastDay } : null;
    const from = dayRef ?? (useRef ? this.ref : this.dct ? { gran: 'D' as const, day: this.dct } : null);
    if (unit === 'Y' && ago && this.lastQuarter && !this.clauseNotQuarter) {
      return { type: 'DATE', value: `${pad(this.lastQuarter.y + n, 4)}-Q${this.lastQuarter.q}`, unresolved: false };
    }
    if (!from) return this.withTime('DATE', X[unit], time, true);
    const day = from.day;
    if (ago && (unit === 'E' || unit === 'C')) return { type: 'DATE', value: pad(day.y + n * (unit === 'E' ? 10 : 100), 4), unresolved: false };
    switch (unit) {
      case 'D':
        return this.withTime('DATE', formatDay(addDays(day, n)), time, false);
      case 'W':
        return { type: 'DATE', value: isoWeek(addDays(day, 7 * n)), unresolved: false };
      case 'WE':
        return { type: 'DATE', value: `${isoWeek(this.weekend(day, n, tense))}-WE`, unresolved: false };
      case 'M': {
        const m = addMonths(day.y, day.m, n);
        return { type: 'DATE', value: formatMonth(m.y, m.m), unresolved: false };
      }
      case 'Q':
        return this.quarter(day.y * 4 + quarterOf(day.m) - 1 + n);
      case 'Y':
        return { type: 'DATE', value: pad(day.y + n, 4), unresolved: false };
      case 'E':
        return { type: 'DATE', value: String(Math.floor(day.y / 10) + n), unresolved: false };
      case 'C':
        return { type: 'DATE', value: pad(Math.floor(day.y / 100) + n), unresolved: false };
    }
  }

  /** Quarter number k counted from year 0 (k = 4y + q - 1). */
  private quarter(k: number): Resolved {
    return { type: 'DATE', value: `${pad(Math.floor(k / 4), 4)}-Q${(k % 4) + 1}`, unresolved: false };
  }

  private focus(unit: 'Q' | 'Y', latest: boolean): Resolved {
    const q = this.lastQuarter;
    if (unit === 'Y') {
      const y = q?.y ?? this.dct?.y;
      return y === undefined ? { type: 'DATE', value: 'XXXX', unresolved: true } : { type: 'DATE', value: pad(y, 4), unresolved: false };
    }
    if (q && !latest) return this.quarter(q.y * 4 + q.q - 1);
    const last = this.latestQuarter();
    return last ? this.quarter(last.y * 4 + last.q - 1) : { type: 'DATE', value: 'XXXX-QX', unresolved: true };
  }

  /** The last quarter complete at publication: what a results report is about when it names none. */
  private latestQuarter(): { y: number; q: number } | null {
    if (!this.dct) return null;
    const k = this.dct.y * 4 + quarterOf(this.dct.m) - 2;
    return { y: Math.floor(k / 4), q: (k % 4) + 1 };
  }

  /**
   * A period set against another year's: the quarter last mentioned (else the last complete one), or
   * the month the narrative is at ('P' takes the month when the narrative is at a month, or at a day
   * with no quarter mentioned), in the year named or counted back.
   */
  private compared(sem: Extract<Sem, { k: 'compared' }>): Resolved {
    const ref = this.ref;
    const gran = sem.unit === 'P' ? (ref?.gran === 'M' || (ref?.gran === 'D' && !this.lastQuarter) ? 'M' : 'Q') : sem.unit;
    const q = this.lastQuarter ?? this.latestQuarter();
    const refYear = gran === 'Q' ? q?.y : ref?.day.y;
    const y = 'abs' in sem.year ? sem.year.abs : sem.fromRef && refYear !== undefined ? refYear + sem.year.rel : this.year(sem.year);
    if (y === null) return { type: 'DATE', value: 'XXXX', unresolved: true };
    const qn = sem.q ?? q?.q;
    if (gran === 'Q') return { type: 'DATE', value: qn !== undefined ? `${pad(y, 4)}-Q${qn}` : pad(y, 4), unresolved: false };
    const day = ref && GRAN_RANK[ref.gran] >= GRAN_RANK.M ? ref.day : this.dct;
    if (!day) return { type: 'DATE', value: pad(y, 4), unresolved: false };
    return { type: 'DATE', value: formatMonth(y, day.m), unresolved: false };
  }

  /** The narrative is at a day of the week before publication: the day quoted words were said ("today" in a quotation). */
  private spokenDay(): boolean {
    if (!this.lastDay || !this.dct) return false;
    const back = dayNumber(this.dct) - dayNumber(this.lastDay);
    return back > 0 && back <= SPEECH_REACH;
  }

  /** The Saturday of the weekend meant: n -1 the last one, 1 the next, 0 by tense. */
  private weekend(day: Day, n: number, tense: () => Tense | null): Day {
    const dow = weekday(day);
    const prevSat = addDays(day, dow >= 6 ? 6 - dow : -(dow + 1));
    const future = n > 0 || (n === 0 && tense() === 'future');
    if (future) return dow >= 6 && n === 0 ? prevSat : addDays(prevSat, 7);
    return prevSat;
  }

  private month(sem: Extract<Sem, { k: 'month' }>, tense: () => Tense | null): Resolved {
    const md = sem.d === undefined ? pad(sem.m) : `${pad(sem.m)}-${pad(sem.d)}`;
    let y: number | null;
    if (sem.year) y = this.year(sem.year);
    else if (!this.dct) y = null;
    else y = this.pickYear((year) => ({ y: year, m: sem.m, d: sem.d ?? 15 }), sem.d === undefined, sem.dir, tense);
    if (y === null) return this.withTime('DATE', `XXXX-${md}`, sem.time, true);
    if (sem.d !== undefined && !validDay(y, sem.m, sem.d)) return this.withTime('DATE', `XXXX-${md}`, sem.time, false);
    const value = `${pad(y, 4)}-${md}`;
    const end = sem.endD !== undefined ? `${pad(y, 4)}-${pad(sem.m)}-${pad(sem.endD)}` : undefined;
    const r = this.withTime('DATE', value, sem.time, false);
    return end ? { ...r, endValue: end } : r;
  }

  /**
   * The year of a day (or a whole month) written without one: by direction word; else the one on
   * the side the clause's tense points to, when that is within RECENT days; else the nearest.
   */
  private pickYear(dayIn: (y: number) => Day, wholeMonth: boolean, dir: -1 | 0 | 1 | null, tense: () => Tense | null): number {
    const dct = this.dct as Day;
    const now = dayNumber(dct);
    const at = (y: number): number => dayNumber(dayIn(y));
    if (dir === 0 || (wholeMonth ? dayIn(dct.y).m === dct.m : at(dct.y) === now)) return dct.y;
    const past = at(dct.y) < now ? dct.y : dct.y - 1;
    const future = at(dct.y) > now ? dct.y : dct.y + 1;
    if (dir === -1) return past;
    if (dir === 1) return future;
    const t = tense();
    if (t === 'past' && now - at(past) <= RECENT) return past;
    if (t === 'future' && at(future) - now <= RECENT) return future;
    return now - at(past) <= at(future) - now ? past : future;
  }

  private holiday(sem: Extract<Sem, { k: 'holiday' }>, tense: () => Tense | null): Resolved {
    const dayIn = (y: number): Day => holidayIn(sem.day, y);
    let y: number | null;
    if (sem.year) y = this.year(sem.year);
    else if (!this.dct) y = null;
    else y = this.pickYear(dayIn, false, sem.dir, tense);
    if (y === null) return { type: 'DATE', value: 'd' in sem.day ? `XXXX-${pad(sem.day.m)}-${pad(sem.day.d)}` : 'XXXX-XX-XX', unresolved: true };
    return { type: 'DATE', value: formatDay(dayIn(y)), unresolved: false };
  }

  /** A weekday counted from the publication day, or (`fromRef`) from the day the narrative is at. */
  private weekday(dow: number, dir: -1 | 0 | 1 | null, time: string | undefined, set: boolean, fromRef: boolean, tense: () => Tense | null): Resolved {
    if (set) return { type: 'SET', value: `XXXX-WXX-${dow}${time ? `T${time}` : ''}`, unresolved: false };
    const base = fromRef ? this.lastDay ?? this.dct : this.dct;
    if (!base) return this.withTime('DATE', `XXXX-WXX-${dow}`, time, true);
    const today = weekday(base);
    const back = ((today - dow + 7) % 7) || 7;
    const ahead = ((dow - today + 7) % 7) || 7;
    let offset: number;
    if (dir === -1) offset = -back;
    else if (dir === 1) offset = ahead;
    else if (dow === today) offset = 0;
    else offset = tense() === 'future' ? ahead : -back;
    return this.withTime('DATE', formatDay(addDays(base, offset)), time, false);
  }

  private season(s: string, spec: YearSpec | undefined, dir: -1 | 0 | 1 | null, tense: () => Tense | null): Resolved {
    if (spec) {
      const y = this.year(spec);
      return { type: 'DATE', value: y === null ? `XXXX-${s}` : `${pad(y, 4)}-${s}`, unresolved: y === null };
    }
    if (!this.dct) return { type: 'DATE', value: `XXXX-${s}`, unresolved: true };
    const now = this.dct.y * 12 + this.dct.m - 1;
    const first = (y: number): number => y * 12 + (SEASON_START[s] ?? 1) - 1;
    const years = [this.dct.y - 2, this.dct.y - 1, this.dct.y, this.dct.y + 1];
    const current = years.find((y) => first(y) <= now && now <= first(y) + 2);
    const last = years.filter((y) => first(y) + 2 < now).pop() ?? this.dct.y - 1;
    const next = years.find((y) => first(y) > now) ?? this.dct.y + 1;
    let y: number;
    if (dir === -1) y = last;
    else if (dir === 1) y = next;
    else if (current !== undefined) y = current;
    else if (dir === 0) y = this.dct.y;
    else {
      const t = tense();
      y = t === 'past' ? last : t === 'future' ? next : this.dct.y;
    }
    return { type: 'DATE', value: `${pad(y, 4)}-${s}`, unresolved: false };
  }
}
