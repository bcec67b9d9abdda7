/** Short readable descriptions of result items, shared by the article page and the index. */
import type { Claim, DateMention, NumberMention, Result, Stance } from '../schema/result.js';
import { classes, escapeHtml } from './html.js';

const amount = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 10 });

/** A date's normalised value: "2021-03-30", or "2021-03-29/2021-04-02" for a range. */
export const dateValue = (d: DateMention): string => `${d.value}${d.endValue === undefined ? '' : `/${d.endValue}`}`;

export const describeDate = (d: DateMention): string => `${d.type} ${d.value}${d.endValue === undefined ? '' : ` to ${d.endValue}`}`;

/** A number's value with its unit: "17 nationals", "1–2 (approx.)". */
export const numberValue = (n: NumberMention): string =>
  `${amount(n.value)}${n.endValue === undefined ? '' : `–${amount(n.endValue)}`}${n.unit === null ? '' : ` ${n.unit}`}${n.approx ? ' (approx.)' : ''}`;

export const describeNumber = (n: NumberMention): string => `${n.kind} ${numberValue(n)}`;

/** The claim id without the article id in front ("000-c1" → "c1"). */
export const shortId = (result: Result, claim: Claim): string => {
  const prefix = `${result.doc.id}-`;
  return claim.id.startsWith(prefix) && claim.id.length > prefix.length ? claim.id.slice(prefix.length) : claim.id;
};

export const speakerName = (claim: Claim): string => (claim.speaker ? claim.speaker.name : 'the writer');

const UNMARKED: Readonly<Record<'certainty' | 'condition' | 'reporting', string>> = { certainty: 'asserted', condition: 'none', reporting: 'neutral' };

/** Stance as tags, colour and text together: target, polarity, then the marked labels only (hedged, conditional, distancing...). */
export function stanceTags(stance: Stance): string {
  const tags: string[] = [];
  if (stance.target !== null) tags.push(`<span class="tag tag-target"><span class="visually-hidden">target </span>${escapeHtml(stance.target)}</span>`);
  const polarity = stance.polarity ?? 'none';
  tags.push(`<span class="${classes('tag', `tag-${polarity}`)}">${stance.polarity ?? 'no stance'}</span>`);
  for (const field of ['certainty', 'condition', 'reporting'] as const) {
    const value = stance[field];
    if (value !== UNMARKED[field] && value !== 'writer') tags.push(`<span class="tag tag-marked">${value}</span>`);
  }
  return tags.join(' ');
}
