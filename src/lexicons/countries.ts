/**
 * The countries table (countries.txt): a country's name as written, the name
 * it stands for, and its demonyms, read the one way speakers (the state of a
 * demonym), attribution (the state a place name stands for) and stance (the
 * places of a meeting) use it.
 */
import { loadTable } from './load.js';

export interface Country {
  /** The name as written: "Burma", "DPRK", "Japan". */
  readonly name: string;
  /** The country's canonical name: "Myanmar", "North Korea", "Japan". */
  readonly state: string;
  /** Its demonyms, adjectives and singular nouns ("Japanese", "Afghan"), on one row of the country only; plurals are not listed. */
  readonly demonyms: readonly string[];
}

const COUNTRIES = [{ name: 'name' }, { name: 'canonical name', optional: true }, { name: 'demonyms', optional: true }] as const;

let countries: readonly Country[] | undefined;

/** The rows of src/lexicons/countries.txt in file order, columns checked, loaded once. */
export function loadCountries(): readonly Country[] {
  countries ??= loadTable('countries', COUNTRIES).map(([name, canonical, demonyms]) => ({
    name,
    state: canonical || name,
    demonyms: demonyms ? demonyms.split('|') : [],
  }));
  return countries;
}
