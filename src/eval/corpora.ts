/**
 * Gold sets by name: a gold set folder, or one of the external corpora read
 * from ../shared/data beside the repository (never copied into it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadMeantime } from './adapters/meantime.js';
import { loadPolnear } from './adapters/brat.js';
import { loadTimeml } from './adapters/timeml.js';
import { ClaimkitError } from '../core/errors.js';
import { loadGoldSet } from './goldset.js';
import type { GoldSet } from './types.js';

export const EXTERNAL_CORPORA = ['polnear-train', 'polnear-dev', 'timebank', 'aquaint', 'meantime'] as const;
export type ExternalCorpus = (typeof EXTERNAL_CORPORA)[number];

export const isExternalCorpus = (name: string): name is ExternalCorpus => (EXTERNAL_CORPORA as readonly string[]).includes(name);

/** Where each corpus lives inside the data folder. */
const LOCATION: Record<ExternalCorpus, string> = {
  'polnear-train': 'polnear/train',
  'polnear-dev': 'polnear/dev',
  timebank: 'timeml/TimeBank',
  aquaint: 'timeml/AQUAINT',
  meantime: 'meantime',
};

/** The repository root: the nearest folder above this module with claimkit's package.json (works from src and dist). */
export function repoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'claimkit') return dir;
    if (dirname(dir) === dir) throw new ClaimkitError('E_NO_CORPUS', `no claimkit package.json above ${from}`);
  }
}

/** ../shared/data relative to the repository root. */
export const dataDir = (root: string = repoRoot()): string => resolve(root, '..', 'shared', 'data');

export function corpusPresent(name: ExternalCorpus, data: string = dataDir()): boolean {
  return existsSync(join(data, LOCATION[name]));
}

export function loadExternalCorpus(name: ExternalCorpus, data: string = dataDir()): GoldSet {
  const where = join(data, LOCATION[name]);
  if (!existsSync(where)) throw new ClaimkitError('E_NO_CORPUS', `${name} is read from ${where}, which does not exist (see ../shared/data/README.md)`);
  switch (name) {
    case 'polnear-train':
      return loadPolnear(join(data, 'polnear'), 'train', name);
    case 'polnear-dev':
      return loadPolnear(join(data, 'polnear'), 'dev', name);
    case 'timebank':
    case 'aquaint':
      return loadTimeml(where, name);
    case 'meantime':
      return loadMeantime(where, name);
  }
}

/** A corpus name or a gold set folder. */
export function loadCorpus(nameOrDir: string, data?: string): GoldSet {
  return isExternalCorpus(nameOrDir) ? loadExternalCorpus(nameOrDir, data) : loadGoldSet(nameOrDir);
}
