/**
 * claimkit: news articles in, structured checkable claims out.
 *
 *   import { extract } from 'claimkit';
 *   const result = extract(text, { id: '000', date: '2021-03-30', pipeline: 'japan-dprk' });
 */
import { pipelines } from '../pipelines/index.js';
import type { DocInput } from './core/document.js';
import { ClaimkitError, issueLines } from './core/errors.js';
import { checkText, DEFAULT_MAX_CHARS } from './core/input.js';
import { toResult } from './core/output.js';
import { buildPipeline, type Pipeline } from './core/pipeline.js';
import type { Registry } from './core/registry.js';
import type { PipelineDefinition } from './schema/config.js';
import { ResultSchema, type Result, type Target } from './schema/result.js';
import { createRegistry } from './stages/index.js';

export interface ExtractOptions {
  readonly id?: string;
  /** Publication date YYYY-MM-DD: the anchor of relative dates. Without it they are left unresolved, with a warning. */
  readonly date?: string | null;
  readonly title?: string | null;
  readonly source?: string | null;
  /** Stance targets; when given they replace the pipeline's own. */
  readonly targets?: readonly Target[];
  /** A built-in pipeline name ('default', 'japan-dprk'), a definition, or a built pipeline. Default 'default'. */
  readonly pipeline?: string | PipelineDefinition | Pipeline;
  /** Refuse longer texts with E_TOO_LONG (default 1,000,000 characters; 0 = no limit). */
  readonly maxChars?: number;
}

const built = new Map<string, Pipeline>();

/** Build a pipeline once from a built-in name or a definition; reuse it for many articles. */
export function createPipeline(pipeline: string | PipelineDefinition = 'default', registry?: Registry): Pipeline {
  if (typeof pipeline !== 'string') return buildPipeline(pipeline, registry ?? createRegistry());
  const definition = pipelines[pipeline];
  if (!definition) throw new ClaimkitError('E_UNKNOWN_PIPELINE', `${pipeline} (known: ${Object.keys(pipelines).join(', ')})`);
  if (registry) return buildPipeline(definition, registry);
  let cached = built.get(pipeline);
  if (!cached) {
    cached = buildPipeline(definition, createRegistry());
    built.set(pipeline, cached);
  }
  return cached;
}

/** A built pipeline as it is, or one built (and cached) from a name or a definition. */
export function resolvePipeline(pipeline: ExtractOptions['pipeline']): Pipeline {
  return typeof pipeline === 'object' && 'run' in pipeline ? pipeline : createPipeline(pipeline);
}

/**
 * Run a pipeline over one article and return the validated OUTPUT.md result.
 * Throws ClaimkitError for unusable input (E_TOO_LONG, E_BINARY, E_BAD_DATE);
 * text that looks like HTML or not English is processed with a warning.
 */
export function extract(text: string, options: ExtractOptions = {}): Result {
  if (typeof text !== 'string') throw new ClaimkitError('E_BAD_INPUT', 'text must be a string');
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const check = checkText(text, maxChars === 0 ? Infinity : maxChars);
  if (check.error) throw check.error;
  const pipeline = resolvePipeline(options.pipeline);
  const input: DocInput = {
    text,
    ...(options.id !== undefined && { id: options.id }),
    ...(options.date !== undefined && { date: options.date }),
    ...(options.title !== undefined && { title: options.title }),
    ...(options.source !== undefined && { source: options.source }),
    ...(options.targets !== undefined && { targets: options.targets }),
  };
  const processed = toResult(pipeline.run(input));
  const result = check.messages.length > 0 ? { ...processed, messages: [...check.messages, ...processed.messages] } : processed;
  const checked = ResultSchema.safeParse(result);
  if (!checked.success) {
    throw new ClaimkitError('E_INVALID_OUTPUT', issueLines(checked.error, 3).join('; '));
  }
  return checked.data;
}

export { pipelines } from '../pipelines/index.js';
export { createDoc, layer, withLayer, withMessage } from './core/document.js';
export type { Doc, DocInput, LayerName } from './core/document.js';
export { ClaimkitError, CODES } from './core/errors.js';
export type { Code } from './core/errors.js';
export type { DocClaim, Entity, Layers, Quote } from './core/layers.js';
export { toResult } from './core/output.js';
export { buildPipeline } from './core/pipeline.js';
export type { Pipeline } from './core/pipeline.js';
export { Registry } from './core/registry.js';
export { defineStage } from './core/stage.js';
export type { Stage, StageContext, StageFn } from './core/stage.js';
export { builtinStages, createRegistry } from './stages/index.js';
export { tuneForBatch } from './batch/jit.js';
export * from './schema/config.js';
export * from './schema/gold.js';
export * from './schema/result.js';
