import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc, withLayer, type Doc, type DocInput, type Pipeline } from '../../src/index.js';
import { evaluate, ClaimkitError, formatReport, loadExternalCorpus, loadGoldSet } from '../../src/eval/index.js';
import type { Gold } from '../../src/schema/gold.js';
import { GOLD, goldSetDir, TEXT } from './fixture.js';

const code = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return e instanceof ClaimkitError ? `${e.code}: ${e.message}` : String(e);
  }
  return 'no error';
};

describe('loadGoldSet', () => {
  it('loads the articles that have gold, noting the others', () => {
    const set = loadGoldSet(goldSetDir(), 'tmp');
    expect(set.articles.map((a) => a.id)).toEqual(['x']);
    expect(set.articles[0]?.text).toBe(TEXT);
    expect(set.notes).toEqual(['y: no gold file yet, not scored']);
  });

  it('refuses a gold file whose article changed, saying so', () => {
    expect(code(() => loadGoldSet(goldSetDir(GOLD, `${TEXT} `)))).toMatch(/^E_GOLD_HASH: .*gold\/x\.json was labeled on another version of .*articles\/x\.txt/);
  });

  it('refuses a gold file that does not validate', () => {
    const bad: Gold = { ...GOLD, dates: [{ ...GOLD.dates[0]!, text: 'Monday' }] };
    expect(code(() => loadGoldSet(goldSetDir(bad)))).toMatch(/^E_GOLD_INVALID: .*dates\[0\]: text does not equal the slice/);
  });

  it('refuses a folder that is not a gold set, and gold with no manifest entry', () => {
    expect(code(() => loadGoldSet(tmpdir() + '/claimkit-nowhere'))).toMatch(/^E_GOLDSET/);
    const dir = goldSetDir();
    writeFileSync(join(dir, 'gold', 'z.json'), '{}');
    expect(code(() => loadGoldSet(dir))).toMatch(/^E_GOLDSET: .*gold\/z\.json/);
  });
});

describe('external corpora', () => {
  it('name the folder they are read from when it is absent', () => {
    expect(code(() => loadExternalCorpus('timebank', join(tmpdir(), 'claimkit-no-data')))).toMatch(/^E_NO_CORPUS: .*timebank is read from .*claimkit-no-data\/timeml\/TimeBank, which does not exist/);
  });
});

describe('evaluate', () => {
  const set = loadGoldSet(goldSetDir(), 'tmp');
  const seen: DocInput[] = [];
  /** A pipeline that answers with the gold itself. */
  const oracle: Pipeline = {
    name: 'oracle',
    stages: [],
    targets: [],
    run(input: DocInput): Doc {
      seen.push(input);
      let doc = createDoc(input);
      doc = withLayer(doc, 'sentences', GOLD.sentences);
      doc = withLayer(doc, 'dates', GOLD.dates);
      doc = withLayer(doc, 'numbers', GOLD.numbers);
      doc = withLayer(doc, 'claims', GOLD.claims.map((c) => ({ ...c, speaker: c.speaker ? { ...c.speaker, name: c.speaker.name ?? '' } : null })));
      return withLayer(doc, 'stances', GOLD.claims.map((c) => c.stance));
    },
  };
  const run = evaluate(set, { pipeline: oracle });

  it('passes the date and the gold targets to the pipeline', () => {
    expect(seen[0]).toMatchObject({ id: 'x', date: '2024-03-27', targets: GOLD.doc.targets });
  });

  it('scores the predictions and measures throughput', () => {
    expect(run.metrics['claims_f']).toBe(1);
    expect(run.metrics['speaker_f']).toBe(1);
    expect(run.metrics['docs_per_s']).toBeGreaterThan(0);
    expect(run.metrics['chars_per_s']).toBeGreaterThan(0);
    expect(run).toMatchObject({ goldset: 'tmp', pipeline: 'oracle', docs: 1, chars: TEXT.length });
    expect(run.perDoc.map((d) => d.id)).toEqual(['x']);
  });

  it('counts a failing article as predicting nothing and reports the error', () => {
    const failing: Pipeline = { ...oracle, name: 'failing', run: () => { throw new Error('boom'); } };
    const r = evaluate(set, { pipeline: failing });
    expect(r.metrics['claims_r']).toBe(0);
    expect(r.report[0]?.error).toBe('boom');
    expect(formatReport(r.report, { goldset: 'tmp', pipeline: 'failing' })).toContain('Pipeline error: boom');
  });
});

describe('the error report', () => {
  it('lists missed items with their sentence, per article and layer', () => {
    const set = loadGoldSet(goldSetDir(), 'tmp');
    const silent: Pipeline = { name: 'silent', stages: [], targets: [], run: (input) => createDoc(input) };
    const r = evaluate(set, { pipeline: silent });
    const md = formatReport(r.report, { goldset: 'tmp', pipeline: 'silent', notes: set.notes });
    expect(md).toContain('# Error report: tmp, pipeline silent');
    expect(md).toContain('## x');
    expect(md).toContain('### claims');
    expect(md).toContain('- **missed** "Prime Minister Taro Yamada is willing to meet Kim Jong Un" [indirect — Government spokesman]');
    expect(md).toContain('  > Prime Minister Taro Yamada is willing to meet Kim Jong Un, the government spokesman said Tuesday.');
    expect(md).toContain('- y: no gold file yet, not scored');
  });
});
