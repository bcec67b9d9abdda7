/**
 * The boilerplate lexicon (src/lexicons/boilerplate.txt) compiled once: one
 * case-insensitive regex per kind, split into a start-anchored regex (tried
 * at one position) and a floating one, so a sentence costs a few linear scans.
 */
import { loadTable } from '../../lexicons/load.js';

const PATTERN_KINDS = ['sentence', 'line', 'tail', 'soft', 'credit'] as const;
type PatternKind = (typeof PATTERN_KINDS)[number];

/** Sentences longer than this are never boilerplate (and never pay for the regexes). */
export const MAX_BOILERPLATE_LENGTH = 500;

/** Navigation lines are short. */
export const MAX_NAVIGATION_LENGTH = 60;

const SEPARATORS = /[\s>|/›»·•:–—]+/;

type Test = (s: string) => boolean;

function compile(patterns: readonly string[]): Test {
  const anchored = patterns.filter((p) => p.startsWith('^'));
  const floating = patterns.filter((p) => !p.startsWith('^'));
  const join = (ps: readonly string[]): RegExp | null => (ps.length > 0 ? new RegExp(ps.map((p) => `(?:${p})`).join('|'), 'i') : null);
  const a = join(anchored);
  const f = join(floating);
  return (s) => (a !== null && a.test(s)) || (f !== null && f.test(s));
}

export interface BoilerplateRules {
  /** The sentence is boilerplate. */
  readonly sentence: Test;
  /** The sentence and the rest of its line are boilerplate. */
  readonly line: Test;
  /** An end-of-article marker. */
  readonly tail: Test;
  /** Boilerplate when in the trailing run at the end of the article. */
  readonly soft: Test;
  /** A photo or video credit. */
  readonly credit: Test;
  /** A short line made only of navigation words ("News World"). */
  readonly navigation: Test;
  /** Keys that lead a metadata stamp ("date", "updated"). */
  readonly metadataKeys: readonly string[];
}

const COLUMNS = [{ name: 'kind', values: ['section', 'meta', ...PATTERN_KINDS] }, { name: 'pattern' }] as const;

export function loadBoilerplate(name = 'boilerplate'): BoilerplateRules {
  const patterns = Object.fromEntries(PATTERN_KINDS.map((k) => [k, [] as string[]])) as Record<PatternKind, string[]>;
  const sections = new Set<string>();
  const metadataKeys: string[] = [];
  for (const [kind, entry] of loadTable(name, COLUMNS)) {
    if (kind === 'section') sections.add(entry.toLowerCase());
    else if (kind === 'meta') metadataKeys.push(entry);
    else patterns[kind].push(entry);
  }
  const test = (k: PatternKind): Test => compile(patterns[k]);
  const navigation: Test = (s) => {
    if (s.length > MAX_NAVIGATION_LENGTH) return false;
    const words = s.split(SEPARATORS).filter((w) => w !== '' && w !== '-');
    return words.length > 0 && words.some((w) => w.length > 3) && words.every((w) => sections.has(w.toLowerCase()));
  };
  return {
    sentence: test('sentence'),
    line: test('line'),
    tail: test('tail'),
    soft: test('soft'),
    credit: test('credit'),
    navigation,
    metadataKeys,
  };
}
