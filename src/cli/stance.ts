/**
 * `claimkit stance`: where each actor stands on each target over time, read
 * from extraction results (a folder of <id>.json as `extract --out` writes
 * it, a .jsonl file, or single .json results).
 */
import { parseArgs } from 'node:util';
import { ClaimkitError } from '../core/errors.js';
import { readResults } from '../read-results.js';
import type { Result } from '../schema/result.js';
import { summarise, type StanceSummary } from '../summary/stance.js';
import { clip } from '../text/clip.js';

export const STANCE_HELP = `Usage: claimkit stance <dir|file.jsonl|file.json> ... [options]

Summarises extraction results by stance target: for each target, each
speaker's claims in date order (the time of saying where the article gives
it, else the publication date) with polarity, certainty and condition.
Assertions (the writer's own claims) are listed under "(writer)".

Options:
  --target ID    only this target (repeatable)
  --json         print JSON instead of a table
  -h, --help     this text`;

/** The results in `paths`, with the count of error records passed over. */
function readAll(paths: readonly string[]): { results: Result[]; skipped: number } {
  const records = paths.flatMap((path) => readResults(path).map((r) => r.record));
  const results = records.filter((record): record is Result => !('error' in record));
  return { results, skipped: records.length - results.length };
}

/** The summary as a plain-text table, one block per target and speaker. */
export function formatTable(summary: StanceSummary): string {
  const lines: string[] = [];
  if (summary.targets.length === 0) lines.push(`no claims with a stance target in ${summary.results} result(s)`);
  for (const t of summary.targets) {
    lines.push(t.target);
    for (const s of t.speakers) {
      lines.push(`  ${s.speaker}${s.type ? ` (${s.type})` : ''}`);
      const rows = s.claims.map((c) => [
        `${c.date ?? '?'}${c.dateSource === 'published' ? '*' : ''}`,
        c.doc,
        c.polarity ?? '-',
        c.certainty,
        c.condition,
        clip(c.text, 70),
      ]);
      const widths = rows.reduce((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), [] as number[]);
      for (const row of rows) lines.push(`    ${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')}`);
    }
  }
  lines.push('');
  lines.push(`* publication date (the article gives no time of saying)${summary.skipped > 0 ? `; ${summary.skipped} error record(s) skipped` : ''}`);
  return `${lines.join('\n')}\n`;
}

export async function stanceCommand(argv: string[], stdout: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      target: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    stdout.write(`${STANCE_HELP}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new ClaimkitError('E_BAD_INPUT', 'no input: give result folders or .jsonl files (see claimkit stance --help)');
  const { results, skipped } = readAll(positionals);
  const summary = summarise(results, values.target ?? [], skipped);
  stdout.write(values.json ? `${JSON.stringify(summary, null, 2)}\n` : formatTable(summary));
  return 0;
}
