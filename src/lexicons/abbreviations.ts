/** The abbreviation lexicon (src/lexicons/abbreviations.txt) as lookup sets, read by the sentences stage (where sentences end) and the tokens stage (which words keep their dot). */
import { loadTable } from './load.js';

export interface AbbreviationLexicon {
  /** Never end a sentence: Mr., Gen., vs. */
  readonly titles: ReadonlySet<string>;
  /** End a sentence only before a sentence starter: U.S., Inc., Sept. */
  readonly abbreviations: ReadonlySet<string>;
  /** Capitalised words that begin a new sentence after an abbreviation. */
  readonly starters: ReadonlySet<string>;
  /** Lower-cased words with an inner capital that are not two glued sentences (easyjet). */
  readonly whole: ReadonlySet<string>;
}

const COLUMNS = [{ name: 'kind', values: ['title', 'abbr', 'starter', 'whole'] }, { name: 'entry' }] as const;

export function loadAbbreviations(): AbbreviationLexicon {
  const sets = { title: new Set<string>(), abbr: new Set<string>(), starter: new Set<string>(), whole: new Set<string>() };
  for (const [kind, entry] of loadTable('abbreviations', COLUMNS)) sets[kind].add(kind === 'whole' ? entry.toLowerCase() : entry);
  return { titles: sets.title, abbreviations: sets.abbr, starters: sets.starter, whole: sets.whole };
}
