/**
 * PolNeAR 1.0 (brat standoff attributions) to gold, in memory.
 *
 * - Each `E` Attribution event with at least one Content span becomes claims;
 *   events with no content, and the `Discuss`/`Discard` spans, are skipped.
 * - Content: a content may be discontinuous (`START END;START END`, and some
 *   events carry a second `Content2`). Its fragments, in text order, are split
 *   into separate claims where a fragment ending with a closing double quotation
 *   mark is followed by one starting with an opening one — the "“A,” she said,
 *   “B.”" case, which ANNOTATION.md counts as two claims with the same speaker;
 *   otherwise fragments are joined into one claim spanning first to last (the
 *   attribution interrupting a clause, "For black voters, he said, their ...").
 * - Speaker: the Source span (first to last fragment) with `name: null` — PolNeAR
 *   marks mentions only, so `speaker_f` is not scored; the speaker `type` is a
 *   placeholder (`person`) that no figure reads. Attributions without a source
 *   (`Attribution-no-source`) get `speaker: null`.
 * - Cue: the Cue span (first to last fragment), or null.
 * - Content convention: ANNOTATION.md §2 leaves a leading complementiser "that"
 *   out of the content; PolNeAR includes it ("said [that the plan failed]"). It
 *   is stripped with the white space after it, unless the next word is a verb
 *   or auxiliary, when "that" is the subject ("said [that was a mistake]").
 * - Kind, from ANNOTATION.md's definitions applied to the gold content:
 *   `direct` when it is wholly inside one pair of double quotation marks,
 *   `mixed` when it holds a double quotation mark, `indirect` otherwise. The
 *   NYT's typewriter marks count as double quotation marks: ``` `` ``` and `''`
 *   open, `''` closes (the NYT opens with `''` too).
 * - `statedOn` and stance are not annotated (placeholders, not scored).
 * - Annotator: most articles have one; the few annotated by all six (for
 *   agreement checks; PolNeAR has no adjudicated version) are read from the first
 *   annotator listed in metadata.tsv that has a file for the article.
 * - Publication date and title: metadata.tsv. Offsets: brat counts code points;
 *   they are converted to UTF-16 indices.
 * - Scoring: layers ['claims']; PolNeAR does not annotate assertions, so predicted
 *   `assertion` claims are set aside (not spurious); `statedOn` and speaker names
 *   are unannotated.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { GoldClaim } from '../../schema/gold.js';
import type { ClaimKind, Stance, TextSpan } from '../../schema/result.js';
import { ClaimkitError } from '../../core/errors.js';
import type { GoldArticle, GoldSet, ScoringOptions } from '../types.js';
import { buildGold } from './common.js';

export const POLNEAR_SCORING: ScoringOptions = { ignorePredictedClaimKinds: ['assertion'], unannotated: ['speakerName', 'statedOn'] };

export interface PolnearMeta {
  readonly date: string | null;
  readonly title: string | null;
  readonly annotators: readonly string[];
}

type Fragment = readonly [number, number];

const OPENING = /^(?:["\u201C]|''|``)/;
const CLOSING = /(?:["\u201D]|'')$/;
const QUOTE = /["\u201C\u201D]|''|``/;
/** A leading complementiser "that" and the white space after it; not when a verb follows ("that was"). */
const LEADING_THAT =
  /^that\b\s*(?!(?:is|was|are|were|will|would|has|had|have|could|can|should|might|may|must|does|did|isn't|wasn't|won't|doesn't|didn't|means|meant|makes|made|seems|seemed|sounds|looks)\b)(?=\S)/i;
const NO_STANCE: Stance = { target: null, polarity: null, certainty: 'asserted', condition: 'none', reporting: 'neutral' };

/** metadata.tsv: filename → date, title, annotators. */
export function parsePolnearMetadata(tsv: string): Map<string, PolnearMeta> {
  const lines = tsv.split('\n').filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split('\t');
  const col = (name: string) => header.indexOf(name);
  const [file, date, title, annotators] = [col('filename'), col('publication_date'), col('title'), col('annotators')];
  const out = new Map<string, PolnearMeta>();
  for (const line of lines.slice(1)) {
    const cells = line.split('\t');
    const d = cells[date] ?? '';
    out.set(cells[file] ?? '', {
      date: /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null,
      title: cells[title] ?? null,
      annotators: (cells[annotators] ?? '').split('|').filter((a) => a !== ''),
    });
  }
  return out;
}

/** Code-point offsets (brat) to UTF-16 indices. */
function utf16Offsets(text: string): (cp: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    map.push(i);
    i += ch.length;
  }
  map.push(i);
  return (cp) => map[cp] ?? i;
}

const kindOf = (content: string): ClaimKind => {
  const t = content.trim().replace(/[,.;:]+$/, '');
  const open = OPENING.exec(t)?.[0];
  const close = CLOSING.exec(t)?.[0];
  if (open && close && t.length >= open.length + close.length && !QUOTE.test(t.slice(open.length, t.length - close.length))) return 'direct';
  return QUOTE.test(t) ? 'mixed' : 'indirect';
};

/** The content span without a leading complementiser "that" (ANNOTATION.md §2). */
const withoutThat = (span: TextSpan): TextSpan => {
  const lead = span.text.length - span.text.trimStart().length;
  const that = LEADING_THAT.exec(span.text.slice(lead))?.[0];
  if (!that) return span;
  const start = span.start + lead + that.length;
  return { start, end: span.end, text: span.text.slice(lead + that.length) };
};

export function convertPolnear(id: string, text: string, ann: string, meta: PolnearMeta | undefined, source: string): GoldArticle {
  const at = utf16Offsets(text);
  const spans = new Map<string, { label: string; fragments: Fragment[] }>();
  const events: Map<string, string[]>[] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t/.exec(line);
    if (t) {
      const fragments = (t[3] as string).split(';').map((p) => {
        const [s, e] = p.split(' ').map(Number);
        return [at(s ?? 0), at(e ?? 0)] as const;
      });
      spans.set(t[1] as string, { label: t[2] as string, fragments });
      continue;
    }
    const e = /^E\d+\t(.*)$/.exec(line);
    if (!e) continue;
    const roles = new Map<string, string[]>();
    for (const arg of (e[1] as string).trim().split(/\s+/)) {
      const [role, ref] = arg.split(':');
      if (!role || !ref) continue;
      const key = role.replace(/\d+$/, '');
      roles.set(key, [...(roles.get(key) ?? []), ref]);
    }
    events.push(roles);
  }
  const fragmentsOf = (roles: Map<string, string[]>, role: string): Fragment[] =>
    (roles.get(role) ?? []).flatMap((ref) => {
      const span = spans.get(ref);
      if (!span) throw new ClaimkitError('E_CORPUS_FORMAT', `${source}: event refers to unknown span ${ref}`);
      return span.fragments;
    });
  const extent = (fragments: Fragment[]): TextSpan | null => {
    if (fragments.length === 0) return null;
    const start = Math.min(...fragments.map((f) => f[0]));
    const end = Math.max(...fragments.map((f) => f[1]));
    return { start, end, text: text.slice(start, end) };
  };

  const claims: GoldClaim[] = [];
  for (const roles of events) {
    const content = fragmentsOf(roles, 'Content').sort((a, b) => a[0] - b[0]);
    if (content.length === 0) continue;
    const speakerSpan = extent(fragmentsOf(roles, 'Source'));
    const cue = extent(fragmentsOf(roles, 'Cue'));
    const groups: Fragment[][] = [];
    for (const f of content) {
      const group = groups[groups.length - 1];
      const prev = group?.[group.length - 1];
      const quoteBreak = prev !== undefined && CLOSING.test(text.slice(prev[0], prev[1]).trimEnd()) && OPENING.test(text.slice(f[0], f[1]).trimStart());
      if (!group || quoteBreak) groups.push([f]);
      else group.push(f);
    }
    for (const group of groups) {
      const span = withoutThat(extent(group) as TextSpan);
      claims.push({
        id: '',
        kind: kindOf(span.text),
        content: span,
        speaker: speakerSpan ? { ...speakerSpan, name: null, type: 'person' } : null,
        cue,
        statedOn: null,
        stance: NO_STANCE,
      });
    }
  }
  const gold = buildGold({ id, text, date: meta?.date ?? null, title: meta?.title ?? null, source, layers: ['claims'], claims });
  return { id, text, gold, source };
}

