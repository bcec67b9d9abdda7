/**
 * Tells a quotation that can stand as a claim (`speech`) from a scare quote,
 * title or short phrase quoted inside running text (`fragment`): a fragment
 * is short and sits inside a sentence, right after a word or right before
 * the sentence carries on in lower case ('the "Remain" campaign', 'Suga
 * "firmly maintains" the stance', '"Stronger Together" was the slogan').
 */
import { isAlphanumeric, isWhitespace } from '../../text/chars.js';
import type { Pair } from './pair.js';

/** Longest quotation, in words, that still counts as a fragment. */
const FRAGMENT_WORDS = 8;

function wordCount(text: string, start: number, end: number, cap: number): number {
  let count = 0;
  let inWord = false;
  for (let i = start; i < end && count <= cap; i++) {
    const word = isAlphanumeric(text.charCodeAt(i));
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}

function previousChar(text: string, pos: number): string {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return '';
    if (!isWhitespace(c)) return text.charAt(i);
  }
  return '';
}

function nextChar(text: string, pos: number): string {
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return '';
    if (!isWhitespace(c)) return text.charAt(i);
  }
  return '';
}

export function quoteKind(text: string, pair: Pair): 'speech' | 'fragment' {
  if (pair.continues || pair.depth > 0) return pair.depth > 0 ? 'fragment' : 'speech';
  if (wordCount(text, pair.innerStart, pair.innerEnd, FRAGMENT_WORDS) > FRAGMENT_WORDS) return 'speech';
  const before = previousChar(text, pair.start);
  if (/[\p{L}\p{N})\u2019'%$]/u.test(before)) return 'fragment';
  const after = nextChar(text, pair.end);
  const last = text.charAt(pair.innerEnd - 1);
  if (before !== ':' && before !== ',' && !/[,.!?\u2026]/.test(last) && /\p{Ll}/u.test(after)) return 'fragment';
  return 'speech';
}
