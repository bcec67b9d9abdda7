/** Word lists, patterns and small value helpers shared by the date grammar's parts. */

/** Modifiers in front of a head, as read by `prefix`. */
export interface Prefix {
  /** first token of the expression (an approximator, "the", a position word or the direction word) */
  readonly i: number;
  /** first token of the head */
  readonly j: number;
  readonly the: boolean;
  /** "early", "late", "mid", "earlier", "later", "the end of", ...: part of the span, same value */
  readonly pos: boolean;
  /** "about", "more than", ...: part of a duration's span */
  readonly approx: boolean;
  readonly dir: DirWord | null;
}

export interface DirWord {
  readonly word: string;
  readonly dir: -1 | 0 | 1;
  readonly base: 'dct' | 'ref';
}

export const APPROX = new Set(['about', 'around', 'approximately', 'nearly', 'almost', 'roughly', 'some']);
/** Multi-word approximators, by first word. */
export const APPROX_PHRASES: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  ['more', [['than']]],
  ['less', [['than']]],
  ['fewer', [['than']]],
  ['at', [['least'], ['most']]],
  ['up', [['to']]],
  ['no', [['more', 'than'], ['less', 'than']]],
  ['just', [['over'], ['under']]],
  ['as', [['many', 'as'], ['much', 'as']]],
]);
export const POSITION = new Set(['early', 'late', 'mid', 'earlier', 'later', 'fiscal']);
/** Position words that also place a part of the day: "early morning", "late afternoon". */
export const POSITION_AROUND = new Set(['early', 'late']);
/** "the first nine months", "the final two weeks" */
export const FIRST = new Set(['first', 'final', 'initial', 'remaining', 'latest']);
/** Words between an amount and its unit: "20 more years", "an additional year", "six straight days". */
export const EXTRA = new Set(['more', 'additional', 'extra', 'further', 'straight', 'consecutive', 'full', 'long', 'whole', 'entire']);
/** "the full year", "the latest quarter", "the most recent quarter": same period, no count after */
export const WHOLE = new Set(['full', 'entire', 'whole', 'latest', 'fiscal', 'calendar']);
export const POSITION_OF = new Set(['end', 'beginning', 'start', 'middle', 'turn', 'rest', 'remainder', 'close']);
export const DIRS: ReadonlyMap<string, DirWord> = new Map(
  (
    [
      ['last', -1, 'dct'],
      ['past', -1, 'dct'],
      ['this', 0, 'dct'],
      ['current', 0, 'dct'],
      ['next', 1, 'dct'],
      ['coming', 1, 'dct'],
      ['upcoming', 1, 'dct'],
      ['previous', -1, 'ref'],
      ['preceding', -1, 'ref'],
      ['prior', -1, 'ref'],
      ['following', 1, 'ref'],
      ['same', 0, 'ref'],
      ['that', 0, 'ref'],
      ['recent', -1, 'dct'],
    ] as const
  ).map(([word, dir, base]) => [word, { word, dir, base }]),
);
/** Words before a bare month or season that make it a date ("in March", "since May"). */
export const MONTH_CONTEXT = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'through', 'thru', 'during', 'of', 'before', 'after', 'between', 'and', 'or', 'to', 'over',
  'on', 'for', 'late', 'early', 'mid', 'last', 'this', 'next', 'each', 'every', 'around', 'until', 'throughout', 'into',
]);
/** Words joining two dates of one range or list ("March 3 and 5", "Jan. 1 to Feb. 28, 2019"). */
export const COORDINATORS = new Set(['and', 'or', 'to', 'through', 'until', 'till', '-', '–']);
export const WEAK_CONTEXT = new Set(['and', 'or', 'to']);
/** Capitalized words before a year, weekday or month that still leave it a date. */
export const CAP_CONTEXT = new Set([
  'in', 'on', 'since', 'by', 'until', 'from', 'before', 'after', 'during', 'through', 'last', 'next', 'this', 'early', 'late', 'earlier',
  'later', 'every', 'each', 'fiscal', 'fy', 'ad', 'bc', 'ce', 'bce', 'mid', 'as', 'of', 'at', 'for', 'between', 'circa',
]);
export const YEAR_CONTEXT = new Set([
  'in', 'since', 'from', 'until', 'till', 'by', 'of', 'to', 'through', 'between', 'and', 'during', 'before', 'after', 'circa', 'c',
  'year', 'early', 'late', 'mid', 'fiscal', 'around', 'founded', 'established', 'built', 'born', 'died', 'until', 'as', 'spring', 'summer',
  'autumn', 'fall', 'winter', 'ad', 'bc', 'or', 'the',
]);
export const APOSTROPHES = new Set(["'", '’', '‘']);
export const APOSTROPHE_CODES = new Set([39, 0x2019, 0x2018]);
/** How many tokens before its head an expression can start ("at least the past several quarters"). */
export const OPENER_REACH = 6;
export const DASHES = new Set(['-', '–', '—', '/']);
export const QUARTER_TOKEN = /^q([1-4])$/;
export const DIGITS = /^\d+$/;
export const ORDINAL_DIGITS = /^(\d{1,2})(st|nd|rd|th)$/;
export const DECADE_TOKEN = /^(\d{2,4})s$/;
export const CLOCK = /^(\d{1,2}):(\d{2})$/;
export const CLOCK_SUFFIX = /^(\d{1,2})(?::?(\d{2}))?(am|pm)$/;
export const SLASH_DATE = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})$/;

const SMALLER: Readonly<Record<string, { unit: string; factor: number }>> = {
  Y: { unit: 'M', factor: 12 },
  M: { unit: 'D', factor: 30 },
  W: { unit: 'D', factor: 7 },
  D: { unit: 'TH', factor: 24 },
  TH: { unit: 'TM', factor: 60 },
  TM: { unit: 'TS', factor: 60 },
};

/** The TIMEX3 duration value of n units (`PT2H`, `P3Y`, `P2Y6M`, `PXY`); null for units with no duration (weekend). */
export function durationValue(n: number | null, code: string): string | null {
  if (code === 'WE') return null;
  if (n === null) return code.startsWith('T') ? `PTX${code.slice(1)}` : `PX${code === '2W' ? 'W' : code}`;
  let amount = n;
  let unit = code;
  if (unit === '2W') {
    amount *= 2;
    unit = 'W';
  } else if (unit === 'E' || unit === 'C' || unit === 'L') {
    amount *= unit === 'E' ? 10 : unit === 'C' ? 100 : 1000;
    unit = 'Y';
  }
  const parts: [number, string][] = [];
  const whole = Math.floor(amount);
  const smaller = SMALLER[unit];
  const rest = smaller ? (amount - whole) * smaller.factor : 0;
  if (smaller && rest > 0 && Number.isInteger(rest)) {
    if (whole > 0) parts.push([whole, unit]);
    parts.push([rest, smaller.unit]);
  } else parts.push([amount, unit]);
  const date = parts.filter(([, u]) => !u.startsWith('T')).map(([v, u]) => `${v}${u}`).join('');
  const time = parts.filter(([, u]) => u.startsWith('T')).map(([v, u]) => `${v}${u.slice(1)}`).join('');
  return `P${date}${time ? `T${time}` : ''}`;
}
