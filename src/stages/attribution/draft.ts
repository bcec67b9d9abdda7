/** An attribution as the extraction builds it: token ranges of its content, source and cue. */
import type { CueMatch } from './context.js';
import type { Source } from './source.js';

export interface Draft {
  /** Token range of the content, end exclusive. */
  first: number;
  last: number;
  source: Source | null;
  /** Token range of the cue (a colon for "X: Q"). */
  readonly cueFirst: number;
  readonly cueLast: number;
  readonly cue: CueMatch | null;
  readonly sent: number;
  /** Split off a claim before it with the same source ("…, but also said …", "…, adding …"). */
  readonly coordinated: boolean;
  /** Continues the last speaker (a quotation with no attribution of its own). */
  readonly continues: Draft | null;
}

