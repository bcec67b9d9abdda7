/** `claimkit extract`: articles in, one OUTPUT.md result each out. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ClaimkitError } from '../core/errors.js';
import { isValidDay } from '../core/pipeline.js';
import { extract } from '../index.js';
import { SCHEMA_VERSION, type Target } from '../schema/result.js';
import { readArticles } from './input.js';
import { loadPipeline, parseTarget, readTargets } from './options.js';

export const EXTRACT_HELP = `Usage: claimkit extract <file|dir|-> ... [options]

Reads .txt articles (folders recursively; - for standard input) and writes one
JSON result per article (the format of OUTPUT.md).

The publication date of each article comes from --date, else from a
manifest.json beside the files, else from a leading "date YYYY-MM-DD" line.
Without one, relative dates ("Tuesday", "last year") stay unresolved and the
result carries a W_NO_DATE warning.

Options:
  --date YYYY-MM-DD      publication date for every input
  --pipeline NAME|PATH   built-in pipeline (default, japan-dprk) or a .json/.js definition
  --target SPEC          stance target id:description:term,term (repeatable)
  --targets FILE         stance targets as a JSON array
  --out DIR              write DIR/<id>.json per article (default: output/)
  --jsonl FILE           write JSON Lines to FILE instead (- for standard output)
  -h, --help             this text

Exit codes: 0 all articles processed, 2 some failed (an error record is written
in their place), 1 usage error.`;

export async function extractCommand(argv: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      pipeline: { type: 'string', default: 'default' },
      target: { type: 'string', multiple: true },
      targets: { type: 'string' },
      out: { type: 'string' },
      jsonl: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    stdout.write(`${EXTRACT_HELP}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new ClaimkitError('E_BAD_INPUT', 'no input: give files, folders or - (see claimkit extract --help)');
  if (values.out !== undefined && values.jsonl !== undefined) throw new ClaimkitError('E_BAD_INPUT', '--out and --jsonl exclude each other');
  if (values.date !== undefined && !isValidDay(values.date)) throw new ClaimkitError('E_BAD_DATE', values.date);
  const pipeline = await loadPipeline(values.pipeline);
  const targets: Target[] | undefined =
    values.targets !== undefined || values.target !== undefined
      ? [...(values.targets !== undefined ? readTargets(values.targets) : []), ...(values.target ?? []).map(parseTarget)]
      : undefined;
  const articles = readArticles(positionals, values.date ?? null, () => readFileSync(0, 'utf8'));
  const outDir = values.jsonl === undefined ? (values.out ?? 'output') : null;
  if (outDir) mkdirSync(outDir, { recursive: true });
  const lines: string[] = [];
  let failed = 0;
  for (const article of articles) {
    let record: unknown;
    try {
      record = extract(article.text, { id: article.id, date: article.date, source: article.source, pipeline, ...(targets && { targets }) });
    } catch (e) {
      if (!(e instanceof ClaimkitError)) throw e;
      failed++;
      record = { schemaVersion: SCHEMA_VERSION, doc: { id: article.id, source: article.source }, error: { code: e.code, message: e.message } };
      stderr.write(`claimkit: ${article.source}: ${e.message}\n`);
    }
    const json = JSON.stringify(record);
    if (outDir) writeFileSync(join(outDir, `${article.id}.json`), `${JSON.stringify(record, null, 2)}\n`);
    else lines.push(json);
  }
  if (values.jsonl === '-') stdout.write(lines.map((l) => `${l}\n`).join(''));
  else if (values.jsonl !== undefined) writeFileSync(values.jsonl, lines.map((l) => `${l}\n`).join(''));
  if (outDir) stderr.write(`claimkit: wrote ${articles.length} result(s) to ${outDir}/${failed > 0 ? `, ${failed} failed` : ''}\n`);
  return failed > 0 ? 2 : 0;
}
