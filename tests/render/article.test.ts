import { describe, expect, it } from 'vitest';
import { scoreDocs } from '../../src/eval/score.js';
import { compareWithGold, goldSetFigures } from '../../src/render/gold.js';
import { renderArticle } from '../../src/render/article.js';
import { rebuildText } from '../../src/render/text.js';
import type { Result } from '../../src/schema/result.js';
import { all, byId, hasClass, parse, text, type Element } from './dom.js';
import { goldFrom, missableSpan, plantClaim, seedResult, tinyResult } from './fixture.js';

const EXTRAS = ['lbl', 'pop'];

/** The page parsed (style and script bodies left out: they are not markup). */
function page(html: string): Element {
  return parse(html.replace(/<style>[\s\S]*?<\/style>/, '<style></style>').replace(/<script>[\s\S]*?<\/script>/, '<script></script>'));
}

const articleText = (root: Element): Element => {
  const found = all(root, (e) => hasClass(e, 'text'));
  expect(found).toHaveLength(1);
  return found[0] as Element;
};

const claimKey = (id: string): string => id.replace(/[^A-Za-z0-9._-]/g, '_');

function expectEveryItem(root: Element, result: Result, source: string): void {
  const body = articleText(root);
  expect(text(body, EXTRAS)).toBe(source);
  for (const c of result.claims) {
    const key = claimKey(c.id);
    const pieces = all(body, (e) => e.attrs['data-claim'] === key);
    expect(pieces.map((p) => text(p, EXTRAS)).join(''), c.id).toBe(c.content.text);
    expect(byId(body, `c-${key}`).attrs['tabindex']).toBe('0');
    if (c.speaker) {
      const sp = byId(body, `sp-${c.speaker.start}-${c.speaker.end}`);
      expect(text(sp, EXTRAS)).toBe(c.speaker.text);
      expect((sp.attrs['data-claims'] ?? '').split(' ')).toContain(key);
    }
    if (c.cue) {
      const cue = byId(body, `cue-${c.cue.start}-${c.cue.end}`);
      expect(text(cue, EXTRAS)).toBe(c.cue.text);
      expect(hasClass(cue, 'cue')).toBe(true);
    }
    const item = byId(root, `item-${key}`);
    expect(text(item)).toContain(c.speaker ? c.speaker.name : 'the writer');
    expect(text(item)).toContain(c.stance.polarity ?? 'no stance');
  }
  for (const d of result.dates) {
    const mark = byId(body, `d-${d.start}-${d.end}`);
    expect(text(mark, EXTRAS)).toBe(d.text);
    expect(mark.attrs['data-value']).toContain(d.value);
    expect(text(byId(body, `d-${d.start}-${d.end}-pop`))).toContain(d.value);
  }
  for (const n of result.numbers) {
    const mark = byId(body, `n-${n.start}-${n.end}`);
    expect(text(mark, EXTRAS)).toBe(n.text);
    expect(text(byId(body, `n-${n.start}-${n.end}-pop`))).toContain(n.kind);
  }
  for (const s of result.sentences.filter((x) => x.role !== 'body')) {
    const marked = all(body, (e) => hasClass(e, `s-${s.role}`)).map((e) => text(e, EXTRAS)).join('');
    expect(marked).toContain(source.slice(s.start, s.end).trim().slice(0, 20));
  }
}

function expectLinksResolve(root: Element): void {
  const ids = new Set(all(root, (e) => e.attrs['id'] !== undefined).map((e) => e.attrs['id']));
  for (const a of all(root, (e) => e.tag === 'a' && (e.attrs['href'] ?? '').startsWith('#'))) expect(ids, a.attrs['href']).toContain(a.attrs['href']?.slice(1));
  for (const e of all(root, (x) => x.attrs['aria-describedby'] !== undefined)) expect(ids).toContain(e.attrs['aria-describedby']);
}

describe('renderArticle on seed 000', () => {
  const { text: source, result } = seedResult('000');
  const html = renderArticle({ result, text: source, index: 'index.html' });
  const root = page(html);

  it('shows the whole text once, every claim, speaker, cue, date and number at its offsets', () => {
    expect(result.claims.length).toBeGreaterThan(0);
    expectEveryItem(root, result, source);
    expect(all(root, (e) => e.tag === 'li' && e.attrs['data-claim'] !== undefined)).toHaveLength(result.claims.length);
  });

  it('every in-page link and description points at an element', () => {
    expectLinksResolve(root);
  });

  it('is self-contained and accessible in structure', () => {
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(all(root, (e) => e.tag === 'main')).toHaveLength(1);
    expect(all(root, (e) => e.tag === 'aside')).toHaveLength(1);
    expect(all(root, (e) => e.tag === 'h1')).toHaveLength(1);
    expect(all(root, (e) => e.tag === 'html')[0]?.attrs['lang']).toBe('en');
  });
});

