/**
 * V8 tuning for batch runs. A batch run goes through thousands of articles
 * with the same code, and V8's optimising compiler (TurboFan, on background
 * threads) is a large part of its cost: the stages are a lot of code, much of
 * it warm rather than hot, and with V8's default interrupt budget (66 KB of
 * bytecode run before a function is considered for optimisation) functions
 * are compiled early on thin type feedback, then thrown away and compiled
 * again when the next article takes another path. This is mostly a cost of
 * the first thousands of articles (warm-up). Measured on the bench corpus,
 * CPU per thread read from /proc: on one thread, 3,000 articles, V8's default
 * gave the compiler threads 8.1 s of CPU beside 17.5 s of pipeline work; a
 * budget four times the default, 4.8 s beside 18.3 s. With two workers (each
 * compiles its own copy, and there is no spare core), three alternating runs
 * each: 1,500 articles 9.9 s wall / 19.2 s CPU with the default against
 * 8.0 s / 15.6 s with the larger budget; 10,000 articles, no difference
 * (36.2 s / 69.8 s against 35.8 s / 68.8 s). Short runs gain, long ones lose
 * nothing.
 *
 * V8 flags are per process: this is set by batch runs (the worker pool, the
 * throughput bench), never by importing the library.
 */
import { setFlagsFromString } from 'node:v8';

/** Bytecode run before V8 considers optimising a function: four times V8's default. */
const INTERRUPT_BUDGET = 4 * 66 * 1024;

/** Tunes V8 in this process for a long run of the same code; set before the workers start, it holds for them too. */
export function tuneForBatch(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
