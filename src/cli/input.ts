/**
 * Reading articles for the CLI: .txt files and folders of them (recursively)
 * or standard input, with the publication date from a manifest.json beside
 * the files, from --date, or from a leading `date YYYY-MM-DD` line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { ClaimkitError } from '../core/errors.js';
import { ManifestSchema, type ManifestEntry } from '../schema/gold.js';

export interface Article {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
  readonly source: string;
}

const LEADING_DATE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/;

/** The publication date a text announces in its first line (`date 2025-11-05`), if any. */
export function leadingDate(text: string): string | null {
  return LEADING_DATE.exec(text.slice(0, 200))?.[1] ?? null;
}

const manifests = new Map<string, Map<string, ManifestEntry>>();

function manifestBeside(file: string): Map<string, ManifestEntry> {
  const dir = dirname(file);
  let entries = manifests.get(dir);
  if (entries) return entries;
  entries = new Map();
  for (const candidate of [join(dir, 'manifest.json'), join(dir, '..', 'manifest.json')]) {
    let raw: string;
    try {
      raw = readFileSync(candidate, 'utf8');
    } catch {
      continue;
    }
    const parsed = ManifestSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new ClaimkitError('E_BAD_INPUT', `${candidate} is not a valid manifest: ${parsed.error.issues[0]?.message ?? ''}`);
    for (const entry of parsed.data) entries.set(entry.id, entry);
    break;
  }
  manifests.set(dir, entries);
  return entries;
}

function listTextFiles(path: string): string[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new ClaimkitError('E_BAD_INPUT', `no such file or folder: ${path}`);
  if (stat.isFile()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const child = join(path, entry.name);
      if (entry.isDirectory()) return listTextFiles(child);
      return entry.name.endsWith('.txt') ? [child] : [];
    });
}

/** Every article named by the paths, in order; `-` reads standard input. */
export function readArticles(paths: readonly string[], dateOverride: string | null, stdin: () => string): Article[] {
  return paths.flatMap((path): Article[] => {
    if (path === '-') {
      const text = stdin();
      return [{ id: 'stdin', text, date: dateOverride ?? leadingDate(text), source: '-' }];
    }
    return listTextFiles(path).map((file) => {
      const id = basename(file).replace(/\.txt$/, '');
      const text = readFileSync(file, 'utf8');
      const date = dateOverride ?? manifestBeside(file).get(id)?.date ?? leadingDate(text);
      return { id, text, date, source: relative(process.cwd(), file) || file };
    });
  });
}
