/**
 * NewsReader MEANTIME (English, CAT XML) to gold, in memory.
 *
 * - Text: rebuilt from the tokens, one space between tokens except before
 *   closing punctuation and clitics (`,` `.` `%` `)` `'s` `n't` ...) and after
 *   opening brackets, currency signs and opening quotation marks; `` and '' (and
 *   a straight " by alternation) become ". A sentence that does not end with
 *   sentence punctuation (the title, the dateline) ends its line; other
 *   sentences are joined by a space.
 * - Only the title, the dateline and the first sentences are annotated, so the
 *   article is truncated after the last sentence holding any token-anchored
 *   markable: the rest is not in the scored text at all.
 * - Publication date: the CREATION_TIME TIMEX3's value (one file writes it
 *   DD-MM-YYYY; reordered); two files mark their dateline TIMEX3 as an ordinary
 *   one, so without a CREATION_TIME the day-valued TIMEX3 of the dateline is used. That TIMEX3 is anchored to the dateline tokens and is
 *   kept as a gold date like any other: the dateline is a date in the text.
 * - TIMEX3 → dates (type and value as written); a TIMEX3 with no token anchors
 *   (non-textual, for relations) is dropped.
 * - VALUE → numbers: MONEY → money (value in units of the currency: "26 cents" is
 *   0.26; unit the currency code), PERCENT → percent, QUANTITY → cardinal, or
 *   ordinal ("5th"). MEANTIME gives no value, so it is read from the text
 *   (adapters/amount.ts); a markable that holds no number ("thousands", "the
 *   amount") is dropped — ANNOTATION.md does not tag vague amounts — and so is
 *   one that contains others ("AU$ 52.5 million ( US$ 40.4 million" holds two), unless
 *   it reads as a range ("20 to 25 percent": ANNOTATION.md's one expression with
 *   `endValue`), in which case the parts inside it are dropped.
 *   QUANTITY markables leave out the counted noun, so units are not scored.
 * - Layers ['dates', 'numbers'].
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { TimexTypeSchema, type DateMention, type NumberMention } from '../../schema/result.js';
import { ClaimkitError } from '../../core/errors.js';
import type { GoldArticle, GoldSet, ScoringOptions } from '../types.js';
import { centsFactor, currencyOf, parseAmount } from './amount.js';
import { attributes, buildGold, decodeEntities, isoDay } from './common.js';

export const MEANTIME_SCORING: ScoringOptions = { unannotated: ['numberUnit'] };

const TYPES = new Set<string>(TimexTypeSchema.options);
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'re|'ve|'ll|'d|'m|n't|\.\.\.)$/i;
const NO_SPACE_AFTER = /^(?:[([{$£€#]|[A-Z]{2}\$)$/;
const SENTENCE_END = /[.!?"')\]]$/;

interface Token {
  readonly id: string;
  readonly sentence: number;
  readonly number: number;
  readonly text: string;
}

interface Markable {
  readonly tag: string;
  readonly attrs: Record<string, string>;
  readonly tokens: readonly string[];
}

function parse(xml: string, source: string): { tokens: Token[]; markables: Markable[] } {
  const tokens: Token[] = [];
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    const a = attributes(m[1] as string);
    tokens.push({ id: a['t_id'] ?? '', sentence: Number(a['sentence']), number: Number(a['number']), text: decodeEntities(m[2] as string) });
  }
  const open = xml.indexOf('<Markables>');
  const close = xml.indexOf('</Markables>', open);
  if (tokens.length === 0 || open < 0 || close < 0) throw new ClaimkitError('E_CORPUS_FORMAT', `${source}: no tokens or no <Markables>`);
  const block = xml.slice(open, close);
  const markables: Markable[] = [];
  for (const m of block.matchAll(/<([A-Z][A-Z_0-9]*)\b([^>]*?)(\/?)>/g)) {
    const tag = m[1] as string;
    let ids: string[] = [];
    if (m[3] !== '/') {
      const from = m.index + m[0].length;
      const end = block.indexOf(`</${tag}>`, from);
      ids = [...block.slice(from, end < 0 ? from : end).matchAll(/<token_anchor\s+t_id="([^"]*)"/g)].map((x) => x[1] as string);
    }
    markables.push({ tag, attrs: attributes(m[2] as string), tokens: ids });
  }
  return { tokens, markables };
}

/** The text of the annotated sentences and each token's offsets in it. */
function detokenize(tokens: readonly Token[], lastSentence: number): { text: string; at: Map<string, { start: number; end: number }> } {
  const at = new Map<string, { start: number; end: number }>();
  const sorted = tokens.filter((t) => t.sentence <= lastSentence).sort((a, b) => a.number - b.number);
  let text = '';
  let quoteOpen = false;
  let glue = true;
  let sentence = sorted[0]?.sentence ?? 0;
  for (const t of sorted) {
    let surface = t.text;
    let opening = false;
    let closing = false;
    if (surface === '``' || surface === '\u201C') [surface, opening] = ['"', true];
    else if (surface === "''" || surface === '\u201D') [surface, closing] = ['"', true];
    else if (surface === '"') [opening, closing] = [!quoteOpen, quoteOpen];
    if (opening) quoteOpen = true;
    if (closing) quoteOpen = false;
    if (t.sentence !== sentence) {
      text += SENTENCE_END.test(text) ? ' ' : '\n';
      sentence = t.sentence;
    } else if (!glue && !closing && !NO_SPACE_BEFORE.test(surface)) text += ' ';
    at.set(t.id, { start: text.length, end: text.length + surface.length });
    text += surface;
    glue = opening || NO_SPACE_AFTER.test(surface);
  }
  return { text, at };
}

