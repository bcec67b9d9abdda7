import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('tuneForBatch', () => {
  // V8 prints "Error: unrecognized flag" (and goes on) when a flag it was given does not exist in
  // this Node's V8: every batch run would print it. A Node upgrade that renames the flag fails here.
  it('sets a flag this V8 knows, silently', () => {
    const code = "import('./src/batch/jit.ts').then((m) => { m.tuneForBatch(); console.log('tuned'); });";
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', code], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('tuned');
  });
});
