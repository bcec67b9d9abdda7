/** The word lists of the dates grammar, loaded once from src/lexicons/dates-*.txt. */
import { loadAbbreviations } from '../../lexicons/abbreviations.js';
import { loadCalendar } from '../../lexicons/calendar.js';
import { loadConditionals } from '../../lexicons/conditionals.js';
import { loadLexicon, loadTable } from '../../lexicons/load.js';
import { TimexTypeSchema, type TimexType } from '../../schema/result.js';

export type Tense = 'past' | 'present' | 'future';

/** A fixed phrase with a reference value ("now", "the past"); `after` requires that previous word. */
interface RefPhrase {
  readonly words: readonly string[];
  readonly type: TimexType;
  readonly value: string;
  readonly after: string | null;
}

/** A holiday's day: a fixed day of a month, or the n-th (-1: last) weekday of a month. */
export type HolidayDay = { readonly m: number; readonly d: number } | { readonly m: number; readonly dow: number; readonly nth: number };

export interface Holiday {
  readonly words: readonly string[];
  readonly day: HolidayDay;
}

export interface DateLexicon {
  /** month name or abbreviation -> month number */
  readonly months: ReadonlyMap<string, number>;
  readonly weekdays: ReadonlyMap<string, number>;
  /** abbreviations (of months and weekdays), which need a date context to count */
  readonly abbreviations: ReadonlySet<string>;
  /** season -> SP|SU|FA|WI */
  readonly seasons: ReadonlyMap<string, string>;
  /** part of day -> MO|AF|EV|NI */
  readonly dayparts: ReadonlyMap<string, string>;
  /** singular unit -> TIMEX3 unit code (TS, TM, TH, D, W, 2W, WE, M, Q, Y, E, C, L) */
  readonly units: ReadonlyMap<string, string>;
  /** plural unit -> code */
  readonly pluralUnits: ReadonlyMap<string, string>;
  /** frequency adverb -> SET value */
  readonly adverbs: ReadonlyMap<string, string>;
  readonly cardinals: ReadonlyMap<string, number>;
  readonly vague: ReadonlySet<string>;
  readonly ordinals: ReadonlyMap<string, number>;
  /** "eighties" -> 8 */
  readonly decades: ReadonlyMap<string, number>;
  /** reference phrases by their first word, longest first */
  readonly refs: ReadonlyMap<string, readonly RefPhrase[]>;
  /** holidays by their first word, longest first */
  readonly holidays: ReadonlyMap<string, readonly Holiday[]>;
  /** nouns after a 4-digit number that make it a count ("2000 troops") */
  readonly countNouns: ReadonlySet<string>;
  /** words and signs before a 4-digit number that make it a code or an amount ("$2000", "No. 1990") */
  readonly notYearAfter: ReadonlySet<string>;
  /** capitalized words that make a weekday a name ("Black Friday") */
  readonly namedDays: ReadonlySet<string>;
  /** time zone -> whether it is UTC (TimeML writes a Z) */
  readonly zones: ReadonlyMap<string, boolean>;
  /** words that may follow "the past"/"the future" used as nouns */
  readonly nounOk: ReadonlySet<string>;
  readonly tense: ReadonlyMap<string, Tense>;
  /** words ending in -ed that are not past forms */
  readonly notPast: ReadonlySet<string>;
  /** the words before "to be" that make it a state, not a plan ("used", "believed", "turned out"; dates-raising.txt), by their last word */
  readonly raising: PhraseIndex;
  /** the phrases of conditionals.txt that open a condition ("if", "unless", "provided that"), by their last word */
  readonly conditionals: PhraseIndex;
  /** words whose period does not end a sentence in the fallback splitter: abbreviations.txt's titles and abbreviations, lower-cased, as the word before their last period ("mr", "sept", the "s" of "U.S.") */
  readonly noBreak: ReadonlySet<string>;
}

/** Phrases as token lists, by their last word: matched backwards from a token. */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

function byLastWord(phrases: readonly string[]): PhraseIndex {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const last = words.at(-1) ?? '';
    index.set(last, [...(index.get(last) ?? []), words]);
  }
  return index;
}

const UNITS = [{ name: 'form' }, { name: 'kind', values: ['unit', 'units', 'adverb'] }, { name: 'code' }] as const;
const NUMBERS = [{ name: 'form' }, { name: 'kind', values: ['cardinal', 'vague', 'ordinal', 'decade'] }, { name: 'value' }] as const;
const REFS = [{ name: 'phrase' }, { name: 'type', values: TimexTypeSchema.options }, { name: 'value' }, { name: 'after:word', optional: true }] as const;
const HOLIDAYS = [{ name: 'phrase' }, { name: 'day' }] as const;
const CONTEXT = [{ name: 'word' }, { name: 'kind', values: ['count', 'not-year-after', 'named-day', 'zone', 'zone-utc', 'noun-ok'] }] as const;
const TENSE = [{ name: 'form' }, { name: 'tense', values: ['past', 'present', 'future', 'notpast'] }] as const;

