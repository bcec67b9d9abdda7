import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { evalCommand } from '../../src/cli/eval.js';
import { promised, raise, shortfalls } from '../../src/eval/index.js';
import { goldSetDir } from './fixture.js';

describe('baseline arithmetic', () => {
  it('promises F and accuracy figures that have a value', () => {
    expect(promised({ claims_f: 0.5, claims_p: 0.4, kind_acc: 1, dates_f: null, docs_per_s: 300 })).toEqual({ claims_f: 0.5, kind_acc: 1 });
  });

  it('flags figures below the baseline beyond the tolerance, and figures that became null', () => {
    const base = { claims_f: 0.5, dates_f: 0.8, speaker_f: 0.3 };
    const got = shortfalls({ claims_f: 0.496, dates_f: 0.79, speaker_f: null }, base);
    expect(got).toEqual([
      { key: 'dates_f', baseline: 0.8, current: 0.79 },
      { key: 'speaker_f', baseline: 0.3, current: null },
    ]);
  });

  it('only raises, unless forced', () => {
    const old = { claims_f: 0.5, dates_f: 0.8 };
    expect(raise(old, { claims_f: 0.6, dates_f: 0.7, cue_f: 0.2 }, false)).toEqual({ figures: { claims_f: 0.6, dates_f: 0.8, cue_f: 0.2 }, raised: ['claims_f', 'cue_f'], kept: ['dates_f'] });
    expect(raise(old, { claims_f: 0.6, dates_f: 0.7 }, true).figures).toEqual({ claims_f: 0.6, dates_f: 0.7 });
  });
});

/** Collects what a command writes. */
function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({ write: (chunk, _enc, done) => { chunks.push(String(chunk)); done(); } });
  return { stream, text: () => chunks.join('') };
}

const run = async (argv: string[]) => {
  const out = sink();
  const err = sink();
  const code = await evalCommand(argv, out.stream, err.stream);
  return { code, out: out.text(), err: err.text() };
};

describe('claimkit eval', () => {
  it('prints JSON when not on a terminal, and writes --json and --report', async () => {
    const dir = goldSetDir();
    const r = await run([dir, '--json', join(dir, 'm.json'), '--report', join(dir, 'r.md')]);
    expect(r.code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'm.json'), 'utf8'));
    expect(written).toMatchObject({ pipeline: 'default', docs: 1 });
    expect(Object.keys(written.metrics)).toContain('speaker_f');
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toContain('# Error report:');
    expect(r.out).toMatch(/^claimkit-goldset-\w+: 1 article\(s\), pipeline default/);
    const piped = await run([dir, '--limit', '1']);
    expect(JSON.parse(piped.out).docs).toBe(1);
  });

  it('raises the baseline, keeps figures that fell, lowers them only with --force, and checks', async () => {
    const dir = goldSetDir();
    const path = join(dir, 'baseline.metrics.json');
    expect((await run([dir, '--update-baseline'])).code).toBe(0);
    expect(existsSync(path)).toBe(true);
    const first = JSON.parse(readFileSync(path, 'utf8'));
    expect(first.pipeline).toBe('default');

    writeFileSync(path, JSON.stringify({ pipeline: 'default', metrics: { ...first.metrics, sentences_f: 2 } }));
    const checked = await run([dir, '--check']);
    expect(checked.code).toBe(1);
    expect(checked.err).toContain('sentences_f');
    const kept = await run([dir, '--update-baseline']);
    expect(kept.err).toContain('below the baseline kept');
    expect(JSON.parse(readFileSync(path, 'utf8')).metrics.sentences_f).toBe(2);
    await run([dir, '--update-baseline', '--force']);
    expect(JSON.parse(readFileSync(path, 'utf8')).metrics.sentences_f).toBeLessThanOrEqual(1);
    expect((await run([dir, '--check'])).code).toBe(0);
  });

  it('refuses a baseline of another pipeline and a partial run', async () => {
    const dir = goldSetDir();
    await run([dir, '--update-baseline']);
    expect((await run([dir, '--update-baseline', '--pipeline', 'japan-dprk'])).code).toBe(1);
    expect((await run([dir, '--update-baseline', '--limit', '1'])).code).toBe(1);
  });

  it('says clearly what is wrong', async () => {
    expect((await run([])).code).toBe(1);
    const missing = await run(['/nonexistent/goldset']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('not a usable gold set folder');
    expect((await run([goldSetDir(), '--limit', 'x'])).err).toContain('--limit');
  });
});
