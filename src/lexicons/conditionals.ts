/**
 * The condition phrases (conditionals.txt): each phrase with its class, read
 * the one way stance (whether a claim is conditional) and dates (a past form
 * in a condition of a future clause) use it.
 */
import { loadTable } from './load.js';

/** The classes of the second column; the file's first line says what each holds. */
export const CONDITION_CLASSES = ['conditional', 'clause-conditional', 'unconditional', 'offer-unconditional', 'none'] as const;
export type ConditionClass = (typeof CONDITION_CLASSES)[number];

const CONDITIONALS = [{ name: 'phrase' }, { name: 'class', values: CONDITION_CLASSES }] as const;

/** The rows of src/lexicons/conditionals.txt, phrase and class, columns checked. */
export function loadConditionals(): readonly (readonly [string, ConditionClass])[] {
  return loadTable('conditionals', CONDITIONALS);
}
