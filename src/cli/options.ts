/** Options shared by CLI commands: the pipeline and stance targets. */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ClaimkitError } from '../core/errors.js';
import type { Pipeline } from '../core/pipeline.js';
import { createPipeline } from '../index.js';
import { PipelineDefinitionSchema } from '../schema/config.js';
import { TargetSchema, type Target } from '../schema/result.js';

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
  if (!parsed.success) throw new ClaimkitError('E_BAD_PIPELINE', `${nameOrPath}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return createPipeline(parsed.data);
}

/** `id:description:term,term,...` as given to --target. */
export function parseTarget(spec: string): Target {
  const [id, description, terms] = spec.split(':');
  const parsed = TargetSchema.safeParse({ id, description: description ?? '', terms: (terms ?? '').split(',').map((t) => t.trim()).filter(Boolean) });
  if (!parsed.success) throw new ClaimkitError('E_BAD_INPUT', `--target ${spec}: expected id:description:term,term,...`);
  return parsed.data;
}

/** A JSON file holding an array of targets, as given to --targets. */
export function readTargets(path: string): Target[] {
  const parsed = z.array(TargetSchema).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new ClaimkitError('E_BAD_INPUT', `--targets ${path}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}
