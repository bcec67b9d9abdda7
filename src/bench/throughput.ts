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
 * It is written once to a temporary JSON Lines file, and every measurement
 * reads it as a user's run does, through the batch reader, one line at a
 * time; the claimkit runs write their JSON Lines to the null device. Both
 * claimkit runs tune V8 as a batch run does (src/batch/jit.ts); the floor
 * runs with V8's defaults.
 *
 * Each run is also timed over its second half ("warm"), past most of V8's
 * warm-up, when its optimising compiler compiles the hot code on background
 * threads: one thread leaves it the idle core, each worker compiles its own
 * copy on cores the workers need. Measured per thread (/proc) on 10,000
 * bench articles: one thread, 58 s of pipeline on its thread and 9 s on V8's
 * threads beside it; two workers, 59 s on theirs, 13 s on V8's and 3 to 5 s
 * on the main thread (reading, messages, writing). V8 keeps compiling after
 * the warm-up (functions that turn hot late, code it drops and compiles
 * again), and the main thread's share does not shrink, so the warm ratio has
 * come out close to the whole-run one (1.64 against 1.63, 1.37 against 1.29).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { isUnreadable, type Article } from '../batch/types.js';
import { readItems } from '../cli/input.js';
import { bases, writeCorpus } from './corpus.js';

interface Measure {
  readonly articles: number;
  readonly chars: number;
  readonly ms: number;
  /** Wall time of the second half of the articles, ms: past most of V8's warm-up. */
  readonly warmMs: number;
  /** CPU time of the whole process (all threads), ms. */
  readonly cpuMs: number;
  readonly rssMb: number;
}

/** The first `n` articles of a JSON Lines corpus, read lazily; `total.chars` counts what has been read. */
async function* articlesOf(file: string, n: number, total: { chars: number }): AsyncGenerator<Article> {
  if (n <= 0) return;
  let count = 0;
  const stdin = (async function* (): AsyncGenerator<Buffer> {})();
  for await (const item of readItems([{ path: file, format: 'jsonl', folder: false }], { date: null, stdin })) {
    if (isUnreadable(item)) throw new Error(`bench corpus: ${item.source}: ${item.error.message}`);
    total.chars += item.text.length;
    yield item;
    if (++count === n) return;
  }
}

/**
 * One measurement, in this (child) process; prints a Measure as JSON. Each
 * mode imports only what it runs, so peak RSS counts nothing else: the
 * all-cores main thread holds neither wink-nlp nor a pipeline.
 */
async function child(mode: string, file: string, n: number, concurrency: number, pipelineName: string): Promise<void> {
  const total = { chars: 0 };
  const articles = articlesOf(file, n, total);
  const options = { maxChars: Infinity, pretty: false };
  const discard = async () => (await import('../batch/sink.js')).jsonlSink(createWriteStream(devNull), true);
  const half = Math.ceil(n / 2);
  let halfway = 0;
  const count = (written: number): void => {
    if (written === half) halfway = performance.now();
  };
  const onWritten = (_: unknown, tally: { readonly written: number }): void => count(tally.written);
  let started: number;
  let cpu: NodeJS.CpuUsage;
  if (mode === 'wink') {
    const [{ default: winkNLP }, { default: model }] = await Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]);
    const nlp = winkNLP(model);
    [started, cpu] = [performance.now(), process.cpuUsage()];
    let done = 0;
    for await (const a of articles) {
      const doc = nlp.readDoc(a.text);
      if (doc.tokens().length() + doc.sentences().length() < 0) throw new Error('unreachable');
      count(++done);
    }
  } else if (mode === 'single') {
    const [{ processArticle }, { loadPipeline }, { runBatch }, { tuneForBatch }] = await Promise.all([import('../batch/process.js'), import('../load-pipeline.js'), import('../batch/run.js'), import('../batch/jit.js')]);
    tuneForBatch();
    const pipeline = await loadPipeline(pipelineName);
    const sink = await discard();
    [started, cpu] = [performance.now(), process.cpuUsage()];
    await runBatch({ items: articles, process: (a) => Promise.resolve(processArticle(pipeline, a, options)), concurrency: 1, sink, pretty: false, onWritten });
    await sink.close();
  } else {
    const [{ startPipelinePool }, { runBatch }] = await Promise.all([import('../batch/pipeline-pool.js'), import('../batch/run.js')]);
    const pool = await startPipelinePool({ ...options, pipeline: pipelineName }, concurrency, 0);
    await pool.startAll();
    const sink = await discard();
    [started, cpu] = [performance.now(), process.cpuUsage()];
    await runBatch({ items: articles, process: (a) => pool.run(a), concurrency: pool.inFlight, sink, pretty: false, onWritten });
    await sink.close();
    await pool.close();
  }
  const ended = performance.now();
  const used = process.cpuUsage(cpu);
  const measure: Measure = { articles: n, chars: total.chars, ms: ended - started, warmMs: ended - halfway, cpuMs: (used.user + used.system) / 1000, rssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(`${JSON.stringify(measure)}\n`);
}

