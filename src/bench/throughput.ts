/**
 * `npm run bench`: claimkit's batch throughput against its floor, a bare
 * wink-nlp pass, in one run on one machine; then how cost grows with the
 * corpus. Each measurement runs in its own child process, so peak RSS is its
 * own. Timings are noisy: read the ratios, not the absolute figures. CPU
 * time next to wall time tells a busy machine (CPU well under wall time ×
 * threads) from overhead (more CPU for the same articles).
 *
 *   npm run bench [-- --articles 10000] [--growth 1000,10000,50000] [--concurrency N] [--pipeline NAME]
 *
 * The corpus: the seed articles (corpus/articles) and, when present, the
 * texts of ../shared/data (PolNeAR, TimeBank, AQUAINT), repeated as
 * variations (body paragraphs reordered, digits shifted) to the size wanted.
 * Articles are generated lazily, so the corpus itself costs no memory.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { Article } from '../batch/types.js';
import { bases, corpus } from './corpus.js';

interface Measure {
  readonly articles: number;
  readonly chars: number;
  readonly ms: number;
  /** CPU time of the whole process (all threads), ms. */
  readonly cpuMs: number;
  readonly rssMb: number;
}

/**
 * One measurement, in this (child) process; prints a Measure as JSON. Each
 * mode imports only what it runs, so peak RSS counts nothing else: the
 * all-cores main thread holds neither wink-nlp nor a pipeline.
 */
async function child(mode: string, n: number, concurrency: number, pipelineName: string): Promise<void> {
  const { texts } = bases();
  const total = { chars: 0 };
  const articles = corpus(texts, n, total);
  const options = { maxChars: Infinity, pretty: false };
  let started: number;
  let cpu: NodeJS.CpuUsage;
  if (mode === 'wink') {
    const [{ default: winkNLP }, { default: model }] = await Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]);
    const nlp = winkNLP(model);
    [started, cpu] = [performance.now(), process.cpuUsage()];
    for (const a of articles) {
      const doc = nlp.readDoc(a.text);
      if (doc.tokens().length() + doc.sentences().length() < 0) throw new Error('unreachable');
    }
  } else if (mode === 'single') {
    const [{ processArticle }, { loadPipeline }] = await Promise.all([import('../batch/process.js'), import('../load-pipeline.js')]);
    const pipeline = await loadPipeline(pipelineName);
    [started, cpu] = [performance.now(), process.cpuUsage()];
    for (const a of articles) processArticle(pipeline, a, options);
  } else {
    const [{ startPipelinePool }, { runBatch }, { nullSink }] = await Promise.all([import('../batch/pipeline-pool.js'), import('../batch/run.js'), import('../batch/sink.js')]);
    const pool = await startPipelinePool({ ...options, pipeline: pipelineName }, concurrency, 0);
    await pool.startAll();
    [started, cpu] = [performance.now(), process.cpuUsage()];
    async function* items(): AsyncGenerator<Article> {
      yield* articles;
    }
    await runBatch({ items: items(), process: (a) => pool.run(a), concurrency, sink: nullSink, pretty: false });
    await pool.close();
  }
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const measure: Measure = { articles: n, chars: total.chars, ms, cpuMs: (used.user + used.system) / 1000, rssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(`${JSON.stringify(measure)}\n`);
}

function measure(mode: string, n: number, concurrency: number, pipeline: string): Measure {
  const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'child', mode, String(n), String(concurrency), pipeline], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`bench ${mode} ${n} failed (exit ${run.status})`);
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as Measure;
}

const perSecond = (m: Measure) => (m.articles * 1000) / m.ms;
const mbPerSecond = (m: Measure) => m.chars / 1e6 / (m.ms / 1000);
const pad = (s: string, n: number) => s.padEnd(n);
const num = (x: number, digits = 1) => x.toFixed(digits).padStart(9);

/** A fixed pure-CPU task (no memory, no I/O) in a worker thread; resolves when done. */
function spin(units: number): Promise<void> {
  const code = `let x = 0; for (let i = 0; i < ${units} * 4e8; i++) x = (x + i) | 0; require('node:worker_threads').parentPort.postMessage(x);`;
  return new Promise((done, fail) => {
    const worker = new Worker(code, { eval: true });
    worker.once('message', () => void worker.terminate().then(() => done()));
    worker.once('error', fail);
  });
}

