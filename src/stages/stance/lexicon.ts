/**
 * The stance stage's lexicons, loaded and compiled once per pipeline:
 * polarity cues (attitudes and evaluations), hedges and boosters, condition phrases, negation, position
 * nouns, the words that state or contest a finding, the reporting-verb classes, and the places (countries, capitals,
 * titles) used to tell who a meeting is between, and the stage's own closed
 * word classes (stance-grammar.txt). The countries, capitals,
 * titles, grammar-words, conditionals, copulas and reporting-verbs tables are shared with other
 * stages and only read here.
 */
import { loadConditionals, type ConditionClass } from '../../lexicons/conditionals.js';
import { loadCountries } from '../../lexicons/countries.js';
import { loadGrammarWords, type GrammarWords } from '../../lexicons/grammar-words.js';
import { loadIrregularVerbs } from '../../lexicons/irregular-verbs.js';
import { loadLexicon, loadTable } from '../../lexicons/load.js';
import { loadReportingVerbs, REPORTING_CLASSES, type ReportingClass } from '../../lexicons/reporting.js';
import { irregularTable, termForms, wordForms } from './morph.js';
import { PhraseMatcher, type PhraseEntry } from './phrases.js';

const POLARITY_CUES = ['favor', 'against', 'expect', 'inherit', 'neutral'] as const;
const HEDGE_CLASSES = ['hedged', 'belief', 'uncommitted', 'question', 'none', 'booster'] as const;
const NEGATION_CLASSES = ['negator', 'shield'] as const;
const FINDING_CLASSES = ['up', 'down', 'denial', 'evidence', 'weakening', 'relation'] as const;
const GRAMMAR_CLASSES = [
  'aux', 'modal', 'subject-start', 'definite', 'referring', 'demonstrative', 'be-extra', 'complement',
  'clause-break', 'subordinator', 'clause-verb', 'verb-chain', 'head-link',
  'participant-link', 'place-preposition', 'title-modifier', 'title-filler',
] as const;
export { REPORTING_CLASSES };

export type PolarityCue = (typeof POLARITY_CUES)[number];
const EVALUATION_CUES = ['favor', 'against'] as const;

/** A polarity cue: its class, and whether it evaluates the target itself (evaluation.txt) rather than saying what a source does toward it (polarity.txt). */
interface PolarityEntry {
  readonly value: PolarityCue;
  readonly evaluative: boolean;
}
export type HedgeClass = (typeof HEDGE_CLASSES)[number];
export type { ConditionClass };
type NegationClass = (typeof NEGATION_CLASSES)[number];
export type FindingClass = (typeof FINDING_CLASSES)[number];
/** Two classes the stage reads from grammar-words.txt, which has them: `subj` and `neg`. */
type GrammarClass = (typeof GRAMMAR_CLASSES)[number] | 'subject-pronoun' | 'verb-negation';
/** The closed word classes of stance-grammar.txt, by class (see the comment before each class there), and `subject-pronoun` and `verb-negation` (grammar-words.txt `subj`, `neg`). */
export type StanceGrammar = { readonly [C in GrammarClass]: ReadonlySet<string> };

