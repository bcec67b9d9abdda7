/**
 * `claimkit stance`: where each actor stands on each target over time, read
 * from extraction results (a folder of <id>.json as `extract --out` writes
 * it, a .jsonl file, or single .json results).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ClaimkitError } from '../core/errors.js';
import { ErrorRecordSchema, ResultSchema, type Result } from '../schema/result.js';
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


function readRecords(path: string): unknown[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new ClaimkitError('E_BAD_INPUT', `no such file or folder: ${path}`);
  const parse = (text: string, where: string): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      throw new ClaimkitError('E_BAD_INPUT', `${where} is not valid JSON`);
    }
  };
  if (stat.isDirectory()) {
    return readdirSync(path)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => parse(readFileSync(join(path, name), 'utf8'), join(path, name)));
  }
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.jsonl')) return [parse(text, path)];
  return text
    .split('\n')
    .map((line, i) => [line, i] as const)
    .filter(([line]) => line.trim() !== '')
    .map(([line, i]) => parse(line, `${path}:${i + 1}`));
}

/** The results among `records`, with the count of error records passed over; anything else is refused. */
function readResults(paths: readonly string[]): { results: Result[]; skipped: number } {
  const results: Result[] = [];
  let skipped = 0;
  for (const path of paths) {
    for (const record of readRecords(path)) {
      const result = ResultSchema.safeParse(record);
      if (result.success) results.push(result.data);
      else if (ErrorRecordSchema.safeParse(record).success) skipped++;
      else throw new ClaimkitError('E_BAD_INPUT', `${path}: not a claimkit result (${result.error.issues[0]?.path.join('.') ?? ''}: ${result.error.issues[0]?.message ?? ''})`);
    }
  }
  return { results, skipped };
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
  const { results, skipped } = readResults(positionals);
  const summary = summarise(results, values.target ?? [], skipped);
  stdout.write(values.json ? `${JSON.stringify(summary, null, 2)}\n` : formatTable(summary));
  return 0;
}
