/** Text in, TIMEX3 mentions out: tokenize, scan, anchor in document order. */
import type { DateMention, Sentence } from '../../schema/result.js';
import { parseDay } from './calendar.js';
import type { DateLexicon } from './lexicon.js';
import { Resolver } from './resolve.js';
import type { Scanner } from './scanner.js';
import { clauseTense } from './tense.js';
import { Tokens } from './tokens.js';

interface DateExtraction {
  readonly dates: DateMention[];
  /** mentions whose value needed the publication date and got X placeholders */
  readonly unresolved: DateMention[];
}

export function extractDates(text: string, date: string | null, sentences: readonly Sentence[], scanner: Scanner, lex: DateLexicon): DateExtraction {
  const t = new Tokens(text, sentences, lex.noBreak);
  const resolver = new Resolver(date === null ? null : parseDay(date));
  const dates: DateMention[] = [];
  const unresolved: DateMention[] = [];
  for (const m of scanner.scan(t)) {
    resolver.enterClause(t.clause[m.a] ?? 0);
    const r = resolver.resolve(m.sem, () => clauseTense(t, m.a, m.b, lex));
    const start = t.start[m.a] ?? 0;
    const end = t.end[m.b - 1] ?? start;
    const mention: DateMention = {
      start,
      end,
      text: text.slice(start, end),
      type: r.type,
      value: r.value,
      ...(r.endValue !== undefined && { endValue: r.endValue }),
    };
    dates.push(mention);
    if (r.unresolved) unresolved.push(mention);
    resolver.update(m.sem, r);
  }
  return { dates, unresolved };
}
