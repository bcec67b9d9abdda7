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
 * PXM (DURATION), "past years", "recent years" -> PAST_REF, "Tuesday night" -> TIME ...TNI,
 * "14:58 GMT" -> ...T14:58Z, "a year ago" -> the year (the quarter in a
 * results report about a quarter), "the quarter"/"the year" in a results
 * report -> the quarter last mentioned / its year, "Christmas",
 * "Thanksgiving" -> their day; "current", "recent", "soon", "previously"
 * are not tagged.
 *
 * Results reports and anaphora:
 * - "a year earlier/ago", "year-earlier" take the quarter last mentioned,
 *   unless their clause names a period that is not a quarter ("for the nine
 *   months", "in 1989"): then the year.
 * - A period compared across years takes the granularity of the period the
 *   narrative is at, in the other year: "the same period last year" /
 *   "the corresponding quarter a year earlier" / "the quarter a year ago" /
 *   "last year's quarter" / "the 1988 period" -> that quarter (the one last
 *   mentioned, else the last complete at publication) or, after a month, that
 *   month ("the same month a year ago" -> 2008-01). It does not move the
 *   reference. "the year-earlier nine months" -> DURATION P9M; "next year's
 *   first quarter" -> 1990-Q1; "the last half of 1989" -> 1989-H2.
 * - "that day", "a day earlier", "the previous/following Friday" and "the
 *   day" in report phrases ("ended the day", "for the day", "later in the
 *   day", "the start of the day"; not "the end of the day", an idiom) count
 *   from the last *day* mentioned, though a month or year came since; else the
 *   publication day.
 * - "today" inside a quotation is the day the words were said: the last day
 *   the narrative mentioned, when that is in the week before publication
 *   ("won 3-1 yesterday ... 'we had to win today,' he said" -> yesterday).
 * - "the current (fiscal) year" -> the publication year; "mid-afternoon
 *   yesterday", "early morning Friday", "in the morning" -> TIME with the part
 *   of day (TAF, TMO) of that day or the narrative's; "4 in the morning" ->
 *   T04:00.
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
