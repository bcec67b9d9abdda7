/** The named pipelines shipped with claimkit. */
import type { PipelineDefinition } from '../src/schema/config.js';
import { defaultPipeline } from './default.js';
import { japanDprkPipeline } from './japan-dprk.js';

export const pipelines: Readonly<Record<string, PipelineDefinition>> = {
  [defaultPipeline.name]: defaultPipeline,
  [japanDprkPipeline.name]: japanDprkPipeline,
};
