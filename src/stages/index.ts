/** The built-in stages, in the order a full pipeline runs them. */
import { Registry } from '../core/registry.js';
import type { Stage } from '../core/stage.js';
import { assertionsStage } from './assertions/index.js';
import { attributionStage } from './attribution/index.js';
import { datesStage } from './dates/index.js';
import { numbersStage } from './numbers/index.js';
import { quotesStage } from './quotes/index.js';
import { sentencesStage } from './sentences/index.js';
import { speakersStage } from './speakers/index.js';
import { stanceStage } from './stance/index.js';
import { tokensStage } from './tokens/index.js';

export const builtinStages: readonly Stage<unknown>[] = [
  sentencesStage,
  datesStage,
  numbersStage,
  quotesStage,
  tokensStage,
  attributionStage,
  speakersStage,
  assertionsStage,
  stanceStage,
];

/** A fresh registry holding the built-in stages; add your own with `register`. */
export function createRegistry(): Registry {
  const registry = new Registry();
  for (const stage of builtinStages) registry.register(stage);
  return registry;
}
