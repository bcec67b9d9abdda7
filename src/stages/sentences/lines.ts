/** The text's lines, each with its content range (first to last non-space character). */
import { isSpace } from './chars.js';

const LINE_BREAK = /\r\n?|[\n\u0085\u2028\u2029]/g;

export interface Line {
  /** First non-space character of the line. */
  readonly start: number;
  /** One past the last non-space character. */
  readonly end: number;
  /** A blank line (or the start of the text) comes before this line. */
  readonly blankBefore: boolean;
}

/** The non-blank lines of `text`, in order. LF, CRLF, CR, NEL, U+2028 and U+2029 all end a line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  let blankBefore = true;
  let i = 0;
  LINE_BREAK.lastIndex = 0;
  while (i < n) {
    const m = LINE_BREAK.exec(text);
    const lineEnd = m === null ? n : m.index;
    let start = i;
    while (start < lineEnd && isSpace(text.charCodeAt(start))) start++;
    let end = lineEnd;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start < end) {
      lines.push({ start, end, blankBefore });
      blankBefore = false;
    } else {
      blankBefore = true;
    }
    i = m === null ? n : LINE_BREAK.lastIndex;
  }
  return lines;
}
