/**
 * The batch index: every article with its counts (and its figures against
 * gold when there is gold), articles that failed with their error, and per
 * stance target a timeline of each speaker's stance.
 */
import { summarise } from '../summary/stance.js';
import type { Metrics } from '../eval/tally.js';
import type { Result } from '../schema/result.js';
import { escapeHtml, figure } from './html.js';
import { page } from './page.js';
import { renderTimeline } from './timeline.js';

export interface IndexEntry {
  readonly id: string;
  /** The article page, relative to the index; null when the article failed. */
  readonly file: string | null;
  readonly title: string;
  readonly result: Result | null;
  readonly error: { readonly code: string; readonly message: string } | null;
  /** The article's figures against gold, when it has a gold file. */
  readonly metrics: Metrics | null;
}

export interface IndexInput {
  readonly entries: readonly IndexEntry[];
  /** The gold set compared with, and its figures over all the articles that have gold (micro-averaged). */
  readonly gold: { readonly name: string; readonly metrics: Metrics } | null;
  readonly pipeline: string | null;
}

const GOLD_COLUMNS: readonly (readonly [string, string])[] = [
  ['claims_f', 'claims F'],
  ['speaker_f', 'speaker F'],
  ['cue_f', 'cue F'],
  ['dates_value_f', 'date value F'],
  ['numbers_value_f', 'number value F'],
  ['stance_polarity_f', 'stance F'],
];

const speakers = (results: readonly Result[]): number => new Set(results.flatMap((r) => r.claims.flatMap((c) => (c.speaker ? [c.speaker.name] : [])))).size;

function row(e: IndexEntry, gold: boolean): string {
  const name = `<th scope="row">${e.file ? `<a href="${escapeHtml(e.file)}">${escapeHtml(e.id)}</a>` : escapeHtml(e.id)}</th>`;
  const figures = gold ? GOLD_COLUMNS.map(([k]) => `<td class="n">${figure(e.metrics?.[k])}</td>`).join('') : '';
  if (e.result === null) {
    const error = e.error ? `${e.error.code}: ${e.error.message}` : 'no result';
    return `<tr class="failed">${name}<td colspan="${7 + (gold ? GOLD_COLUMNS.length : 0)}">failed: ${escapeHtml(error)}</td></tr>`;
  }
  const r = e.result;
  const warnings = r.messages.filter((m) => m.level !== 'info').length;
  return `<tr>${name}<td>${escapeHtml(e.title)}</td><td class="nowrap">${escapeHtml(r.doc.date ?? '–')}</td><td class="n">${r.claims.length}</td><td class="n">${speakers([r])}</td><td class="n">${r.dates.length}</td><td class="n">${r.numbers.length}</td><td class="n">${warnings}</td>${figures}</tr>`;
}

export function renderIndex(input: IndexInput): string {
  const { entries } = input;
  const gold = input.gold !== null;
  const results = entries.flatMap((e) => (e.result ? [e.result] : []));
  const failed = entries.length - results.length;
  const sum = (f: (r: Result) => number): number => results.reduce((n, r) => n + f(r), 0);
  const total = `<tr><th scope="row">all</th><td>${results.length} article(s)${failed > 0 ? `, ${failed} failed` : ''}</td><td></td><td class="n">${sum((r) => r.claims.length)}</td><td class="n">${speakers(results)}</td><td class="n">${sum((r) => r.dates.length)}</td><td class="n">${sum((r) => r.numbers.length)}</td><td class="n">${sum((r) => r.messages.filter((m) => m.level !== 'info').length)}</td>${gold ? GOLD_COLUMNS.map(([k]) => `<td class="n">${figure(input.gold?.metrics[k])}</td>`).join('') : ''}</tr>`;
  const head = `<tr><th scope="col">article</th><th scope="col">title</th><th scope="col">published</th><th scope="col" class="n">claims</th><th scope="col" class="n">speakers</th><th scope="col" class="n">dates</th><th scope="col" class="n">numbers</th><th scope="col" class="n">warnings</th>${gold ? GOLD_COLUMNS.map(([, name]) => `<th scope="col" class="n">${name}</th>`).join('') : ''}</tr>`;
  const pages = new Map(entries.flatMap((e) => (e.file && e.result ? [[e.result.doc.id, e.file] as const] : [])));
  const summary = summarise(results);
  const timelines = summary.targets.map((t) => renderTimeline(t, { pages })).join('\n');
  const meta = [
    `${entries.length} article(s)`,
    input.pipeline ? `pipeline ${escapeHtml(input.pipeline)}` : null,
    input.gold ? `compared with gold set ${escapeHtml(input.gold.name)}; the totals are micro-averaged over the articles that have gold` : null,
  ].filter((m): m is string => m !== null);
  const body = [
    '<a class="skip" href="#articles-h">Skip to the articles</a>',
    `<header><h1>claimkit review</h1><p class="meta">${meta.map((m) => `<span>${m}</span>`).join('')}</p></header>`,
    '<main>',
    `<section aria-labelledby="articles-h"><h2 id="articles-h">Articles</h2><table><thead>${head}</thead><tbody>${entries.map((e) => row(e, gold)).join('')}</tbody><tfoot>${total}</tfoot></table></section>`,
    `<section aria-labelledby="stance-h"><h2 id="stance-h">Stance over time</h2>${summary.targets.length > 0 ? `<p>Each speaker's claims on a target, at the time of saying (else the article's publication date). Select a marker to open the claim.</p>${timelines}` : '<p>No claim has a stance target.</p>'}</section>`,
    '</main>',
    '<footer><p>claimkit render.</p></footer>',
  ].join('\n');
  return page({ title: 'claimkit review', body, kind: 'index' });
}
