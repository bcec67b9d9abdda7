/**
 * `claimkit stance`: where each actor stands on each target over time, read
 * from extraction results (a folder of <id>.json as `extract --out` writes
 * it, a .jsonl file, or single .json results).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ClaimkitError } from '../core/errors.js';
import { ErrorRecordSchema, ResultSchema, type Claim, type Result } from '../schema/result.js';

export const STANCE_HELP = `Usage: claimkit stance <dir|file.jsonl|file.json> ... [options]

Summarises extraction results by stance target: for each target, each
speaker's claims in date order (the time of saying where the article gives
it, else the publication date) with polarity, certainty and condition.
Assertions (the writer's own claims) are listed under "(writer)".

Options:
  --target ID    only this target (repeatable)
  --json         print JSON instead of a table
  -h, --help     this text`;

export interface StanceEntry {
  readonly doc: string;
  readonly claim: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when neither the claim nor the article is dated. */
  readonly date: string | null;
  /** Where the date comes from: the time of saying, or the article's publication date. */
  readonly dateSource: 'stated' | 'published' | null;
  readonly kind: Claim['kind'];
  readonly polarity: Claim['stance']['polarity'];
  readonly certainty: Claim['stance']['certainty'];
  readonly condition: Claim['stance']['condition'];
  readonly reporting: Claim['stance']['reporting'];
  readonly text: string;
}

export interface SpeakerStances {
  readonly speaker: string;
  readonly type: string | null;
  readonly claims: readonly StanceEntry[];
}

export interface TargetStances {
  readonly target: string;
  readonly speakers: readonly SpeakerStances[];
}

export interface StanceSummary {
  readonly results: number;
  /** Error records (articles that failed to process) passed over. */
  readonly skipped: number;
  readonly targets: readonly TargetStances[];
}

const WRITER = '(writer)';
const SEASONS: Readonly<Record<string, string>> = { SP: '03', SU: '06', FA: '09', AU: '09', WI: '12' };

/** The calendar part of a TIMEX3 value, as a sortable YYYY[-MM[-DD]] string; null for references such as PRESENT_REF. */
export function calendarDate(value: string): string | null {
  const day = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(value);
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  if (week) {
    const year = Number(week[1]);
    const jan4 = new Date(Date.UTC(year, 0, 4));
    const monday = new Date(jan4.getTime() + ((Number(week[2]) - 1) * 7 - ((jan4.getUTCDay() + 6) % 7)) * 86_400_000);
    return monday.toISOString().slice(0, 10);
  }
  const quarter = /^(\d{4})-Q([1-4])/.exec(value);
  if (quarter) return `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}`;
  const season = /^(\d{4})-(SP|SU|FA|AU|WI)/.exec(value);
  if (season) return `${season[1]}-${SEASONS[season[2] ?? ''] ?? '01'}`;
  if (day) return day[1] ?? null;
  if (/^\d{3}$/.test(value)) return `${value}0`;
  if (/^\d{2}$/.test(value)) return `${value}00`;
  return null;
}

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
export function readResults(paths: readonly string[]): { results: Result[]; skipped: number } {
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

/** Group the claims that have a stance target by target and speaker, each speaker's claims in date order. */
export function summarise(results: readonly Result[], only: readonly string[] = [], skipped = 0): StanceSummary {
  const byTarget = new Map<string, Map<string, { type: string | null; claims: (StanceEntry & { start: number })[] }>>();
  for (const r of results) {
    for (const c of r.claims) {
      const target = c.stance.target;
      if (target === null || (only.length > 0 && !only.includes(target))) continue;
      const stated = c.statedOn ? calendarDate(c.statedOn.value) : null;
      const speaker = c.speaker?.name ?? WRITER;
      let speakers = byTarget.get(target);
      if (!speakers) {
        speakers = new Map();
        byTarget.set(target, speakers);
      }
      let entry = speakers.get(speaker);
      if (!entry) {
        entry = { type: c.speaker?.type ?? null, claims: [] };
        speakers.set(speaker, entry);
      }
      entry.claims.push({
        doc: r.doc.id,
        claim: c.id,
        date: stated ?? r.doc.date,
        dateSource: stated ? 'stated' : r.doc.date ? 'published' : null,
        kind: c.kind,
        polarity: c.stance.polarity,
        certainty: c.stance.certainty,
        condition: c.stance.condition,
        reporting: c.stance.reporting,
        text: c.content.text,
        start: c.content.start,
      });
    }
  }
  const byDate = (a: StanceEntry & { start: number }, b: StanceEntry & { start: number }) =>
    (a.date ?? '').localeCompare(b.date ?? '') || a.doc.localeCompare(b.doc) || a.start - b.start;
  const targets = [...byTarget.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([target, speakers]): TargetStances => ({
      target,
      speakers: [...speakers.entries()]
        .map(([speaker, { type, claims }]) => ({ speaker, type, claims: claims.sort(byDate).map(({ start: _, ...rest }) => rest) }))
        .sort((a, b) => (a.claims[0]?.date ?? '').localeCompare(b.claims[0]?.date ?? '') || a.speaker.localeCompare(b.speaker)),
    }));
  return { results: results.length, skipped, targets };
}

const clip = (text: string, width: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
};

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
