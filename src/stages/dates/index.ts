/**
 * The dates stage: TIMEX3 expressions (DATE, TIME, DURATION, SET) with
 * TimeML values, anchored to the publication date (ANNOTATION.md §4).
 *
 * tokens.ts splits the text, scanner.ts (with base/named/units/numbers.ts)
 * finds expressions and what they mean (sem.ts), resolve.ts anchors them in
 * document order, tense.ts reads the clause's tense for bare weekdays,
 * months, seasons and holidays. Conventions where §4 is silent (TimeBank /
 * TempEval-3 usage): "the 2000s" -> 200 (a decade; other X00s are
 * centuries), "two decades" -> P20Y, "decades" -> PXE, "recent months" ->
 * PXM (DURATION), "past years" -> PAST_REF, "Tuesday night" -> TIME ...TNI,
 * "14:58 GMT" -> ...T14:58Z, "a year ago" -> the year (the quarter in a
 * results report about a quarter), "the quarter"/"the year" in a results
 * report -> the quarter last mentioned / its year, "Christmas",
 * "Thanksgiving" -> their day; "current", "recent", "soon", "previously"
 * are not tagged.
 *
 * With no publication date, expressions are still tagged: written-out dates
 * keep their value, the rest get TimeML X placeholders ("last week" ->
 * XXXX-WXX, "Tuesday" -> XXXX-WXX-2, "March" -> XXXX-03), and the stage adds
 * one W_UNRESOLVED_DATES warning naming how many and pointing at the first.
 */
import { z } from 'zod';
import { layer, withLayer, withMessage } from '../../core/document.js';
import { defineStage } from '../../core/stage.js';
import { extractDates } from './extract.js';
import { loadDateLexicon } from './lexicon.js';
import { Scanner } from './scanner.js';

export const datesStage = defineStage({
  name: 'dates',
  description: 'TIMEX3 dates, times, durations and sets, anchored to the publication date',
  requires: ['sentences'],
  assigns: ['dates'],
  options: z.object({}),
  create: () => {
    const lex = loadDateLexicon();
    const scanner = new Scanner(lex);
    return (doc) => {
      const { dates, unresolved } = extractDates(doc.text, doc.date, layer(doc, 'sentences'), scanner, lex);
      const out = withLayer(doc, 'dates', dates);
      const first = unresolved[0];
      if (!first) return out;
      return withMessage(out, 'warning', 'W_UNRESOLVED_DATES', `${unresolved.length} relative date expression(s) left with X placeholders, first "${first.text}"`, first);
    };
  },
});