/**
 * What this machine gives `threads` threads of pure CPU work right now, best
 * of three rounds: the all-cores ratio no program can beat here.
 */
async function parallelCeiling(threads: number): Promise<number> {
  let best = 0;
  for (let round = 0; round < 3; round++) {
    let started = performance.now();
    await spin(threads);
    const one = performance.now() - started;
    started = performance.now();
    await Promise.all(Array.from({ length: threads }, () => spin(1)));
    best = Math.max(best, one / (performance.now() - started));
  }
  return best;
}

async function parent(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string', default: '10000' },
      growth: { type: 'string', default: '1000,10000,50000' },
      concurrency: { type: 'string', default: String(availableParallelism()) },
      pipeline: { type: 'string', default: 'default' },
    },
  });
  const n = Number(values.articles);
  const concurrency = Number(values.concurrency);
  const { texts, sources } = bases();
  const size = texts.reduce((s, t) => s + t.text.length, 0);
  console.log(`claimkit bench: ${n} articles from ${texts.length} texts (${sources.join(', ')}; mean ${Math.round(size / texts.length)} chars), pipeline ${values.pipeline}, ${concurrency} cores`);
  console.log('(MB/s counts characters: 1 MB = 10^6 UTF-16 code units)\n');
  const runs: [string, Measure][] = [
    ['wink-nlp readDoc (floor)', measure('wink', n, 1, values.pipeline)],
    ['claimkit, 1 thread', measure('single', n, 1, values.pipeline)],
    [`claimkit, ${concurrency} workers`, measure('all', n, concurrency, values.pipeline)],
  ];
  console.log(`${pad('', 28)}${'art/s'.padStart(9)}${'MB/s'.padStart(9)}${'time s'.padStart(9)}${'CPU s'.padStart(9)}${'RSS MB'.padStart(9)}`);
  for (const [name, m] of runs) console.log(`${pad(name, 28)}${num(perSecond(m), 0)}${num(mbPerSecond(m), 2)}${num(m.ms / 1000)}${num(m.cpuMs / 1000)}${num(m.rssMb, 0)}`);
  const [[, wink], [, single], [, all]] = runs as [[string, Measure], [string, Measure], [string, Measure]];
  console.log(`\nclaimkit 1 thread / wink-nlp:      ${(perSecond(single) / perSecond(wink)).toFixed(2)}  (target >= 0.5)`);
  console.log(`claimkit ${concurrency} workers / 1 thread:  ${(perSecond(all) / perSecond(single)).toFixed(2)}  (target >= 1.8 on 2 cores)`);
  console.log(`machine ceiling, ${concurrency} threads of pure CPU / 1:  ${(await parallelCeiling(concurrency)).toFixed(2)}  (measured now: what any program gets here)`);

  const sizes = values.growth.split(',').map(Number).filter((s) => s > 0);
  if (sizes.length === 0) return;
  console.log(`\ncost growth (claimkit, ${concurrency} workers, each size in its own process)`);
  console.log(`${pad('articles', 12)}${'time s'.padStart(9)}${'art/s'.padStart(9)}${'CPU s'.padStart(9)}${'RSS MB'.padStart(9)}`);
  const growth = sizes.map((s) => measure('all', s, concurrency, values.pipeline));
  for (const m of growth) console.log(`${pad(String(m.articles), 12)}${num(m.ms / 1000)}${num(perSecond(m), 0)}${num(m.cpuMs / 1000)}${num(m.rssMb, 0)}`);
  const [first, last] = [growth.find((m) => m.articles === 10_000) ?? growth[0], growth[growth.length - 1]];
  if (first && last && first !== last) {
    console.log(`\npeak RSS ${last.articles} / ${first.articles}: ${(last.rssMb / first.rssMb).toFixed(2)}  (target <= 1.10, and under 400 MB)`);
  }
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'child') {
  const [what = 'single', n = '0', concurrency = '1', pipeline = 'default'] = rest;
  await child(what, Number(n), Number(concurrency), pipeline);
} else {
  await parent(process.argv.slice(2));
}
