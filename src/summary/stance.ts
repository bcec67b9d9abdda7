/**
 * Where each actor stands on each target over time: the claims that have a
 * stance target, grouped by target and speaker, in date order. Read by
 * `claimkit stance` and by the review pages' timelines.
 */
import type { Claim, Result } from '../schema/result.js';

export interface StanceEntry {
  readonly doc: string;
  readonly claim: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when neither the claim nor the article is dated. */
  readonly date: string | null;
  /** Where the date comes from: the time of saying, or the article's publication date. */
  readonly dateSource: 'stated' | 'published' | null;
  readonly kind: Claim['kind'];
  readonly polarity: Claim['stance']['polarity'];
  readonly certainty: Claim['stance']['certainty'];
  readonly condition: Claim['stance']['condition'];
  readonly reporting: Claim['stance']['reporting'];
  readonly text: string;
}

export interface SpeakerStances {
  readonly speaker: string;
  readonly type: string | null;
  readonly claims: readonly StanceEntry[];
}

export interface TargetStances {
  readonly target: string;
  readonly speakers: readonly SpeakerStances[];
}

export interface StanceSummary {
  readonly results: number;
  /** Error records (articles that failed to process) passed over. */
  readonly skipped: number;
  readonly targets: readonly TargetStances[];
}

const WRITER = '(writer)';
const SEASONS: Readonly<Record<string, string>> = { SP: '03', SU: '06', FA: '09', AU: '09', WI: '12' };

/** The calendar part of a TIMEX3 value, as a sortable YYYY[-MM[-DD]] string; null for references such as PRESENT_REF. */
export function calendarDate(value: string): string | null {
  const day = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(value);
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  if (week) {
    const year = Number(week[1]);
    const jan4 = new Date(Date.UTC(year, 0, 4));
    const monday = new Date(jan4.getTime() + ((Number(week[2]) - 1) * 7 - ((jan4.getUTCDay() + 6) % 7)) * 86_400_000);
    return monday.toISOString().slice(0, 10);
  }
  const quarter = /^(\d{4})-Q([1-4])/.exec(value);
  if (quarter) return `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}`;
  const season = /^(\d{4})-(SP|SU|FA|AU|WI)/.exec(value);
  if (season) return `${season[1]}-${SEASONS[season[2] ?? ''] ?? '01'}`;
  if (day) return day[1] ?? null;
  if (/^\d{3}$/.test(value)) return `${value}0`;
  if (/^\d{2}$/.test(value)) return `${value}00`;
  return null;
}


/** Group the claims that have a stance target by target and speaker, each speaker's claims in date order. */
export function summarise(results: readonly Result[], only: readonly string[] = [], skipped = 0): StanceSummary {
  const byTarget = new Map<string, Map<string, { type: string | null; claims: (StanceEntry & { start: number })[] }>>();
  for (const r of results) {
    for (const c of r.claims) {
      const target = c.stance.target;
      if (target === null || (only.length > 0 && !only.includes(target))) continue;
      const stated = c.statedOn ? calendarDate(c.statedOn.value) : null;
      const speaker = c.speaker?.name ?? WRITER;
      let speakers = byTarget.get(target);
      if (!speakers) {
        speakers = new Map();
        byTarget.set(target, speakers);
      }
      let entry = speakers.get(speaker);
      if (!entry) {
        entry = { type: c.speaker?.type ?? null, claims: [] };
        speakers.set(speaker, entry);
      }
      entry.claims.push({
        doc: r.doc.id,
        claim: c.id,
        date: stated ?? r.doc.date,
        dateSource: stated ? 'stated' : r.doc.date ? 'published' : null,
        kind: c.kind,
        polarity: c.stance.polarity,
        certainty: c.stance.certainty,
        condition: c.stance.condition,
        reporting: c.stance.reporting,
        text: c.content.text,
        start: c.content.start,
      });
    }
  }
  const byDate = (a: StanceEntry & { start: number }, b: StanceEntry & { start: number }) =>
    (a.date ?? '').localeCompare(b.date ?? '') || a.doc.localeCompare(b.doc) || a.start - b.start;
  const targets = [...byTarget.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([target, speakers]): TargetStances => ({
      target,
      speakers: [...speakers.entries()]
        .map(([speaker, { type, claims }]) => ({ speaker, type, claims: claims.sort(byDate).map(({ start: _, ...rest }) => rest) }))
        .sort((a, b) => (a.claims[0]?.date ?? '').localeCompare(b.claims[0]?.date ?? '') || a.speaker.localeCompare(b.speaker)),
    }));
  return { results: results.length, skipped, targets };
}
