/**
 * Roles of the sentences of a whole article (ANNOTATION.md §1), in passes:
 *
 * 1. boilerplate by lexicon: metadata prefixes, boilerplate sentences, whole
 *    lines (copyright, reporting credits, navigation), captions (a line ending
 *    in a photo credit; a credit-only line makes the line just above it in the
 *    same paragraph a caption, unless that line is the title);
 * 2. the body begins at the first remaining line that reads like prose: it
 *    ends with a period or a colon, holds two sentences, or runs to 25
 *    words. Every remaining line before it is a headline (title, kicker,
 *    sub-title);
 * 3. an end-of-article marker after the body has begun ("About the author",
 *    "Source link") makes everything from it on boilerplate;
 * 4. the trailing run: walking back from the end, boilerplate, promos and
 *    author bios (soft patterns) and short unpunctuated fragments are
 *    boilerplate, up to the last real body sentence;
 * 5. inside the body, a short line of one sentence with no closing
 *    punctuation, starting with a capital and followed by a new paragraph, is
 *    a sub-headline;
 * 6. a weak boundary (a lower-case word run into a capitalised one) between
 *    two body sentences is undone: in prose it is a space lost around a link.
 */
import type { Sentence, SentenceRole } from '../../schema/result.js';
import type { BoilerplateRules } from './boilerplate.js';
import { MAX_BOILERPLATE_LENGTH, MAX_NAVIGATION_LENGTH } from './boilerplate.js';
import type { Piece } from './boundaries.js';
import { isCloser, isDigit, isOpener, isSpace, isUpper } from './chars.js';
import type { Line } from './lines.js';

const BODY_WORDS = 25;
const SUBHEAD_WORDS = 15;
const FRAGMENT_WORDS = 8;

/** Whether text[start, end) holds at most `max` words (stops counting past it). */
function wordsAtMost(text: string, start: number, end: number, max: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++count > max) return false;
    inWord = !space;
  }
  return true;
}

/** The last character of the span before any closing quotes or brackets. */
function lastMark(text: string, p: Piece): number {
  let e = p.end;
  while (e > p.start + 1 && isCloser(text.charCodeAt(e - 1))) e--;
  return text.charCodeAt(e - 1);
}

/** No final `.`, `!`, `?`, `…`, nor a `:` `;` `,` or dash that leads on to more text. */
function isUnpunctuated(text: string, p: Piece): boolean {
  const c = lastMark(text, p);
  return !(c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3a || c === 0x3b || c === 0x2c || c === 0x2d || c === 0x2013 || c === 0x2014);
}

const startsLikeTitle = (c: number): boolean => isUpper(c) || isDigit(c) || isOpener(c);

/** The text inside a final "(...)" of a span, or null. */
function trailingParenthetical(s: string): string | null {
  if (!s.endsWith(')')) return null;
  const open = s.lastIndexOf('(');
  return open >= 0 ? s.slice(open + 1, -1) : null;
}

interface Item {
  readonly piece: Piece;
  readonly line: number;
  boilerplate: boolean;
  tail: boolean;
}

