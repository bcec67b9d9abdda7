/**
 * What a batch run tells a person: a progress line redrawn in place on a
 * terminal (nothing when stderr is a file or a pipe), and a summary at the end.
 */
import type { BatchReport, Tally } from './run.js';

export interface ProgressState {
  /** Inputs done: written, or skipped as already done. */
  readonly done: number;
  readonly total: number | null;
  /** Records written in this run: the rate counts these. */
  readonly processed: number;
  readonly failed: number;
  readonly elapsedMs: number;
}

const count = (n: number): string => n.toLocaleString('en-US');

/** `12.3 s`, `4m05s`, `2h07m`. */
export function formatDuration(ms: number): string {
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const whole = Math.round(s);
  if (whole < 3600) return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s`;
  return `${Math.floor(whole / 3600)}h${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')}m`;
}

/** `1,234/5,000 articles  812/s  ETA 4.7 s  3 failed` (without a total: no ETA). */
export function formatProgress(state: ProgressState): string {
  const rate = state.elapsedMs > 0 ? (state.processed * 1000) / state.elapsedMs : 0;
  const total = state.total === null ? null : Math.max(state.total, state.done);
  const parts = [total === null ? `${count(state.done)} articles` : `${count(state.done)}/${count(total)} articles`, `${rate.toFixed(rate < 10 ? 1 : 0)}/s`];
  if (total !== null && rate > 0) parts.push(`ETA ${formatDuration(((total - state.done) / rate) * 1000)}`);
  if (state.failed > 0) parts.push(`${count(state.failed)} failed`);
  return parts.join('  ');
}

export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** The live progress line: drawn at most every `intervalMs`, only on a terminal. */
export class Progress {
  readonly active: boolean;
  readonly #stream: ProgressStream;
  readonly #now: () => number;
  readonly #intervalMs: number;
  readonly #started: number;
  #total: number | null = null;
  #drawn = 0;
  #shown = false;

  constructor(stream: ProgressStream, now: () => number = Date.now, intervalMs = 200) {
    this.active = stream.isTTY === true;
    this.#stream = stream;
    this.#now = now;
    this.#intervalMs = intervalMs;
    this.#started = now();
  }

  set total(total: number | null) {
    this.#total = total;
  }

  update(tally: Readonly<Tally>): void {
    const now = this.#now();
    if (!this.active || now - this.#drawn < this.#intervalMs) return;
    this.#drawn = now;
    const line = formatProgress({ done: tally.written + tally.skipped, total: this.#total, processed: tally.written, failed: tally.failed, elapsedMs: now - this.#started });
    this.#stream.write(`\r\x1b[2K${line}`);
    this.#shown = true;
  }

  /** Erase the line (before other output, and at the end). */
  clear(): void {
    if (!this.#shown) return;
    this.#stream.write('\r\x1b[2K');
    this.#shown = false;
    this.#drawn = 0;
  }
}

const byCode = (map: ReadonlyMap<string, number>): string =>
  [...map]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, n]) => `${code} ${count(n)}`)
    .join(', ');

/**
 * The end-of-run summary lines, the first e.g. `5 articles (1 failed: E_BINARY 1),
 * 12 claims, 3 warnings (W_NO_DATE 3) in 0.8 s, 6.2 articles/s, written to out.jsonl`.
 */
export function formatSummary(report: BatchReport, elapsedMs: number, destination: string | null): string[] {
  const failed = report.failed > 0 ? ` (${count(report.failed)} failed: ${byCode(report.failures)})` : '';
  const warnings = report.warnings > 0 ? ` (${byCode(report.warningCodes)})` : '';
  const rate = elapsedMs > 0 ? (report.written * 1000) / elapsedMs : 0;
  const where = destination === null ? '' : `, written to ${destination}`;
  const lines = [
    `${count(report.written)} articles${failed}, ${count(report.claims)} claims, ${count(report.warnings)} warnings${warnings} in ${formatDuration(elapsedMs)}, ${rate.toFixed(1)} articles/s${where}`,
  ];
  if (report.skipped > 0) lines.push(`${count(report.skipped)} skipped: already in the output (--resume)`);
  if (report.interrupted) lines.push('interrupted: the articles read so far are written; run again with --resume to continue');
  return lines;
}
