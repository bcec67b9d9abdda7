/** Character classes of the sentence splitter, by UTF-16 code unit (no regex on the hot path). */

/** Horizontal white space: space, tab, form feed, NBSP, BOM, the Unicode spaces and zero-width space. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Beyond Latin-1, case is read from the character's own case mapping (punctuation and CJK have none). */
function hasCase(c: number, upper: boolean): boolean {
  if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0xfaff)) return false;
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  const up = ch.toUpperCase();
  return lower !== up && ch === (upper ? up : lower);
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

export function isLetter(c: number): boolean {
  return isUpper(c) || isLower(c);
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** `.`, `!`, `?` and the ellipsis character: the marks that can end a sentence. */
export function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** Marks that may close a sentence after its terminator: quotation marks and closing brackets. */
export function isCloser(c: number): boolean {
  return (
    c === 0x22 || // "
    c === 0x27 || // '
    c === 0x29 || // )
    c === 0x5d || // ]
    c === 0x7d || // }
    c === 0xbb || // »
    c === 0x2019 || // ’
    c === 0x201d || // ”
    c === 0x203a // ›
  );
}

/** Marks that open a sentence-initial quotation or bracket. */
export function isOpener(c: number): boolean {
  return (
    c === 0x22 ||
    c === 0x27 ||
    c === 0x28 || // (
    c === 0x5b || // [
    c === 0xab || // «
    c === 0x2018 || // ‘
    c === 0x201c || // “
    c === 0x2039 // ‹
  );
}
