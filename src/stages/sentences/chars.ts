/** Character classes of the sentence splitter, by UTF-16 code unit (no regex on the hot path). */
export { isBlank as isSpace, isDigit, isLetter, isLower, isUpper } from '../../text/chars.js';

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