export function assignRoles(text: string, lines: readonly Line[], pieces: readonly (readonly Piece[])[], rules: BoilerplateRules): Sentence[] {
  const items: Item[] = [];
  const byLine: Item[][] = [];
  const creditOnly: boolean[] = [];

  // 1. boilerplate by lexicon
  lines.forEach((line, li) => {
    const own: Item[] = [];
    let restOfLine = line.end - line.start <= MAX_NAVIGATION_LENGTH && rules.navigation(text.slice(line.start, line.end));
    for (const piece of pieces[li] ?? []) {
      const item: Item = { piece, line: li, boilerplate: restOfLine || piece.metadata, tail: false };
      if (!piece.metadata && piece.end - piece.start <= MAX_BOILERPLATE_LENGTH) {
        const s = text.slice(piece.start, piece.end);
        if (rules.line(s)) restOfLine = item.boilerplate = true;
        if (rules.sentence(s)) item.boilerplate = true;
        if (rules.tail(s)) item.boilerplate = item.tail = true;
      }
      own.push(item);
      items.push(item);
    }
    const last = own[own.length - 1];
    let only = false;
    if (last && last.piece.end - last.piece.start <= MAX_BOILERPLATE_LENGTH) {
      const s = text.slice(last.piece.start, last.piece.end);
      const inner = trailingParenthetical(s);
      const credit = rules.credit(s);
      only = credit && own.length === 1;
      if (credit || (inner !== null && rules.credit(inner))) for (const it of own) it.boilerplate = true;
    }
    creditOnly.push(only);
    byLine.push(own);
  });

  const hasText = (li: number): boolean => (byLine[li] ?? []).some((it) => !it.boilerplate);
  const title = lines.findIndex((_, li) => hasText(li));
  lines.forEach((line, li) => {
    if (creditOnly[li] && !line.blankBefore && li - 1 !== title) for (const it of byLine[li - 1] ?? []) it.boilerplate = true;
  });

  // 2. headlines before the body
  const isProse = (li: number): boolean => {
    const own = (byLine[li] ?? []).filter((it) => !it.boilerplate);
    const last = own[own.length - 1];
    if (!last) return false;
    const first = own[0] ?? last;
    const mark = lastMark(text, last.piece);
    return own.length > 1 || mark === 0x2e || mark === 0x3a || !wordsAtMost(text, first.piece.start, last.piece.end, BODY_WORDS - 1);
  };
  let bodyLine = lines.findIndex((_, li) => isProse(li));
  if (bodyLine < 0) bodyLine = lines.length;
  const roles: SentenceRole[] = items.map((it) => (it.boilerplate ? 'boilerplate' : it.line < bodyLine ? 'headline' : 'body'));
  const firstBody = roles.indexOf('body');

  if (firstBody >= 0) {
    // 3. end-of-article markers
    const tail = items.findIndex((it, k) => k > firstBody && it.tail);
    if (tail >= 0) roles.fill('boilerplate', tail);

    // 4. the trailing run
    const isSoft = (it: Item): boolean => it.piece.end - it.piece.start <= MAX_BOILERPLATE_LENGTH && rules.soft(text.slice(it.piece.start, it.piece.end));
    const isFragment = (it: Item): boolean =>
      (byLine[it.line] ?? []).length === 1 && isUnpunctuated(text, it.piece) && wordsAtMost(text, it.piece.start, it.piece.end, FRAGMENT_WORDS);
    for (let k = items.length - 1; k > firstBody; k--) {
      const it = items[k];
      if (!it) break;
      if (roles[k] !== 'boilerplate' && !isSoft(it) && !isFragment(it)) break;
      roles[k] = 'boilerplate';
    }

    // 5. sub-headlines: a new paragraph must follow (a lower-case next line continues a broken sentence)
    items.forEach((it, k) => {
      const next = lines[it.line + 1];
      if (roles[k] !== 'body' || it.line <= bodyLine || !next || (byLine[it.line] ?? []).length !== 1) return;
      const p = it.piece;
      if (
        isUnpunctuated(text, p) &&
        startsLikeTitle(text.charCodeAt(p.start)) &&
        startsLikeTitle(text.charCodeAt(next.start)) &&
        wordsAtMost(text, p.start, p.end, SUBHEAD_WORDS)
      ) {
        roles[k] = 'headline';
      }
    });
  }

  // 6. a weak boundary inside body prose is undone
  const out: Sentence[] = [];
  items.forEach((it, k) => {
    const role = roles[k] ?? 'body';
    const prev = out[out.length - 1];
    if (it.piece.weak && prev && prev.end === it.piece.start && prev.role === 'body' && role === 'body') prev.end = it.piece.end;
    else out.push({ start: it.piece.start, end: it.piece.end, role });
  });
  return out;
}
