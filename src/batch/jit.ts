/**
 * V8 tuning for batch runs. A batch run goes through thousands of articles
 * with the same code, and V8's optimising compiler (TurboFan, on background
 * threads) is a large part of its cost: the stages are a lot of code, much of
 * it warm rather than hot, and with V8's default interrupt budget (66 KB of
 * bytecode run before a function is considered for optimisation) functions
 * are compiled early on thin type feedback, then thrown away and compiled
 * again when the next article takes another path. Measured on 4,000 articles
 * of the bench corpus (one thread, per-thread CPU read from /proc): the
 * compiler threads used 8.1 s of CPU beside 17.5 s of pipeline work; with a
 * budget four times the default, 4.8 s beside 18.3 s (10% less CPU in all).
 * Two workers on two cores compile twice and have no spare core for it: with
 * the larger budget they used about 10% less CPU for the same articles.
 *
 * V8 flags are per process: this is set by batch runs (the worker pool, the
 * throughput bench), never by importing the library.
 */
import { setFlagsFromString } from 'node:v8';

/** Bytecode run before V8 considers optimising a function: four times V8's default. */
export const INTERRUPT_BUDGET = 4 * 66 * 1024;

/** Tunes V8 in this process for a long run of the same code; set before the workers start, it holds for them too. */
export function tuneForBatch(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
