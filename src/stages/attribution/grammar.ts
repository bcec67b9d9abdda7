/**
 * Word-class tests over tokens, from the closed-class lexicon, the title
 * and source-noun lexicons, capitalisation and a few suffixes. No tagger:
 * each test looks at one token, so every caller stays linear.
 */
import { loadLexicon } from '../../lexicons/load.js';
import { BASE_TAG, FINITE_TAGS, loadWordTags, NAME_TAGS } from '../../lexicons/word-tags-spec.js';
import type { Token } from '../../core/layers.js';
import { loadCues, loadGrammar, loadSourceNouns, loadStatementNouns, loadStates, loadTitles, type CueLexicon, type SourceNoun, type Title } from './lexicon.js';
import { pastOf, thirdPerson } from '../../text/inflect.js';
import { loadCountWords } from '../../lexicons/number-words.js';
import { loadIrregularVerbs } from '../../lexicons/irregular-verbs.js';
import type { Reporting } from '../../schema/result.js';

export interface Grammar {
  readonly cues: CueLexicon;
  readonly classes: ReadonlyMap<string, ReadonlySet<string>>;
  readonly nouns: ReadonlyMap<string, SourceNoun>;
  readonly titles: ReadonlyMap<string, readonly Title[]>;
  readonly states: ReadonlyMap<string, string>;
  /** Nouns naming a stated position: "claim", "stance", "concern". */
  readonly statements: ReadonlyMap<string, Exclude<Reporting, 'writer'>>;
  /** Finite verb forms (past and present tense), from compromise's lexicon (as `word-tags.txt`) and the cue lexicon. */
  readonly verbs: ReadonlySet<string>;
  /** compromise's word tags for names and places: FemaleName, MaleName, LastName, Country, City, Organization ... */
  readonly tags: ReadonlyMap<string, readonly string[]>;
  /** Base forms of verbs ("need", "support"), finite after a plural subject: "conservatives need …". */
  readonly bases: ReadonlySet<string>;
  /** Participles of what a speaker does while speaking, besides the reporting verbs: "…, referring to …". */
  readonly participles: ReadonlySet<string>;
  /** Verbs other than "be" that take an adjective: "remains committed", "seemed convinced". */
  readonly copulas: ReadonlySet<string>;
  /** Number words that can open a ratio as its count: "Four in ten voters say" (numbers-words.txt). */
  readonly counts: ReadonlySet<string>;
}

const NAME_TAG_SET: ReadonlySet<string> = new Set(NAME_TAGS);
const FINITE_TAG_SET: ReadonlySet<string> = new Set(FINITE_TAGS);


/** Verb forms and name tags from compromise's lexicon (`word-tags.txt`, generated from it) and the cue lexicon. */
function lexiconWords(cues: CueLexicon): { verbs: Set<string>; tags: Map<string, string[]>; bases: Set<string> } {
  const verbs = new Set<string>();
  const tags = new Map<string, string[]>();
  const bases = new Set<string>();
  for (const [word, list] of loadWordTags()) {
    if (list.some((t) => FINITE_TAG_SET.has(t))) verbs.add(word);
    if (list.includes(BASE_TAG)) {
      bases.add(word);
      verbs.add(thirdPerson(word));
      verbs.add(pastOf(word));
    }
    const names = list.filter((t) => NAME_TAG_SET.has(t));
    if (names.length > 0) tags.set(word, names);
  }
  // irregular past forms compromise lists only by their base ("lose" → "lost", "leave" → "left")
  for (const [base, ...irregular] of loadIrregularVerbs()) {
    bases.add(base);
    for (const form of irregular) if (!form.endsWith('ing')) verbs.add(form);
  }
  for (const entries of cues.byFirst.values()) {
    for (const e of entries) {
      if (e.form === 's' || e.form === 'past') verbs.add(e.words[0]!);
      if (e.form === 'base' && e.words.length === 1) bases.add(e.words[0]!);
    }
  }
  return { verbs, tags, bases };
}

let shared: Grammar | undefined;

