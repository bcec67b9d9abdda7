/** `claimkit extract`: the batch tool. Articles in, one OUTPUT.md record each out, in input order. */
import { createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { startPipelinePool } from '../batch/pipeline-pool.js';
import { WorkerStartError } from '../batch/pool.js';
import { formatSummary, Progress } from '../batch/progress.js';
import { runBatch, type Sink } from '../batch/run.js';
import { dirDone, dirSink, jsonlDone, jsonlSink } from '../batch/sink.js';
import { ClaimkitError } from '../core/errors.js';
import { DEFAULT_MAX_CHARS } from '../core/input.js';
import { isValidDay } from '../core/pipeline.js';
import type { Target } from '../schema/result.js';
import { countItems, FORMATS, parseSources, readItems, type Format } from './input.js';
import { parseTarget, readTargets } from './options.js';

const DEFAULT_TIMEOUT_S = 120;

export const EXTRACT_HELP = `Usage: claimkit extract <file|dir|-> ... [options]

Reads articles and writes one JSON record per article (the format of
OUTPUT.md), in input order: the result, or an error record saying what was
wrong with that article. Nothing is dropped and one bad article never stops
the run.

Inputs:
  file.txt, dir/         plain-text articles (folders recursively, .txt files);
                         the id is the file name without .txt
  feed.jsonl             JSON Lines, one {"id", "text", "date"?, "title"?, "url"?}
                         per line (also .ndjson, or any file with --format jsonl)
  -                      standard input: one plain-text article (id "stdin"),
                         or JSON Lines with --format jsonl

The publication date of each article comes from --date, else the record's
"date" (JSON Lines) or a manifest.json beside the files, else a leading
"date YYYY-MM-DD" line. Without one, relative dates ("Tuesday", "last year")
stay unresolved and the result carries a W_NO_DATE warning.

Options:
  --date YYYY-MM-DD      publication date for every input
  --pipeline NAME|PATH   built-in pipeline (default, japan-dprk) or a .json/.js definition
  --target SPEC          stance target id:description:term,term (repeatable)
  --targets FILE         stance targets as a JSON array
  --out DIR              write DIR/<id>.json per article (default: output/)
  --jsonl FILE           write JSON Lines to FILE instead (- for standard output)
  --format FORMAT        auto (default: .jsonl/.ndjson files are JSON Lines), text or jsonl
  --concurrency N        worker threads (default: the number of cores, here ${availableParallelism()})
  --resume               skip inputs whose id is already in the output (after a killed run)
  --max-chars N          refuse longer articles with E_TOO_LONG (default ${DEFAULT_MAX_CHARS}; 0: no limit)
  --timeout SECONDS      give up on an article after this long with E_TIMEOUT (default ${DEFAULT_TIMEOUT_S}; 0: never)
  -h, --help             this text

Progress goes to standard error when it is a terminal; a summary (articles,
claims, warnings, failures, time) is printed at the end. Ctrl-C stops
reading, writes the articles in progress and exits; --resume continues.

Exit codes: 0 all articles processed, 2 some failed (an error record is written
in their place), 1 usage error, 130 interrupted.`;

function numberOption(option: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || (option !== 'timeout' && !Number.isInteger(n))) {
    throw new ClaimkitError('E_BAD_INPUT', `--${option} ${value}: expected a ${option === 'timeout' ? 'number' : 'whole number'} of at least ${min}`);
  }
  return n;
}

type Output = { readonly kind: 'dir' | 'file'; readonly path: string } | { readonly kind: 'stdout' };

/** The sink for the output, what it already holds (--resume), and its name for the summary. */
async function openOutput(output: Output, resume: boolean, stdout: NodeJS.WritableStream): Promise<{ sink: Sink; done: Map<string, number> | undefined; destination: string | null }> {
  if (output.kind === 'stdout') return { sink: jsonlSink(stdout, false), done: undefined, destination: null };
  if (output.kind === 'dir') return { done: resume ? await dirDone(output.path) : undefined, sink: await dirSink(output.path), destination: `${output.path}/` };
  const done = resume ? await jsonlDone(output.path) : undefined;
  return { done, sink: jsonlSink(createWriteStream(output.path, { flags: resume ? 'a' : 'w' }), true), destination: output.path };
}

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
      format: { type: 'string', default: 'auto' },
      concurrency: { type: 'string' },
      resume: { type: 'boolean', default: false },
      'max-chars': { type: 'string' },
      timeout: { type: 'string' },
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
  if (!FORMATS.includes(values.format as Format)) throw new ClaimkitError('E_BAD_INPUT', `--format ${values.format}: expected ${FORMATS.join(', ')}`);
  if (values.resume && values.jsonl === '-') throw new ClaimkitError('E_BAD_INPUT', '--resume needs an output to look at: --jsonl FILE or --out DIR');
  const concurrency = numberOption('concurrency', values.concurrency, availableParallelism(), 1);
  const maxChars = numberOption('max-chars', values['max-chars'], DEFAULT_MAX_CHARS, 0) || Infinity;
  const timeoutMs = numberOption('timeout', values.timeout, DEFAULT_TIMEOUT_S, 0) * 1000;
  const sources = parseSources(positionals, values.format as Format);
  const targets: Target[] | undefined =
    values.targets !== undefined || values.target !== undefined
      ? [...(values.targets !== undefined ? readTargets(values.targets) : []), ...(values.target ?? []).map(parseTarget)]
      : undefined;
  const output: Output = values.jsonl === undefined ? { kind: 'dir', path: values.out ?? 'output' } : values.jsonl === '-' ? { kind: 'stdout' } : { kind: 'file', path: values.jsonl };
  const pretty = output.kind === 'dir';

  let pool;
  try {
    pool = await startPipelinePool({ pipeline: values.pipeline, maxChars, targets, pretty }, concurrency, timeoutMs);
  } catch (e) {
    if (!(e instanceof WorkerStartError)) throw e;
    stderr.write(`claimkit: ${e.message}\n`);
    return 1;
  }
  const interrupt = new AbortController();
  const onSigint = (): void => {
    if (interrupt.signal.aborted) process.exit(130);
    interrupt.abort();
    if (sources.some((s) => s.path === '-')) process.stdin.destroy();
    stderr.write('\nclaimkit: interrupted: writing the articles in progress (Ctrl-C again to quit now)\n');
  };
  process.on('SIGINT', onSigint);
  try {
    const { sink, done, destination } = await openOutput(output, values.resume, stdout);
    const progress = new Progress(stderr);
    if (progress.active) void countItems(sources).then((total) => (progress.total = total), () => undefined);
    const started = performance.now();
    const report = await runBatch({
      items: readItems(sources, { date: values.date ?? null, stdin: process.stdin }),
      process: (article) => pool.run(article),
      concurrency: pool.inFlight,
      sink,
      pretty,
      ...(done && { done }),
      signal: interrupt.signal,
      onWritten: (outcome, tally) => {
        if (outcome.error) {
          progress.clear();
          stderr.write(`claimkit: ${outcome.source}: ${outcome.error.message}\n`);
        }
        progress.update(tally);
      },
    });
    await sink.close();
    progress.clear();
    for (const line of formatSummary(report, performance.now() - started, destination)) stderr.write(`claimkit: ${line}\n`);
    return report.interrupted ? 130 : report.failed > 0 ? 2 : 0;
  } finally {
    process.off('SIGINT', onSigint);
    await pool.close();
  }
}
