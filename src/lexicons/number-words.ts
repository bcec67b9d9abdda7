/**
 * The number-word table (numbers-words.txt): "three", "twenty", "hundred",
 * "million", "half", "third" with their values and classes, read by the
 * numbers stage (numbers written in words) and by attribution (a count
 * opening a ratio: "Four in ten voters say").
 */
import { loadTable } from './load.js';

const WORD_CLASSES = ['unit', 'teen', 'tens', 'hundred', 'scale', 'dozen', 'half', 'ordinal', 'denominator'] as const;
export type WordClass = (typeof WORD_CLASSES)[number];

export interface NumberWord {
  readonly class: WordClass;
  /** The number; for `hundred`/`scale` the power of ten, for `denominator`/`half` the denominator. */
  readonly value: number;
}

const WORDS = [{ name: 'word' }, { name: 'value' }, { name: 'class', values: WORD_CLASSES }] as const;

/** The number words of src/lexicons/numbers-words.txt with their values and classes. */
export function loadNumberWords(): Map<string, NumberWord> {
  const words = new Map<string, NumberWord>();
  for (const [word, value, cls] of loadTable('numbers-words', WORDS)) words.set(word, { value: Number(value), class: cls });
  return words;
}

/** The cardinals below a hundred written as one word ("four", "fifteen", "twenty"): the counts of a ratio. */
export function loadCountWords(): Set<string> {
  return new Set([...loadNumberWords()].filter(([, w]) => w.class === 'unit' || w.class === 'teen' || w.class === 'tens').map(([word]) => word));
}
