/**
 * A batch worker thread: builds the pipeline once, then turns each article it
 * is sent into one output record (see pool.ts for the protocol).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage } from '../core/errors.js';
import { loadPipeline } from '../load-pipeline.js';
import type { WorkerMessage } from './pool.js';
import type { PipelineWorkerConfig } from './pipeline-pool.js';
import { processArticle } from './process.js';
import type { Article, Outcome } from './types.js';

const port = parentPort;
if (!port) throw new Error('src/batch/worker is a worker thread entry');
const config = workerData as PipelineWorkerConfig;
const post = (message: WorkerMessage<Outcome>): void => port.postMessage(message);

try {
  const pipeline = await loadPipeline(config.pipeline);
  port.on('message', (article: Article) => post({ type: 'done', output: processArticle(pipeline, article, config) }));
  post({ type: 'ready' });
} catch (e) {
  post({ type: 'fatal', message: errorMessage(e) });
  port.close();
}
