/** Shared by the render and browser tests: a small hand-made result, gold made from results, and a planted miss. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agreement } from '../../src/eval/spans.js';
import { extract } from '../../src/index.js';
import type { Gold, GoldClaim } from '../../src/schema/gold.js';
import type { Claim, Result, TextSpan } from '../../src/schema/result.js';

export const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');

export const seedText = (id: string): string => readFileSync(join(CORPUS, 'articles', `${id}.txt`), 'utf8');

/** Seed 000 as the japan-dprk pipeline sees it now (the stages keep improving: tests compute expectations from it). */
export function seedResult(id = '000'): { text: string; result: Result } {
  const text = seedText(id);
  const gold = JSON.parse(readFileSync(join(CORPUS, 'gold', `${id}.json`), 'utf8')) as Gold;
  const result = extract(text, { id, date: gold.doc.date, source: `corpus/articles/${id}.txt`, pipeline: 'japan-dprk', ...(gold.doc.targets && { targets: gold.doc.targets }) });
  return { text, result };
}

const span = (text: string, part: string, from = 0): TextSpan => {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`no "${part}" in the fixture`);
  return { start, end: start + part.length, text: part };
};

/** A result over text full of characters HTML must escape. */
export function tinyResult(): { text: string; result: Result } {
  const text = 'Tom & Jerry <win> "prize"\n\nThe minister said on Tuesday that 5 ships <arrived> & "left". Subscribe to our newsletter.';
  const body = span(text, 'The minister said');
  const content = span(text, '5 ships <arrived> & "left"');
  const tuesday = span(text, 'Tuesday');
  const five = span(text, '5', content.start);
  const subscribe = span(text, 'Subscribe to our newsletter.');
  const date = { ...tuesday, type: 'DATE' as const, value: '2024-03-26' };
  const number = { ...five, kind: 'cardinal' as const, value: 5, unit: 'ships', approx: false };
  const claims: Claim[] = [
    {
      id: 't-c1',
      kind: 'indirect',
      content,
      speaker: { ...span(text, 'The minister'), name: 'The Minister', type: 'person' },
      cue: span(text, 'said'),
      statedOn: { ...tuesday, value: '2024-03-26' },
      dates: [],
      numbers: [number],
      stance: { target: 'ships', polarity: 'against', certainty: 'hedged', condition: 'none', reporting: 'neutral' },
    },
    {
      id: 't-c2',
      kind: 'assertion',
      content: { ...subscribe, end: subscribe.end - 1, text: subscribe.text.slice(0, -1) },
      speaker: null,
      cue: null,
      statedOn: null,
      dates: [],
      numbers: [],
      stance: { target: null, polarity: null, certainty: 'asserted', condition: 'none', reporting: 'writer' },
    },
  ];
  const result: Result = {
    schemaVersion: 1,
    doc: { id: 't', date: '2024-03-27', title: null, source: null, length: text.length },
    sentences: [
      { start: 0, end: 25, role: 'headline' },
      { start: body.start, end: subscribe.start - 1, role: 'body' },
      { start: subscribe.start, end: subscribe.end, role: 'boilerplate' },
    ],
    dates: [date],
    numbers: [number],
    claims,
    messages: [{ level: 'warning', code: 'W_TEST', message: 'a <warning> & more' }],
  };
  return { text, result };
}

/** A gold file that agrees with the result in every respect. */
export function goldFrom(result: Result, sha = '0'.repeat(64)): Gold {
  return {
    schemaVersion: 1,
    doc: { ...result.doc, textSha256: sha },
    sentences: result.sentences,
    dates: result.dates,
    numbers: result.numbers,
    claims: result.claims,
  };
}

/** A sentence-long span no claim of the result agrees with ≥ 0.5: a gold claim there is certainly missed. */
export function missableSpan(text: string, result: Result): TextSpan {
  for (const s of result.sentences) {
    let end = s.end;
    while (end > s.start && /[\s.]/.test(text[end - 1] ?? '')) end--;
    const candidate = { start: s.start, end };
    if (end > s.start && result.claims.every((c) => agreement(candidate, c.content) < 0.5)) return { ...candidate, text: text.slice(s.start, end) };
  }
  throw new Error('every sentence is claimed: no place to plant a missed gold claim');
}

/** The gold with an assertion planted over `where` (kept sorted by start). */
export function plantClaim(gold: Gold, where: TextSpan): Gold {
  const planted: GoldClaim = {
    id: 'planted',
    kind: 'assertion',
    content: where,
    speaker: null,
    cue: null,
    statedOn: null,
    stance: { target: null, polarity: null, certainty: 'asserted', condition: 'none', reporting: 'writer' },
  };
  return { ...gold, claims: [...gold.claims, planted].sort((a, b) => a.content.start - b.content.start) };
}
