/**
 * Gold authoring helper: turns a hand-written draft, whose spans carry their
 * `text` but not necessarily their offsets, into a gold file with offsets,
 * and checks any offsets already present.
 *
 * Where a span has no `start`, it is found in the article:
 * - sentences, dates, numbers and claim contents: the next occurrence after
 *   the previous item of the same list (write them in document order);
 * - a claim's speaker, cue and statedOn: the occurrence nearest to the
 *   claim's content, preferring those inside the sentences the content
 *   touches;
 * - any span may carry `near`: a longer context string that contains it; the
 *   context is located first (by the same rule), then the text inside it.
 */
import { createHash } from 'node:crypto';

type Json = Record<string, unknown>;

export class AuthoringError extends Error {}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

type Pick = (starts: number[], length: number) => number | undefined;

const nextAfter =
  (cursor: number): Pick =>
  (starts) =>
    starts.find((s) => s >= cursor);

const nearestTo =
  (anchor: { start: number; end: number }, scope: { start: number; end: number }): Pick =>
  (starts, length) => {
    let best: number | undefined;
    let bestDistance = Infinity;
    for (const s of starts) {
      const e = s + length;
      const outside = s < scope.start || e > scope.end ? 1e9 : 0;
      const d = outside + (e <= anchor.start ? anchor.start - e : s >= anchor.end ? s - anchor.end : 0);
      if (d < bestDistance) {
        best = s;
        bestDistance = d;
      }
    }
    return best;
  };

function place(text: string, span: Json, pick: Pick, where: string): Json {
  const needle = span['text'];
  if (typeof needle !== 'string' || needle.length === 0) throw new AuthoringError(`${where}: span has no text`);
  if (typeof span['start'] === 'number') {
    const start = span['start'];
    const end = typeof span['end'] === 'number' ? span['end'] : start + needle.length;
    if (text.slice(start, end) !== needle) {
      throw new AuthoringError(`${where}: text ${JSON.stringify(needle)} is not at ${start}-${end}`);
    }
    const { near: _near, ...rest } = span;
    return { ...rest, start, end };
  }
  let base = 0;
  let scope = text;
  let chooser = pick;
  const near = span['near'];
  if (typeof near === 'string') {
    const at = pick(occurrences(text, near), near.length);
    if (at === undefined) throw new AuthoringError(`${where}: context ${JSON.stringify(near)} not found`);
    base = at;
    scope = near;
    chooser = (starts) => starts[0];
  }
  const found = chooser(occurrences(scope, needle), needle.length);
  if (found === undefined) throw new AuthoringError(`${where}: text ${JSON.stringify(needle)} not found`);
  const { near: _near, ...rest } = span;
  return { ...rest, start: base + found, end: base + found + needle.length };
}

function placeList(text: string, items: unknown, key: string): Json[] {
  if (items === undefined) return [];
  if (!Array.isArray(items)) throw new AuthoringError(`${key} must be an array`);
  let cursor = 0;
  return items.map((item: Json, i) => {
    const placed = place(text, item, nextAfter(cursor), `${key}[${i}]`);
    cursor = (placed['start'] as number) + 1;
    return placed;
  });
}

const byStart = (a: Json, b: Json): number => (a['start'] as number) - (b['start'] as number);

/** Fill in offsets and the text hash of a gold draft; throws AuthoringError with the first problem. */
export function fillGold(draft: Json, text: string): Json {
  const doc = { ...(draft['doc'] as Json), length: text.length, textSha256: sha256(text) };
  const sentences = placeList(text, draft['sentences'], 'sentences');
  const scopeOf = (span: { start: number; end: number }) => {
    const touched = sentences.filter((s) => (s['start'] as number) < span.end && (s['end'] as number) > span.start);
    return touched.length === 0
      ? { start: 0, end: text.length }
      : { start: touched[0]?.['start'] as number, end: touched[touched.length - 1]?.['end'] as number };
  };
  let cursor = 0;
  const claims = ((draft['claims'] as Json[] | undefined) ?? []).map((claim, i) => {
    const where = `claims[${i}]`;
    const content = place(text, claim['content'] as Json, nextAfter(cursor), `${where}.content`);
    cursor = (content['start'] as number) + 1;
    const anchor = { start: content['start'] as number, end: content['end'] as number };
    const near = nearestTo(anchor, scopeOf(anchor));
    const sub = (key: string): Json | null => {
      const value = claim[key];
      return value === null || value === undefined ? null : place(text, value as Json, near, `${where}.${key}`);
    };
    return { ...claim, content, speaker: sub('speaker'), cue: sub('cue'), statedOn: sub('statedOn') };
  });
  const idOf = String((draft['doc'] as Json)['id']);
  return {
    schemaVersion: 1,
    doc,
    sentences,
    dates: placeList(text, draft['dates'], 'dates').sort(byStart),
    numbers: placeList(text, draft['numbers'], 'numbers').sort(byStart),
    claims: claims.sort((a, b) => byStart(a['content'] as Json, b['content'] as Json)).map((c, i) => ({ ...c, id: `${idOf}-c${i + 1}` })),
  };
}