/** The lexicons, loaded once per process. */
export function grammar(): Grammar {
  if (!shared) {
    const cues = loadCues();
    shared = { cues, classes: loadGrammar(), nouns: loadSourceNouns(), titles: loadTitles(), states: loadStates(), statements: loadStatementNouns(), participles: new Set(loadLexicon('speaker-participles')), copulas: new Set(loadLexicon('copulas')), counts: loadCountWords(), ...lexiconWords(cues) };
  }
  return shared;
}

export function hasClass(g: Grammar, t: Token | undefined, cls: string): boolean {
  return t !== undefined && t.kind === 'word' && (g.classes.get(t.lower)?.has(cls) ?? false);
}

/** An adverb that may stand between a source and its cue or right after the cue ("also", "repeatedly"). */
export function isAdverb(g: Grammar, t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (hasClass(g, t, 'adv') || hasClass(g, t, 'neg')) return true;
  return !t.cap && t.lower.length > 3 && t.lower.endsWith('ly') && !NOT_ADVERBS.has(t.lower);
}

/** Words in -ly that are not adverbs. */
const NOT_ADVERBS = new Set([
  'family', 'ally', 'rally', 'supply', 'reply', 'apply', 'assembly', 'monopoly', 'anomaly', 'italy', 'july', 'belly',
  'bully', 'holy', 'comply', 'rely', 'imply', 'multiply', 'butterfly', 'lily', 'homily', 'jolly', 'ugly', 'silly',
  'friendly', 'elderly', 'lonely', 'lovely', 'costly', 'deadly', 'likely', 'unlikely', 'early', 'only',
]);

export function isAux(g: Grammar, t: Token | undefined): boolean {
  return hasClass(g, t, 'aux') || hasClass(g, t, 'neg');
}

/** Words that end a noun phrase on its left: verbs of the clause, prepositions, conjunctions, subordinators. */
export function isBoundaryWord(g: Grammar, t: Token): boolean {
  if (t.kind !== 'word') return true;
  const cls = g.classes.get(t.lower);
  if (!cls) return false;
  return cls.has('prep') || cls.has('conj') || cls.has('sub') || cls.has('rel') || cls.has('wh') || cls.has('aux') || cls.has('neg') || cls.has('subj') || cls.has('obj') || cls.has('adv');
}

/** A pronoun that can be a source: he, she, they, it, we, I, you. */
export function isSubjectPronoun(g: Grammar, t: Token | undefined): boolean {
  return hasClass(g, t, 'subj');
}

export function isDeterminer(g: Grammar, t: Token | undefined): boolean {
  return hasClass(g, t, 'det') || hasClass(g, t, 'poss');
}

/** A verb in its base form after a plural subject: "conservatives need", "majorities favor", "Democrats want". */
export function pluralPresent(g: Grammar, subject: Token | undefined, t: Token | undefined): boolean {
  if (!t || !subject || t.kind !== 'word' || t.cap || !g.bases.has(t.lower) || g.nouns.has(t.lower) || g.classes.has(t.lower)) return false;
  if (subject.kind !== 'word' || g.classes.has(subject.lower) || g.verbs.has(subject.lower)) return false;
  return subject.lower.endsWith('s') && !subject.lower.endsWith('ss') && subject.lower.length > 3;
}

/** A word that looks like a finite verb: an auxiliary or modal, or a lower-case word ending in -ed. */
export function looksFinite(g: Grammar, t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap) return isAux(g, t);
  return isAux(g, t) || (t.lower.length > 4 && t.lower.endsWith('ed'));
}

/** Title words that start at token `i` ("Chief Cabinet Secretary"), as a count of tokens, or 0. */
export function titleAt(g: Grammar, tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (!first || first.kind !== 'word') return 0;
  for (const title of g.titles.get(first.lower) ?? []) {
    let k = 0;
    while (k < title.words.length && tokens[i + k]?.lower === title.words[k]) k++;
    if (k === title.words.length) return k;
  }
  return 0;
}
