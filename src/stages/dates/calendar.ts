/** Proleptic Gregorian day arithmetic and TIMEX3 value formatting. */

export interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const MS_DAY = 86_400_000;

export function dayNumber(day: Day): number {
  return Math.floor(Date.UTC(day.y, day.m - 1, day.d) / MS_DAY);
}

function fromDayNumber(n: number): Day {
  const date = new Date(n * MS_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  return fromDayNumber(dayNumber(day) + n);
}

/** ISO weekday, Monday 1 .. Sunday 7. */
export function weekday(day: Day): number {
  return ((((dayNumber(day) + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Month arithmetic on (year, month) pairs. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (((k % 12) + 12) % 12) + 1 };
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatDay(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** ISO 8601 week of a day: `YYYY-Www`, the year being the ISO week-numbering year. */
export function isoWeek(day: Day): string {
  const n = dayNumber(day);
  const thursday = fromDayNumber(n - weekday(day) + 4);
  const jan1 = dayNumber({ y: thursday.y, m: 1, d: 1 });
  const week = Math.floor((dayNumber(thursday) - jan1) / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

export function parseDay(value: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return validDay(y, mo, d) ? { y, m: mo, d } : null;
}
