/**
 * The calendar table (dates-calendar.txt): month, weekday, season and
 * part-of-day names, read the one way both the dates stage (its grammar) and
 * the sentences stage (the month and weekday names of metadata stamps) use it.
 */
import { loadTable } from './load.js';

const CALENDAR = [
  { name: 'form' },
  { name: 'kind', values: ['month', 'weekday', 'season', 'daypart'] },
  { name: 'code' },
  { name: 'abbr', optional: true, values: ['abbr'] },
] as const;

/** The rows of src/lexicons/dates-calendar.txt, columns checked. */
export const loadCalendar = () => loadTable('dates-calendar', CALENDAR);
