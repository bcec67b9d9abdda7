/** Pipeline definitions (pipelines/*.ts or a JSON file given to the CLI). */
import { z } from 'zod';
import { TargetSchema } from './result.js';

export const StageConfigSchema = z.object({
  name: z.string().min(1),
  options: z.record(z.string(), z.unknown()).default({}),
});

export const PipelineDefinitionSchema = z.object({
  name: z.string().min(1),
  description: z.string().default(''),
  stages: z.array(StageConfigSchema).min(1),
  targets: z.array(TargetSchema).default([]),
});

export type StageConfig = z.input<typeof StageConfigSchema>;
export type PipelineDefinition = z.input<typeof PipelineDefinitionSchema>;
