/** Options shared by CLI commands: stance targets. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ClaimkitError, issueLines } from '../core/errors.js';
import { TargetSchema, type Target } from '../schema/result.js';

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
  if (!parsed.success) throw new ClaimkitError('E_BAD_INPUT', `--targets ${path}: ${issueLines(parsed.error, 1).join('; ')}`);
  return parsed.data;
}
