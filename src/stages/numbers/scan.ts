/**
 * The numbers of one document in one left-to-right pass: a trigger regex finds each digit or
 * number word, the amount reader reads what is glued to it, and this module joins two amounts into
 * a range, a ratio or a score, adds an approximation word, decides what is not a number (dates, names and
 * codes, labels, pronoun "one", adverbial ordinals) and finds the counted noun.
 */
import type { DateMention, NumberMention } from '../../schema/result.js';
import { lowerBound } from '../../text/search.js';
import { AmountReader, amountValue, type Amount } from './amount.js';
import type { NumberLexicon } from './lexicon.js';
import { NounReader } from './noun.js';
import { isDigit, isPossessive, isUpper, skipSpaces, wordAfter, wordAt, wordBefore, type Word } from './text.js';

/** How a second amount joins the first. */
type Join = 'range' | 'score' | 'tally' | 'ratio' | 'shared';

interface Pair {
  readonly second: Amount;
  readonly join: Join;
}

const UPPER = /\p{Lu}/u;
const WORD_GLOBAL = /\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’&.][\p{L}\p{M}\p{N}]+)*/gu;

/** Scans one document; create one per document. */
export class DocumentScan {
  private readonly amounts: AmountReader;
  private readonly nouns: NounReader;
  /** The line the scan is in (`end` just past its line break) and whether it is Title Case. */
  private line = { end: 0, title: false };
  private readonly mentions: NumberMention[] = [];
  /** Model numbers this document writes after a name ("Boeing 787"), and mentions that may be one of them ("the 787"). */
  private readonly names = new Set<string>();
  private readonly maybeNames = new Map<NumberMention, string>();

  constructor(
    private readonly lexicon: NumberLexicon,
    private readonly text: string,
    private readonly dates: DateIndex,
  ) {
    this.amounts = new AmountReader(lexicon, text);
    this.nouns = new NounReader(lexicon, text);
  }

  run(): NumberMention[] {
    const trigger = this.lexicon.trigger;
    trigger.lastIndex = 0;
    for (let match = trigger.exec(this.text); match; match = trigger.exec(this.text)) {
      trigger.lastIndex = Math.max(this.at(match.index), match.index + match[0].length);
    }
    if (this.names.size === 0) return this.mentions;
    return this.mentions.filter((mention) => !this.names.has(this.maybeNames.get(mention) ?? ''));
  }

  /** Reads the number at `pos`; returns where the scan resumes. */
  private at(pos: number): number {
    const reading = this.amounts.read(pos, false);
    if ('skip' in reading) return reading.skip;
    const first = reading.amount;
    if (this.overlapsDate(first.coreStart, first.coreEnd)) return first.coreEnd;
    if (first.kind === 'ordinal') return this.ordinal(first);
    const pair = this.pair(first);
    if (pair && 'skip' in pair) return pair.skip;
    const end = pair && pair.join !== 'shared' ? pair.second.end : first.end;
    if (this.excluded(first, end, pair?.join === 'score')) return end;
    if (first.words?.words === 1 && first.words.value === 1 && !first.unit && !pair && !this.oneCounts(first)) return first.end;
    if (pair?.join === 'score') {
      this.emitScore(first);
      this.emitScore(pair.second);
    } else {
      this.emit(first, pair);
    }
    return end;
  }

  // ---- joining two amounts -------------------------------------------------------------------

