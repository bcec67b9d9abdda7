/**
 * The gold validator: a gold file must match its article (hash), every span
 * must name the text it carries, lists must be sorted, and labels must fit
 * the annotation rules' label sets (enforced by the zod schema).
 */
import { issueLines } from '../core/errors.js';
import { GoldSchema, type Gold } from '../schema/gold.js';
import { sha256 } from './author.js';

interface Named {
  start: number;
  end: number;
  text: string;
}

export interface GoldCheck {
  gold: Gold | null;
  problems: string[];
}

export function validateGold(json: unknown, text: string): GoldCheck {
  const parsed = GoldSchema.safeParse(json);
  if (!parsed.success) {
    return { gold: null, problems: issueLines(parsed.error) };
  }
  const gold = parsed.data;
  const problems: string[] = [];
  if (gold.doc.textSha256 !== sha256(text)) problems.push('doc.textSha256 does not match the article text');
  if (gold.doc.length !== text.length) problems.push(`doc.length ${gold.doc.length} != ${text.length}`);
  const span = (where: string, s: Named): void => {
    if (!(s.start >= 0 && s.start < s.end && s.end <= text.length)) problems.push(`${where}: bad range ${s.start}-${s.end}`);
    else if (text.slice(s.start, s.end) !== s.text) problems.push(`${where}: text does not equal the slice ${s.start}-${s.end}`);
  };
  const sorted = (where: string, starts: number[]): void => {
    for (let i = 1; i < starts.length; i++) {
      if ((starts[i] ?? 0) < (starts[i - 1] ?? 0)) problems.push(`${where}: not sorted by start at index ${i}`);
    }
  };
  gold.sentences.forEach((s, i) => {
    const where = `sentences[${i}]`;
    if (!(s.start >= 0 && s.start < s.end && s.end <= text.length)) problems.push(`${where}: bad range`);
    else if (/\s/.test(text[s.start] ?? '') || /\s/.test(text[s.end - 1] ?? '')) problems.push(`${where}: starts or ends with white space`);
    const prev = gold.sentences[i - 1];
    if (prev && prev.end > s.start) problems.push(`${where}: overlaps the previous sentence`);
  });
  gold.dates.forEach((d, i) => span(`dates[${i}]`, d));
  gold.numbers.forEach((n, i) => span(`numbers[${i}]`, n));
  sorted('dates', gold.dates.map((d) => d.start));
  sorted('numbers', gold.numbers.map((n) => n.start));
  sorted('claims', gold.claims.map((c) => c.content.start));
  const known = new Set((gold.doc.targets ?? []).map((t) => t.id));
  gold.claims.forEach((c, i) => {
    const where = `claims[${i}]`;
    span(`${where}.content`, c.content);
    if (c.speaker) span(`${where}.speaker`, c.speaker);
    if (c.cue) span(`${where}.cue`, c.cue);
    if (c.statedOn) span(`${where}.statedOn`, c.statedOn);
    const attributed = c.speaker !== null || c.cue !== null;
    if (c.kind === 'assertion' && (attributed || c.statedOn !== null)) problems.push(`${where}: an assertion has no speaker, cue or statedOn`);
    if (c.kind !== 'assertion' && c.speaker === null) problems.push(`${where}: a ${c.kind} claim needs a speaker`);
    if ((c.stance.target === null) !== (c.stance.polarity === null)) problems.push(`${where}: polarity must be null exactly when target is null`);
    if (c.kind === 'assertion' && c.stance.reporting !== 'writer') problems.push(`${where}: an assertion reports as writer`);
    if (c.stance.target !== null && !known.has(c.stance.target)) problems.push(`${where}: unknown target ${c.stance.target}`);
  });
  return { gold, problems };
}
