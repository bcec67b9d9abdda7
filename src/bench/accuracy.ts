/**
 * `npm run bench:accuracy [-- --all] [-- --check] [-- --update-baseline [--force]]`
 *
 * Runs the evaluator on every external corpus present in ../shared/data
 * (PolNeAR dev, TimeBank, AQUAINT, MEANTIME; PolNeAR train only with --all),
 * with the default pipeline, on corpus/ with japan-dprk and on the topic
 * articles (tests/fixtures/topics/) with default; prints one table
 * (rows: corpora, columns: the headline figures) and saves it to
 * output/bench-accuracy.json. --check compares the external corpora with
 * corpus/baseline.external.json and exits 1 when a figure falls below it;
 * --update-baseline raises that file (never lowers it without --force).
 * Without ../shared/data the external corpora are skipped with a message.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  corpusPresent,
  dataDir,
  evaluate,
  EXTERNAL_CORPORA,
  formatShortfalls,
  formatTable,
  goldIds,
  HEADLINE,
  loadExternalCorpus,
  loadGoldSet,
  promised,
  raise,
  readExternalBaseline,
  repoRoot,
  shortfalls,
  writeExternalBaseline,
  type Evaluation,
} from '../eval/index.js';

const EXTERNAL_PIPELINE = 'default';
const CORPUS_PIPELINE = 'japan-dprk';

const { values } = parseArgs({
  options: { all: { type: 'boolean' }, check: { type: 'boolean' }, 'update-baseline': { type: 'boolean' }, force: { type: 'boolean' } },
});

const root = repoRoot();
const data = dataDir(root);
const baselinePath = join(root, 'corpus', 'baseline.external.json');
const runs: Evaluation[] = [];

if (existsSync(data)) {
  for (const name of EXTERNAL_CORPORA) {
    if (name === 'polnear-train' && !values.all) continue;
    if (!corpusPresent(name, data)) {
      process.stdout.write(`${name}: not in ${data}, skipped\n`);
      continue;
    }
    runs.push(evaluate(loadExternalCorpus(name, data), { pipeline: EXTERNAL_PIPELINE }));
  }
} else {
  process.stdout.write(`external corpora skipped: ${data} is not present (see ../shared/data/README.md)\n`);
}
const external = runs.length;
const corpus = join(root, 'corpus');
if (goldIds(corpus).length > 0) runs.push(evaluate(loadGoldSet(corpus, 'corpus'), { pipeline: CORPUS_PIPELINE }));
const topics = join(root, 'tests', 'fixtures', 'topics');
if (goldIds(topics).length > 0) runs.push(evaluate(loadGoldSet(topics, 'topics'), { pipeline: EXTERNAL_PIPELINE }));

const columns = ['docs', ...HEADLINE];
const rows = runs.map((r) => ({ name: r.goldset, metrics: { ...r.metrics, docs: r.docs } }));
process.stdout.write(`\npipelines: ${EXTERNAL_PIPELINE} (external corpora, topics), ${CORPUS_PIPELINE} (corpus)\n\n`);
process.stdout.write(formatTable(rows, columns));

mkdirSync(join(root, 'output'), { recursive: true });
const saved = Object.fromEntries(runs.map((r) => [r.goldset, { pipeline: r.pipeline, docs: r.docs, seconds: r.seconds, metrics: r.metrics }]));
writeFileSync(join(root, 'output', 'bench-accuracy.json'), `${JSON.stringify({ corpora: saved }, null, 2)}\n`);
process.stdout.write(`\nsaved output/bench-accuracy.json\n`);

const externalRuns = runs.slice(0, external);
let code = 0;
if (values['update-baseline'] && externalRuns.length > 0) {
  const old = readExternalBaseline(baselinePath);
  const corpora = { ...old?.corpora };
  for (const r of externalRuns) {
    const next = raise(old?.corpora[r.goldset] ?? {}, promised(r.metrics, HEADLINE), values.force === true);
    corpora[r.goldset] = next.figures;
    process.stdout.write(`${r.goldset}: ${next.raised.length} figure(s) raised${next.kept.length > 0 ? `, kept above this run: ${next.kept.join(', ')}` : ''}\n`);
  }
  writeExternalBaseline(baselinePath, { pipeline: EXTERNAL_PIPELINE, corpora });
} else if (values.check && externalRuns.length > 0) {
  const baseline = readExternalBaseline(baselinePath);
  if (!baseline) {
    process.stderr.write(`no ${baselinePath}: create it with npm run bench:accuracy -- --update-baseline\n`);
    code = 1;
  }
  for (const r of baseline ? externalRuns : []) {
    const below = shortfalls(r.metrics, baseline?.corpora[r.goldset] ?? {});
    if (below.length > 0) {
      process.stderr.write(`${r.goldset}: ${below.length} figure(s) below corpus/baseline.external.json:\n${formatShortfalls(below)}\n`);
      code = 1;
    }
  }
  if (code === 0) process.stdout.write('every external figure is at or above its baseline\n');
}
process.exitCode = code;
