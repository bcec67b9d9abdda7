/** What the corpus adapters share: building in-memory gold objects, checking their spans, and reading XML attributes and entities. */
import { sha256 } from '../../gold/author.js';
import type { Gold, GoldClaim, Layer } from '../../schema/gold.js';
import type { DateMention, NumberMention } from '../../schema/result.js';
import { ClaimkitError } from '../../core/errors.js';

export interface GoldParts {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly source: string;
  readonly layers: readonly Layer[];
  readonly dates?: readonly DateMention[];
  readonly numbers?: readonly NumberMention[];
  readonly claims?: readonly GoldClaim[];
}

const byStart = <T extends { start: number }>(a: T, b: T): number => a.start - b.start;

/** A gold object from converted parts; throws when any span's text is not the slice it names. */
export function buildGold(parts: GoldParts): Gold {
  const { id, text } = parts;
  const check = (where: string, s: { start: number; end: number; text: string } | null) => {
    if (s && (s.start < 0 || s.end > text.length || s.start >= s.end || text.slice(s.start, s.end) !== s.text)) {
      throw new ClaimkitError('E_CORPUS_FORMAT', `${parts.source}: ${where} ${s.start}-${s.end} does not name ${JSON.stringify(s.text)}`);
    }
  };
  const dates = [...(parts.dates ?? [])].sort(byStart);
  const numbers = [...(parts.numbers ?? [])].sort(byStart);
  const claims = [...(parts.claims ?? [])].sort((a, b) => a.content.start - b.content.start).map((c, i) => ({ ...c, id: `${id}-c${i + 1}` }));
  dates.forEach((d, i) => check(`dates[${i}]`, d));
  numbers.forEach((n, i) => check(`numbers[${i}]`, n));
  claims.forEach((c, i) => {
    check(`claims[${i}].content`, c.content);
    check(`claims[${i}].speaker`, c.speaker);
    check(`claims[${i}].cue`, c.cue);
  });
  return {
    schemaVersion: 1,
    doc: { id, date: parts.date, title: parts.title, source: parts.source, length: text.length, textSha256: sha256(text), layers: [...parts.layers] },
    sentences: [],
    dates,
    numbers,
    claims,
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** The attributes of an XML start tag's attribute string, values decoded. */
export function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([A-Za-z_][\w.-]*)\s*=\s*"([^"]*)"/g)) out[m[1] as string] = decodeEntities(m[2] as string);
  return out;
}

/** YYYY-MM-DD from a DCT value: ISO as is (time part dropped), DD-MM-YYYY reordered; null otherwise. */
export function isoDay(value: string | undefined): string | null {
  if (value === undefined) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dmy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value);
  return dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : null;
}
