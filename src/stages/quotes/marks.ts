/**
 * Quotation marks found in one left-to-right pass, each with the role its
 * context gives it: curly marks say which side they are, straight marks are
 * read from the characters around them, and a single mark between letters or
 * before a year ("don’t", "Japan’s", "’80s") is an apostrophe, not a mark.
 * The pass jumps from one mark character to the next with a regex (native
 * code); the characters around a mark are read as UTF-16 code units (-1 past
 * either end of the text).
 */
import { isAlphanumeric, isAsciiLetter, isDigit, isWhitespace } from '../../text/chars.js';

export type Level = 'double' | 'single';
/** `either`: a straight mark whose context does not settle its side; the pairing decides. */
type Role = 'open' | 'close' | 'either';

export interface Mark {
  readonly pos: number;
  readonly len: number;
  readonly level: Level;
  readonly role: Role;
}

/** Words an apostrophe may shorten at their start: 'em, 'til, 'cause, rock 'n' roll. */
const ELISIONS = new Set(['em', 'til', 'cause', 'n', 'tis', 'twas', 'round', 'bout', 'nuff', 'ello']);

/** The characters that can be quotation marks. */
const MARK_CHARS = /["'`\u2018-\u201e\u00ab\u00bb]/g;

/** White space, start of text, or an opening bracket, dash or slash: the left side of an opening mark. */
function opensAfter(c: number): boolean {
  return c < 0 || isWhitespace(c) || c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2014 || c === 0x2013 || c === 0x2f || c === 0x2d;
}

/** White space, end of text, or punctuation that follows a closing mark. */
function closesBefore(c: number): boolean {
  if (c < 0 || isWhitespace(c)) return true;
  switch (c) {
    case 0x2e: // .
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x3a: // :
    case 0x21: // !
    case 0x3f: // ?
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
    case 0x2014:
    case 0x2013:
    case 0x2026:
    case 0x2d: // -
      return true;
    default:
      return false;
  }
}

function straightRole(prev: number, next: number): Role {
  const left = opensAfter(prev);
  const right = closesBefore(next);
  if (left && !right) return 'open';
  if (right && !left) return 'close';
  return 'either';
}

/** The word an apostrophe at `pos` would start, lower-cased (ASCII letters only, at most 6). */
function wordAfter(text: string, pos: number): string {
  let end = pos;
  while (end < text.length && end - pos < 6 && isAsciiLetter(text.charCodeAt(end))) end++;
  return text.slice(pos, end).toLowerCase();
}

function singleRole(text: string, i: number, prev: number, next: number): Role | null {
  if (isAlphanumeric(prev) && isAlphanumeric(next)) return null;
  if (isDigit(next) && !isAlphanumeric(prev)) return null;
  if (!isAlphanumeric(prev)) {
    const word = wordAfter(text, i + 1);
    if (ELISIONS.has(word) && !isAlphanumeric(codeAt(text, i + 1 + word.length))) return null;
  }
  if (text.charCodeAt(i) === 0x2018) return 'open';
  if (opensAfter(prev) && isAlphanumeric(next)) return 'open';
  if (!opensAfter(prev) && closesBefore(next)) return 'close';
  return null;
}

/** The code unit at `i`, or -1 outside the text. */
function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** Every quotation mark of `text`, in order. */
export function findMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  const scan = new RegExp(MARK_CHARS);
  for (let found = scan.exec(text); found; found = scan.exec(text)) {
    const i = found.index;
    const prev = codeAt(text, i - 1);
    const next = codeAt(text, i + 1);
    switch (text.charCodeAt(i)) {
      case 0x201c:
      case 0x201e:
      case 0xab:
        // an opening mark typed where a closing one belongs: "…here,“ said Jim"
        marks.push({ pos: i, len: 1, level: 'double', role: !opensAfter(prev) && closesBefore(next) ? 'close' : 'open' });
        break;
      case 0x201d:
      case 0xbb:
        marks.push({ pos: i, len: 1, level: 'double', role: opensAfter(prev) && !closesBefore(next) ? 'open' : 'close' });
        break;
      case 0x22:
        marks.push({ pos: i, len: 1, level: 'double', role: straightRole(prev, next) });
        break;
      case 0x60:
        if (next === 0x60) {
          marks.push({ pos: i, len: 2, level: 'double', role: 'open' });
          scan.lastIndex = i + 2;
        }
        break;
      case 0x27:
        if (next === 0x27) {
          marks.push({ pos: i, len: 2, level: 'double', role: straightRole(prev, codeAt(text, i + 2)) });
          scan.lastIndex = i + 2;
        } else {
          const role = singleRole(text, i, prev, next);
          if (role) marks.push({ pos: i, len: 1, level: 'single', role });
        }
        break;
      case 0x2018:
      case 0x2019: {
        const role = singleRole(text, i, prev, next);
        if (role) marks.push({ pos: i, len: 1, level: 'single', role });
        break;
      }
      default:
        break;
    }
  }
  return marks;
}
