/**
 * Raw counts of one document or a whole gold set, keyed by figure name.
 * Scorers add to a tally; tallies of many documents are summed (micro-average);
 * `figures` turns a tally into the flat METRICS.md object.
 */
import { accuracy, macroF1, prf, type Counts, type Ratio } from './prf.js';

export type Metrics = Record<string, number | null>;

/** The figures a scorer can produce, so every key is present (null) even when nothing was scored. */
export interface FigureSpec {
  /** Keys scored by P/R/F: each gives `<key>_p`, `<key>_r`, `<key>_f`. */
  readonly prf: readonly string[];
  /** Keys scored by accuracy: each gives `<key>` as is (name them `..._acc`). */
  readonly acc: readonly string[];
  /** Keys scored by macro-F1 over labels: each gives `<key>` as is, and `<key minus _f>_<label>_p/_r/_f`. */
  readonly macro: Readonly<Record<string, readonly string[]>>;
}

export class Tally {
  readonly counts = new Map<string, Counts>();
  readonly ratios = new Map<string, Ratio>();
  readonly labels = new Map<string, Map<string, Counts>>();

  count(key: string, tp: number, fp: number, fn: number): void {
    const c = this.counts.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    this.counts.set(key, { tp: c.tp + tp, fp: c.fp + fp, fn: c.fn + fn });
  }

  ratio(key: string, correct: number, total: number): void {
    const r = this.ratios.get(key) ?? { correct: 0, total: 0 };
    this.ratios.set(key, { correct: r.correct + correct, total: r.total + total });
  }

  label(key: string, label: string, tp: number, fp: number, fn: number): void {
    let byLabel = this.labels.get(key);
    if (!byLabel) {
      byLabel = new Map();
      this.labels.set(key, byLabel);
    }
    const c = byLabel.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    byLabel.set(label, { tp: c.tp + tp, fp: c.fp + fp, fn: c.fn + fn });
  }

  add(other: Tally): void {
    for (const [k, c] of other.counts) this.count(k, c.tp, c.fp, c.fn);
    for (const [k, r] of other.ratios) this.ratio(k, r.correct, r.total);
    for (const [k, byLabel] of other.labels) for (const [l, c] of byLabel) this.label(k, l, c.tp, c.fp, c.fn);
  }
}

const stem = (key: string): string => key.replace(/_f$/, '');

/** The flat figures of a tally, every key of the specs present, null where nothing was scored. */
export function figures(tally: Tally, specs: readonly FigureSpec[]): Metrics {
  const out: Metrics = {};
  for (const spec of specs) {
    for (const key of spec.prf) {
      const c = tally.counts.get(key);
      const { p, r, f } = c ? prf(c) : { p: null, r: null, f: null };
      out[`${key}_p`] = p;
      out[`${key}_r`] = r;
      out[`${key}_f`] = f;
    }
    for (const key of spec.acc) {
      const r = tally.ratios.get(key);
      out[key] = r ? accuracy(r) : null;
    }
    for (const [key, labels] of Object.entries(spec.macro)) {
      const byLabel = tally.labels.get(key);
      out[key] = byLabel ? macroF1(labels.map((l) => byLabel.get(l) ?? { tp: 0, fp: 0, fn: 0 })) : null;
      for (const l of labels) {
        const c = byLabel?.get(l);
        const { p, r, f } = c ? prf(c) : { p: null, r: null, f: null };
        out[`${stem(key)}_${l}_p`] = p;
        out[`${stem(key)}_${l}_r`] = r;
        out[`${stem(key)}_${l}_f`] = f;
      }
    }
  }
  return out;
}
