/**
 * Lexicons are data files beside this module: one entry a line, `#` starts a
 * comment line, and the first line of each file gives its provenance.
 * Tab-separated tables declare their columns where they are loaded, and a row
 * that does not fit fails with the file and line.
 */
import { readFileSync } from 'node:fs';

interface Entry {
  /** 1-based line number in the file. */
  readonly line: number;
  readonly text: string;
}

const cache = new Map<string, readonly Entry[]>();

/** The entries of `src/lexicons/<name>.txt` with their line numbers, comments and blank lines dropped. */
function entries(name: string): readonly Entry[] {
  let found = cache.get(name);
  if (!found) {
    const text = readFileSync(new URL(`./${name}.txt`, import.meta.url), 'utf8');
    found = text
      .split(/\r?\n/)
      .map((line, i) => ({ line: i + 1, text: line.trim() }))
      .filter((entry) => entry.text !== '' && !entry.text.startsWith('#'));
    cache.set(name, found);
  }
  return found;
}

/** The entries of `src/lexicons/<name>.txt`, comments and blank lines dropped. */
export function loadLexicon(name: string): readonly string[] {
  return entries(name).map((entry) => entry.text);
}

/** A column of a tab-separated lexicon. */
export interface Column {
  /** What the column holds, for error messages. */
  readonly name: string;
  /** The cell may be empty or missing; it reads as ''. */
  readonly optional?: boolean;
  /** The values a non-empty cell may take. */
  readonly values?: readonly string[];
  /** This column and any after it, as many cells as the row has (the last column only). */
  readonly rest?: boolean;
}

type Cell<C extends Column> = C extends { readonly values: readonly (infer V extends string)[] } ? (C extends { readonly optional: true } ? V | '' : V) : string;
type Cells<Cs extends readonly Column[]> = { readonly [K in keyof Cs]: Cs[K] extends Column ? Cell<Cs[K]> : never };

/** A row of a table with columns `Cs`: one cell a fixed column ('' where an optional one is empty), then the rest column's cells. */
export type Row<Cs extends readonly Column[]> = Cs extends readonly [...infer Fixed extends readonly Column[], { readonly rest: true }]
  ? readonly [...Cells<Fixed>, ...string[]]
  : Cells<Cs>;

function checkRow(name: string, line: number, cells: string[], columns: readonly Column[]): string[] {
  const fail = (problem: string): never => {
    throw new Error(`lexicon src/lexicons/${name}.txt line ${line}: ${problem}`);
  };
  const rest = columns.at(-1)?.rest === true;
  const fixed = rest ? columns.length - 1 : columns.length;
  if (!rest && cells.length > fixed) fail(`${cells.length} columns, expected at most ${fixed} (${columns.map((c) => c.name).join(', ')})`);
  const row = cells.length >= fixed ? cells : [...cells, ...new Array<string>(fixed - cells.length).fill('')];
  columns.slice(0, fixed).forEach((column, i) => {
    const cell = row[i] ?? '';
    if (cell === '' && column.optional !== true) fail(`column ${i + 1} (${column.name}) is empty`);
    if (cell !== '' && column.values && !column.values.includes(cell)) fail(`column ${i + 1} (${column.name}) is "${cell}", expected one of ${column.values.join(', ')}`);
  });
  return row;
}

/**
 * The rows of a tab-separated lexicon, cells trimmed. With `columns`, every
 * row is checked against them (required cells present, values from the
 * allowed ones, no extra cells) and padded with '' to the fixed columns.
 */
export function loadTable<const Cs extends readonly Column[]>(name: string, columns: Cs): readonly Row<Cs>[];
export function loadTable(name: string): readonly (readonly string[])[];
export function loadTable(name: string, columns?: readonly Column[]): readonly (readonly string[])[] {
  return entries(name).map(({ line, text }) => {
    const cells = text.split('\t').map((cell) => cell.trim());
    return columns ? checkRow(name, line, cells, columns) : cells;
  });
}