/** One split (`train` or `dev`) of PolNeAR: `<dir>/<split>/text`, `<dir>/<split>/attributions`, `<dir>/metadata.tsv`. */
export function loadPolnear(dir: string, split: 'train' | 'dev' | 'test', name = `polnear-${split}`): GoldSet {
  const textDir = join(dir, split, 'text');
  const annDir = join(dir, split, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) throw new ClaimkitError('E_NO_CORPUS', `${textDir} or ${annDir} missing`);
  const meta = parsePolnearMetadata(readFileSync(join(dir, 'metadata.tsv'), 'utf8'));
  const annFiles = new Set(readdirSync(annDir));
  const articles: GoldArticle[] = [];
  const notes: string[] = [];
  for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    const id = basename(file, '.txt');
    const m = meta.get(id);
    const listed = m?.annotators ?? [];
    const fallback = [...annFiles].filter((f) => f.startsWith(`${id}_`) && f.endsWith('.ann')).map((f) => f.slice(id.length + 1, -4)).sort();
    const annotator = [...listed, ...fallback].find((a) => annFiles.has(`${id}_${a}.ann`));
    if (annotator === undefined) {
      notes.push(`${id}: no attribution file, skipped`);
      continue;
    }
    if (listed.length > 1) notes.push(`${id}: annotated by ${listed.join(', ')}; scored against ${annotator}`);
    const annPath = join(annDir, `${id}_${annotator}.ann`);
    articles.push(convertPolnear(id, readFileSync(join(textDir, file), 'utf8'), readFileSync(annPath, 'utf8'), m, join(textDir, file)));
  }
  return { name, articles, scoring: POLNEAR_SCORING, notes };
}
