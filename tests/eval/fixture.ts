/** A small hand-written article with its gold, and helpers to build predictions and gold set folders from it. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '../../src/gold/author.js';
import type { Gold, GoldClaim } from '../../src/schema/gold.js';
import type { Claim, Stance } from '../../src/schema/result.js';
import type { Prediction } from '../../src/eval/index.js';

export const TEXT = [
  'Japan PM says open to summit',
  'Prime Minister Taro Yamada is willing to meet Kim Jong Un, the government spokesman said Tuesday.',
  '"We will never accept a summit if the abductions go unresolved," the North Korean foreign ministry claimed in a statement.',
  'Japan lists 17 nationals as abducted in 1977-78, and trade fell 25% to $1.5 billion last year.',
  'Follow us on X for more news.',
].join('\n');

/** The span of the n-th occurrence (0-based) of `needle`. */
export function at(needle: string, nth = 0, text = TEXT): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`fixture: ${needle} not found`);
  }
  return { start, end: start + needle.length, text: needle };
}

const stance = (s: Partial<Stance>): Stance => ({ target: null, polarity: null, certainty: 'asserted', condition: 'none', reporting: 'neutral', ...s });

const lines = TEXT.split('\n');
const sentence = (i: number, role: 'headline' | 'body' | 'boilerplate') => ({ ...at(lines[i] as string), role });

export const CLAIMS: GoldClaim[] = [
  {
    id: 'x-c1',
    kind: 'indirect',
    content: at('open to summit'),
    speaker: { ...at('Japan PM'), name: 'Taro Yamada', type: 'person' },
    cue: at('says'),
    statedOn: null,
    stance: stance({ target: 'summit', polarity: 'favor' }),
  },
  {
    id: 'x-c2',
    kind: 'indirect',
    content: at('Prime Minister Taro Yamada is willing to meet Kim Jong Un'),
    speaker: { ...at('the government spokesman'), name: 'Government spokesman', aliases: ['Japan'], type: 'person' },
    cue: at('said'),
    statedOn: { ...at('Tuesday'), value: '2024-03-26' },
    stance: stance({ target: 'summit', polarity: 'favor' }),
  },
  {
    id: 'x-c3',
    kind: 'direct',
    content: at('We will never accept a summit if the abductions go unresolved,'),
    speaker: { ...at('the North Korean foreign ministry'), name: 'North Korean Foreign Ministry', type: 'organization' },
    cue: at('claimed'),
    statedOn: null,
    stance: stance({ target: 'summit', polarity: 'against', condition: 'conditional', reporting: 'distancing' }),
  },
  {
    id: 'x-c4',
    kind: 'indirect',
    content: at('17 nationals as abducted in 1977-78'),
    speaker: { ...at('Japan', 1), name: 'Japan', type: 'country' },
    cue: at('lists'),
    statedOn: null,
    stance: stance({ certainty: 'hedged', reporting: 'endorsing' }),
  },
  {
    id: 'x-c5',
    kind: 'assertion',
    content: at('trade fell 25% to $1.5 billion last year.'),
    speaker: null,
    cue: null,
    statedOn: null,
    stance: stance({ reporting: 'writer' }),
  },
];

export const GOLD: Gold = {
  schemaVersion: 1,
  doc: {
    id: 'x',
    date: '2024-03-27',
    title: null,
    source: null,
    length: TEXT.length,
    textSha256: sha256(TEXT),
    targets: [{ id: 'summit', description: 'a summit', terms: ['summit', 'meet'] }],
  },
  sentences: [sentence(0, 'headline'), sentence(1, 'body'), sentence(2, 'body'), sentence(3, 'body'), sentence(4, 'boilerplate')],
  dates: [
    { ...at('Tuesday'), type: 'DATE', value: '2024-03-26' },
    { ...at('1977-78'), type: 'DATE', value: '1977', endValue: '1978' },
    { ...at('last year'), type: 'DATE', value: '2023' },
  ],
  numbers: [
    { ...at('17'), kind: 'cardinal', value: 17, unit: 'nationals', approx: false },
    { ...at('25%'), kind: 'percent', value: 25, unit: null, approx: false },
    { ...at('$1.5 billion'), kind: 'money', value: 1.5e9, unit: 'USD', approx: false },
  ],
  claims: CLAIMS,
};

/** A gold claim as the pipeline would output it. */
export function asClaim(c: GoldClaim): Claim {
  return { ...c, speaker: c.speaker ? { start: c.speaker.start, end: c.speaker.end, text: c.speaker.text, name: c.speaker.name ?? '', type: c.speaker.type } : null, dates: [], numbers: [] };
}

/** The gold itself as a prediction. */
export function asPrediction(gold: Gold): Prediction {
  return { sentences: gold.sentences, dates: gold.dates, numbers: gold.numbers, claims: gold.claims.map(asClaim) };
}

export const EMPTY: Prediction = { sentences: [], dates: [], numbers: [], claims: [] };

/** A gold set folder in a temporary directory: the fixture as article x, and y listed with no gold yet. */
export function goldSetDir(gold: Gold = GOLD, text = TEXT): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimkit-goldset-'));
  mkdirSync(join(dir, 'articles'));
  mkdirSync(join(dir, 'gold'));
  writeFileSync(join(dir, 'articles', 'x.txt'), text);
  writeFileSync(join(dir, 'articles', 'y.txt'), 'Nothing here.');
  writeFileSync(join(dir, 'gold', 'x.json'), JSON.stringify(gold));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify([{ id: 'x', date: '2024-03-27' }, { id: 'y', date: null }]));
  return dir;
}

