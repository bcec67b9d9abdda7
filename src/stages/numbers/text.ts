/**
 * Small readers over the raw text around a number: the word after or before a position on the
 * same line, and character classes. All of them look at a bounded stretch of text.
 */

import { isBlank, isDigit, isLetter as isLetterCode, isUpper as isUpperCode } from '../../text/chars.js';

export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  /** A period follows the word: an abbreviation ("No.", "U.S.") or the end of a sentence. */
  readonly dotted: boolean;
}

/** A word: letters, then letters or digits, with inner hyphens, apostrophes, periods or ampersands. */
const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’&.][\p{L}\p{M}\p{N}]+)*/uy;

export { isDigit };

export function isLetter(char: string | undefined): boolean {
  return char !== undefined && isLetterCode(char.charCodeAt(0));
}

export function isUpper(char: string | undefined): boolean {
  return char !== undefined && isUpperCode(char.charCodeAt(0));
}

/** Skips blanks (not line breaks) from `pos`. */
export function skipSpaces(text: string, pos: number): number {
  let i = pos;
  while (isBlank(text.charCodeAt(i))) i++;
  return i;
}

function makeWord(text: string, start: number, end: number): Word {
  const value = text.slice(start, end);
  return { start, end, text: value, lower: value.toLowerCase(), dotted: text[end] === '.' };
}

/** The word starting at `pos`, or null when no letter is there. */
export function wordAt(text: string, pos: number): Word | null {
  WORD.lastIndex = pos;
  const match = WORD.exec(text);
  return match ? makeWord(text, pos, pos + match[0].length) : null;
}

/** The word after `pos`, past spaces on the same line; null when punctuation or a digit comes first. */
export function wordAfter(text: string, pos: number): Word | null {
  return wordAt(text, skipSpaces(text, pos));
}

function isWordChar(char: string | undefined): boolean {
  return isLetter(char) || char === '-' || char === "'" || char === '’' || char === '&' || char === '.';
}

/**
 * The word ending just before `pos`, past spaces on the same line (a period right after it sets
 * `dotted`); null when punctuation or a digit comes first.
 */
export function wordBefore(text: string, pos: number): Word | null {
  let end = pos;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  const dotted = text[end - 1] === '.';
  if (dotted) end--;
  let start = end;
  while (start > 0 && isWordChar(text[start - 1])) start--;
  while (start < end && !isLetter(text[start])) start++;
  if (start === end || !isLetter(text[end - 1])) return null;
  const value = text.slice(start, end);
  return { start, end, text: value, lower: value.toLowerCase(), dotted };
}

/** A possessive: "America's", "nations'" (the apostrophe after the word). */
export function isPossessive(text: string, word: Word): boolean {
  const next = text[word.end];
  return /['’]s$/.test(word.lower) || ((next === "'" || next === '’') && word.lower.endsWith('s'));
}
