/**
 * What the grammar understood of an expression, before anchoring: the
 * scanner produces these, the resolver turns them into TIMEX3 type/value
 * against the publication date, the tense of the clause and the date the
 * narrative last moved to.
 */
import type { TimexType } from '../../schema/result.js';
import type { HolidayDay } from './lexicon.js';

/** Direction given by a modifier: -1 "last", 0 "this", 1 "next"; null leaves it to the tense. */
export type Dir = -1 | 0 | 1 | null;

/** A year written out, or an offset from the publication year ("next year" = 1). */
export type YearSpec = { readonly abs: number } | { readonly rel: number };

/** Units relative expressions count in: day, week, weekend, month, quarter, year, decade, century. */
export type RelUnit = 'D' | 'W' | 'WE' | 'M' | 'Q' | 'Y' | 'E' | 'C';

export type Sem =
  /** fully known from the text: years, full dates, durations, sets, *_REF */
  | { readonly k: 'lit'; readonly type: TimexType; readonly value: string; readonly endValue?: string }
  /** a month, or a day of a month, with or without its year */
  | {
      readonly k: 'month';
      readonly m: number;
      readonly d?: number;
      readonly endD?: number;
      readonly year?: YearSpec;
      readonly dir: Dir;
      readonly time?: string;
    }
  /** a holiday: a fixed day, or the n-th weekday of a month (Thanksgiving) */
  | { readonly k: 'holiday'; readonly day: HolidayDay; readonly year?: YearSpec; readonly dir: Dir }
  /** a weekday; `ref` counts its direction from the day the narrative is at ("the previous Friday") */
  | { readonly k: 'weekday'; readonly dow: number; readonly dir: Dir; readonly time?: string; readonly set?: boolean; readonly ref?: boolean }
  | { readonly k: 'season'; readonly s: string; readonly year?: YearSpec; readonly dir: Dir }
  /** quarter (`half` false) or half year (`half` true) */
  | { readonly k: 'quarter'; readonly q: number; readonly half: boolean; readonly year?: YearSpec }
  /**
   * n units from the publication date (`base` 'dct': today, last week, two days ago) or from the
   * date the narrative is at (`base` 'ref': the previous month, that year, a day earlier).
   * `ago` marks "N years ago/earlier", which keeps a quarter's granularity in financial news;
   * `base` 'speech' is "today" inside a quotation: the day the words were said, where the narrative
   * gave one (the day it is at, in the week before publication), else the publication date.
   */
  | {
      readonly k: 'rel';
      readonly unit: RelUnit;
      readonly n: number;
      readonly base: 'dct' | 'ref' | 'speech';
      readonly time?: string;
      readonly ago?: boolean;
    }
  /**
   * The period a results report is about: "the quarter" (the quarter last mentioned, else the last
   * complete one; `latest` always the last complete one), "the year" (the year of that quarter, else
   * the publication year).
   */
  | { readonly k: 'focus'; readonly unit: 'Q' | 'Y'; readonly latest: boolean }
  /**
   * A period of a results report set against the same period of another year: "the same period last
   * year", "the quarter a year ago", "last year's quarter", "the 1988 period". `unit` 'P' ("period",
   * "time") has the granularity of the period the narrative is at. With `fromRef`, a `rel` year
   * counts from that period's year ("a year earlier"), else from the publication year ("last year").
   * `q` names the quarter ("the year-earlier third quarter").
   */
  | { readonly k: 'compared'; readonly unit: 'Q' | 'M' | 'P'; readonly year: YearSpec; readonly fromRef: boolean; readonly q?: number }
  /** a time of day (`08:00`, `NI`) on the day the clause is about */
  | { readonly k: 'time'; readonly time: string };

/** A parsed expression: tokens [a, b) and its meaning. */
export interface Match {
  readonly a: number;
  readonly b: number;
  readonly sem: Sem;
}
