/**
 * A set of lower-case words tested against tokens without making a string
 * of every token: a bitmap of (first three letters, length) rules most words
 * out, and only the rest are sliced and looked up.
 */
import type { Tokens } from './tokens.js';

const BITS = 1 << 16;

function shape(first: number, second: number, third: number, length: number): number {
  return ((((first | 0x20) * 31 + (second | 0x20)) * 31 + (third | 0x20)) * 31 + length) & (BITS - 1);
}

export class WordSet {
  private readonly words: ReadonlySet<string>;
  private readonly shapes = new Uint8Array(BITS);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) this.shapes[shape(w.charCodeAt(0), w.charCodeAt(1) || 0, w.charCodeAt(2) || 0, w.length)] = 1;
  }

  has(t: Tokens, i: number): boolean {
    const s = t.start[i] ?? 0;
    const length = (t.end[i] ?? 0) - s;
    const text = t.text;
    const second = length > 1 ? text.charCodeAt(s + 1) : 0;
    const third = length > 2 ? text.charCodeAt(s + 2) : 0;
    return this.shapes[shape(text.charCodeAt(s), second, third, length)] === 1 && this.words.has(t.low(i));
  }
}
