/**
 * Metadata at the start of a line ("date 2025-11-05", "Updated: March 5, 2024
 * 10:32 JST", "2025-11-05T08:00Z"), often glued by scraping to the first
 * sentence. The keys come from the boilerplate lexicon, the month and weekday
 * names from the calendar lexicon (shared with the dates stage); the date and
 * time grammar is here. One sticky regex with bounded repeats, tried only at
 * the start of a line.
 */
import { escapeRegExp } from '../../text/regexp.js';
import { loadCalendar } from '../../lexicons/calendar.js';
import type { MetadataMatcher } from './boundaries.js';

const ZONE = 'utc|gmt|jst|kst|hkt|sgt|ist|cet|cest|bst|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|aest|aedt';
const ISO = '\\d{4}-\\d{1,2}-\\d{1,2}(?:[t ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d{1,6})?(?:z|[+-]\\d{2}:?\\d{2})?)?';
const TIME = `\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s?[ap]\\.?m\\.?)?(?:\\s{1,3}(?:${ZONE}))?`;
const SEP = '\\s{0,3}[,|·•-]?\\s{0,3}';

/** A date with an optional time, or a time then a date, its month and weekday names (full and abbreviated) from the calendar lexicon. */
function stamp(): string {
  const calendar = loadCalendar();
  const names = (kind: 'month' | 'weekday'): string =>
    calendar
      .filter((row) => row[1] === kind)
      .map((row) => escapeRegExp(row[0]))
      .join('|');
  const month = names('month');
  const weekday = `(?:${names('weekday')})\\.?,?\\s{1,3}`;
  const date = [
    ISO,
    '\\d{4}[./]\\d{1,2}[./]\\d{1,2}',
    '\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}',
    `(?:${weekday})?(?:${month})\\.?\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?,?\\s{1,3}\\d{4}`,
    `(?:${weekday})?\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}(?:${month})\\.?,?\\s{1,3}\\d{4}`,
  ].join('|');
  return `(?:${date})(?:${SEP}${TIME})?|${TIME}${SEP}(?:${date})`;
}

/** A matcher for metadata prefixes led by one of `keys` ("date", "updated", "published on"); a bare ISO date needs no key. */
export function compileMetadata(keys: readonly string[]): MetadataMatcher {
  const escaped = keys.map((k) => escapeRegExp(k).replace(/ /g, '\\s{1,3}'));
  const keyed = escaped.length > 0 ? `(?:${escaped.join('|')})\\s{0,3}:?\\s{0,3}(?:${stamp()})|` : '';
  const re = new RegExp(`(?:${keyed}${ISO})(?=\\s|$)`, 'iy');
  const firsts = new Set([...keys.map((k) => k.charAt(0).toLowerCase()), ...'0123456789']);
  return (text, start, end) => {
    if (!firsts.has(text.charAt(start).toLowerCase())) return -1;
    re.lastIndex = start;
    const m = re.exec(text);
    if (m === null || re.lastIndex > end) return -1;
    return re.lastIndex;
  };
}