function measure(mode: string, file: string, n: number, concurrency: number, pipeline: string): Measure {
  const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'child', mode, file, String(n), String(concurrency), pipeline], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`bench ${mode} ${n} failed (exit ${run.status})`);
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as Measure;
}

const perSecond = (m: Measure) => (m.articles * 1000) / m.ms;
/** Articles per second over the second half of the run. */
const warmPerSecond = (m: Measure) => ((m.articles - Math.ceil(m.articles / 2)) * 1000) / m.warmMs;
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
 * What this machine gives `threads` threads of pure CPU work right now, the
 * median of three rounds (one round can fall in a lull or a burst of other
 * load): the all-cores ratio no program can beat here.
 */
async function parallelCeiling(threads: number): Promise<number> {
  const ratios: number[] = [];
  for (let round = 0; round < 3; round++) {
    let started = performance.now();
    await spin(threads);
    const one = performance.now() - started;
    started = performance.now();
    await Promise.all(Array.from({ length: threads }, () => spin(1)));
    ratios.push(one / (performance.now() - started));
  }
  return ratios.sort((a, b) => a - b)[1] ?? 0;
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
  const sizes = values.growth.split(',').map(Number).filter((s) => s > 0);
  const { texts, sources } = bases();
  const size = texts.reduce((s, t) => s + t.text.length, 0);
  console.log(`claimkit bench: ${n} articles from ${texts.length} texts (${sources.join(', ')}; mean ${Math.round(size / texts.length)} chars), pipeline ${values.pipeline}, ${concurrency} cores`);
  console.log('(MB/s counts characters: 1 MB = 10^6 UTF-16 code units)\n');
  const dir = mkdtempSync(join(tmpdir(), 'claimkit-bench-'));
  try {
    const file = join(dir, 'corpus.jsonl');
    await writeCorpus(file, texts, Math.max(n, ...sizes));
    const runs: [string, Measure][] = [
      ['wink-nlp readDoc (floor)', measure('wink', file, n, 1, values.pipeline)],
      ['claimkit, 1 thread', measure('single', file, n, 1, values.pipeline)],
      [`claimkit, ${concurrency} workers`, measure('all', file, n, concurrency, values.pipeline)],
    ];
    console.log(`${pad('', 28)}${'art/s'.padStart(9)}${'MB/s'.padStart(9)}${'time s'.padStart(9)}${'CPU s'.padStart(9)}${'RSS MB'.padStart(9)}${'warm art/s'.padStart(12)}`);
    for (const [name, m] of runs) console.log(`${pad(name, 28)}${num(perSecond(m), 0)}${num(mbPerSecond(m), 2)}${num(m.ms / 1000)}${num(m.cpuMs / 1000)}${num(m.rssMb, 0)}${num(warmPerSecond(m), 0).padStart(12)}`);
    const [[, wink], [, single], [, all]] = runs as [[string, Measure], [string, Measure], [string, Measure]];
    console.log(`\nclaimkit 1 thread / wink-nlp:      ${(perSecond(single) / perSecond(wink)).toFixed(2)}  (target >= 0.5)`);
    console.log(`claimkit ${concurrency} workers / 1 thread:  ${(perSecond(all) / perSecond(single)).toFixed(2)}  (target >= 1.8 on 2 cores)`);
    console.log(`  the same, second half of the run:  ${(warmPerSecond(all) / warmPerSecond(single)).toFixed(2)}  (past most of V8's warm-up)`);
    console.log(`CPU per article, ${concurrency} workers / 1 thread:  ${(all.cpuMs / all.articles / (single.cpuMs / single.articles)).toFixed(2)}  (the cost of the workers: 1.00 = none; what the load of the machine changes least)`);
    console.log(`machine ceiling, ${concurrency} threads of pure CPU / 1:  ${(await parallelCeiling(concurrency)).toFixed(2)}  (measured now: what any program gets here)`);

    if (sizes.length === 0) return;
    console.log(`\ncost growth (claimkit, ${concurrency} workers, each size in its own process)`);
    console.log(`${pad('articles', 12)}${'time s'.padStart(9)}${'art/s'.padStart(9)}${'CPU s'.padStart(9)}${'RSS MB'.padStart(9)}`);
    const growth = sizes.map((s) => measure('all', file, s, concurrency, values.pipeline));
    for (const m of growth) console.log(`${pad(String(m.articles), 12)}${num(m.ms / 1000)}${num(perSecond(m), 0)}${num(m.cpuMs / 1000)}${num(m.rssMb, 0)}`);
    const [first, last] = [growth.find((m) => m.articles === 10_000) ?? growth[0], growth[growth.length - 1]];
    if (first && last && first !== last) {
      console.log(`\npeak RSS ${last.articles} / ${first.articles}: ${(last.rssMb / first.rssMb).toFixed(2)}  (target <= 1.10, and under 400 MB)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'child') {
  const [what = 'single', file = '', n = '0', concurrency = '1', pipeline = 'default'] = rest;
  await child(what, file, Number(n), Number(concurrency), pipeline);
} else {
  await parent(process.argv.slice(2));
}
