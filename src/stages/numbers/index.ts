/**
 * The numbers stage (ANNOTATION.md §5): cardinals, ordinals, percentages and money, in digits or
 * words, with ranges, approximation words and the counted noun, in one forward scan (trigger
 * regex, then bounded look-around; no parser).
 *
 * Decisions where ANNOTATION.md is silent:
 * - `approx` is true after "about", "around", "some", "nearly", "almost", "roughly",
 *   "approximately", "an estimated" (and "estimated", "approx.", "circa", "close to"), which join
 *   the span. Bounds ("more than", "over", "at least", "up to", "as many as") are not
 *   approximations: `approx` false, not in the span.
 * - Fractions are cardinals: "half" 0.5, "a third" 1/3, "two-thirds", "a quarter of" 0.25;
 *   a ratio "one in five", "3 out of 10" is one cardinal valued 0.2, 0.3.
 * - "ten percentage points" is a percent with unit "percentage points"; other percents have
 *   unit null. "26 cents" is money 0.26 USD; "Rs 500 crore" is 5e9 INR; "pounds" is GBP only
 *   after a scaled amount ("10 million pounds", not "200 pounds").
 * - Ranges: "20 to 25 percent", "between 10 and 15", "15-20%" give `value` and `endValue` (the
 *   first takes the second's scale, percent or currency; "between" stays out of the span); "from 5
 *   to 7 percent" and "two or three million" are two mentions sharing it. A result of two bare
 *   whole numbers ("3-1", "a 2-1 decision", "the vote was 52-35") is two cardinals with unit
 *   null, whatever their size (MEANTIME marks a large vote tally as one mention).
 * - Ordinals hyphenated to a noun take it as unit ("23rd-minute" → minute), except superlatives
 *   ("second-largest") and idioms ("first-time"); "half" after a bound ("over half") is 0.5.
 * - `unit`: the head of the noun phrase after the number (modifiers skipped, "other"/"or more"
 *   too, a partitive "of" followed, with its own numeral: "171 of the 300 seats" → seats; it ends
 *   at a plural noun, a function word, a verb form or punctuation), for an
 *   ordinal the noun it modifies, for money the ISO code; null when no noun is written.
 * - Not numbers even when the dates layer misses them: bare years 1000-2099, days next to a month,
 *   a number before a time unit ("two years", "four-day", "49-year-old") or a clock word; names
 *   and codes (glued or hyphenated to letters, after a capitalised word, or a model number the
 *   document writes after a name elsewhere); labels ("No. 2", "version 10.4"); phone numbers.
 */
import { z } from 'zod';
import { layer, withLayer } from '../../core/document.js';
import { defineStage } from '../../core/stage.js';
import type { DateMention, NumberMention } from '../../schema/result.js';
import { loadNumberLexicon, type NumberLexicon } from './lexicon.js';
import { DateIndex, DocumentScan } from './scan.js';

/** The numbers of `text`, sorted by start, leaving out those inside `dates`. */
function findNumbers(lexicon: NumberLexicon, text: string, dates: readonly DateMention[]): NumberMention[] {
  return new DocumentScan(lexicon, text, new DateIndex(dates)).run();
}

export const numbersStage = defineStage({
  name: 'numbers',
  description: 'Cardinals, ordinals, percentages and money with value, range, unit and approximation; numbers inside dates are left out',
  requires: ['sentences', 'dates'],
  assigns: ['numbers'],
  options: z.object({}),
  create: () => {
    const lexicon = loadNumberLexicon();
    return (doc) => withLayer(doc, 'numbers', findNumbers(lexicon, doc.text, layer(doc, 'dates')));
  },
});
