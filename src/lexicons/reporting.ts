/**
 * The reporting-verb table (reporting-verbs.txt), read the one way both
 * attribution and stance use it: columns declared and checked, frames checked,
 * and "~det" in a phrase expanded to the phrases it stands for (the articles
 * and possessives of grammar-words.txt).
 */
import { loadGrammarWords } from './grammar-words.js';
import { loadTable, type Row } from './load.js';

/** How a reporting verb presents what it reports (docs ANNOTATION §6). */
export const REPORTING_CLASSES = ['neutral', 'endorsing', 'distancing', 'negating'] as const;
export type ReportingClass = (typeof REPORTING_CLASSES)[number];

/** The frames of the third column; the file's header says what each means. */
export const REPORTING_FRAMES = ['that', 'manner', 'obj', 'np', 'inf', 'as', 'src', 'wh', 'ask', 'noun', 'named', 'comp', 'sc', 'speech'] as const;
export type ReportingFrame = (typeof REPORTING_FRAMES)[number];

/** Phrase, reporting class, frames (comma-separated), irregular forms ("past|participle", or "=" for a phrase never inflected). */
const REPORTING_VERBS = [
  { name: 'phrase' },
  { name: 'class', values: REPORTING_CLASSES },
  { name: 'frames' },
  { name: 'irregular forms', optional: true },
] as const;

/** A row of the table with "~det" expanded: phrase, class, frames, irregular forms ('' for none). */
export type ReportingRow = Row<typeof REPORTING_VERBS>;

/** The phrases a lexicon phrase stands for, "~det" expanded to no word, an article or a possessive ("expressed a willingness", "expressed his wish"). */
function expand(phrase: string, determiners: readonly string[]): string[] {
  if (!phrase.includes('~det')) return [phrase];
  return ['', ...determiners].map((d) => phrase.replace('~det', d).replace(/\s+/g, ' ').trim());
}

const FRAME_SET: ReadonlySet<string> = new Set(REPORTING_FRAMES);

/** The frames of a row's frames cell. */
export function framesOf(row: ReportingRow): ReportingFrame[] {
  return row[2].split(',').map((f) => f.trim()) as ReportingFrame[];
}

/** The rows of reporting-verbs.txt in file order, one per phrase "~det" stands for. */
export function loadReportingVerbs(): readonly ReportingRow[] {
  const { article, poss } = loadGrammarWords();
  const determiners = [...article, ...poss];
  return loadTable('reporting-verbs', REPORTING_VERBS).flatMap((row) => {
    const unknown = framesOf(row).find((f) => !FRAME_SET.has(f));
    if (unknown !== undefined) throw new Error(`lexicon src/lexicons/reporting-verbs.txt: unknown frame "${unknown}" for "${row[0]}"`);
    return expand(row[0], determiners).map((phrase): ReportingRow => [phrase, row[1], row[2], row[3]]);
  });
}
