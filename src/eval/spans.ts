/**
 * Span comparison (METRICS.md): both spans are first trimmed of white space,
 * `, . ; :` and quotation marks (straight and curly, single and double) at
 * either end; two spans overlap when they share a character; their agreement
 * is |intersection| / |union| in characters.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

const TRIM = new Set([',', '.', ';', ':', '"', "'", '\u201C', '\u201D', '\u2018', '\u2019']);
const trimmable = (ch: string | undefined): boolean => ch !== undefined && (TRIM.has(ch) || /\s/.test(ch));

/** The span without the trimmable characters at either end (possibly empty: start === end). */
export function normalizeSpan(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  while (start < end && trimmable(text[start])) start++;
  while (end > start && trimmable(text[end - 1])) end--;
  return { start, end };
}

/** The text of a span without the trimmable characters at either end. */
export function normalizeText(text: string): string {
  const s = normalizeSpan(text, { start: 0, end: text.length });
  return text.slice(s.start, s.end);
}

export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** |a ∩ b| / |a ∪ b| in characters; 0 for an empty span. */
export function agreement(a: Span, b: Span): number {
  const inter = overlapLength(a, b);
  if (inter === 0) return 0;
  return inter / (a.end - a.start + (b.end - b.start) - inter);
}

export const sameSpan = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end && a.end > a.start;

/** Total characters covered by a set of spans (overlaps counted once). */
function merged(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

const covered = (spans: readonly Span[]): number => spans.reduce((n, s) => n + s.end - s.start, 0);

/** Character-level overlap of two sets of spans: { both, onlyA, onlyB } in characters. */
export function charOverlap(a: readonly Span[], b: readonly Span[]): { both: number; onlyA: number; onlyB: number } {
  const ma = merged(a);
  const mb = merged(b);
  let both = 0;
  let j = 0;
  for (const s of ma) {
    while (j < mb.length && (mb[j]?.end ?? 0) <= s.start) j++;
    for (let k = j; k < mb.length && (mb[k]?.start ?? Infinity) < s.end; k++) both += overlapLength(s, mb[k] as Span);
  }
  return { both, onlyA: covered(ma) - both, onlyB: covered(mb) - both };
}
