/**
 * Pipelines by name or by file: a built-in name, a .json definition or an
 * ES module exporting one. Used by the CLI and the batch workers.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ClaimkitError, issueLines } from './core/errors.js';
import type { Pipeline } from './core/pipeline.js';
import { createPipeline } from './index.js';
import { PipelineDefinitionSchema } from './schema/config.js';

/** A built-in pipeline name, or a path to a .json definition or an ES module exporting one. */
export async function loadPipeline(nameOrPath: string): Promise<Pipeline> {
  if (!/[/\\.]/.test(nameOrPath)) return createPipeline(nameOrPath);
  const path = resolve(nameOrPath);
  let value: unknown;
  if (extname(path) === '.json') {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } else {
    const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    value = module['default'] ?? Object.values(module).find((v) => PipelineDefinitionSchema.safeParse(v).success);
  }
  const parsed = PipelineDefinitionSchema.safeParse(value);
  if (!parsed.success) throw new ClaimkitError('E_BAD_PIPELINE', `${nameOrPath}: ${issueLines(parsed.error).join('; ')}`);
  return createPipeline(parsed.data);
}
