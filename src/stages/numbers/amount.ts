/**
 * One amount at a position: a numeral in digits or words with what is glued to it — a currency
 * before or after ("$5", "5 yen"), a sign, scale words ("1.5 million", "£40m"), a percent sign or
 * word, an ordinal suffix ("76th"), a measure ("60GB") or a hyphenated noun ("3.5-inch"). Numbers
 * that are parts of codes, clock times, phone numbers or version strings are skipped here.
 */
import type { NumberKind } from '../../schema/result.js';
import type { NumberLexicon } from './lexicon.js';
import { isDigit, isLetter, skipSpaces, wordAfter, wordAt, wordBefore } from './text.js';
import { readWords, type WordNumber } from './words.js';

export interface Amount {
  /** First character: currency, sign or article included. */
  start: number;
  end: number;
  /** The numeral itself, checked against the dates layer. */
  readonly coreStart: number;
  coreEnd: number;
  /** The value is `base` × 10^`power` (kept apart so "1.5 billion" is exact). */
  base: string;
  power: number;
  negative: boolean;
  kind: NumberKind;
  currency: string | null;
  /** The currency came from a bare "$", which a currency named after the amount overrides. */
  bareDollar: boolean;
  percentPoints: boolean;
  /** A measure or noun glued to the numeral ("GB" in "60GB", "inch" in "3.5-inch"). */
  unit: string | null;
  /** The digits as written; null for words. */
  readonly digits: string | null;
  readonly words: WordNumber | null;
}

/** An amount, or the position to resume the scan from when the text there is not an amount. */
export type Reading = { readonly amount: Amount } | { readonly skip: number };

export function amountValue(amount: Amount): number {
  const value = Number(`${amount.base}e${amount.power}`);
  return amount.negative ? -value : value;
}

const DIGITS = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
/** A run of letters, digits and joiners: the whole code or identifier a skipped number sits in. */
const CHUNK = /[\p{L}\p{N}]*(?:[-‐‑/:._,+][\p{L}\p{N}]+)*/uy;
const SUFFIX = /\p{L}+(?:\/h)?/uy;
const PHONE = /\+?\(?\d{2,4}\)?[ .-]\d{3,4}[ .-]\d{3,4}(?!\d)/y;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;
const CODE_BEFORE = new Set(['_', '/', ':', '.', '@', "'", '’']);
const HYPHENS = new Set(['-', '‐', '‑']);
const JOINERS_AFTER = new Set([':', '/', '.', ',', '+']);

export class AmountReader {
  constructor(
    private readonly lexicon: NumberLexicon,
    private readonly text: string,
  ) {}

  /** The end of the code or identifier around `pos`. */
  skipChunk(pos: number): { skip: number } {
    CHUNK.lastIndex = pos;
    CHUNK.exec(this.text);
    return { skip: Math.max(CHUNK.lastIndex, pos + 1) };
  }

  /** A currency symbol or code right before `pos`: its start and ISO code. */
  currencyBefore(pos: number): { start: number; code: string; form: string } | null {
    const from = Math.max(0, pos - 8);
    const match = this.lexicon.currencyBefore.exec(this.text.slice(from, pos));
    if (!match) return null;
    const form = match[1] ?? match[2] ?? '';
    const currency = this.lexicon.prefixCurrencies.get(form);
    return currency ? { start: from + match.index, code: currency.code, form } : null;
  }

  /**
   * The amount whose numeral starts at `pos`. `joined` is set for the second amount of a compact
   * range ("15-20%"), whose hyphen is not a code joiner.
   */
  read(pos: number, joined: boolean): Reading {
    const reading = isDigit(this.text.charCodeAt(pos)) ? this.readDigits(pos, joined) : this.readWords(pos);
    if ('skip' in reading) return reading;
    this.readTail(reading.amount);
    return reading;
  }