export interface StanceLexicons {
  readonly polarity: PhraseMatcher<PolarityEntry>;
  readonly hedges: PhraseMatcher<HedgeClass>;
  readonly conditions: PhraseMatcher<ConditionClass>;
  readonly negation: PhraseMatcher<NegationClass>;
  readonly reporting: PhraseMatcher<ReportingClass>;
  readonly positionNouns: PhraseMatcher<true>;
  /** How findings are stated and contested (findings.txt): effect directions, denials, weakening, relation nouns. */
  readonly findings: PhraseMatcher<FindingClass>;
  /** The up and down words of findings.txt marked comparative: they can give a cause's quantity ("fewer doses"). */
  readonly comparatives: ReadonlySet<string>;
  /** Nouns that name a way of doing something ("approach", "version"): a favoured one that is not the target is a rival. */
  readonly alternatives: PhraseMatcher<true>;
  /** Phrases in which a term word loses its sense ("conditions are met"). */
  readonly termShields: PhraseMatcher<true>;
  /** Modifiers that make a term name another thing of its kind ("similar laws", "a rival bid"). */
  readonly otherInstances: ReadonlySet<string>;
  /** Countries, capitals and the demonyms of the countries table -> the country's name. */
  readonly places: PhraseMatcher<string>;
  /** Words of official titles ("president", "prime", "minister", "leader"). */
  readonly titleWords: ReadonlySet<string>;
  /** Forms of a lexicon word (inflections, nominalisations). */
  readonly formsOf: (word: string) => readonly string[];
  /** Forms of a target term word by its part of speech (morph.ts termForms). */
  readonly termFormsOf: (word: string, verb: boolean) => readonly string[];
  /** English function words (the closed classes of the grammar-words table). */
  readonly functionWords: ReadonlySet<string>;
  /** The forms of "be" (grammar-words `be`) and the other copular verbs (copulas.txt): "is", "remains", "seemed". */
  readonly copulas: ReadonlySet<string>;
  /** Words opening a clause that sets another position against the main one (grammar-words `contrast`): "while", "whereas". */
  readonly contrasts: ReadonlySet<string>;
  /** The articles (grammar-words `article`): "a", "an", "the". */
  readonly articles: ReadonlySet<string>;
  /** The indefinite articles (grammar-words `indefinite`): "a", "an". */
  readonly indefinites: ReadonlySet<string>;
  /** Possessive determiners (grammar-words `poss`): "its", "their", "his". */
  readonly possessives: ReadonlySet<string>;
  /** Determiners (grammar-words `det`): "the", "this", "such". */
  readonly determiners: ReadonlySet<string>;
  /** The stage's closed word classes (stance-grammar.txt, and two of grammar-words.txt): auxiliaries, subordinators, subject words, prepositions. */
  readonly grammar: StanceGrammar;
}

/** A table of phrases, each with one of `classes`. */
const classedTable = <const C extends string>(classes: readonly C[]) => [{ name: 'phrase' }, { name: 'class', values: classes }] as const;

/** A reporting-verb row: phrase, class, then optional frames and irregular forms. */
type ReportingRow = readonly [string, ReportingClass, ...string[]];

const STANCE_GRAMMAR = [{ name: 'word' }, { name: 'class', values: GRAMMAR_CLASSES }] as const;
const CAPITALS = [{ name: 'capital' }, { name: 'state' }] as const;
const TITLES = [{ name: 'title' }, { name: 'gender', values: ['m', 'f', '-'] }, { name: 'roles', optional: true }] as const;

/** findings.txt: phrase, class, and "comparative" for an up or down word that can give a quantity. */
const FINDINGS = [...classedTable(FINDING_CLASSES), { name: 'comparative', optional: true, values: ['comparative'] }] as const;

const phrases = <C>(rows: readonly (readonly [string, C, ...string[]])[]): { phrase: string; value: C }[] => rows.map(([phrase, value]) => ({ phrase, value }));

/** Plurals of a demonym ("Nigerians", "Saudis"); the demonyms column lists the other forms. */
const demonymPlural = (word: string): readonly string[] => [word, `${word}s`];

type OwnClass = (typeof GRAMMAR_CLASSES)[number];
const isOwnClass = (name: string): name is OwnClass => (GRAMMAR_CLASSES as readonly string[]).includes(name);

/**
 * The word classes of stance-grammar.txt (a class without rows is empty; a row "+CLASS" brings in the
 * words of that class, as written in the file), and the subject pronouns and negations of grammar-words.txt.
 */
function loadGrammar(grammarWords: GrammarWords): StanceGrammar {
  const rows = loadTable('stance-grammar', STANCE_GRAMMAR);
  const wordsOf = (cls: OwnClass): string[] => rows.filter(([word, c]) => c === cls && !word.startsWith('+')).map(([word]) => word);
  const includedIn = (cls: OwnClass): OwnClass[] =>
    rows
      .filter(([word, c]) => c === cls && word.startsWith('+'))
      .map(([word]) => {
        const name = word.slice(1);
        if (!isOwnClass(name)) throw new Error(`lexicon src/lexicons/stance-grammar.txt: "${word}" in class ${cls} names no class of the file`);
        return name;
      });
  const own = Object.fromEntries(GRAMMAR_CLASSES.map((cls) => [cls, new Set([...includedIn(cls).flatMap(wordsOf), ...wordsOf(cls)])])) as Record<OwnClass, Set<string>>;
  return { ...own, 'subject-pronoun': grammarWords.subj, 'verb-negation': grammarWords.neg };
}

/**
 * Load and compile every stance lexicon. `reportingRows` replaces the
 * reporting-verb table (phrase, class, frames, irregular forms "past|participle"
 * or "=" for a fixed phrase).
 */
