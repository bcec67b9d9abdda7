/**
 * A pool of worker threads. Each worker builds what it needs once (the
 * pipeline), says it is ready, then works through the tasks it is given, in
 * order. Each ready worker holds up to two tasks (DEPTH): the one it is running
 * and the next ones, so it goes on to the next without waiting for the main
 * thread to answer (on a busy machine the main thread may not run for a
 * while). Workers start when tasks wait, up to the pool size, and a task goes
 * to the least busy worker that is ready: a short run does not wait for
 * workers still starting. A worker that crashes or overruns the time limit
 * is dropped (a new one starts if tasks wait): the task it was running
 * settles with the failure the caller makes of it, the tasks it held next go
 * back to the front of the queue. A worker that fails to start is not
 * retried: the pool goes on with the workers it has, and with none left it
 * answers every waiting task with the failure. Every task gets an answer.
 *
 * Protocol: the pool posts the tasks; the worker answers
 * `{ type: 'ready' }` once, then `{ type: 'done', output }` per task, in the
 * order the tasks came, or `{ type: 'fatal', message }` when it cannot start.
 * The time limit runs for the worker's first task from when it got it, for
 * the next from when the one before was answered.
 */
import { Worker } from 'node:worker_threads';
import { ClaimkitError } from '../core/errors.js';
import type { RecordError } from './types.js';

export type WorkerMessage<O> = { readonly type: 'ready' } | { readonly type: 'fatal'; readonly message: string } | { readonly type: 'done'; readonly output: O };

export interface PoolOptions<I, O> {
  /** Most workers running at once. */
  readonly size: number;
  /** The worker module: a .js file, or a .ts file run through tsx (development and tests). */
  readonly script: URL;
  readonly workerData: unknown;
  /** Milliseconds one task may take before its worker is terminated; 0 for no limit. */
  readonly timeoutMs: number;
  /** The answer for a task whose worker crashed or timed out. */
  readonly onFailure: (input: I, error: RecordError) => O;
}

/** The first worker could not start (for the CLI, a usage error such as an unknown pipeline). */
export class WorkerStartError extends Error {
  override readonly name = 'WorkerStartError';
}

interface Task<I, O> {
  readonly input: I;
  readonly settle: (output: O) => void;
}

/** Tasks a worker holds by default: the running one and the next. */
const DEPTH = 2;

interface Slot<I, O> {
  readonly worker: Worker;
  ready: boolean;
  /** The tasks posted to the worker, in order: the first is running. */
  readonly tasks: Task<I, O>[];
  /** The time limit of the running task. */
  timer: NodeJS.Timeout | null;
  /** Why the worker stopped, when it says (an uncaught error, a fatal message). */
  crash: string | null;
}

const failure = (code: 'E_TIMEOUT' | 'E_WORKER_FAILED', detail: string): RecordError => ({ code, message: new ClaimkitError(code, detail).message });

function spawn(script: URL, workerData: unknown): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

export class WorkerPool<I, O> {
  readonly #options: PoolOptions<I, O>;
  readonly #slots = new Set<Slot<I, O>>();
  readonly #waiting: Task<I, O>[] = [];
  /** Most workers to run: the size, lowered to those running once a worker fails to start. */
  #capacity: number;
  /** Why a worker failed to start, once one has. */
  #startFailure: RecordError | null = null;

  /** Tasks the pool's workers hold at once (workers × DEPTH): give it this many at a time to keep every worker busy. */
  readonly inFlight: number;

  private constructor(options: PoolOptions<I, O>) {
    this.#options = options;
    this.#capacity = options.size;
    this.inFlight = options.size * DEPTH;
  }

  /** A pool whose first worker is up: anything that stops workers from starting fails here, before any task. */
  static async start<I, O>(options: PoolOptions<I, O>): Promise<WorkerPool<I, O>> {
    const pool = new WorkerPool(options);
    const slot = pool.#spawn();
    await new Promise<void>((resolve, reject) => {
      const onMessage = (m: WorkerMessage<O>): void => {
        slot.worker.off('exit', onExit);
        if (m.type === 'fatal') reject(new WorkerStartError(m.message));
        else resolve();
      };
      const onExit = (code: number): void => {
        slot.worker.off('message', onMessage);
        reject(new WorkerStartError(`the worker stopped while starting: ${slot.crash ?? `exit code ${code}`}`));
      };
      slot.worker.once('message', onMessage).once('exit', onExit);
    });
    return pool;
  }

