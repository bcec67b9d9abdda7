/**
 * Character classes by UTF-16 code unit, shared by the stages' scanners and
 * tokenizers (no regex on the hot path for ASCII and Latin-1).
 */

/** Horizontal white space: space, tab, vertical tab, form feed, NBSP, BOM, the Unicode spaces and zero-width space. */
export function isBlank(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Any white space, line breaks included. */
export function isWhitespace(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85 || isBlank(c);
}

/** Beyond Latin-1, case is read from the character's own case mapping (punctuation and CJK have none). */
function hasCase(c: number, upper: boolean): boolean {
  if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0xfaff)) return false;
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  const up = ch.toUpperCase();
  return lower !== up && ch === (upper ? up : lower);
}

/** A-Z or a-z. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export function isUpper(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c <= 0xff) return c >= 0xc0 && c <= 0xde && c !== 0xd7;
  return hasCase(c, true);
}

export function isLower(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (c <= 0xff) return c >= 0xdf && c !== 0xf7;
  return hasCase(c, false);
}

const LETTER = /\p{L}/u;

/** A letter of any script (cased or not). */
export function isLetter(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c);
  if (c <= 0xff) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  return LETTER.test(String.fromCharCode(c));
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

const ALPHANUMERIC = /[\p{L}\p{N}]/u;

/** A letter or a digit of any script ("²" and "٣" are digits here). */
export function isAlphanumeric(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c) || isDigit(c);
  return ALPHANUMERIC.test(String.fromCharCode(c));
}
