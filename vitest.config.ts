/**
 * Vitest settings. The linear-time guards (tests/cpu.ts) assert on CPU time,
 * which a busy machine does not inflate; wall-clock time it does, so the
 * per-test wall limit is only a guard against hangs, set well above the
 * largest CPU bound (5 s) instead of vitest's default of 5 s.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { testTimeout: 30_000 } });
