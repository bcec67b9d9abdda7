/**
 * The date grammar: one left-to-right pass over the tokens. A token is tried
 * when it is a head (a number, month, weekday, unit, "now", ...) or an opener
 * ("the", "last", "about", "two", ...) with a head a few tokens ahead; the
 * parse reads the modifiers in front ("about", "the", "early", "last", "the
 * end of"), then the head, keeps the longest result and jumps past it.
 * Nothing looks further than a fixed number of tokens, so the pass is linear.
 *
 * The head parsers are layered by what they build on: base.ts (shared
 * pieces) < named.ts (months, weekdays, seasons, day words) < units.ts
 * (units of time, quarters, sets) < numbers.ts (years, numeric dates, clock
 * times) < this class (dispatch, modifiers, fixed phrases).
 */
import type { DateLexicon } from './lexicon.js';
import { NumberGrammar } from './numbers.js';
import type { Match } from './sem.js';
import { Kind, type Tokens } from './tokens.js';
import {
  COORDINATORS,
  APPROX,
  APPROX_PHRASES,
  POSITION,
  FIRST,
  WHOLE,
  POSITION_OF,
  DIRS,
  YEAR_CONTEXT,
  APOSTROPHES,
  APOSTROPHE_CODES,
  OPENER_REACH,
  QUARTER_TOKEN,
  type Prefix,
  type DirWord,
} from './words.js';
import { WordSet } from './wordset.js';

export class Scanner extends NumberGrammar {
  /** words an expression is built around: months, weekdays, units, "now", ... */
  private readonly heads: WordSet;

  /** words that can open an expression before its head: "the", "last", "about", "two", ... */
  private readonly openers: WordSet;

  constructor(lex: DateLexicon) {
    super(lex);
    this.heads = new WordSet([
      ...lex.months.keys(),
      ...lex.weekdays.keys(),
      ...[...lex.weekdays.keys()].map((w) => `${w}s`),
      ...lex.seasons.keys(),
      ...lex.dayparts.keys(),
      ...lex.units.keys(),
      ...lex.pluralUnits.keys(),
      ...lex.adverbs.keys(),
      ...lex.decades.keys(),
      ...[...lex.refs.values()].flat().map((r) => r.words[r.words.length - 1] ?? ''),
      ...lex.holidays.keys(),
      'today', 'yesterday', 'tomorrow', 'tonight', 'noon', 'midday', 'midnight', 'q1', 'q2', 'q3', 'q4', 'period', 'nineteen', 'thousand',
    ]);
    this.openers = new WordSet([
      ...lex.cardinals.keys(),
      ...lex.vague,
      ...lex.ordinals.keys(),
      ...[...lex.refs.keys()],
      ...APPROX,
      ...APPROX_PHRASES.keys(),
      ...POSITION,
      ...DIRS.keys(),
      'the', 'every', 'each', 'per', 'half', 'dozens', 'hundreds', 'thousands', 'scores', 'fy',
    ]);
  }

  scan(t: Tokens): Match[] {
    const n = t.n;
    const head = new Uint8Array(n);
    for (let i = 0; i < n; i++) head[i] = this.isHead(t, i) ? 1 : 0;
    const out: Match[] = [];
    let nextHead = n + OPENER_REACH;
    let i = n - 1;
    const open = new Uint8Array(n);
    for (; i >= 0; i--) {
      if (nextHead - i <= OPENER_REACH && head[i] === 0 && t.isWord(i) && this.openers.has(t, i)) open[i] = 1;
      if (head[i] === 1) nextHead = i;
    }
    i = 0;
    while (i < n) {
      const m = head[i] === 1 || open[i] === 1 ? this.at(t, i) : null;
      if (m) {
        out.push(m);
        i = m.b;
      } else i++;
    }
    return this.shareYears(t, out);
  }

  /** A day with no year joined to one with a year takes it: "between Jan. 1 and Feb. 28, 2019". */
  private shareYears(t: Tokens, matches: Match[]): Match[] {
    for (let k = matches.length - 1; k > 0; k--) {
      const [first, second] = [matches[k - 1], matches[k]];
      if (!first || !second || first.sem.k !== 'month' || first.sem.year || second.sem.k !== 'month' || !second.sem.year) continue;
      if (second.a - first.b !== 1 || !COORDINATORS.has(t.low(first.b))) continue;
      matches[k - 1] = { ...first, sem: { ...first.sem, year: second.sem.year, dir: null } };
    }
    return matches;
  }

  private isHead(t: Tokens, i: number): boolean {
    const kind = t.kind(i);
    if (kind === Kind.Number) return true;
    if (kind === Kind.Punct) return APOSTROPHE_CODES.has(t.text.charCodeAt(t.start[i] ?? 0));
    return this.heads.has(t, i);
  }

  /** The longest expression starting at token i. */
  private at(t: Tokens, i: number): Match | null {
    const p = this.prefix(t, i);
    let best = this.head(t, p);
    const ref = this.refPhrase(t, i);
    if (ref && (!best || ref.b > best.b)) best = ref;
    const compared = t.low(i) === 'the' ? this.comparedPhrase(t, i) : null;
    if (compared && (!best || compared.b > best.b)) best = compared;
    return best;
  }