  private readDigits(pos: number, joined: boolean): Reading {
    const text = this.text;
    const before = text[pos - 1];
    if (!joined) {
      // "A380", "x_1", "/2021", "8:00", "No.1", "'80s", "@2", "F-35", "1-2-3": part of a code.
      if (isLetter(before) || CODE_BEFORE.has(before ?? '')) return this.skipChunk(pos);
      if (before === '#' && !this.scaleFollows(pos)) return this.skipChunk(pos);
      if (HYPHENS.has(before ?? '') && (isLetter(text[pos - 2]) || isDigit(text.charCodeAt(pos - 2)))) return this.skipChunk(pos);
      const phoneStart = before === '+' || before === '(' ? pos - 1 : pos;
      PHONE.lastIndex = phoneStart;
      if (PHONE.test(text)) return { skip: PHONE.lastIndex };
    }
    DIGITS.lastIndex = pos;
    const digits = DIGITS.exec(text)?.[0] ?? '';
    const end = pos + digits.length;
    const after = text[end];
    // "8:00", "9/11", "1.2.3", "12,5", "2+2": a time, a date, a version, a code.
    if (JOINERS_AFTER.has(after ?? '') && isDigit(text.charCodeAt(end + 1))) return this.skipChunk(pos);
    const amount: Amount = {
      start: pos,
      end,
      coreStart: pos,
      coreEnd: end,
      base: digits.replace(/,/g, ''),
      power: 0,
      negative: false,
      kind: 'cardinal',
      currency: null,
      bareDollar: false,
      percentPoints: false,
      unit: null,
      digits,
      words: null,
    };
    if (isLetter(after)) {
      SUFFIX.lastIndex = end;
      const suffix = SUFFIX.exec(text)?.[0] ?? '';
      const suffixEnd = end + suffix.length;
      const next = text[suffixEnd];
      if (isLetter(next) || isDigit(text.charCodeAt(suffixEnd))) return this.skipChunk(pos);
      const lower = suffix.toLowerCase();
      const scale = this.lexicon.scales.get(lower);
      if (ORDINAL_SUFFIX.test(lower) && !digits.includes('.')) amount.kind = 'ordinal';
      else if (scale && (!scale.moneyOnly || this.currencyBefore(pos))) amount.power = scale.power;
      else if (this.lexicon.measures.has(suffix)) amount.unit = lower;
      else return this.skipChunk(pos);
      amount.end = suffixEnd;
      amount.coreEnd = suffixEnd;
    }
    return this.readCompound(amount);
  }

  /** "#1" is a label, but not "#13 billion": a scale word follows the digits at `pos`. */
  private scaleFollows(pos: number): boolean {
    DIGITS.lastIndex = pos;
    const digits = DIGITS.exec(this.text)?.[0] ?? '';
    const word = wordAfter(this.text, pos + digits.length);
    const scale = word ? this.lexicon.scales.get(word.lower) : undefined;
    return scale !== undefined && !scale.moneyOnly;
  }

  /**
   * A noun hyphenated to the numeral: "3.5-inch", "ten-member"; a time unit makes a cardinal a
   * duration, not an ordinal ("23rd-minute").
   */
  private readCompound(amount: Amount): Reading {
    const text = this.text;
    if (!HYPHENS.has(text[amount.end] ?? '')) return { amount };
    const word = wordAt(text, amount.end + 1);
    if (!word) return { amount };
    const head = word.lower.split('-')[0] ?? word.lower;
    if (amount.kind === 'ordinal') {
      // "23rd-minute", "10th-place": the rank of the noun; not "second-largest" nor "first-time" (an idiom).
      if (this.lexicon.superlatives.has(head) || this.lexicon.idioms.has(`${text.slice(amount.coreStart, amount.coreEnd).toLowerCase()}-${head}`)) return { skip: word.end };
      amount.unit = head;
      amount.end = word.end;
      return { amount };
    }
    if (this.lexicon.time.get(word.lower)?.has('unit') || this.lexicon.time.get(head)?.has('unit')) return { skip: word.end };
    amount.unit = word.lower;
    amount.end = word.end;
    return { amount };
  }

  private readWords(pos: number): Reading {
    const text = this.text;
    const chunk = wordAt(text, pos);
    if (chunk && this.lexicon.idioms.has(chunk.lower)) return { skip: chunk.end };
    const second = chunk ? wordAfter(text, chunk.end) : null;
    if (chunk && second && this.lexicon.idioms.has(`${chunk.lower}-${second.lower}`)) return { skip: second.end };
    const words = readWords(text, pos, this.lexicon);
    if (!words) return { skip: pos + 1 };
    const amount: Amount = {
      start: pos,
      end: words.end,
      coreStart: pos,
      coreEnd: words.end,
      base: String(words.value / 10 ** words.scale),
      power: words.scale,
      negative: false,
      kind: words.ordinal ? 'ordinal' : 'cardinal',
      currency: null,
      bareDollar: false,
      percentPoints: false,
      unit: null,
      digits: null,
      words,
    };
    if (words.first === 'half' && words.words === 1) return this.readHalf(amount);
    const article = this.articleBefore(pos);
    // "a third of" (a fraction) or "a third visit" (an ordinal).
    if (words.ordinal && words.words === 1 && words.value >= 3 && words.value <= 10 && article >= 0) return this.readArticleFraction(amount, article);
    // "a million", "a dozen", "a quarter of"; not "several thousand", "a quarter century".
    if (words.needsArticle) {
      if (article < 0) return { skip: words.end };
      amount.start = article;
    }
    if (words.denominator === 4 && !this.fractionFollows(words.end)) return { skip: words.end };
    return this.readCompound(amount);
  }

  /** The start of "a" or "an" right before `pos`, or -1. */
  private articleBefore(pos: number): number {
    const word = wordBefore(this.text, pos);
    return word && !word.dotted && (word.lower === 'a' || word.lower === 'an') ? word.start : -1;
  }