describe('renderArticle escaping and structure', () => {
  const { text: source, result } = tinyResult();
  const html = renderArticle({ result, text: source });
  const root = page(html);

  it('escapes <, >, & and quotes in the text, labels and messages', () => {
    expect(html).not.toContain('<win>');
    expect(html).not.toContain('<arrived>');
    expect(html).not.toContain('<warning>');
    expect(html).toContain('&lt;arrived&gt; &amp; &quot;left&quot;');
    expectEveryItem(root, result, source);
  });

  it('styles the headline and greys boilerplate', () => {
    const body = articleText(root);
    expect(all(body, (e) => hasClass(e, 's-headline')).map((e) => text(e, EXTRAS)).join('')).toBe('Tom & Jerry <win> "prize"');
    expect(all(body, (e) => hasClass(e, 's-boilerplate')).map((e) => text(e, EXTRAS)).join('')).toBe('Subscribe to our newsletter.');
    expect(all(root, (e) => e.tag === 'h1').map((e) => text(e))).toEqual(['Tom & Jerry <win> "prize"']);
  });

  it('shows stance as coloured tags with text, marked labels only', () => {
    const item = byId(root, 'item-t-c1');
    const tags = all(item, (e) => hasClass(e, 'tag'));
    expect(tags.find((t) => hasClass(t, 'tag-against'))).toBeDefined();
    expect(tags.map((t) => text(t))).toEqual(expect.arrayContaining(['target ships', 'against', 'hedged']));
    expect(tags.map((t) => text(t))).not.toContain('neutral');
  });

  it('rebuilds the quoted spans with gaps when the text is missing', () => {
    const rebuilt = page(renderArticle({ result, text: rebuildText(result), notes: ['text not found'] }));
    const body = articleText(rebuilt);
    expect(all(body, (e) => hasClass(e, 'gap')).length).toBeGreaterThan(0);
    expect(text(byId(body, 'c-t-c1'), EXTRAS) + all(body, (e) => e.attrs['data-claim'] === 't-c1' && e.attrs['id'] === undefined).map((e) => text(e, EXTRAS)).join('')).toBe(
      result.claims[0]?.content.text,
    );
    expect(text(rebuilt)).toContain('text not found');
  });
});

describe('renderArticle with gold', () => {
  const { text: source, result } = tinyResult();
  const claimed = result.claims[0] as Result['claims'][number];
  const truth = plantClaim(
    {
      ...goldFrom(result),
      dates: result.dates.map((d) => ({ ...d, value: '2024-03-19' })),
      claims: [{ ...claimed, stance: { ...claimed.stance, polarity: 'favor' } }],
    },
    missableSpan(source, result),
  );
  const gold = compareWithGold(source, result, truth);
  const root = page(renderArticle({ result, text: source, gold }));
  const body = articleText(root);

  it('marks the planted gold claim as missed, at its span', () => {
    const misses = all(body, (e) => hasClass(e, 'miss') && e.attrs['data-layer'] === 'claims');
    expect(misses.map((e) => text(e, EXTRAS))).toEqual(['Tom & Jerry <win> "prize"']);
    expect(text(misses[0] as Element)).toContain('missed claim');
    expect(hasClass(byId(root, 'gitem-1'), 'missed')).toBe(true);
    expect(hasClass(byId(root, 'gitem-2'), 'matched')).toBe(true);
  });

  it('marks the claim with no gold as spurious and the wrong date value', () => {
    expect(hasClass(byId(body, 'c-t-c2'), 'spurious')).toBe(true);
    expect(hasClass(byId(body, 'c-t-c1'), 'spurious')).toBe(false);
    const date = byId(body, `d-${result.dates[0]?.start}-${result.dates[0]?.end}`);
    expect(hasClass(date, 'wrong')).toBe(true);
    expect(text(all(date, (e) => hasClass(e, 'pop'))[0] as Element)).toContain('gold DATE 2024-03-19');
  });

  it('marks a matched claim whose stance differs, though the issue names only the gold span', () => {
    const c1 = byId(body, 'c-t-c1');
    expect(hasClass(c1, 'wrong')).toBe(true);
    expect(text(c1)).toContain('wrong stance');
    expect(text(byId(root, 'item-t-c1'))).toContain('polarity against, gold favor');
    const link = all(root, (e) => e.tag === 'li' && text(e).includes('polarity against, gold favor') && !e.attrs['data-claim']).flatMap((li) => all(li, (e) => e.tag === 'a'));
    expect(link.map((a) => a.attrs['href'])).toEqual(['#c-t-c1']);
  });

  it('lists the evaluator issues with links into the text, and the figures', () => {
    const issues = byId(root, 'issues-h');
    expect(text(issues)).toBe(`Errors (${gold.issues.length})`);
    const kinds = gold.issues.map((i) => `${i.layer} ${i.issue}`);
    expect(kinds).toEqual(expect.arrayContaining(['claims missed', 'claims spurious', 'dates wrong-value', 'stance wrong-stance']));
    expect(text(root)).toContain('Against the gold file');
    expectLinksResolve(root);
  });

  it('gives a set of articles the figures the evaluator gives, from the comparisons without scoring again', () => {
    const seed = seedResult();
    const seedGold = goldFrom(seed.result);
    const both = goldSetFigures([gold, compareWithGold(seed.text, seed.result, seedGold)]);
    const scored = scoreDocs([
      { text: source, gold: truth, predicted: result },
      { text: seed.text, gold: seedGold, predicted: seed.result },
    ]).metrics;
    expect(both).toEqual(scored);
    expect(both['claims_f']).not.toBe(gold.metrics['claims_f']);
  });

  it('agrees exactly with a gold file made from the result', () => {
    const same = compareWithGold(source, result, goldFrom(result));
    expect(same.issues).toEqual([]);
    expect(same.metrics['claims_f']).toBe(1);
    const html = renderArticle({ result, text: source, gold: same });
    expect(html).toContain('None: the result agrees with the gold file.');
    expect(all(articleText(page(html)), (e) => hasClass(e, 'miss') || hasClass(e, 'spurious') || hasClass(e, 'wrong'))).toHaveLength(0);
  });
});