  /**
   * A second amount joined to the first: "20 to 25 percent", "between 10 and 15", "15-20%",
   * "52-35", "one in five", "two or three million" (shared scale, two mentions).
   */
  private pair(first: Amount): Pair | { skip: number } | null {
    const text = this.text;
    const char = text[first.end];
    if ((char === '-' || char === '–') && isDigit(text.charCodeAt(first.end + 1)) && first.digits !== null) {
      const reading = this.amounts.read(first.end + 1, true);
      if ('skip' in reading) return reading;
      const second = reading.amount;
      const after = text[second.end];
      if (after === '-' || after === '–' || isYearLike(first)) return this.amounts.skipChunk(first.start);
      if (this.overlapsDate(second.coreStart, second.coreEnd)) return { skip: second.end };
      this.share(first, second);
      return { second, join: amountValue(second) > amountValue(first) ? 'range' : isScore(first, second) ? 'score' : 'tally' };
    }
    const connector = wordAfter(text, first.end);
    if (!connector) return null;
    let next = connector.end;
    if (connector.lower === 'out') {
      const of = wordAfter(text, connector.end);
      if (of?.lower !== 'of') return null;
      next = of.end;
    } else if (!['to', 'and', 'or', 'in'].includes(connector.lower)) {
      return null;
    }
    const start = this.numberStart(next);
    if (start < 0) return null;
    const reading = this.amounts.read(start, false);
    if ('skip' in reading) return null;
    const second = reading.amount;
    if (second.kind === 'ordinal') return null;
    // "between 60 and 90 days", "two or three years": both ends belong to the duration.
    if (this.overlapsDate(second.coreStart, second.coreEnd) || this.timeFollows(second.end)) {
      return first.kind === 'cardinal' && first.power === 0 && !first.unit && connector.lower !== 'in' && connector.lower !== 'out' ? { skip: second.end } : null;
    }
    const opener = this.openerBefore(first.start);
    switch (connector.lower) {
      case 'in':
      case 'out':
        return this.isRatio(first, second) ? { second, join: 'ratio' } : null;
      case 'and':
        if (opener?.lower !== 'between') return null;
        this.share(first, second);
        return amountValue(second) > amountValue(first) ? { second, join: 'range' } : null;
      case 'to':
        this.share(first, second);
        return opener?.lower !== 'from' && amountValue(second) > amountValue(first) ? { second, join: 'range' } : { second, join: 'shared' };
      default:
        this.share(first, second);
        return { second, join: 'shared' };
    }
  }

  /** Where the numeral after a connector starts, past a currency symbol ("and $20 million"); -1 if none. */
  private numberStart(pos: number): number {
    const text = this.text;
    const at = skipSpaces(text, pos);
    if (isDigit(text.charCodeAt(at))) return at;
    const word = wordAt(text, at);
    if (word) return this.lexicon.words.has(word.lower.split('-')[0] ?? '') ? at : -1;
    for (let i = at + 1; i < at + 6 && i < text.length; i++) {
      if (isDigit(text.charCodeAt(i))) return this.amounts.currencyBefore(i)?.start === at ? i : -1;
    }
    return -1;
  }

  /** "between" or "from" before the first amount (past an approximation word). */
  private openerBefore(start: number): Word | null {
    const before = wordBefore(this.text, start);
    if (!before || before.dotted) return null;
    if (!this.lexicon.approx.has(before.lower)) return before;
    const earlier = wordBefore(this.text, before.start);
    return earlier && !earlier.dotted ? earlier : null;
  }

  /**
   * The first amount takes what is written only after the second: the scale, percent or currency
   * of a bare number ("20 to 25 percent", "two or three million"), the scale of an amount in the
   * same currency ("$5 to $10 million").
   */
  private share(first: Amount, second: Amount): void {
    if (first.power !== 0 || first.unit) return;
    if (first.kind === 'cardinal') {
      first.kind = second.kind;
      first.currency = second.currency;
      first.percentPoints = second.percentPoints;
    } else if (first.kind !== second.kind || first.currency !== second.currency) {
      return;
    }
    first.power = second.power;
  }

  /** "one in five", "3 out of 10": small whole numbers, the second larger, not a year. */
  private isRatio(first: Amount, second: Amount): boolean {
    const plain = (amount: Amount): boolean =>
      amount.kind === 'cardinal' && amount.power === 0 && !amount.unit && !amount.negative && Number.isInteger(amountValue(amount));
    return plain(first) && plain(second) && amountValue(first) >= 1 && amountValue(second) > amountValue(first) && !isYearLike(second) && !this.timeFollows(second.end);
  }

