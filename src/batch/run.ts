/**
 * The batch runner: reads items, processes articles with bounded
 * concurrency (p-queue), and writes exactly one record per item, in input
 * order. Reading stays at most a small window ahead of writing, and writing
 * waits for the sink, so memory stays flat however long the input.
 */
import PQueue from 'p-queue';
import { ClaimkitError } from '../core/errors.js';
import { errorOutcome } from './records.js';
import { isUnreadable, type Article, type Item, type Outcome } from './types.js';

/** Where records go. `write` resolves when the sink can take the next one. */
export interface Sink {
  write(outcome: Outcome): Promise<void>;
  close(): Promise<void>;
}

export interface Tally {
  /** Items read from the input. */
  read: number;
  /** Inputs skipped because their record is already in the output (--resume). */
  skipped: number;
  /** Records written (results and error records). */
  written: number;
  /** Error records written. */
  failed: number;
  claims: number;
  warnings: number;
  readonly failures: Map<string, number>;
  readonly warningCodes: Map<string, number>;
}

export interface BatchOptions {
  readonly items: AsyncIterable<Item>;
  readonly process: (article: Article) => Promise<Outcome>;
  /** Articles handed to `process` at once (a worker pool's `inFlight`). Reading runs at most twice as many, at least 8, ahead of writing. */
  readonly concurrency: number;
  readonly sink: Sink;
  /** Error records made here (unreadable inputs, duplicates) are indented like the rest. */
  readonly pretty: boolean;
  /** How many records each id already has in the output (--resume): that many inputs with the id are skipped. */
  readonly done?: ReadonlyMap<string, number>;
  /** Stop reading; the articles already read are still processed and written. */
  readonly signal?: AbortSignal;
  /** Called after each record is written. */
  readonly onWritten?: (outcome: Outcome, tally: Readonly<Tally>) => void;
}

export interface BatchReport extends Tally {
  /** The signal stopped the run before the input ended. */
  readonly interrupted: boolean;
}

/** Resolves every waiter at once; a new round of waiting starts after. */
class Gate {
  #waiters: (() => void)[] = [];
  wait(): Promise<void> {
    return new Promise((resolve) => this.#waiters.push(resolve));
  }
  open(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w();
  }
}

const bump = (map: Map<string, number>, key: string): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

export async function runBatch(options: BatchOptions): Promise<BatchReport> {
  const { items, sink, pretty, concurrency } = options;
  const done = options.done ?? new Map<string, number>();
  const tally: Tally = { read: 0, skipped: 0, written: 0, failed: 0, claims: 0, warnings: 0, failures: new Map(), warningCodes: new Map() };
  const queue = new PQueue({ concurrency });
  const window = Math.max(8, concurrency * 2);
  const pending: Promise<Outcome>[] = [];
  const seen = new Map<string, number>();
  const more = new Gate();
  const space = new Gate();
  const stop = new AbortController();
  const halt = (): void => {
    stop.abort();
    more.open();
    space.open();
  };
  if (options.signal?.aborted) halt();
  options.signal?.addEventListener('abort', halt, { once: true });
  let ended = false;
  let complete = false;
  let readError: unknown = null;

  const start = (item: Item, occurrence: number): Promise<Outcome> => {
    if (isUnreadable(item)) return Promise.resolve(errorOutcome(item, item.error, pretty));
    if (occurrence > 1) {
      const error = new ClaimkitError('E_DUPLICATE_ID', `${JSON.stringify(item.id)} (occurrence ${occurrence})`);
      return Promise.resolve(errorOutcome(item, { code: error.code, message: error.message }, pretty));
    }
    return queue.add(() => options.process(item));
  };

  const produce = async (): Promise<void> => {
    try {
      for await (const item of items) {
        if (stop.signal.aborted) return;
        tally.read++;
        const occurrence = (seen.get(item.id) ?? 0) + 1;
        seen.set(item.id, occurrence);
        if (occurrence <= (done.get(item.id) ?? 0)) {
          tally.skipped++;
          continue;
        }
        while (pending.length >= window && !stop.signal.aborted) await space.wait();
        pending.push(start(item, occurrence));
        more.open();
        if (stop.signal.aborted) return;
      }
      complete = true;
    } catch (e) {
      readError = e;
    } finally {
      ended = true;
      more.open();
    }
  };

  const consume = async (): Promise<void> => {
    for (;;) {
      const head = pending[0];
      if (!head) {
        if (ended || stop.signal.aborted) return;
        await more.wait();
        continue;
      }
      const outcome = await head;
      await sink.write(outcome);
      pending.shift();
      space.open();
      tally.written++;
      tally.claims += outcome.claims;
      tally.warnings += outcome.warnings.length;
      for (const code of outcome.warnings) bump(tally.warningCodes, code);
      if (outcome.error) {
        tally.failed++;
        bump(tally.failures, outcome.error.code);
      }
      options.onWritten?.(outcome, tally);
    }
  };

  const reading = produce();
  try {
    await consume();
  } catch (e) {
    halt();
    await Promise.allSettled(pending);
    throw e;
  } finally {
    options.signal?.removeEventListener('abort', halt);
  }
  const interrupted = !complete && options.signal?.aborted === true;
  if (interrupted) return { ...tally, interrupted };
  await reading;
  if (readError) throw readError;
  return { ...tally, interrupted };
}
