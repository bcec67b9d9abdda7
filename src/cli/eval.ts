/** `claimkit eval`: score a pipeline against a gold set folder or an external corpus, print the figures, write the error report. */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  EXTERNAL_CORPORA,
  ClaimkitError,
  evaluate,
  formatFigures,
  formatReport,
  formatShortfalls,
  HEADLINE,
  isExternalCorpus,
  loadCorpus,
  promised,
  raise,
  readBaseline,
  readExternalBaseline,
  repoRoot,
  shortfalls,
  writeBaseline,
  writeExternalBaseline,
  type Evaluation,
} from '../eval/index.js';
import { loadPipeline } from '../load-pipeline.js';

export const EVAL_HELP = `Usage: claimkit eval <goldset-dir | ${EXTERNAL_CORPORA.join(' | ')}> [options]

Runs a pipeline over a gold set's articles and prints the METRICS.md figures
(a table on a terminal, JSON otherwise). A gold set folder holds
articles/<id>.txt, gold/<id>.json and manifest.json; the external corpora are
read from ../shared/data beside the repository.

Options:
  --pipeline NAME|PATH  built-in pipeline or a .json/.js definition
                        (default: the one in the folder's baseline, else "default")
  --json FILE           write {goldset, pipeline, metrics, perDoc} as JSON (- for standard output)
  --report FILE         write the error report (markdown): missed, spurious and wrong items with their sentence
  --limit N             score only the first N articles
  --check               exit 1 when a figure is below the baseline
  --update-baseline     raise the baseline to this run's figures (never lowers one)
  --force               with --update-baseline: set the baseline to this run, lower figures included
  -h, --help            this text

Baselines: <goldset-dir>/baseline.metrics.json for a folder, the corpus's entry
in corpus/baseline.external.json for an external corpus.

Exit codes: 0 done, 1 usage or data error, or a figure below the baseline with --check.`;

const baselinePaths = (goldset: string) =>
  isExternalCorpus(goldset) ? { external: join(repoRoot(), 'corpus', 'baseline.external.json') } : { folder: join(resolve(goldset), 'baseline.metrics.json') };

/** The baseline of a gold set (its pipeline and promised figures) and how to raise it to a run's figures. */
function baselineOf(goldset: string) {
  const paths = baselinePaths(goldset);
  if (paths.folder !== undefined) {
    const path = paths.folder;
    const old = readBaseline(path);
    return {
      path,
      pipeline: old?.pipeline ?? null,
      figures: old?.metrics ?? {},
      write: (run: Evaluation, force: boolean) => {
        const next = raise(old?.metrics ?? {}, promised(run.metrics), force);
        writeBaseline(path, { pipeline: run.pipeline, metrics: next.figures });
        return next;
      },
    };
  }
  const path = paths.external;
  const old = readExternalBaseline(path);
  return {
    path,
    pipeline: old?.pipeline ?? null,
    figures: old?.corpora[goldset] ?? {},
    write: (run: Evaluation, force: boolean) => {
      const next = raise(old?.corpora[goldset] ?? {}, promised(run.metrics, HEADLINE), force);
      writeExternalBaseline(path, { pipeline: run.pipeline, corpora: { ...old?.corpora, [goldset]: next.figures } });
      return next;
    },
  };
}

export async function evalCommand(argv: string[], stdout: NodeJS.WritableStream = process.stdout, stderr: NodeJS.WritableStream = process.stderr): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      pipeline: { type: 'string' },
      json: { type: 'string' },
      report: { type: 'string' },
      limit: { type: 'string' },
      check: { type: 'boolean' },
      'update-baseline': { type: 'boolean' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    stdout.write(`${EVAL_HELP}\n`);
    return 0;
  }
  const [goldset, ...extra] = positionals;
  if (goldset === undefined || extra.length > 0) {
    stderr.write(`claimkit eval: give one gold set folder or corpus name\n\n${EVAL_HELP}\n`);
    return 1;
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    stderr.write(`claimkit eval: --limit expects a positive whole number, not ${values.limit}\n`);
    return 1;
  }
  try {
    const set = loadCorpus(goldset);
    const baseline = baselineOf(goldset);
    const pipeline = await loadPipeline(values.pipeline ?? baseline.pipeline ?? 'default');
    const run = evaluate(set, { pipeline, ...(limit !== undefined && { limit }) });
    const summary = `${run.goldset}: ${run.docs} article(s), pipeline ${run.pipeline}, ${run.seconds.toFixed(2)} s`;
    const json = `${JSON.stringify({ goldset: run.goldset, pipeline: run.pipeline, docs: run.docs, metrics: run.metrics, perDoc: run.perDoc }, null, 2)}\n`;
    if (values.json !== undefined && values.json !== '-') writeFileSync(values.json, json);
    if (values.json === '-' || (values.json === undefined && !(stdout as { isTTY?: boolean }).isTTY)) stdout.write(json);
    else stdout.write(`${summary}\n\n${formatFigures(run.metrics)}`);
    if (values.report !== undefined) {
      writeFileSync(values.report, formatReport(run.report, { goldset: run.goldset, pipeline: run.pipeline, notes: run.notes }));
      stderr.write(`claimkit eval: report written to ${values.report}\n`);
    }

    const below = shortfalls(run.metrics, baseline.figures);
    if (values['update-baseline']) {
      if (baseline.pipeline !== null && baseline.pipeline !== run.pipeline && !values.force) {
        stderr.write(`claimkit eval: the baseline in ${baseline.path} is for pipeline ${baseline.pipeline}, not ${run.pipeline}; use --force to replace it\n`);
        return 1;
      }
      if (limit !== undefined && !values.force) {
        stderr.write('claimkit eval: a baseline is promised on the whole gold set; drop --limit (or use --force)\n');
        return 1;
      }
      const next = baseline.write(run, values.force === true);
      stderr.write(`claimkit eval: ${baseline.path}: ${next.raised.length} figure(s) raised${next.kept.length > 0 ? `; ${next.kept.length} below the baseline kept (--force lowers them): ${next.kept.join(', ')}` : ''}\n`);
      return 0;
    }
    if (below.length > 0) {
      stderr.write(`claimkit eval: ${below.length} figure(s) below the baseline in ${baseline.path}:\n${formatShortfalls(below)}\n`);
      if (values.check) return 1;
    }
    return 0;
  } catch (e) {
    if (!(e instanceof ClaimkitError)) throw e;
    stderr.write(`claimkit eval: ${e.message}\n`);
    return 1;
  }
}
