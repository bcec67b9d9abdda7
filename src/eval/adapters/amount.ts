/**
 * Reads the value of a short numeric expression ("about 1,100", "US$ 52.5
 * million", "twenty percent", "15-20 %", "half a percent", "5th") for corpus
 * adapters whose markables carry no value (MEANTIME's VALUE). Returns null
 * when the expression holds no number ("thousands", "the amount"). "a thousand"
 * is 1000; "a dozen" 12; "half" 0.5.
 */

export interface Amount {
  readonly value: number;
  readonly endValue?: number;
  readonly ordinal: boolean;
  readonly approx: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, dozen: 12, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6 };
const FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25 };
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
};
const APPROX = /\b(about|around|some|nearly|almost|roughly|approximately|estimated)\b/i;
const RANGE = new Set(['to', '-', '\u2013', 'and']);

interface Phrase {
  value: number;
  ordinal: boolean;
  next: number;
}

const isWordNumber = (t: string): boolean => t in UNITS || t in TENS || t in FRACTIONS || t in ORDINALS;

/** A number phrase starting at token i: a literal or number words, then scale words ("52.5 million", "forty-three thousand"). */
function phrase(tokens: readonly string[], i: number): Phrase | null {
  const first = tokens[i];
  if (first === undefined) return null;
  if (first in ORDINALS) return { value: ORDINALS[first] as number, ordinal: true, next: i + 1 };
  const literal = /^(\d[\d,]*(?:\.\d+)?)(st|nd|rd|th)?$/.exec(first);
  const words = first in UNITS || first in TENS;
  let value: number;
  if (literal) value = Number((literal[1] as string).replace(/,/g, ''));
  else if (words) value = (UNITS[first] ?? TENS[first]) as number;
  else if (first in FRACTIONS) value = FRACTIONS[first] as number;
  else if (first in SCALES && tokens[i - 1] === 'a') value = 1;
  else return null;
  const ordinal = literal?.[2] !== undefined;
  let total = 0;
  let j = first in SCALES ? i : i + 1;
  for (let t = tokens[j]; t !== undefined; t = tokens[j]) {
    if (t in SCALES) {
      const scale = SCALES[t] as number;
      if (scale === 100) value *= 100;
      else {
        total += value * scale;
        value = 0;
      }
    } else if (words && (t in UNITS || t in TENS)) value += (UNITS[t] ?? TENS[t]) as number;
    else if (!(words && t === '-' && (tokens[j - 1] ?? '') in TENS && (tokens[j + 1] ?? '') in UNITS)) break;
    j++;
  }
  return { value: total + value, ordinal, next: j };
}

export function parseAmount(expression: string): Amount | null {
  const tokens = expression.toLowerCase().match(/\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th)?|[a-z]+|[-\u2013]/g) ?? [];
  const start = tokens.findIndex((t, i) => /^\d/.test(t) || ((isWordNumber(t) || t in SCALES) && phrase(tokens, i) !== null));
  if (start < 0) return null;
  const first = phrase(tokens, start);
  if (!first) return null;
  const approx = APPROX.test(expression);
  const joiner = tokens[first.next];
  const second = joiner !== undefined && RANGE.has(joiner) ? phrase(tokens, first.next + 1) : null;
  if (second && second.value > first.value && !first.ordinal) return { value: first.value, endValue: second.value, ordinal: false, approx };
  return { value: first.value, ordinal: first.ordinal, approx };
}

const CURRENCIES: readonly (readonly [RegExp, string])[] = [
  [/\bAU\$|\bAUD\b/i, 'AUD'],
  [/\bCA\$|\bCAD\b/i, 'CAD'],
  [/£|#|\bGBP\b|\bpounds?\b/i, 'GBP'],
  [/€|\bEUR\b|\beuros?\b/i, 'EUR'],
  [/\byuan\b|\bRMB\b|\bCNY\b/i, 'CNY'],
  [/\byen\b|\bJPY\b/i, 'JPY'],
  [/\$|\bUSD\b|\bdollars?\b|\bcents?\b/i, 'USD'],
];

/** The ISO currency code a money expression names, or null. */
export function currencyOf(expression: string): string | null {
  return CURRENCIES.find(([re]) => re.test(expression))?.[1] ?? null;
}

/** "26 cents" is 0.26 of the currency. */
export const centsFactor = (expression: string): number => (/\bcents?\b/i.test(expression) && !/\$/.test(expression) ? 0.01 : 1);
