/**
 * The article text behind a result. A result does not carry its text, so the
 * renderer is given one (the article file, the gold set's copy) and checks it
 * against the result; without one it rebuilds what the result quotes and
 * leaves the rest as gaps.
 */
import type { Result, TextSpan } from '../schema/result.js';

/** Characters of a rebuilt text that the result does not quote. */
export const UNKNOWN = '\u0000';

function quoted(result: Result): TextSpan[] {
  const spans: TextSpan[] = [...result.dates, ...result.numbers];
  for (const c of result.claims) {
    spans.push(c.content);
    for (const s of [c.speaker, c.cue, c.statedOn]) if (s) spans.push(s);
  }
  return spans;
}

/** Whether `text` is the text the result was made from: same length, and every quoted span is its slice. */
export function matchesResult(result: Result, text: string): boolean {
  return text.length === result.doc.length && quoted(result).every((s) => text.slice(s.start, s.end) === s.text);
}

/** A text of the result's length holding every span it quotes, UNKNOWN elsewhere. */
export function rebuildText(result: Result): string {
  const chars: string[] = new Array<string>(result.doc.length).fill(UNKNOWN);
  for (const s of quoted(result)) {
    for (let i = 0; i < s.text.length && s.start + i < chars.length; i++) chars[s.start + i] = s.text[i] as string;
  }
  return chars.join('');
}
