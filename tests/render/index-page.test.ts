import { describe, expect, it } from 'vitest';
import { renderIndex, type IndexEntry } from '../../src/render/index-page.js';
import { dateTime, ticks } from '../../src/render/timeline.js';
import type { Claim, Result, Stance } from '../../src/schema/result.js';
import { all, hasClass, parse, text, type Element } from './dom.js';

const stance = (target: string | null, polarity: Stance['polarity']): Stance => ({ target, polarity, certainty: 'asserted', condition: 'none', reporting: target ? 'neutral' : 'writer' });

function claim(id: string, speaker: string | null, statedOn: string | null, s: Stance): Claim {
  return {
    id,
    kind: speaker ? 'indirect' : 'assertion',
    content: { start: 0, end: 10, text: `claim ${id}` },
    speaker: speaker ? { start: 20, end: 25, text: speaker, name: speaker, type: 'person' } : null,
    cue: speaker ? { start: 26, end: 30, text: 'said' } : null,
    statedOn: statedOn ? { start: 31, end: 38, text: 'Tuesday', value: statedOn } : null,
    dates: [],
    numbers: [],
    stance: s,
  };
}

const result = (id: string, date: string | null, claims: Claim[]): Result => ({
  schemaVersion: 1,
  doc: { id, date, title: `Title <${id}>`, source: null, length: 100 },
  sentences: [],
  dates: [],
  numbers: [],
  claims,
  messages: [],
});

const A = result('a', '2023-09-19', [
  claim('a-c1', 'Fumio Kishida', '2023-09-19', stance('summit', 'favor')),
  claim('a-c2', 'Kim Yo Jong', null, stance('summit', 'against')),
  claim('a-c3', null, null, stance(null, null)),
]);
const B = result('b', '2024-03-25', [claim('b-c1', 'Kim Yo Jong', '2024-03-25', stance('summit', 'against')), claim('b-c2', 'Seoul', null, stance('sanctions', 'neutral'))]);
const C = result('c', null, [claim('c-c1', 'Nobody', null, stance('summit', 'favor'))]);

const entry = (r: Result, metrics: IndexEntry['metrics'] = null): IndexEntry => ({ id: r.doc.id, file: `${r.doc.id}.html`, title: r.doc.title ?? '', result: r, error: null, metrics });
const failed: IndexEntry = { id: 'x', file: null, title: '', result: null, error: { code: 'E_TOO_LONG', message: 'too <long>' }, metrics: null };

const parsed = (html: string): Element => parse(html.replace(/<style>[\s\S]*?<\/style>/, '<style></style>').replace(/<script>[\s\S]*?<\/script>/, '<script></script>'));

describe('renderIndex', () => {
  const html = renderIndex({ entries: [entry(A), entry(B), entry(C), failed], gold: null, pipeline: 'japan-dprk' });
  const root = parsed(html);

  it('lists every article with a link and its counts, and failed ones with their error', () => {
    const rows = all(root, (e) => e.tag === 'tr');
    const links = all(root, (e) => e.tag === 'a' && /^[abc]\.html$/.test(e.attrs['href'] ?? ''));
    expect(links.map((a) => a.attrs['href'])).toEqual(expect.arrayContaining(['a.html', 'b.html', 'c.html']));
    const failedRow = rows.find((r) => hasClass(r, 'failed')) as Element;
    expect(text(failedRow)).toContain('E_TOO_LONG: too <long>');
    expect(html).not.toContain('<long>');
    expect(text(root)).toContain('Title <a>');
  });

  it('draws one timeline per target, one linked marker per dated claim', () => {
    const figures = all(root, (e) => e.tag === 'figure');
    expect(figures.map((f) => text(all(f, (e) => e.tag === 'h3')[0] as Element))).toEqual(['sanctions', 'summit']);
    const summit = figures[1] as Element;
    const svg = all(summit, (e) => e.tag === 'svg' && e.attrs['aria-labelledby'] !== undefined)[0] as Element;
    const markers = all(svg, (e) => e.tag === 'a');
    // a-c1 (stated), a-c2 (published date), b-c1 (stated); c-c1 has no date at all
    expect(markers.map((m) => m.attrs['href']).sort()).toEqual(['a.html#c-a-c1', 'a.html#c-a-c2', 'b.html#c-b-c1']);
    expect(all(svg, (e) => hasClass(e, 'm-published'))).toHaveLength(1);
    expect(all(svg, (e) => hasClass(e, 'm-against'))).toHaveLength(2);
    expect(text(summit)).toContain('1 without any date not drawn');
    const tableRows = all(summit, (e) => e.tag === 'tbody')[0]?.children.length;
    expect(tableRows).toBe(4);
  });

  it('adds the gold figures when there is gold', () => {
    const gold = renderIndex({ entries: [entry(A, { claims_f: 0.5, speaker_f: null }), failed], gold: { name: 'corpus', metrics: { claims_f: 0.25 } }, pipeline: null });
    const t = text(parsed(gold));
    expect(t).toContain('claims F');
    expect(t).toContain('0.500');
    expect(t).toContain('0.250');
    expect(t).toContain('compared with gold set corpus');
  });

  it('says so when no claim has a target', () => {
    expect(renderIndex({ entries: [entry(result('z', null, []))], gold: null, pipeline: null })).toContain('No claim has a stance target.');
  });
});

describe('timeline ticks', () => {
  it.each([
    ['years over a long span', '2015-01-01', '2025-06-01', ['2016', '2018', '2020', '2022', '2024']],
    ['months over half a year', '2024-01-15', '2024-06-20', ['2024-02', '2024-03', '2024-04', '2024-05', '2024-06']],
    ['days over a week', '2024-03-20', '2024-03-25', ['2024-03-21', '2024-03-22', '2024-03-23', '2024-03-24', '2024-03-25']],
  ])('%s', (_, from, to, labels) => {
    expect(ticks(dateTime(from), dateTime(to)).map((t) => t.label)).toEqual(labels);
  });

  it('reads partial dates as the start of the period', () => {
    expect(new Date(dateTime('2021')).toISOString().slice(0, 10)).toBe('2021-01-01');
    expect(new Date(dateTime('2021-03')).toISOString().slice(0, 10)).toBe('2021-03-01');
  });
});
