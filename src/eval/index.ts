/**
 * claimkit/eval: score a pipeline against hand-labeled gold (METRICS.md).
 *
 *   import { evaluate, loadCorpus } from 'claimkit/eval';
 *   const { metrics, report } = evaluate(loadCorpus('corpus'), { pipeline: 'japan-dprk' });
 */
export { convertMeantime, loadMeantime, MEANTIME_SCORING } from './adapters/meantime.js';
export { convertPolnear, loadPolnear, parsePolnearMetadata, POLNEAR_SCORING } from './adapters/brat.js';
export type { PolnearMeta } from './adapters/brat.js';
export { convertTimeml, loadTimeml } from './adapters/timeml.js';
export { parseAmount } from './adapters/amount.js';
export type { Amount } from './adapters/amount.js';
export {
  formatShortfalls,
  isPromised,
  promised,
  raise,
  readBaseline,
  readExternalBaseline,
  shortfalls,
  TOLERANCE,
  writeBaseline,
  writeExternalBaseline,
} from './baseline.js';
export type { Baseline, ExternalBaseline, Raised, Shortfall } from './baseline.js';
export { corpusPresent, dataDir, EXTERNAL_CORPORA, isExternalCorpus, loadCorpus, loadExternalCorpus, repoRoot } from './corpora.js';
export type { ExternalCorpus } from './corpora.js';
export { ClaimkitError } from '../core/errors.js';
export { evaluate } from './evaluate.js';
export type { EvaluateOptions, Evaluation } from './evaluate.js';
export { formatFigures, formatTable, HEADLINE } from './format.js';
export { goldIds, isGoldSetDir, loadGoldSet } from './goldset.js';
export { greedyMatch } from './match.js';
export type { Matching, Pair } from './match.js';
export { accuracy, macroF1, prf } from './prf.js';
export type { Counts, PRF, Ratio } from './prf.js';
export { formatReport } from './report.js';
export type { ReportHeader } from './report.js';
export { FIGURE_SPECS, scoreDoc, scoreDocs } from './score.js';
export type { DocScore } from './score.js';
export { normalizeName } from './scorers/speakers.js';
export { agreement, normalizeSpan, normalizeText, overlapLength } from './spans.js';
export type { Span } from './spans.js';
export type { FigureSpec, Metrics } from './tally.js';
export type * from './types.js';
