/**
 * Quotation marks found in one left-to-right pass, each with the role its
 * context gives it: curly marks say which side they are, straight marks are
 * read from the characters around them, and a single mark between letters or
 * before a year ("don’t", "Japan’s", "’80s") is an apostrophe, not a mark.
 */

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

function isLetterOrDigit(ch: string): boolean {
  if (ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(ch);
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** White space, start of text, or an opening bracket or dash: the left side of an opening mark. */
function opensAfter(ch: string): boolean {
  return ch === '' || /[\s([{\u2014\u2013/-]/.test(ch);
}

/** White space, end of text, or punctuation that follows a closing mark. */
function closesBefore(ch: string): boolean {
  return ch === '' || /[\s.,;:!?)\]}\u2014\u2013\u2026-]/.test(ch);
}

function straightRole(prev: string, next: string): Role {
  const left = opensAfter(prev);
  const right = closesBefore(next);
  if (left && !right) return 'open';
  if (right && !left) return 'close';
  return 'either';
}

/** The word an apostrophe at `pos` would start, lower-cased (letters only, at most 6). */
function wordAfter(text: string, pos: number): string {
  let end = pos;
  while (end < text.length && end - pos < 6 && /[A-Za-z]/.test(text.charAt(end))) end++;
  return text.slice(pos, end).toLowerCase();
}

function singleRole(text: string, i: number, prev: string, next: string): Role | null {
  const ch = text.charAt(i);
  if (isLetterOrDigit(prev) && isLetterOrDigit(next)) return null;
  if (isDigit(next) && !isLetterOrDigit(prev)) return null;
  if (!isLetterOrDigit(prev)) {
    const word = wordAfter(text, i + 1);
    if (ELISIONS.has(word) && !isLetterOrDigit(text.charAt(i + 1 + word.length))) return null;
  }
  if (ch === '\u2018') return 'open';
  if (opensAfter(prev) && isLetterOrDigit(next)) return 'open';
  if (!opensAfter(prev) && closesBefore(next)) return 'close';
  return null;
}

/** Every quotation mark of `text`, in order. */
export function findMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charAt(i);
    const code = ch.charCodeAt(0);
    if (code !== 34 && code !== 39 && code !== 96 && (code < 0x2018 || code > 0x201e) && code !== 0xab && code !== 0xbb) continue;
    const prev = i > 0 ? text.charAt(i - 1) : '';
    switch (ch) {
      case '\u201c':
      case '\u201e':
      case '\u00ab': {
        // an opening mark typed where a closing one belongs: "…here,“ said Jim"
        const next = i + 1 < n ? text.charAt(i + 1) : '';
        const role: Role = !opensAfter(prev) && closesBefore(next) ? 'close' : 'open';
        marks.push({ pos: i, len: 1, level: 'double', role });
        break;
      }
      case '\u201d':
      case '\u00bb': {
        const next = i + 1 < n ? text.charAt(i + 1) : '';
        const role: Role = opensAfter(prev) && !closesBefore(next) ? 'open' : 'close';
        marks.push({ pos: i, len: 1, level: 'double', role });
        break;
      }
      case '"':
        marks.push({ pos: i, len: 1, level: 'double', role: straightRole(prev, i + 1 < n ? text.charAt(i + 1) : '') });
        break;
      case '`':
        if (text.charAt(i + 1) === '`') {
          marks.push({ pos: i, len: 2, level: 'double', role: 'open' });
          i++;
        }
        break;
      case "'":
        if (text.charAt(i + 1) === "'") {
          marks.push({ pos: i, len: 2, level: 'double', role: straightRole(prev, i + 2 < n ? text.charAt(i + 2) : '') });
          i++;
        } else {
          const role = singleRole(text, i, prev, i + 1 < n ? text.charAt(i + 1) : '');
          if (role) marks.push({ pos: i, len: 1, level: 'single', role });
        }
        break;
      case '\u2018':
      case '\u2019': {
        const role = singleRole(text, i, prev, i + 1 < n ? text.charAt(i + 1) : '');
        if (role) marks.push({ pos: i, len: 1, level: 'single', role });
        break;
      }
      default:
        break;
    }
  }
  return marks;
}
