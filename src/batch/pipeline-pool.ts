/** The worker pool of a batch run: one pipeline per worker, one output record per article. */
import { tuneForBatch } from './jit.js';
import { WorkerPool } from './pool.js';
import type { ProcessOptions } from './process.js';
import { errorOutcome } from './records.js';
import type { Article, Outcome } from './types.js';

export interface PipelineWorkerConfig extends ProcessOptions {
  /** A built-in pipeline name or a path to a definition (as --pipeline takes). */
  readonly pipeline: string;
}

/** Workers run this module's sibling: worker.ts from source (through tsx), worker.js from dist. */
const script = new URL(`./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/** Starts the workers of a batch run (and tunes V8 for it: see jit.ts). */
export function startPipelinePool(config: PipelineWorkerConfig, size: number, timeoutMs: number): Promise<WorkerPool<Article, Outcome>> {
  tuneForBatch();
  return WorkerPool.start({ size, script, workerData: config, timeoutMs, onFailure: (article, error) => errorOutcome(article, error, config.pretty) });
}