  /** Run one task on the least busy ready worker. */
  run(input: I): Promise<O> {
    return new Promise<O>((settle) => {
      this.#waiting.push({ input, settle });
      this.#pump();
    });
  }

  /** Start workers up to the pool size and wait until each is up (measurements: no start-up inside the timing). */
  async startAll(): Promise<void> {
    while (this.#slots.size < this.#capacity) this.#spawn();
    const starting = [...this.#slots].filter((s) => !s.ready);
    await Promise.all(starting.map((s) => new Promise((resolve) => s.worker.once('message', resolve).once('exit', resolve))));
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    const workers = [...this.#slots].map((s) => s.worker);
    this.#slots.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }

  /** Hand waiting tasks to ready workers, the least busy first; start workers for the tasks still waiting. */
  #pump(): void {
    const ready = [...this.#slots].filter((s) => s.ready);
    for (let held = 0; held < DEPTH && this.#waiting.length > 0; held++) {
      for (const slot of ready) {
        if (slot.tasks.length !== held) continue;
        const task = this.#waiting.shift();
        if (!task) break;
        slot.tasks.push(task);
        slot.worker.postMessage(task.input);
        if (held === 0) this.#arm(slot);
      }
    }
    let starting = this.#slots.size - ready.length;
    while (this.#waiting.length > starting && this.#slots.size < this.#capacity) {
      this.#spawn();
      starting++;
    }
    const reason = this.#startFailure;
    if (this.#slots.size === 0 && reason) for (const task of this.#waiting.splice(0)) task.settle(this.#options.onFailure(task.input, reason));
  }

  /** Start the time limit of the worker's running task. */
  #arm(slot: Slot<I, O>): void {
    const { timeoutMs } = this.#options;
    if (timeoutMs > 0 && slot.tasks.length > 0) slot.timer = setTimeout(() => this.#fail(slot, failure('E_TIMEOUT', `${timeoutMs / 1000} s`)), timeoutMs);
  }

  #spawn(): Slot<I, O> {
    const worker = spawn(this.#options.script, this.#options.workerData);
    const slot: Slot<I, O> = { worker, ready: false, tasks: [], timer: null, crash: null };
    worker.on('message', (m: WorkerMessage<O>) => {
      if (m.type === 'fatal') {
        slot.crash = m.message;
        return;
      }
      if (m.type === 'done') this.#settle(slot, m.output);
      else slot.ready = true;
      this.#pump();
    });
    worker.on('error', (e) => {
      slot.crash = e.message;
    });
    worker.on('exit', (code) => {
      if (!this.#slots.delete(slot)) return;
      const reason = failure('E_WORKER_FAILED', slot.crash ?? `exit code ${code}`);
      if (!slot.ready) {
        this.#capacity = this.#slots.size;
        this.#startFailure = reason;
      }
      if (slot.tasks.length > 0) this.#fail(slot, reason);
      else this.#pump();
    });
    this.#slots.add(slot);
    return slot;
  }

  /** Stop the time limit of the worker's running task. */
  #disarm(slot: Slot<I, O>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  /** Answer the worker's running task; the next it holds starts running. */
  #settle(slot: Slot<I, O>, output: O): void {
    const task = slot.tasks.shift();
    if (!task) return;
    this.#disarm(slot);
    this.#arm(slot);
    task.settle(output);
  }

  /** Drop a worker that crashed or overran: answer its running task with the failure, queue the others again first, and keep going. */
  #fail(slot: Slot<I, O>, error: RecordError): void {
    const [task, ...next] = slot.tasks.splice(0);
    if (!task) return;
    this.#slots.delete(slot);
    this.#disarm(slot);
    this.#waiting.unshift(...next);
    task.settle(this.#options.onFailure(task.input, error));
    void slot.worker.terminate();
    this.#pump();
  }
}
