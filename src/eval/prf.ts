/**
 * Precision, recall and F from counts (after spaCy's PRFScore), accuracies,
 * and SemEval-style macro-F1. A figure with nothing to score is `null`, not 0.
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PRF {
  p: number | null;
  r: number | null;
  f: number | null;
}

/** P = tp/(tp+fp), R = tp/(tp+fn), F = 2tp/(2tp+fp+fn) (the harmonic mean of P and R, 0 when tp = 0). */
export function prf({ tp, fp, fn }: Counts): PRF {
  return {
    p: tp + fp > 0 ? tp / (tp + fp) : null,
    r: tp + fn > 0 ? tp / (tp + fn) : null,
    f: tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : null,
  };
}

export interface Ratio {
  correct: number;
  total: number;
}

export function accuracy({ correct, total }: Ratio): number | null {
  return total > 0 ? correct / total : null;
}

/** Mean of the per-label F over the labels that have any gold or predicted instance; null when none has. */
export function macroF1(perLabel: readonly Counts[]): number | null {
  const fs = perLabel.map((c) => prf(c).f).filter((f): f is number => f !== null);
  return fs.length > 0 ? fs.reduce((a, b) => a + b, 0) / fs.length : null;
}
