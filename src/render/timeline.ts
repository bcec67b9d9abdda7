/**
 * A stance target's timeline as inline SVG: one lane per speaker, one marker
 * per claim at its date (the time of saying, else the publication date,
 * drawn hollow), its shape and colour the polarity, each marker a link to the
 * claim on its article page. A table with the same data follows it for
 * readers who cannot see the chart.
 */
import type { StanceEntry, TargetStances } from '../summary/stance.js';
import { claimAnchorId } from './article.js';
import { clip } from '../text/clip.js';
import { escapeHtml, slug } from './html.js';

const WIDTH = 960;
const LEFT = 190;
const RIGHT = 24;
const TOP = 10;
const LANE = 30;
const AXIS = 34;
const DAY = 86_400_000;

/** A YYYY, YYYY-MM or YYYY-MM-DD date as UTC milliseconds (the start of the period). */
export function dateTime(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

interface Tick {
  readonly t: number;
  readonly label: string;
}

/** Calendar ticks over [from, to]: years, months or days, about eight of them at most. */
export function ticks(from: number, to: number): Tick[] {
  const span = to - from;
  const start = new Date(from);
  const out: Tick[] = [];
  if (span > 3 * 365 * DAY) {
    const step = Math.ceil(span / (365.25 * DAY) / 8);
    for (let y = start.getUTCFullYear() + 1; ; y += step) {
      const t = Date.UTC(y, 0, 1);
      if (t > to) break;
      out.push({ t, label: String(y) });
    }
  } else if (span > 62 * DAY) {
    const months = span / (30.44 * DAY);
    const step = [1, 2, 3, 6, 12].find((s) => months / s <= 8) ?? 12;
    for (let k = start.getUTCFullYear() * 12 + start.getUTCMonth() + 1; ; k++) {
      const t = Date.UTC(Math.floor(k / 12), k % 12, 1);
      if (t > to) break;
      if ((k % 12) % step === 0) out.push({ t, label: new Date(t).toISOString().slice(0, 7) });
    }
  } else {
    const step = Math.max(1, Math.ceil(span / DAY / 8));
    for (let t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + 1); t <= to; t += step * DAY) {
      out.push({ t, label: new Date(t).toISOString().slice(0, 10) });
    }
  }
  return out;
}

const SHAPES: Readonly<Record<string, (x: number, y: number) => string>> = {
  favor: (x, y) => `<path class="mark m-favor" d="M${x} ${y - 7}L${x + 7} ${y + 5}H${x - 7}Z"/>`,
  against: (x, y) => `<path class="mark m-against" d="M${x} ${y + 7}L${x + 7} ${y - 5}H${x - 7}Z"/>`,
  neutral: (x, y) => `<circle class="mark m-neutral" cx="${x}" cy="${y}" r="5.5"/>`,
  none: (x, y) => `<path class="mark m-none" d="M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z"/>`,
};

function marker(polarity: string, x: number, y: number, published: boolean): string {
  const shape = (SHAPES[polarity] ?? SHAPES['none'] as (x: number, y: number) => string)(x, y);
  return published && polarity !== 'none' ? shape.replace('class="mark ', 'class="mark m-published ') : shape;
}

const r1 = (n: number): number => Math.round(n * 10) / 10;

export interface TimelineOptions {
  /** The article page of each document id, for links to the claims. */
  readonly pages: ReadonlyMap<string, string>;
}

const entryLabel = (speaker: string, c: StanceEntry): string =>
  `${speaker}, ${c.date ?? 'no date'}${c.dateSource === 'published' ? ' (publication date)' : ''}: ${c.polarity ?? 'no polarity'}${c.certainty !== 'asserted' ? `, ${c.certainty}` : ''}${c.condition !== 'none' ? `, ${c.condition}` : ''}. “${clip(c.text, 90)}” (article ${c.doc})`;

function link(c: StanceEntry, pages: ReadonlyMap<string, string>, inner: string, aria: string | null): string {
  const file = pages.get(c.doc);
  if (!file) return inner;
  return `<a href="${escapeHtml(`${file}#${claimAnchorId(c.claim)}`)}"${aria === null ? '' : ` aria-label="${escapeHtml(aria)}"`}>${inner}</a>`;
}

