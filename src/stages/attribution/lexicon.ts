/**
 * The word lists attribution and speaker resolution read, loaded once:
 * reporting verbs and phrases (every inflected form, matched on lower-case
 * token sequences), closed word classes (grammar-words.txt), titles, source
 * nouns, countries (countries.txt) and capitals.
 */
import { loadCountries } from '../../lexicons/countries.js';
import { loadGrammarWords } from '../../lexicons/grammar-words.js';
import { loadTable } from '../../lexicons/load.js';
import type { Reporting } from '../../schema/result.js';
import { framesOf, loadReportingVerbs, REPORTING_CLASSES, type ReportingFrame } from '../../lexicons/reporting.js';
import { ingOf, pastOf, pluralOf, thirdPerson } from '../../text/inflect.js';

type Form = 'base' | 's' | 'past' | 'part' | 'ing' | 'fixed';

export interface CueEntry {
  /** The lower-case words of this form of the phrase. */
  readonly words: readonly string[];
  readonly lemma: string;
  readonly reporting: Exclude<Reporting, 'writer'>;
  readonly frames: ReadonlySet<ReportingFrame>;
  readonly form: Form;
}

const CLASSES: ReadonlySet<string> = new Set(REPORTING_CLASSES);

/** Every form of a phrase whose first word is a verb: says, said, saying ... */
function forms(verb: string, irregular: string | undefined): [string, Form][] {
  const [past, part] = irregular ? irregular.split('|') : [pastOf(verb), pastOf(verb)];
  const p = past ?? pastOf(verb);
  return [
    [verb, 'base'],
    [thirdPerson(verb), 's'],
    [p, 'past'],
    [part ?? p, 'part'],
    [ingOf(verb, p), 'ing'],
  ];
}

export interface CueLexicon {
  /** Entries by their first word, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly CueEntry[]>;
  /** Reporting class of a lemma or phrase. */
  readonly classOf: ReadonlyMap<string, Exclude<Reporting, 'writer'>>;
}

export function loadCues(): CueLexicon {
  const merged = new Map<string, { reporting: Exclude<Reporting, 'writer'>; frames: Set<ReportingFrame>; irregular: string | undefined }>();
  for (const row of loadReportingVerbs()) {
    const [phrase, reporting, , irregular] = row;
    const frames = framesOf(row);
    const known = merged.get(phrase);
    if (known) for (const f of frames) known.frames.add(f);
    else merged.set(phrase, { reporting, frames: new Set(frames), irregular: irregular || undefined });
  }
  const byFirst = new Map<string, CueEntry[]>();
  const classOf = new Map<string, Exclude<Reporting, 'writer'>>();
  const add = (entry: CueEntry): void => {
    const first = entry.words[0]!;
    const list = byFirst.get(first) ?? [];
    if (!list.some((e) => e.words.join(' ') === entry.words.join(' '))) list.push(entry);
    byFirst.set(first, list);
  };
  for (const [phrase, { reporting, frames, irregular }] of merged) {
    const words = phrase.toLowerCase().split(/\s+/);
    classOf.set(phrase.toLowerCase(), reporting);
    if (irregular === '=') {
      add({ words, lemma: phrase, reporting, frames, form: 'fixed' });
      continue;
    }
    for (const [form, kind] of forms(words[0]!, irregular)) {
      add({ words: [form, ...words.slice(1)], lemma: phrase, reporting, frames, form: kind });
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, classOf };
}

/** Word classes of the closed-class words (a word may have several). */
export function loadGrammar(): ReadonlyMap<string, ReadonlySet<string>> {
  const classes = new Map<string, Set<string>>();
  for (const [cls, words] of Object.entries(loadGrammarWords())) {
    for (const word of words) {
      const set = classes.get(word) ?? new Set<string>();
      set.add(cls);
      classes.set(word, set);
    }
  }
  return classes;
}

type NounType = 'person' | 'group' | 'organization' | 'document';

export interface SourceNoun {
  readonly type: NounType;
  readonly gender: 'm' | 'f' | null;
}

function plural(noun: string): string {
  if (noun.endsWith('man')) return `${noun.slice(0, -3)}men`;
  if (noun.endsWith('person')) return `${noun.slice(0, -6)}people`;
  return pluralOf(noun);
}

/** Head nouns of source descriptions, singular and plural. A plural of a person noun is a group. */
export function loadSourceNouns(): ReadonlyMap<string, SourceNoun> {
  const nouns = new Map<string, SourceNoun>();
  for (const [noun, type, gender] of loadTable('speaker-nouns')) {
    if (!noun || !type) continue;
    const g = gender === 'm' || gender === 'f' ? gender : null;
    if (!nouns.has(noun)) nouns.set(noun, { type: type as NounType, gender: g });
    const pl = plural(noun);
    if (!nouns.has(pl)) nouns.set(pl, { type: type === 'person' ? 'group' : (type as NounType), gender: null });
  }
  return nouns;
}

export interface Title {
  readonly words: readonly string[];
  readonly gender: 'm' | 'f' | null;
  readonly roles: readonly string[];
}

/** Titles by their first lower-case word, longest first. */
export function loadTitles(): ReadonlyMap<string, readonly Title[]> {
  const titles = new Map<string, Title[]>();
  for (const [title, gender, roles] of loadTable('titles')) {
    if (!title) continue;
    const words = title.toLowerCase().split(/\s+/);
    const entry: Title = {
      words,
      gender: gender === 'm' || gender === 'f' ? gender : null,
      roles: roles && roles !== '-' ? roles.split('|') : [title.toLowerCase()],
    };
    const list = titles.get(words[0]!) ?? [];
    list.push(entry);
    titles.set(words[0]!, list);
  }
  for (const list of titles.values()) list.sort((a, b) => b.words.length - a.words.length);
  return titles;
}

/** Lower-cased place or country names mapped to the state they stand for. */
export function loadStates(): ReadonlyMap<string, string> {
  const states = new Map<string, string>();
  for (const { name, state } of loadCountries()) states.set(name.toLowerCase(), state);
  for (const [name, state] of loadTable('capitals')) if (name && state) states.set(name.toLowerCase(), state);
  return states;
}

/** Nouns naming a stated position ("claim", "stance"), with their reporting class. */
export function loadStatementNouns(): ReadonlyMap<string, Exclude<Reporting, 'writer'>> {
  const nouns = new Map<string, Exclude<Reporting, 'writer'>>();
  for (const [noun, cls] of loadTable('statement-nouns')) {
    if (!noun || !cls || !CLASSES.has(cls)) throw new Error(`statement-nouns: bad line "${noun ?? ''}"`);
    nouns.set(noun, cls as Exclude<Reporting, 'writer'>);
  }
  return nouns;
}
