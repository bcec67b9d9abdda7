/**
 * The irregular-verb table (irregular-verbs.txt): a base form, then its
 * irregular forms ("say said"), read by attribution (finite verb forms) and
 * stance (the forms of a lexicon word).
 */
import { loadTable } from './load.js';

const IRREGULAR_VERBS = [{ name: 'base form' }, { name: 'irregular forms', optional: true, rest: true }] as const;

/** The rows of src/lexicons/irregular-verbs.txt, columns checked. */
export const loadIrregularVerbs = () => loadTable('irregular-verbs', IRREGULAR_VERBS);