  private prefix(t: Tokens, i: number): Prefix {
    let j = i;
    let approx = false;
    let the = false;
    let pos = false;
    let dir: DirWord | null = null;
    const multi = this.approxPhrase(t, j);
    if (multi > 0) {
      j += multi;
      approx = true;
    } else if (APPROX.has(t.low(j)) && this.startsCount(t, j + 1)) {
      j += 1;
      approx = true;
    }
    if (t.low(j) === 'the' && POSITION_OF.has(t.low(j + 1)) && t.low(j + 2) === 'of') {
      j += 3;
      pos = true;
    } else if (POSITION_OF.has(t.low(j)) && t.low(j + 1) === 'of' && j > i) {
      j += 2;
      pos = true;
    }
    if (POSITION.has(t.low(j))) {
      j = this.skipHyphen(t, j + 1);
      pos = true;
    }
    if (t.low(j) === 'the') {
      j++;
      the = true;
      if (POSITION.has(t.low(j))) {
        j = this.skipHyphen(t, j + 1);
        pos = true;
      } else if (FIRST.has(t.low(j)) && this.startsCount(t, j + 1) && t.low(j + 1) !== 'a' && t.low(j + 1) !== 'half') {
        j++;
        pos = true;
      }
      while (WHOLE.has(t.low(j)) && (t.low(j + 1) === 'year' || t.low(j + 1) === 'quarter' || t.low(j + 1) === 'period' || WHOLE.has(t.low(j + 1)))) j++;
      if (t.low(j) === 'most' && t.low(j + 1) === 'recent' && t.low(j + 2) === 'quarter') j += 2;
    }
    const d = DIRS.get(t.low(j));
    if (d) {
      const after = t.low(j + 1);
      if (d.word === 'this' && (after === 'past' || after === 'coming')) {
        dir = DIRS.get(after) ?? d;
        j += 2;
      } else {
        dir = the && d.word === 'next' ? { word: 'next', dir: 1, base: 'ref' } : d;
        j++;
      }
      if (POSITION.has(t.low(j)) && t.low(j) !== 'fiscal') {
        j = this.skipHyphen(t, j + 1);
        pos = true;
      }
      while (WHOLE.has(t.low(j)) && (t.low(j + 1) === 'year' || t.low(j + 1) === 'quarter' || WHOLE.has(t.low(j + 1)))) j++;
    }
    return { i, j, the, pos, approx, dir };
  }

  /** Length of a multi-word approximator at j ("more than", "no more than"), or 0. */
  private approxPhrase(t: Tokens, j: number): number {
    for (const rest of APPROX_PHRASES.get(t.low(j)) ?? []) {
      if (rest.every((w, k) => t.low(j + 1 + k) === w)) return rest.length + 1;
    }
    return 0;
  }

  private head(t: Tokens, p: Prefix): Match | null {
    const j = p.j;
    const low = t.low(j);
    const lex = this.lex;
    if (t.isNumber(j)) return this.numberHead(t, p);
    const holiday = lex.holidays.has(low) ? this.holidayHead(t, p) : null;
    if (holiday) return holiday;
    if (APOSTROPHES.has(low)) return this.apostropheDecade(t, p);
    if (lex.months.has(low)) return this.monthHead(t, p, j);
    if (lex.weekdays.has(low) || (low.endsWith('s') && lex.weekdays.has(low.slice(0, -1)) && !lex.abbreviations.has(low.slice(0, -1)))) {
      return this.weekdayHead(t, p, j);
    }
    if (lex.seasons.has(low)) return this.seasonHead(t, p);
    if (low === 'today' || low === 'yesterday' || low === 'tomorrow' || low === 'tonight') return this.dayWord(t, p);
    if (lex.dayparts.has(low) && p.dir && !p.the) return this.daypartHead(t, p);
    if (lex.dayparts.has(low) && !p.dir) return this.partOfDay(t, p);
    if (low === 'noon' || low === 'midday' || low === 'midnight') return this.clockWord(t, p);
    if (low === 'every' || low === 'each') return p.j === p.i ? this.every(t, j) : null;
    if (low === 'per' && p.j === p.i) return this.perUnit(t, j);
    if (lex.adverbs.has(low)) return p.j === p.i ? this.adverb(t, j) : null;
    if (lex.decades.has(low)) return this.decadeWord(t, p);
    if (QUARTER_TOKEN.test(low)) return this.quarterToken(t, p);
    if (lex.ordinals.has(low)) return this.ordinalHead(t, p, lex.ordinals.get(low) ?? 0, j);
    if (lex.pluralUnits.has(low)) return this.pluralUnit(t, p);
    const spoken = this.spokenYear(t, j);
    if (spoken && (low === 'nineteen' || YEAR_CONTEXT.has(t.low(p.i - 1)) || t.low(p.i - 1) === 'year')) {
      return this.lit(p.pos ? p.i : p.j, spoken.b, 'DATE', String(spoken.y));
    }
    if (lex.units.has(low) && !lex.cardinals.has(low)) {
      const unit = this.unitHead(t, p);
      if (unit) return unit;
    }
    if (low === 'half' && p.the && p.dir?.word === 'last') return this.lastHalf(t, p);
    if (low === 'period' && p.the && t.low(j - 1) === 'latest') return { a: p.i, b: j + 1, sem: { k: 'focus', unit: 'Q', latest: true } };
    return this.countHead(t, p);
  }

  private refPhrase(t: Tokens, i: number): Match | null {
    const list = this.lex.refs.get(t.low(i));
    if (!list) return null;
    for (const ref of list) {
      if (ref.after !== null && t.low(i - 1) !== ref.after) continue;
      let ok = true;
      for (let w = 1; w < ref.words.length && ok; w++) ok = t.low(i + w) === ref.words[w];
      if (!ok) continue;
      const b = i + ref.words.length;
      if (ref.words[0] === 'the' && t.isWord(b) && !this.lex.nounOk.has(t.low(b))) continue;
      return this.lit(i, b, ref.type, ref.value);
    }
    return null;
  }
}