/** abbreviations.txt's titles and abbreviations as the word before their last period, lower-cased: "Mr." -> mr, "U.S." -> s. */
function abbreviatedWords(): ReadonlySet<string> {
  const { titles, abbreviations } = loadAbbreviations();
  return new Set([...titles, ...abbreviations].map((entry) => entry.slice(0, -1).split('.').at(-1)?.toLowerCase() ?? ''));
}

/** A phrase split the way the tokenizer splits text: "new year's day" -> new, year, ', s, day. */
const phraseTokens = (phrase: string): string[] => phrase.replace(/['’]/g, " ' ").trim().split(/\s+/);

export function loadDateLexicon(): DateLexicon {
  const months = new Map<string, number>();
  const weekdays = new Map<string, number>();
  const abbreviations = new Set<string>();
  const seasons = new Map<string, string>();
  const dayparts = new Map<string, string>();
  for (const [form, kind, code, abbr] of loadCalendar()) {
    if (abbr === 'abbr') abbreviations.add(form);
    if (kind === 'month') months.set(form, Number(code));
    else if (kind === 'weekday') weekdays.set(form, Number(code));
    else if (kind === 'season') seasons.set(form, code);
    else dayparts.set(form, code);
  }
  const units = new Map<string, string>();
  const pluralUnits = new Map<string, string>();
  const adverbs = new Map<string, string>();
  for (const [form, kind, code] of loadTable('dates-units', UNITS)) {
    if (kind === 'unit') units.set(form, code);
    else if (kind === 'units') pluralUnits.set(form, code);
    else adverbs.set(form, code);
  }
  const cardinals = new Map<string, number>();
  const vague = new Set<string>();
  const ordinals = new Map<string, number>();
  const decades = new Map<string, number>();
  for (const [form, kind, value] of loadTable('dates-numbers', NUMBERS)) {
    if (kind === 'cardinal') cardinals.set(form, Number(value));
    else if (kind === 'vague') vague.add(form);
    else if (kind === 'ordinal') ordinals.set(form, Number(value));
    else decades.set(form, Number(value));
  }
  const refs = new Map<string, RefPhrase[]>();
  for (const [phrase, type, value, previous] of loadTable('dates-refs', REFS)) {
    const words = phrase.split(' ');
    const after = previous.startsWith('after:') ? previous.slice(6) : null;
    const list = refs.get(words[0] ?? '') ?? [];
    list.push({ words, type, value, after });
    list.sort((x, y) => y.words.length - x.words.length);
    refs.set(words[0] ?? '', list);
  }
  const holidays = new Map<string, Holiday[]>();
  for (const [phrase, day] of loadTable('dates-holidays', HOLIDAYS)) {
    const words = phraseTokens(phrase);
    const [m, a, b] = day.split(/[-:]/).map(Number);
    const holiday: Holiday = { words, day: b === undefined ? { m: m ?? 1, d: a ?? 1 } : { m: m ?? 1, dow: a ?? 1, nth: b } };
    const list = holidays.get(words[0] ?? '') ?? [];
    list.push(holiday);
    list.sort((x, y) => y.words.length - x.words.length);
    holidays.set(words[0] ?? '', list);
  }
  const context = new Map<string, Set<string>>();
  const zones = new Map<string, boolean>();
  for (const [word, kind] of loadTable('dates-context', CONTEXT)) {
    if (kind === 'zone' || kind === 'zone-utc') zones.set(word, kind === 'zone-utc');
    else context.set(kind, (context.get(kind) ?? new Set()).add(word));
  }
  const words = (kind: string): ReadonlySet<string> => context.get(kind) ?? new Set();
  const tense = new Map<string, Tense>();
  const notPast = new Set<string>();
  for (const [form, t] of loadTable('dates-tense', TENSE)) {
    if (t === 'notpast') notPast.add(form);
    else tense.set(form, t);
  }
  return {
    months,
    weekdays,
    abbreviations,
    seasons,
    dayparts,
    units,
    pluralUnits,
    adverbs,
    cardinals,
    vague,
    ordinals,
    decades,
    refs,
    holidays,
    countNouns: words('count'),
    notYearAfter: words('not-year-after'),
    namedDays: words('named-day'),
    zones,
    nounOk: words('noun-ok'),
    tense,
    notPast,
    raising: byLastWord(loadLexicon('dates-raising')),
    noBreak: abbreviatedWords(),
    conditionals: byLastWord(loadConditionals().filter(([, c]) => c === 'conditional').map(([phrase]) => phrase)),
  };
}