function chart(dated: readonly { speaker: string; claims: readonly StanceEntry[] }[], options: TimelineOptions, captionId: string): string {
  const times = dated.flatMap((s) => s.claims.map((c) => dateTime(c.date as string)));
  let from = Math.min(...times);
  let to = Math.max(...times);
  const pad = to - from < DAY ? 15 * DAY : (to - from) * 0.05;
  from -= pad;
  to += pad;
  const height = TOP + dated.length * LANE + AXIS;
  const x = (t: number): number => r1(LEFT + ((t - from) / (to - from)) * (WIDTH - LEFT - RIGHT));
  const bottom = TOP + dated.length * LANE;
  const parts: string[] = [];
  for (const tick of ticks(from, to)) {
    const tx = x(tick.t);
    parts.push(`<line class="grid" x1="${tx}" y1="${TOP}" x2="${tx}" y2="${bottom}"/>`, `<text class="tick" x="${tx}" y="${bottom + 18}" text-anchor="middle">${tick.label}</text>`);
  }
  parts.push(`<line class="axis" x1="${LEFT}" y1="${bottom}" x2="${WIDTH - RIGHT}" y2="${bottom}"/>`);
  dated.forEach((s, lane) => {
    const y = TOP + lane * LANE + LANE / 2;
    const name = clip(s.speaker, 26);
    parts.push(`<text class="lane-label" x="${LEFT - 10}" y="${y + 4}" text-anchor="end">${escapeHtml(name)}${name === s.speaker ? '' : `<title>${escapeHtml(s.speaker)}</title>`}</text>`);
    const xs = s.claims.map((c) => x(dateTime(c.date as string)));
    parts.push(`<line class="spine" x1="${Math.min(...xs)}" y1="${y}" x2="${Math.max(...xs)}" y2="${y}"/>`);
    const placed: number[] = [];
    s.claims.forEach((c, i) => {
      const base = xs[i] as number;
      const crowd = placed.filter((p) => Math.abs(p - base) < 6).length;
      placed.push(base);
      const label = entryLabel(s.speaker, c);
      parts.push(link(c, options.pages, `${marker(c.polarity ?? 'none', r1(base + crowd * 9), y, c.dateSource === 'published')}<title>${escapeHtml(label)}</title>`, label));
    });
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" aria-labelledby="${captionId}">${parts.join('')}</svg>`;
}

const KEY = `<ul class="key" aria-label="Key">${[
  ['favor', 'favor'],
  ['against', 'against'],
  ['neutral', 'neutral'],
  ['none', 'no polarity'],
]
  .map(([p, text]) => `<li><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">${marker(p as string, 8, 8, false)}</svg> ${text}</li>`)
  .join('')}<li><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">${marker('favor', 8, 8, true)}</svg> hollow: dated by the publication date (no time of saying)</li></ul>`;

function table(target: TargetStances, options: TimelineOptions): string {
  const rows = target.speakers.flatMap((s) =>
    s.claims.map(
      (c) =>
        `<tr><td>${escapeHtml(s.speaker)}</td><td class="nowrap">${escapeHtml(c.date ?? '–')}${c.dateSource === 'published' ? ' (published)' : ''}</td><td>${link(c, options.pages, escapeHtml(c.doc), null)}</td><td><span class="tag tag-${c.polarity ?? 'none'}">${c.polarity ?? 'no polarity'}</span></td><td>${c.certainty}</td><td>${c.condition}</td><td>${escapeHtml(clip(c.text, 120))}</td></tr>`,
    ),
  );
  return `<details><summary>The same as a table</summary><table><thead><tr><th scope="col">speaker</th><th scope="col">date</th><th scope="col">article</th><th scope="col">polarity</th><th scope="col">certainty</th><th scope="col">condition</th><th scope="col">claim</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`;
}

/** One target's figure: the chart (when any claim is dated), its key and caption, and the table. */
export function renderTimeline(target: TargetStances, options: TimelineOptions): string {
  const captionId = `tl-${slug(target.target)}`;
  const dated = target.speakers.map((s) => ({ speaker: s.speaker, claims: s.claims.filter((c) => c.date !== null) })).filter((s) => s.claims.length > 0);
  const total = target.speakers.reduce((n, s) => n + s.claims.length, 0);
  const undated = total - dated.reduce((n, s) => n + s.claims.length, 0);
  const caption = `${escapeHtml(target.target)}: ${total} claim(s) by ${target.speakers.length} speaker(s)${undated > 0 ? `; ${undated} without any date not drawn` : ''}.`;
  const drawing = dated.length > 0 ? `${chart(dated, options, captionId)}${KEY}` : '<p>No claim on this target has a date.</p>';
  return `<figure class="timeline"><h3>${escapeHtml(target.target)}</h3>${drawing}<figcaption id="${captionId}">${caption}</figcaption>${table(target, options)}</figure>`;
}
