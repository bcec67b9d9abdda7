/**
 * Pairs quotation marks into quotes in one pass with a stack at most three
 * deep, paragraph by paragraph. A reopened mark of the same level drops the
 * unclosed one before it; a closing mark with nothing to close is a stray (or,
 * for a single mark, an apostrophe). A paragraph that ends inside a quotation
 * closes it there, `continues` when the next paragraph reopens it (the news
 * convention for quotations running over several paragraphs).
 */
import { isWhitespace } from '../../text/chars.js';
import type { Level, Mark } from './marks.js';

export interface Pair {
  readonly start: number;
  readonly end: number;
  readonly innerStart: number;
  readonly innerEnd: number;
  readonly depth: number;
  readonly continues: boolean;
}

interface Open {
  readonly mark: Mark;
}

const MAX_DEPTH = 3;

/** End of the paragraph holding `pos`: the next line break, or the end of the text. */
function paragraphEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}

/** Whether only white space, or a colon or comma introducing speech, stands between the paragraph start and `pos`. */
function opensParagraphOrSpeech(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (isWhitespace(c)) continue;
    return c === 0x3a || c === 0x2c;
  }
  return true;
}

function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isWhitespace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** Whether the paragraph after the line break at `nl` begins with an opening mark of `level`. */
function reopens(text: string, nl: number, level: Level, next: Mark | undefined): boolean {
  if (!next || next.level !== level || next.role === 'close') return false;
  for (let i = nl; i < next.pos; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return true;
}

export function pairMarks(text: string, marks: readonly Mark[]): Pair[] {
  const pairs: Pair[] = [];
  const stack: Open[] = [];
  let paraEnd = marks.length > 0 ? paragraphEnd(text, marks[0]!.pos) : text.length;

  const closeParagraph = (next: Mark | undefined): void => {
    const end = trimmedEnd(text, 0, paraEnd);
    stack.forEach((open, depth) => {
      const innerStart = open.mark.pos + open.mark.len;
      if (end <= innerStart) return;
      const continues = depth === 0 && reopens(text, paraEnd, open.mark.level, next);
      if (depth === 0 && (continues || (open.mark.level === 'double' && opensParagraphOrSpeech(text, open.mark.pos)))) {
        pairs.push({ start: open.mark.pos, end, innerStart, innerEnd: end, depth, continues });
      }
    });
    stack.length = 0;
  };

  for (let m = 0; m < marks.length; m++) {
    const mark = marks[m]!;
    if (mark.pos >= paraEnd) {
      closeParagraph(mark);
      paraEnd = paragraphEnd(text, mark.pos);
    }
    let at = -1;
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k]!.mark.level === mark.level) {
        at = k;
        break;
      }
    }
    const closes = mark.role === 'close' || (mark.role === 'either' && at >= 0);
    if (closes) {
      if (at < 0) continue;
      const open = stack[at]!.mark;
      stack.length = at;
      pairs.push({
        start: open.pos,
        end: mark.pos + mark.len,
        innerStart: open.pos + open.len,
        innerEnd: mark.pos,
        depth: at,
        continues: false,
      });
    } else {
      if (at >= 0) stack.length = at;
      if (stack.length < MAX_DEPTH) stack.push({ mark });
    }
  }
  closeParagraph(undefined);
  return pairs.sort((a, b) => a.start - b.start);
}
