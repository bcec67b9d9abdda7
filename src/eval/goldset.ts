/**
 * The gold set folder (OUTPUT.md): `articles/<id>.txt`, `gold/<id>.json` and
 * `manifest.json`. Articles of the manifest with no gold file yet are left out
 * (listed in the notes); every gold file present is validated against its
 * article (src/gold/validate.ts) and refused with a clear error when it does not
 * match: a changed article (textSha256) or any other problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { validateGold } from '../gold/validate.js';
import { ManifestSchema } from '../schema/gold.js';
import { ClaimkitError, errorMessage, issueLines } from '../core/errors.js';
import type { GoldArticle, GoldSet } from './types.js';

export function isGoldSetDir(dir: string): boolean {
  return existsSync(join(dir, 'manifest.json')) && existsSync(join(dir, 'articles'));
}

/** The ids that have a gold file, without reading them (the gate skips when there are none). */
export function goldIds(dir: string): string[] {
  const goldDir = join(dir, 'gold');
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => basename(f, '.json'))
    .sort();
}

export function loadGoldSet(dir: string, name = basename(dir)): GoldSet {
  if (!isGoldSetDir(dir)) throw new ClaimkitError('E_GOLDSET', `${dir} needs manifest.json and articles/ (and gold/)`);
  const parsed = ManifestSchema.safeParse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
  if (!parsed.success) {
    throw new ClaimkitError('E_GOLDSET', `${join(dir, 'manifest.json')}: ${issueLines(parsed.error).join('; ')}`);
  }
  const manifest = parsed.data;
  const listed = new Set(manifest.map((e) => e.id));
  const ids = goldIds(dir);
  const stray = ids.filter((id) => !listed.has(id));
  if (stray.length > 0) throw new ClaimkitError('E_GOLDSET', `gold files with no manifest entry: ${stray.map((id) => `gold/${id}.json`).join(', ')}`);
  const present = new Set(ids);
  const articles: GoldArticle[] = [];
  const notes: string[] = [];
  for (const entry of manifest) {
    if (!present.has(entry.id)) {
      notes.push(`${entry.id}: no gold file yet, not scored`);
      continue;
    }
    const textPath = join(dir, 'articles', `${entry.id}.txt`);
    const goldPath = join(dir, 'gold', `${entry.id}.json`);
    if (!existsSync(textPath)) throw new ClaimkitError('E_GOLDSET', `${goldPath} has no article ${textPath}`);
    const text = readFileSync(textPath, 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(goldPath, 'utf8'));
    } catch (e) {
      throw new ClaimkitError('E_GOLD_INVALID', `${goldPath}: ${errorMessage(e)}`);
    }
    const { gold, problems } = validateGold(json, text);
    if (problems.some((p) => p.startsWith('doc.textSha256'))) {
      throw new ClaimkitError('E_GOLD_HASH', `${goldPath} was labeled on another version of ${textPath}; relabel it or refill its offsets (claimkit gold fill)`);
    }
    if (!gold || problems.length > 0) throw new ClaimkitError('E_GOLD_INVALID', `${goldPath}: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ''}`);
    if (gold.doc.id !== entry.id) throw new ClaimkitError('E_GOLD_INVALID', `${goldPath}: doc.id ${gold.doc.id} != ${entry.id}`);
    const date = gold.doc.date ?? entry.date;
    articles.push({ id: entry.id, text, gold: { ...gold, doc: { ...gold.doc, date } }, source: gold.doc.source ?? textPath });
  }
  return { name, articles, scoring: {}, notes };
}
