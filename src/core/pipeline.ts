/**
 * The runner: validates a pipeline definition once (every stage known, its
 * options valid, everything it requires assigned by an earlier stage), builds
 * each stage once, then runs documents through them in order.
 */
import { PipelineDefinitionSchema, type PipelineDefinition } from '../schema/config.js';
import type { Target } from '../schema/result.js';
import { createDoc, withMessage, type Doc, type DocInput, type LayerName } from './document.js';
import { ClaimkitError, errorMessage, issueLines } from './errors.js';
import type { Registry } from './registry.js';
import type { StageFn } from './stage.js';

export interface Pipeline {
  readonly name: string;
  readonly stages: readonly string[];
  readonly targets: readonly Target[];
  /** Run every stage over one article. Throws ClaimkitError on unusable input. */
  run(input: DocInput): Doc;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export function buildPipeline(definition: PipelineDefinition, registry: Registry): Pipeline {
  const parsed = PipelineDefinitionSchema.safeParse(definition);
  if (!parsed.success) throw new ClaimkitError('E_BAD_PIPELINE', issueLines(parsed.error).join('; '));
  const def = parsed.data;
  const assigned = new Set<LayerName>();
  const fns: { name: string; fn: StageFn }[] = [];
  for (const config of def.stages) {
    const stage = registry.get(config.name);
    const missing = stage.requires.filter((r) => !assigned.has(r));
    if (missing.length > 0) {
      const hints = missing.map((name) => {
        const by = registry.names().filter((n) => registry.get(n).assigns.includes(name));
        return by.length > 0 ? `${name} comes from stage ${by.join(' or ')}: list it before ${stage.name}` : `no registered stage assigns ${name}`;
      });
      throw new ClaimkitError('E_MISSING_REQUIREMENT', `stage ${stage.name} requires ${missing.join(', ')} in pipeline ${def.name} (${hints.join('; ')})`);
    }
    const options = stage.options.safeParse(config.options);
    if (!options.success) {
      throw new ClaimkitError('E_BAD_OPTIONS', `stage ${stage.name}: ${issueLines(options.error).join('; ')}`);
    }
    fns.push({ name: stage.name, fn: stage.create(options.data) });
    for (const a of stage.assigns) assigned.add(a);
  }
  const ctx = { pipeline: def.name };
  return {
    name: def.name,
    stages: fns.map((f) => f.name),
    targets: def.targets,
    run(input: DocInput): Doc {
      if (typeof input.text !== 'string') throw new ClaimkitError('E_BAD_INPUT', 'text must be a string');
      if (input.date != null && !isValidDay(input.date)) throw new ClaimkitError('E_BAD_DATE', String(input.date));
      let doc = createDoc({ ...input, targets: input.targets ?? def.targets });
      if (doc.date === null) doc = withMessage(doc, 'warning', 'W_NO_DATE');
      if (doc.text.trim() === '') doc = withMessage(doc, 'warning', 'W_EMPTY_TEXT');
      for (const { name, fn } of fns) {
        try {
          doc = fn(doc, ctx);
        } catch (e) {
          if (e instanceof ClaimkitError) throw e;
          throw new ClaimkitError('E_STAGE_FAILED', `${name} on ${doc.id}: ${errorMessage(e)}`, e);
        }
      }
      return doc;
    },
  };
}