  // ---- what is not a number -------------------------------------------------------------------

  /** `score`: the amount opens a score, which may follow a name ("Bath beat Exeter Chiefs 24-17"). */
  private excluded(amount: Amount, end: number, score: boolean): boolean {
    const before = wordBefore(this.text, amount.start);
    if (before && this.lexicon.labels.has(before.lower + (before.dotted ? '.' : ''))) return true;
    if (amount.kind === 'cardinal' && isYearLike(amount)) return true;
    if (this.isDayOfMonth(amount, before)) return true;
    if (amount.kind === 'cardinal' && !amount.unit && this.timeFollows(end)) return true;
    return !score && this.isName(amount, before);
  }

  /** "June 13", "13 March", "the 13th of April". */
  private isDayOfMonth(amount: Amount, before: Word | null): boolean {
    if (amount.digits === null || amount.power !== 0 || amount.unit) return false;
    const value = amountValue(amount);
    if (!Number.isInteger(value) || value < 1 || value > 31) return false;
    if (before && this.isMonth(before)) return true;
    let after = wordAfter(this.text, amount.end);
    if (after?.lower === 'of') after = wordAfter(this.text, after.end);
    return after !== null && this.isMonth(after);
  }

  private isMonth(word: Word): boolean {
    return isUpper(word.text[0]) && (this.lexicon.time.get(word.lower)?.has('month') ?? false);
  }

  /** A time unit after the number makes it a duration ("two years", "six straight days"), a clock word a time ("8 a.m."). */
  private timeFollows(end: number): boolean {
    const word = wordAfter(this.text, end);
    if (!word) return false;
    const classes = this.lexicon.time.get(word.lower + (word.dotted ? '.' : '')) ?? this.lexicon.time.get(word.lower);
    if (classes?.has('unit') || classes?.has('clock')) return true;
    if (!classes?.has('filler')) return false;
    const unit = wordAfter(this.text, word.end);
    return unit !== null && (this.lexicon.time.get(unit.lower)?.has('unit') ?? false);
  }

  /**
   * A number right after a capitalised word is part of a name or code: "Boeing 737", "Article 9",
   * "Resolution 2397", "FTSE 100", "Boeing's 787 Dreamliner" (but "Toyota's 300 dealers"); a
   * capitalised number word after one too: "Air Force One".
   * Not in Title Case headlines, not after sentence-initial function words ("About 500"), and not
   * with a group separator ("Planting 7,000 trees").
   */
  private isName(amount: Amount, before: Word | null): boolean {
    if (!before || before.dotted || amount.currency || amount.negative) return false;
    // Codes are not written with group separators: "Planting 7,000 trees" is an amount.
    if (amount.digits?.includes(',')) return false;
    if (amount.digits === null && !isUpper(this.text[amount.coreStart])) return false;
    if (!UPPER.test(before.text) || amount.start - before.end !== 1) return false;
    const lower = before.lower;
    const time = this.lexicon.time.get(lower);
    if (this.lexicon.stop.has(lower) || this.lexicon.approx.has(lower) || this.lexicon.determiners.has(lower) || time?.has('month') || time?.has('weekday')) return false;
    if (this.lexicon.words.has(lower) || this.isTitleLine(amount.start)) return false;
    if (isPossessive(this.text, before) && !(modelNumber(amount) && !this.pluralFollows(amount.end))) return false;
    if (modelNumber(amount)) this.names.add(amount.digits ?? '');
    return true;
  }

  /** A lower-case plural noun follows: "300 dealers". */
  private pluralFollows(end: number): boolean {
    const next = wordAfter(this.text, end);
    return next !== null && !isUpper(next.text[0]) && next.lower.endsWith('s');
  }