export function loadStanceLexicons(reportingRows: readonly ReportingRow[] = loadReportingVerbs()): StanceLexicons {
  const irregular = irregularTable(loadIrregularVerbs());
  const grammarWords = loadGrammarWords();
  const functionWords = new Set(Object.values(grammarWords).flatMap((words) => [...words]));
  const formsOf = (word: string): readonly string[] => wordForms(word, irregular, functionWords);
  const grammar = loadGrammar(grammarWords);
  const all = <V>(entries: { phrase: string; value: V }[]): PhraseEntry<V>[] => entries.map((e) => ({ ...e, inflect: 'all' as const }));

  const findingRows = loadTable('findings', FINDINGS);
  const hedgeRows = [...loadTable('hedges', classedTable(HEDGE_CLASSES)), ...loadLexicon('boosters').map((b) => [b, 'booster'] as const)];

  const reportingIrregular = new Map(irregular);
  const reportingEntries = phrases(reportingRows).map((e, i): PhraseEntry<ReportingClass> => {
    const forms = reportingRows[i]?.[3];
    const verb = e.phrase.toLowerCase().split(/\s+/)[0] ?? '';
    if (forms && forms !== '=') reportingIrregular.set(verb, [...(reportingIrregular.get(verb) ?? []), ...forms.toLowerCase().split('|')]);
    return { ...e, inflect: forms === '=' ? 'none' : 'first' };
  });

  const placeEntries: PhraseEntry<string>[] = [
    ...loadCountries().flatMap(({ name, state, demonyms }) => [
      { phrase: name, value: state, inflect: 'none' as const },
      ...demonyms.map((phrase) => ({ phrase, value: state, inflect: 'last' as const })),
    ]),
    ...loadTable('capitals', CAPITALS).map(([name, state]) => ({ phrase: name, value: state, inflect: 'none' as const })),
  ];

  const titleWords = new Set<string>();
  for (const [title, , roles] of loadTable('titles', TITLES)) {
    for (const phrase of [title, ...roles.split('|')]) {
      for (const word of phrase.toLowerCase().split(/[\s-]+/)) if (word && !grammar['title-filler'].has(word)) titleWords.add(word);
    }
  }

  return {
    polarity: new PhraseMatcher(
      all([
        ...loadTable('polarity', classedTable(POLARITY_CUES)).map(([phrase, value]) => ({ phrase, value: { value, evaluative: false } })),
        ...loadTable('evaluation', classedTable(EVALUATION_CUES)).map(([phrase, value]) => ({ phrase, value: { value, evaluative: true } })),
      ]),
      formsOf,
    ),
    hedges: new PhraseMatcher(all(phrases(hedgeRows)), formsOf),
    conditions: new PhraseMatcher(all(phrases(loadConditionals())), formsOf),
    negation: new PhraseMatcher(
      phrases(loadTable('negation', classedTable(NEGATION_CLASSES))).map((e) => ({ ...e, inflect: 'none' as const })),
      formsOf,
    ),
    reporting: new PhraseMatcher(reportingEntries, (word) => wordForms(word, reportingIrregular, functionWords)),
    positionNouns: new PhraseMatcher(
      loadLexicon('position-nouns').map((phrase) => ({ phrase, value: true as const, inflect: 'all' as const })),
      formsOf,
    ),
    findings: new PhraseMatcher(all(phrases(findingRows)), formsOf),
    comparatives: new Set(findingRows.filter(([, , comparative]) => comparative === 'comparative').map(([phrase]) => phrase)),
    alternatives: new PhraseMatcher(
      loadLexicon('alternatives').map((phrase) => ({ phrase, value: true as const, inflect: 'all' as const })),
      formsOf,
    ),
    termShields: new PhraseMatcher(
      loadLexicon('term-shields').map((phrase) => ({ phrase, value: true as const, inflect: 'none' as const })),
      formsOf,
    ),
    otherInstances: new Set(loadLexicon('other-instances')),
    places: new PhraseMatcher(placeEntries, demonymPlural, { capitalised: true }),
    titleWords,
    formsOf,
    termFormsOf: (word, verb) => termForms(word, verb, irregular, functionWords),
    functionWords,
    copulas: new Set([...grammarWords.be, ...loadLexicon('copulas')]),
    contrasts: grammarWords.contrast,
    articles: grammarWords.article,
    indefinites: grammarWords.indefinite,
    possessives: grammarWords.poss,
    determiners: grammarWords.det,
    grammar,
  };
}
