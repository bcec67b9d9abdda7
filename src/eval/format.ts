/** Plain-text tables of figures for terminals. */
import type { Metrics } from './tally.js';

/** The columns of the accuracy benchmark, and the figures a run prints first. */
export const HEADLINE = [
  'claims_f',
  'claims_strict_f',
  'speaker_f',
  'speaker_mention_f',
  'cue_f',
  'dates_f',
  'dates_value_f',
  'numbers_f',
  'numbers_value_f',
  'stance_polarity_f',
  'docs_per_s',
] as const;

export const formatValue = (key: string, v: number | null | undefined): string => {
  if (v === null || v === undefined) return '–';
  if (key === 'docs') return String(v);
  return key.endsWith('_per_s') ? v.toFixed(v >= 100 ? 0 : 1) : v.toFixed(3);
};

/** Headline figures, then every other figure that is not null, two columns; null figures are counted, not listed. */
export function formatFigures(metrics: Metrics): string {
  const keys = [...HEADLINE.filter((k) => k in metrics), ...Object.keys(metrics).filter((k) => !(HEADLINE as readonly string[]).includes(k))];
  const shown = keys.filter((k) => metrics[k] !== null && metrics[k] !== undefined);
  const width = Math.max(...shown.map((k) => k.length), 6);
  const lines = shown.map((k) => `${k.padEnd(width)}  ${formatValue(k, metrics[k]).padStart(8)}`);
  const nulls = keys.length - shown.length;
  if (nulls > 0) lines.push(`(${nulls} figure(s) null: nothing to score for them in this gold set)`);
  return `${lines.join('\n')}\n`;
}

/** One row per corpus, one column per figure. */
export function formatTable(rows: readonly { name: string; metrics: Metrics }[], columns: readonly string[]): string {
  const header = ['corpus', ...columns];
  const cells = rows.map((r) => [r.name, ...columns.map((c) => formatValue(c, r.metrics[c]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => (row[i] ?? '').length)));
  const fmt = (row: readonly string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return `${[fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...cells.map(fmt)].join('\n')}\n`;
}
