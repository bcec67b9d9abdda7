import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkerPool, WorkerStartError, type PoolOptions } from '../../src/batch/pool.js';

const options = (workerData: unknown): PoolOptions<string, string> => ({
  size: 2,
  script: new URL('./fixtures/echo-worker.ts', import.meta.url),
  workerData,
  timeoutMs: 500,
  onFailure: (input, error) => `${error.code}(${input}): ${error.message}`,
});

/** Each test starts worker threads through tsx, a second or more each on a loaded machine: more than vitest's 5 s default. Not a performance limit. */
describe('WorkerPool', { timeout: 30_000 }, () => {
  let pool: WorkerPool<string, string>;
  beforeAll(async () => {
    pool = await WorkerPool.start(options({}));
  }, 30_000);
  afterAll(() => pool.close());

  it('runs tasks on worker threads (TypeScript workers through tsx)', async () => {
    expect(await Promise.all([pool.run('a'), pool.run('b')])).toEqual(['A', 'B']);
    expect(await pool.run('c')).toBe('C');
  });

  it('starts all its workers on request', async () => {
    await pool.startAll();
    const threads = await Promise.all([pool.run('slow-thread'), pool.run('slow-thread')]);
    expect(new Set(threads).size).toBe(2);
  });

  it('queues more tasks than workers and answers them all', async () => {
    expect(await Promise.all(['a', 'slow', 'b', 'c', 'd'].map((t) => pool.run(t)))).toEqual(['A', 'SLOW', 'B', 'C', 'D']);
  });

  it.each([
    ['an exception', 'crash', /^E_WORKER_FAILED\(crash\): the worker processing the article crashed: .*boom/],
    ['process.exit', 'exit', /^E_WORKER_FAILED\(exit\): .*exit code 3/],
    ['a time-out (E_TIMEOUT, counted from the worker being ready)', 'hang', /^E_TIMEOUT\(hang\): the article took longer than --timeout: 0.5 s/],
  ])('answers a task whose worker is lost to %s with the failure, and carries on', async (_name, input, answer) => {
    const [lost, ok] = await Promise.all([pool.run(input), pool.run('fine')]);
    expect(lost).toMatch(answer);
    expect(ok).toBe('FINE');
    expect(await Promise.all([pool.run('x'), pool.run('y')])).toEqual(['X', 'Y']);
  });

  it('gives the tasks a lost worker held next to another worker, so none is lost', async () => {
    const single = await WorkerPool.start({ ...options({}), size: 1 });
    try {
      expect(single.inFlight).toBe(2);
      const [lost, held, later] = await Promise.all([single.run('hang'), single.run('held'), single.run('later')]);
      expect(lost).toMatch(/^E_TIMEOUT\(hang\)/);
      expect([held, later]).toEqual(['HELD', 'LATER']);
    } finally {
      await single.close();
    }
  });

  it('goes on with the workers it has when another fails to start', async () => {
    const once = join(mkdtempSync(join(tmpdir(), 'claimkit-pool-')), 'started');
    const limited = await WorkerPool.start(options({ once }));
    try {
      expect(await Promise.all([limited.run('slow'), limited.run('b'), limited.run('c')])).toEqual(['SLOW', 'B', 'C']);
      const [lost, orphan] = await Promise.all([limited.run('crash'), limited.run('d')]);
      expect(lost).toMatch(/^E_WORKER_FAILED\(crash\)/);
      expect(orphan).toMatch(/^E_WORKER_FAILED\(d\): .*unknown pipeline: nope/);
    } finally {
      await limited.close();
    }
  });

  it("fails to start with the worker's reason when it cannot build", async () => {
    const failed = WorkerPool.start(options({ fail: true }));
    await expect(failed).rejects.toThrow(WorkerStartError);
    await expect(failed).rejects.toThrow(/unknown pipeline: nope/);
  });
});
