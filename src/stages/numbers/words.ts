/**
 * Numbers written in words: "five", "twenty-one", "one hundred and five", "two dozen",
 * "three million", "two-thirds", "twenty-first". Reads a run of number words from a position and
 * composes its value; what the run means in its sentence is decided by the scanner.
 */
import type { WordClass } from '../../lexicons/number-words.js';
import type { NumberLexicon } from './lexicon.js';

export interface WordNumber {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly ordinal: boolean;
  /** The run starts with a multiplier or a denominator that needs "a"/"an" before it ("a million"). */
  readonly needsArticle: boolean;
  /** The class of the first word, e.g. `half` or `ordinal`. */
  readonly first: WordClass;
  /** The number of words read. */
  readonly words: number;
  /** The power of ten of a scale word ending the run ("three million" → 6, "two hundred" → 2), else 0. */
  readonly scale: number;
  /** The denominator of a fraction ("two-thirds" → 3, "a quarter" → 4), else 0. */
  readonly denominator: number;
}

/** The class of the last word read; `andHalf` after "two and a half", which only a scale may follow. */
type Last = WordClass | 'none' | 'andHalf';

const LETTERS = /[A-Za-z]+/y;
const AND_A_HALF = /[ \t]+and[ \t]+(?:a|one)[ \t]+half\b/iy;

/** May a word of class `next` follow a word of class `last` in one number? */
function follows(last: Last, next: WordClass, value: number): boolean {
  switch (next) {
    case 'unit':
      return last === 'none' || last === 'tens' || last === 'hundred' || last === 'scale';
    case 'teen':
    case 'tens':
      return last === 'none' || last === 'hundred' || last === 'scale';
    case 'hundred':
      return last === 'none' || last === 'unit' || last === 'teen';
    case 'scale':
      return last !== 'scale' && last !== 'dozen' && last !== 'half';
    case 'dozen':
      return last === 'none' || last === 'unit' || last === 'teen' || last === 'tens';
    case 'ordinal':
      return last === 'none' || last === 'hundred' || last === 'scale' || (last === 'tens' && value < 10);
    case 'denominator':
      return last === 'none' || last === 'unit' || last === 'teen' || last === 'tens';
    case 'half':
      return last === 'none';
  }
}

/** After a word, the position of the next word of the same number: past spaces or one hyphen. */
function nextWordStart(text: string, end: number): number {
  const char = text[end];
  if (char === '-' || char === '‐') return end + 1;
  let i = end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i === end ? -1 : i;
}

/** The number words starting at `start`, or null when none is there. */
export function readWords(text: string, start: number, lexicon: NumberLexicon): WordNumber | null {
  let total = 0;
  let current = 0;
  let last = 'none' as Last;
  let first: WordClass | null = null;
  let ordinal = false;
  let denominator = 0;
  let words = 0;
  let lastScale = 0;
  let end = start;
  let pos = start;
  while (pos >= 0) {
    LETTERS.lastIndex = pos;
    const match = LETTERS.exec(text);
    if (!match) break;
    const lower = match[0].toLowerCase();
    const entry = lexicon.words.get(lower);
    if (!entry) {
      // "one hundred and five": "and" joins a hundred or a scale to the small number after it.
      if (lower !== 'and' || (last !== 'hundred' && last !== 'scale')) break;
      const after = nextWordStart(text, pos + 3);
      LETTERS.lastIndex = after;
      const small = after >= 0 ? LETTERS.exec(text) : null;
      const smallClass = small ? lexicon.words.get(small[0].toLowerCase())?.class : undefined;
      if (smallClass !== 'unit' && smallClass !== 'teen' && smallClass !== 'tens') break;
      // "between one hundred and two hundred": a second amount, not "one hundred and two".
      const beyond = nextWordStart(text, after + (small?.[0].length ?? 0));
      LETTERS.lastIndex = beyond;
      const scaleClass = beyond >= 0 ? lexicon.words.get(LETTERS.exec(text)?.[0].toLowerCase() ?? '')?.class : undefined;
      if (scaleClass === 'hundred' || scaleClass === 'scale') break;
      pos = after;
      continue;
    }
    // "one third", "one-fifth": the ordinal after a lone "one" is a denominator.
    const asDenominator: boolean = entry.class === 'ordinal' && last === 'unit' && current === 1 && words === 1 && entry.value >= 3 && entry.value <= 10;
    const wordClass: WordClass = asDenominator ? 'denominator' : entry.class;
    if (!follows(last, wordClass, entry.value)) break;
    first ??= wordClass;
    words++;
    end = pos + match[0].length;
    switch (wordClass) {
      case 'unit':
      case 'teen':
      case 'tens':
        current += entry.value;
        break;
      case 'hundred':
        current = (current || 1) * 100;
        break;
      case 'scale':
        total += (current || 1) * 10 ** entry.value;
        current = 0;
        lastScale = entry.value;
        break;
      case 'dozen':
        current = (current || 1) * 12;
        break;
      case 'ordinal':
        current += entry.value;
        ordinal = true;
        break;
      case 'denominator':
        current = (current || 1) / entry.value;
        denominator = entry.value;
        break;
      case 'half':
        current = 0.5;
        denominator = 2;
        break;
    }
    last = wordClass;
    if (ordinal || denominator > 0) break;
    pos = nextWordStart(text, end);
    if (wordClass === 'unit' || wordClass === 'teen' || wordClass === 'tens') {
      AND_A_HALF.lastIndex = end;
      const half = AND_A_HALF.exec(text);
      if (half) {
        current += 0.5;
        end += half[0].length;
        last = 'andHalf';
        pos = nextWordStart(text, end);
      }
    }
  }
  if (first === null) return null;
  return {
    start,
    end,
    value: total + current,
    ordinal,
    needsArticle: first === 'hundred' || first === 'scale' || first === 'dozen' || (first === 'denominator' && words === 1),
    first,
    words,
    scale: last === 'scale' ? lastScale : last === 'hundred' ? 2 : 0,
    denominator,
  };
}