/** Converts one file; what it drops is added to `notes` when given. */
export function convertMeantime(xml: string, source: string, notes?: string[]): GoldArticle {
  const { tokens, markables } = parse(xml, source);
  const id = /<Document\b[^>]*\bdoc_id="([^"]*)"/.exec(xml)?.[1] ?? basename(source, '.xml');
  const sentenceOf = new Map(tokens.map((t) => [t.id, t.sentence]));
  const lastSentence = Math.max(...markables.flatMap((m) => m.tokens.map((t) => sentenceOf.get(t) ?? -1)));
  const { text, at } = detokenize(tokens, lastSentence);
  const span = (m: Markable) => {
    const offsets = m.tokens.map((t) => at.get(t)).filter((o) => o !== undefined);
    if (offsets.length === 0) return null;
    const start = Math.min(...offsets.map((o) => o.start));
    const end = Math.max(...offsets.map((o) => o.end));
    return { start, end, text: text.slice(start, end) };
  };

  const timexes = markables.filter((m) => m.tag === 'TIMEX3');
  const dateline = (m: Markable) => m.tokens.length > 0 && m.tokens.every((t) => sentenceOf.get(t) === 1) && isoDay(m.attrs['value']) !== null;
  const creation = timexes.find((m) => m.attrs['functionInDocument'] === 'CREATION_TIME') ?? timexes.find(dateline);
  const date = isoDay(creation?.attrs['value']);
  const dates: DateMention[] = [];
  const seenDates = new Set<string>();
  for (const m of timexes) {
    const s = span(m);
    const type = m.attrs['type'] ?? '';
    const value = m === creation && date !== null ? date : m.attrs['value'];
    if (!s || !value || !TYPES.has(type) || seenDates.has(`${s.start}:${s.end}`)) continue;
    seenDates.add(`${s.start}:${s.end}`);
    dates.push({ ...s, type: type as DateMention['type'], value });
  }

  const values = markables
    .filter((m) => m.tag === 'VALUE')
    .map((m) => ({ m, s: span(m) }))
    .flatMap(({ m, s }) => (s ? [{ m, s, amount: parseAmount(s.text) }] : []));
  const inside = (o: { start: number; end: number }, s: { start: number; end: number }) =>
    o.start >= s.start && o.end <= s.end && (o.start !== s.start || o.end !== s.end);
  const isRange = (v: (typeof values)[number]) => v.amount?.endValue !== undefined;
  const numbers: NumberMention[] = [];
  const seenNumbers = new Set<string>();
  const dropped: string[] = [];
  for (const v of values) {
    const { m, s, amount } = v;
    const container = !isRange(v) && values.some((o) => o !== v && inside(o.s, s));
    const contained = values.some((o) => o !== v && isRange(o) && inside(s, o.s));
    if (container || contained || !amount || seenNumbers.has(`${s.start}:${s.end}`)) {
      if (container || !amount) dropped.push(s.text);
      continue;
    }
    seenNumbers.add(`${s.start}:${s.end}`);
    const type = m.attrs['type'];
    const money = type === 'MONEY';
    const factor = money ? centsFactor(s.text) : 1;
    numbers.push({
      ...s,
      kind: money ? 'money' : type === 'PERCENT' ? 'percent' : amount.ordinal ? 'ordinal' : 'cardinal',
      value: amount.value * factor,
      ...(amount.endValue !== undefined && { endValue: amount.endValue * factor }),
      unit: money ? currencyOf(s.text) : null,
      approx: amount.approx,
    });
  }
  const gold = buildGold({ id, text, date, title: text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n')), source, layers: ['dates', 'numbers'], dates, numbers });
  if (dropped.length > 0) notes?.push(`${id}: VALUE markables dropped (no number, or holding others): ${dropped.map((d) => JSON.stringify(d)).join(', ')}`);
  return { id, text, gold, source };
}

/** Every corpus_* subfolder of MEANTIME's English section, files in name order. */
export function loadMeantime(dir: string, name = 'meantime'): GoldSet {
  const folders = readdirSync(dir).filter((f) => f.startsWith('corpus_') && statSync(join(dir, f)).isDirectory()).sort();
  const notes: string[] = [];
  const articles = folders.flatMap((folder) =>
    readdirSync(join(dir, folder))
      .filter((f) => f.endsWith('.xml'))
      .sort()
      .map((f) => convertMeantime(readFileSync(join(dir, folder, f), 'utf8'), join(dir, folder, f), notes)),
  );
  return { name, articles, scoring: MEANTIME_SCORING, notes };
}
