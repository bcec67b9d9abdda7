/**
 * The compromise tags word-tags.txt keeps and how the file is read. Kept apart
 * from word-tags.ts, which generates the file and imports compromise, so the
 * pipeline reads the file without loading compromise.
 */
import { loadTable } from './load.js';

/** Tags of a finite verb form: "said", "says", "is", "can". */
export const FINITE_TAGS: readonly string[] = ['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary'];

/** The tag of a verb's base form ("need", "support"). */
export const BASE_TAG = 'Infinitive';

/** Tags of names, places and calendar words. */
export const NAME_TAGS: readonly string[] = ['FemaleName', 'MaleName', 'FirstName', 'LastName', 'Person', 'Country', 'City', 'Region', 'Place', 'Organization', 'Actor', 'Demonym', 'WeekDay', 'Month', 'Date', 'Holiday'];

/** Every tag word-tags.txt keeps. */
export const KEPT_TAGS: readonly string[] = [...FINITE_TAGS, BASE_TAG, ...NAME_TAGS];

const WORD_TAGS = [{ name: 'word' }, { name: 'compromise tags' }] as const;

/** The rows of word-tags.txt: a word and its kept tags. */
export function loadWordTags(): readonly (readonly [string, readonly string[]])[] {
  return loadTable('word-tags', WORD_TAGS).map(([word, tags]) => [word, tags.split(',')] as const);
}
