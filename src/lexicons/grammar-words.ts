/**
 * The closed word classes of English (grammar-words.txt): each word with one
 * of its classes, read the one way attribution (the classes of a word),
 * stance (function words, articles, copulas, subject pronouns) and the
 * reporting-verb table (the determiners "~det" stands for) use it.
 */
import { loadTable } from './load.js';

/** The classes of the second column; the file's comments say what the less obvious ones hold. */
export const GRAMMAR_WORD_CLASSES = [
  'det', 'poss', 'subj', 'obj', 'aux', 'neg', 'adv', 'prep', 'conj', 'sub', 'rel', 'wh', 'share', 'front',
  'postadj', 'contrast', 'setting', 'adjunct', 'tail', 'link', 'subprep', 'article', 'be', 'indefinite',
] as const;
export type GrammarWordClass = (typeof GRAMMAR_WORD_CLASSES)[number];

/** The words of each class, in file order (a word may be in several). */
export type GrammarWords = { readonly [C in GrammarWordClass]: ReadonlySet<string> };

const GRAMMAR_WORDS = [{ name: 'word' }, { name: 'class', values: GRAMMAR_WORD_CLASSES }] as const;

/** The words of each class in the rows of the file. */
function byClass(rows: readonly (readonly [string, GrammarWordClass])[]): GrammarWords {
  return Object.fromEntries(GRAMMAR_WORD_CLASSES.map((cls) => [cls, new Set(rows.filter(([, c]) => c === cls).map(([word]) => word))])) as Record<GrammarWordClass, Set<string>>;
}

let grammarWords: GrammarWords | undefined;

/** The words of src/lexicons/grammar-words.txt by class, columns checked, loaded once. */
export function loadGrammarWords(): GrammarWords {
  grammarWords ??= byClass(loadTable('grammar-words', GRAMMAR_WORDS));
  return grammarWords;
}