  /**
   * The line holding `pos` is a Title Case headline ("Dow Falls 340 Points"): at least three
   * capitalised words and at most half as many lower-case ones. The scan moves forward, so the
   * current line is kept and each line is read once.
   */
  private isTitleLine(pos: number): boolean {
    const text = this.text;
    if (pos >= this.line.end) {
      const start = text.lastIndexOf('\n', pos - 1) + 1;
      const newline = text.indexOf('\n', pos);
      const end = newline < 0 ? text.length : newline;
      let upper = 0;
      let lower = 0;
      WORD_GLOBAL.lastIndex = start;
      for (let match = WORD_GLOBAL.exec(text); match && match.index < end; match = WORD_GLOBAL.exec(text)) {
        if (isUpper(match[0][0])) upper++;
        else lower++;
      }
      this.line = { end: end + 1, title: upper >= 3 && lower * 2 <= upper };
    }
    return this.line.title;
  }

  /** "one" counts before a noun ("one person"), not as a pronoun ("one of them", "the one"). */
  private oneCounts(amount: Amount): boolean {
    const before = wordBefore(this.text, amount.start);
    if (before && !before.dotted && (this.lexicon.determiners.has(before.lower) || this.lexicon.onePronoun.has(before.lower))) return false;
    const next = wordAfter(this.text, amount.end);
    return next !== null && this.nouns.opensNounPhrase(next, false) && this.nouns.countedNoun(amount.end) !== null;
  }

  /**
   * An ordinal counts where it modifies a noun: "the first summit", "a second visit", "first
   * talks", "a 23rd-minute header" (the noun hyphenated to it); not "were first imposed", "the
   * first to", "a second.", "the first quarter", nor a capitalised ordinal inside a name ("the
   * Second World War").
   */
  private ordinal(amount: Amount): number {
    const text = this.text;
    if (amount.unit) {
      this.emit(amount, null);
      return amount.end;
    }
    const next = wordAfter(text, amount.end);
    if (!next) return amount.end;
    const before = wordBefore(text, amount.start);
    const determined = before !== null && !before.dotted && (this.lexicon.determiners.has(before.lower) || isPossessive(text, before));
    if (!this.nouns.opensNounPhrase(next, determined) || this.lexicon.superlatives.has(next.lower) || this.lexicon.words.has(next.lower)) return amount.end;
    if (this.datedFollows(next)) return next.end;
    if (this.isDayOfMonth(amount, before)) return amount.end;
    if (amount.digits === null && isUpper(text[amount.coreStart]) && !this.startsSentence(amount.start) && !this.isTitleLine(amount.start)) return amount.end;
    this.emit(amount, null);
    return amount.end;
  }

  /** "the first quarter", "a second consecutive day": the ordinal is part of a date. */
  private datedFollows(next: Word): boolean {
    const classes = this.lexicon.time.get(next.lower);
    if (classes?.has('dated')) return true;
    if (!classes?.has('filler')) return false;
    const unit = wordAfter(this.text, next.end);
    return unit !== null && (this.lexicon.time.get(unit.lower)?.has('dated') ?? false);
  }

