/**
 * `evaluate(goldset, options)`: runs a pipeline over every article of a gold
 * set (with its publication date and the gold file's `doc.targets` as
 * `targets`), scores the predictions, and measures the throughput of the
 * pipeline run alone (wall clock around the extraction, scoring excluded).
 */
import { performance } from 'node:perf_hooks';
import { errorMessage } from '../core/errors.js';
import { extract, resolvePipeline } from '../index.js';
import type { Pipeline } from '../core/pipeline.js';
import type { PipelineDefinition } from '../schema/config.js';
import { scoreDocs } from './score.js';
import type { GoldSet, Prediction, ScorePair, Scored, ScoringOptions } from './types.js';

export interface EvaluateOptions {
  /** A built-in pipeline name, a definition or a built pipeline. Default 'default'. */
  readonly pipeline?: string | PipelineDefinition | Pipeline;
  /** Merged over the gold set's own scoring options. */
  readonly scoring?: ScoringOptions;
  /** Score only the first N articles. */
  readonly limit?: number;
}

export interface Evaluation extends Scored {
  readonly goldset: string;
  readonly pipeline: string;
  readonly docs: number;
  readonly chars: number;
  /** Wall-clock seconds of the pipeline run. */
  readonly seconds: number;
  readonly notes: readonly string[];
}

const EMPTY: Prediction = { sentences: [], dates: [], numbers: [], claims: [] };


export function evaluate(goldset: GoldSet, options: EvaluateOptions = {}): Evaluation {
  const pipeline = resolvePipeline(options.pipeline);
  const articles = options.limit === undefined ? goldset.articles : goldset.articles.slice(0, options.limit);
  const errors = new Map<string, string>();
  const pairs: ScorePair[] = [];
  let chars = 0;
  const started = performance.now();
  for (const a of articles) {
    chars += a.text.length;
    let predicted = EMPTY;
    try {
      predicted = extract(a.text, {
        id: a.id,
        date: a.gold.doc.date,
        title: a.gold.doc.title,
        source: a.source,
        pipeline,
        ...(a.gold.doc.targets !== undefined && { targets: a.gold.doc.targets }),
      });
    } catch (e) {
      errors.set(a.id, errorMessage(e));
    }
    pairs.push({ text: a.text, gold: a.gold, predicted });
  }
  const seconds = (performance.now() - started) / 1000;
  const scored = scoreDocs(pairs, { ...goldset.scoring, ...options.scoring }, errors);
  const rate = (n: number) => (seconds > 0 && articles.length > 0 ? n / seconds : null);
  return {
    ...scored,
    metrics: { ...scored.metrics, docs_per_s: rate(articles.length), chars_per_s: rate(chars) },
    goldset: goldset.name,
    pipeline: pipeline.name,
    docs: articles.length,
    chars,
    seconds,
    notes: goldset.notes,
  };
}
