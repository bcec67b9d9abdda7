/**
 * Baselines: the figures the project promises. The gate fails when a figure
 * falls more than the tolerance below its baseline. Only F and accuracy figures
 * are promised (`*_f`, `*_acc`): precision and recall may trade against each
 * other, and throughput depends on the machine. A baseline only moves up,
 * deliberately: updating keeps every figure that fell unless forced.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ClaimkitError, issueLines } from '../core/errors.js';
import type { Metrics } from './tally.js';

export const TOLERANCE = 0.005;

const Figures = z.record(z.string(), z.number());

export const BaselineSchema = z.object({ pipeline: z.string(), metrics: Figures });
export const ExternalBaselineSchema = z.object({ pipeline: z.string(), corpora: z.record(z.string(), Figures) });

export type Baseline = z.infer<typeof BaselineSchema>;
export type ExternalBaseline = z.infer<typeof ExternalBaselineSchema>;

export const isPromised = (key: string): boolean => /_(f|acc)$/.test(key);

/** The promised figures of a run that have a value. */
export function promised(metrics: Metrics, keys?: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(metrics)) if (v !== null && isPromised(k) && (!keys || keys.includes(k))) out[k] = v;
  return out;
}

export interface Shortfall {
  readonly key: string;
  readonly baseline: number;
  readonly current: number | null;
}

/** Figures below their baseline by more than the tolerance (a figure that became null counts). */
export function shortfalls(metrics: Metrics, baseline: Readonly<Record<string, number>>, tolerance = TOLERANCE): Shortfall[] {
  return Object.entries(baseline)
    .map(([key, b]) => ({ key, baseline: b, current: metrics[key] ?? null }))
    .filter(({ baseline: b, current }) => current === null || current < b - tolerance);
}

export const formatShortfalls = (list: readonly Shortfall[]): string =>
  list.map((s) => `${s.key}: ${s.current === null ? 'null' : s.current.toFixed(4)} < baseline ${s.baseline.toFixed(4)}`).join('\n');

export interface Raised {
  readonly figures: Record<string, number>;
  /** Figures that went up (or are new). */
  readonly raised: readonly string[];
  /** Figures that fell and were kept at their baseline (not forced). */
  readonly kept: readonly string[];
}

/** The next baseline: each figure the higher of old and new; with `force`, simply the new figures. */
export function raise(old: Readonly<Record<string, number>>, current: Readonly<Record<string, number>>, force: boolean): Raised {
  if (force) return { figures: { ...current }, raised: Object.keys(current).filter((k) => !(k in old) || (current[k] as number) > (old[k] as number)), kept: [] };
  const figures: Record<string, number> = { ...old };
  const raised: string[] = [];
  const kept: string[] = [];
  for (const [k, v] of Object.entries(current)) {
    const before = old[k];
    if (before === undefined || v > before) {
      figures[k] = v;
      raised.push(k);
    } else if (v < before) kept.push(k);
  }
  for (const k of Object.keys(old)) if (!(k in current)) kept.push(k);
  return { figures, raised, kept };
}

function readJson<T>(path: string, schema: z.ZodType<T>): T | null {
  if (!existsSync(path)) return null;
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new ClaimkitError('E_BASELINE', `${path}: ${issueLines(parsed.error).join('; ')}`);
  return parsed.data;
}

export const readBaseline = (path: string): Baseline | null => readJson(path, BaselineSchema);
export const readExternalBaseline = (path: string): ExternalBaseline | null => readJson(path, ExternalBaselineSchema);

/** Keys sorted, for stable diffs. */
const sorted = (figures: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.keys(figures).sort().map((k) => [k, Math.round((figures[k] as number) * 1e4) / 1e4]));

export function writeBaseline(path: string, b: Baseline): void {
  writeFileSync(path, `${JSON.stringify({ pipeline: b.pipeline, metrics: sorted(b.metrics) }, null, 2)}\n`);
}

export function writeExternalBaseline(path: string, b: ExternalBaseline): void {
  const corpora = Object.fromEntries(Object.keys(b.corpora).sort().map((k) => [k, sorted(b.corpora[k] ?? {})]));
  writeFileSync(path, `${JSON.stringify({ pipeline: b.pipeline, corpora }, null, 2)}\n`);
}
