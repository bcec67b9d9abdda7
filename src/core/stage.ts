/**
 * A stage: a small pure function over the document, registered by name with
 * what it requires and assigns (after spaCy's Language.factory). `create`
 * runs once per pipeline (compile regexes, load lexicons); the function it
 * returns runs once per document.
 */
import type { z } from 'zod';
import type { Doc, LayerName } from './document.js';

export interface StageContext {
  /** Name of the pipeline running the stage, for messages. */
  readonly pipeline: string;
}

export type StageFn = (doc: Doc, ctx: StageContext) => Doc;

export interface Stage<O = unknown> {
  readonly name: string;
  readonly description: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  readonly options: z.ZodType<O>;
  create(options: O): StageFn;
}

/** Identity helper that keeps a stage's option type tied to its schema. */
export function defineStage<O>(stage: Stage<O>): Stage<O> {
  return stage;
}