  /** "a third of", "a fifth." are fractions; "a third visit" is an ordinal. */
  private readArticleFraction(amount: Amount, articleStart: number): Reading {
    if (!this.fractionFollows(amount.end)) return this.readCompound(amount);
    amount.kind = 'cardinal';
    amount.base = String(1 / (amount.words?.value ?? 1));
    amount.start = articleStart;
    return { amount };
  }

  /** What a fraction stands before: "of", or the end of the clause. */
  private fractionFollows(end: number): boolean {
    const next = wordAfter(this.text, end);
    if (next) return next.lower === 'of';
    const char = this.text[skipSpaces(this.text, end)];
    return char === undefined || /[.,;:)\]\n!?"”]/.test(char);
  }

  /**
   * "half": "half of the", "half the budget", "half a million", "half a dozen", "half a percent",
   * "by half.", "over half were", "nearly half"; not "the second half", "a half", "half-hour",
   * "half empty".
   */
  private readHalf(amount: Amount): Reading {
    const text = this.text;
    const skip = { skip: amount.end };
    const before = wordBefore(text, amount.start);
    if (before && !before.dotted) {
      if (this.lexicon.words.get(before.lower)?.class === 'ordinal' || this.lexicon.halfNoun.has(before.lower)) return skip;
    }
    if (HYPHENS.has(text[amount.end] ?? '')) return skip;
    if (before && (this.lexicon.halfBound.has(before.lower) || this.lexicon.approx.has(before.lower))) return { amount };
    const next = wordAfter(text, amount.end);
    if (!next) return this.fractionFollows(amount.end) ? { amount } : skip;
    if (next.lower === 'a' || next.lower === 'an') {
      const counted = wordAfter(text, next.end);
      if (counted && this.lexicon.words.get(counted.lower)?.class === 'dozen') {
        amount.base = '6';
        amount.end = counted.end;
      } else {
        amount.end = next.end;
      }
      amount.coreEnd = amount.end;
      return { amount };
    }
    if (next.lower === 'of' || this.lexicon.determiners.has(next.lower) || /['’]s?$/.test(next.lower)) return { amount };
    return skip;
  }

  /** Scale words, percent and currency after the numeral. */
  private readTail(amount: Amount): void {
    const text = this.text;
    const lexicon = this.lexicon;
    const currency = amount.kind === 'ordinal' ? null : this.currencyBefore(amount.start);
    if (currency) {
      amount.start = currency.start;
      amount.currency = currency.code;
      amount.bareDollar = currency.form === '$';
    } else if (amount.digits !== null) {
      const sign = text[amount.start - 1];
      const beforeSign = text[amount.start - 2];
      if ((sign === '-' || sign === '−' || sign === '+') && (beforeSign === undefined || /[\s(]/.test(beforeSign))) {
        amount.negative = sign !== '+';
        amount.start -= 1;
      }
    }
    if (amount.kind === 'ordinal') return;
    for (let word = wordAfter(text, amount.end); word; word = wordAfter(text, amount.end)) {
      const scale = lexicon.scales.get(word.lower);
      if (!scale || (scale.moneyOnly && !amount.currency)) break;
      amount.power += scale.power;
      amount.end = word.end;
    }
    if (this.readPercent(amount)) return;
    lexicon.currencyAfter.lastIndex = amount.end;
    const named = lexicon.currencyAfter.exec(text);
    const suffix = named?.[1] ? lexicon.suffixCurrencies.get(named[1].toLowerCase().replace(/[ \t]+/g, ' ')) : undefined;
    if (named && suffix && (!suffix.scaledOnly || amount.power > 0)) {
      if (suffix.hundredths) amount.power -= 2;
      if (!amount.currency || amount.bareDollar) amount.currency = suffix.code;
      amount.end = lexicon.currencyAfter.lastIndex;
    }
    if (amount.currency) amount.kind = 'money';
  }

  private readPercent(amount: Amount): boolean {
    const text = this.text;
    const at = skipSpaces(text, amount.end);
    if (text[at] === '%') {
      amount.kind = 'percent';
      amount.end = at + 1;
      return true;
    }
    const word = wordAfter(text, amount.end);
    if (!word) return false;
    let end = -1;
    if (word.lower === 'percent' || word.lower === 'pct') end = word.end;
    else if (word.lower === 'per' || word.lower === 'percentage') {
      const second = wordAfter(text, word.end);
      if (word.lower === 'per' && second?.lower === 'cent') end = second.end;
      if (word.lower === 'percentage' && (second?.lower === 'point' || second?.lower === 'points')) {
        end = second.end;
        amount.percentPoints = true;
      }
    }
    if (end < 0) return false;
    amount.kind = 'percent';
    amount.end = end;
    return true;
  }
}