  private startsSentence(pos: number): boolean {
    let i = pos - 1;
    while (i >= 0 && (this.text[i] === ' ' || this.text[i] === '\t')) i--;
    return i < 0 || /[\n.!?"“‘'(:]/.test(this.text[i] ?? '');
  }

  // ---- output --------------------------------------------------------------------------------

  private emit(first: Amount, pair: Pair | null): void {
    let start = first.start;
    let end = first.end;
    let value = amountValue(first);
    let endValue: number | undefined;
    let last = first;
    if (pair && pair.join !== 'shared') {
      end = pair.second.end;
      last = pair.second;
      if (pair.join === 'range') endValue = amountValue(pair.second);
      if (pair.join === 'ratio') value /= amountValue(pair.second);
    }
    const approx = this.approxBefore(start);
    if (approx !== null) start = approx;
    const previous = this.mentions[this.mentions.length - 1];
    if (previous && start < previous.end) start = first.start;
    const mention: NumberMention = {
      start,
      end,
      text: this.text.slice(start, end),
      kind: first.kind,
      value,
      unit: this.unitOf(first, last),
      approx: approx !== null,
    };
    if (endValue !== undefined) mention.endValue = endValue;
    else if (!mention.approx && modelNumber(first)) this.maybeNames.set(mention, first.digits ?? '');
    this.mentions.push(mention);
  }

  /** One side of a score ("3-1", "a 2-1 decision"): a bare cardinal without a counted noun. */
  private emitScore(amount: Amount): void {
    this.mentions.push({ start: amount.start, end: amount.end, text: this.text.slice(amount.start, amount.end), kind: amount.kind, value: amountValue(amount), unit: null, approx: false });
  }

  private unitOf(first: Amount, last: Amount): string | null {
    if (first.kind === 'money') return first.currency;
    if (first.kind === 'percent') return first.percentPoints ? 'percentage points' : null;
    return last.unit ?? this.nouns.countedNoun(last.end);
  }

  /** The start of an approximation word right before `start` ("about", "an estimated"), or null. */
  private approxBefore(start: number): number | null {
    const before = wordBefore(this.text, start);
    if (!before) return null;
    const phrase = before.lower + (before.dotted ? '.' : '');
    if (before.dotted && !this.lexicon.approx.has(phrase)) return null;
    const earlier = wordBefore(this.text, before.start);
    if (earlier && !earlier.dotted && this.lexicon.approx.has(`${earlier.lower} ${phrase}`)) return earlier.start;
    return this.lexicon.approx.has(phrase) ? before.start : null;
  }

  private overlapsDate(start: number, end: number): boolean {
    return this.dates.overlaps(start, end);
  }
}

/** Date spans sorted by start, with the running maximum of their ends, for overlap tests in log time. */
export class DateIndex {
  private readonly starts: number[];
  private readonly maxEnds: number[];

  constructor(dates: readonly DateMention[]) {
    const sorted = [...dates].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((date) => date.start);
    let max = 0;
    this.maxEnds = sorted.map((date) => (max = Math.max(max, date.end)));
  }

  /** Does [start, end) share a character with a date, time or duration? */
  overlaps(start: number, end: number): boolean {
    const after = lowerBound(this.starts, end, (s) => s);
    return after > 0 && (this.maxEnds[after - 1] ?? 0) > start;
  }
}

/**
 * "3-1", "a 2-1 decision", "the vote was 52-35": a result of two whole numbers, the second not
 * above the first, is two cardinals whatever their size (docs/annotation.md; MEANTIME marks
 * large vote tallies as one markable, which this costs a little there).
 */
function isScore(first: Amount, second: Amount): boolean {
  const bareWhole = (amount: Amount): boolean => amount.kind === 'cardinal' && amount.power === 0 && !amount.unit && /^\d+$/.test(amount.digits ?? '');
  return bareWhole(first) && bareWhole(second);
}

/** A bare whole number of three or more digits, as model numbers are written ("737", "2397"). */
function modelNumber(amount: Amount): boolean {
  return amount.kind === 'cardinal' && amount.digits !== null && /^\d{3,}$/.test(amount.digits) && amount.power === 0 && !amount.currency && !amount.unit && !amount.negative;
}

/** A bare four-digit whole number between 1000 and 2099: a year ("in 2004", "the 2014 agreement"). */
function isYearLike(amount: Amount): boolean {
  if (amount.digits === null || !/^\d{4}$/.test(amount.digits) || amount.power !== 0 || amount.currency || amount.unit) return false;
  const value = Number(amount.digits);
  return value >= 1000 && value <= 2099;
}
