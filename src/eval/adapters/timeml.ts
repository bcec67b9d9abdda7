/**
 * TimeML (TimeBank 1.2 and AQUAINT, TBAQ-cleaned for TempEval-3) to gold, in memory.
 *
 * - The article is the content of `<TEXT>` with every tag removed, XML entities
 *   decoded and white space at both ends trimmed; offsets are recomputed on that text.
 * - The publication date is the value of the `TIMEX3` inside `<DCT>` (its day).
 * - Every `TIMEX3` inside `<TEXT>` becomes a gold date with its `type` and `value`
 *   as written, underspecified values (`XXXX-XX-XX`, `PXY`) and values that
 *   annotators derived from an anchor (`anchorTimeID`, `beginPoint`/`endPoint`)
 *   included: the value is what the expression means, however it was found.
 *   A `TIMEX3` with no value, no text or an unknown type is dropped (none in
 *   TBAQ-cleaned). `mod`, `quant` and `freq` are not scored.
 * - Only the `dates` layer is annotated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { TimexTypeSchema, type DateMention } from '../../schema/result.js';
import { ClaimkitError } from '../../core/errors.js';
import type { GoldArticle, GoldSet } from '../types.js';
import { attributes, buildGold, decodeEntities, isoDay } from './common.js';

const TYPES = new Set<string>(TimexTypeSchema.options);

export function convertTimeml(xml: string, source: string): GoldArticle {
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>', open);
  if (open < 0 || close < 0) throw new ClaimkitError('E_CORPUS_FORMAT', `${source}: no <TEXT> element`);
  const dct = /<DCT>\s*<TIMEX3\b([^>]*)>/.exec(xml);
  const date = isoDay(dct ? attributes(dct[1] as string)['value'] : undefined);
  const id = /<DOCID>([^<]*)<\/DOCID>/.exec(xml)?.[1]?.trim() ?? basename(source, '.tml');
  const title = /<TITLE>([^<]*)<\/TITLE>/.exec(xml)?.[1]?.trim() ?? null;

  const body = xml.slice(open + '<TEXT>'.length, close);
  let text = '';
  const openTimex: { start: number; attrs: Record<string, string> }[] = [];
  const raw: { start: number; end: number; attrs: Record<string, string> }[] = [];
  let last = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z0-9_]+)([^>]*?)(\/?)>/g)) {
    text += decodeEntities(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== 'TIMEX3' || m[4] === '/') continue;
    if (m[1] === '/') {
      const o = openTimex.pop();
      if (o) raw.push({ start: o.start, end: text.length, attrs: o.attrs });
    } else openTimex.push({ start: text.length, attrs: attributes(m[3] as string) });
  }
  text += decodeEntities(body.slice(last));
  const lead = text.length - text.trimStart().length;
  text = text.trim();

  const dates: DateMention[] = [];
  for (const r of raw) {
    const start = r.start - lead;
    const end = Math.min(r.end - lead, text.length);
    const { type, value } = r.attrs;
    if (!value || !type || !TYPES.has(type) || end <= start) continue;
    dates.push({ start, end, text: text.slice(start, end), type: type as DateMention['type'], value });
  }
  const gold = buildGold({ id, text, date, title, source, layers: ['dates'], dates });
  return { id, text, gold, source };
}

/** Every .tml file of a folder, in name order. */
export function loadTimeml(dir: string, name: string): GoldSet {
  const files = readdirSync(dir).filter((f) => f.endsWith('.tml')).sort();
  const articles = files.map((f) => convertTimeml(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
  return { name, articles, scoring: {}, notes: [] };
}
