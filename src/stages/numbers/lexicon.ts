/**
 * The word lists the numbers stage reads (src/lexicons/numbers-*.txt), compiled once per
 * pipeline into lookups and the regular expressions of the scan.
 */
import { escapeRegExp } from '../../text/regexp.js';
import { loadLexicon, loadTable } from '../../lexicons/load.js';
import { loadNumberWords, type NumberWord } from '../../lexicons/number-words.js';

export interface Scale {
  /** Power of ten the scale multiplies by. */
  readonly power: number;
  /** Only after a currency ("£40m"), never after a bare number ("a 40m yacht"). */
  readonly moneyOnly: boolean;
}

interface Currency {
  readonly code: string;
  /** Only after an amount with a scale word ("10 million pounds", not "200 pounds"). */
  readonly scaledOnly: boolean;
  /** The word names a hundredth of the currency ("26 cents"). */
  readonly hundredths: boolean;
}

const TIME_CLASSES = ['unit', 'dated', 'filler', 'clock', 'month', 'weekday'] as const;
type TimeClass = (typeof TIME_CLASSES)[number];

const CURRENCIES = [
  { name: 'form' },
  { name: 'ISO code' },
  { name: 'position', values: ['prefix', 'suffix', 'both'] },
  { name: 'condition', optional: true, values: ['scaled', 'hundredths'] },
] as const;
const TIME = [{ name: 'word' }, { name: 'class', values: TIME_CLASSES }] as const;
const SCALES = [{ name: 'form' }, { name: 'power of ten' }, { name: 'where', values: ['any', 'money'] }] as const;
const MODIFIERS = [{ name: 'phrase' }, { name: 'role', values: ['approx', 'label', 'determiner', 'superlative', 'one-pronoun', 'half-noun', 'bound', 'plural', 'pre-noun', 'post-noun'] }] as const;

export interface NumberLexicon {
  readonly words: ReadonlyMap<string, NumberWord>;
  readonly scales: ReadonlyMap<string, Scale>;
  /** Currency symbols and codes written before the amount, matched at the end of the text before it. */
  readonly currencyBefore: RegExp;
  readonly prefixCurrencies: ReadonlyMap<string, Currency>;
  /** Currency names and codes written after the amount, sticky, at the position after it. */
  readonly currencyAfter: RegExp;
  readonly suffixCurrencies: ReadonlyMap<string, Currency>;
  readonly approx: ReadonlySet<string>;
  readonly labels: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly superlatives: ReadonlySet<string>;
  readonly onePronoun: ReadonlySet<string>;
  readonly halfNoun: ReadonlySet<string>;
  /** Before "half" it is an amount: "over half", "more than half". */
  readonly halfBound: ReadonlySet<string>;
  /** Plural nouns not written with -s ("people", "children"). */
  readonly irregularPlurals: ReadonlySet<string>;
  /** Function words that may stand between a number and its noun ("five other states", "or more"). */
  readonly preNoun: ReadonlySet<string>;
  /** Words after a counted noun that are not its head: "running", "worldwide". */
  readonly postNoun: ReadonlySet<string>;
  readonly stop: ReadonlySet<string>;
  readonly time: ReadonlyMap<string, ReadonlySet<TimeClass>>;
  readonly measures: ReadonlySet<string>;
  readonly idioms: ReadonlySet<string>;
  /** Where a number may start: a digit or a number word (lower case or capitalised). Global. */
  readonly trigger: RegExp;
}

/** An alternation of phrases, longest first so that "US$" wins over "$". */
function alternation(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegExp(phrase).replace(/ /g, '[ \\t]+'))
    .join('|');
}

interface TrieNode {
  end: boolean;
  readonly next: Map<string, TrieNode>;
}

/**
 * The words as a regular expression shaped like a trie ("t(?:wo|h(?:ree|ird))"), which V8 runs
 * several times faster than a flat alternation; the first letter may be a capital.
 */
function trie(words: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let child = node.next.get(char);
      if (!child) node.next.set(char, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const branch = (node: TrieNode): string => {
    const alternatives = [...node.next].map(([char, child]) => escapeRegExp(char) + branch(child));
    if (alternatives.length === 0) return '';
    const body = alternatives.length === 1 ? (alternatives[0] ?? '') : `(?:${alternatives.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return [...root.next]
    .map(([char, child]) => `[${escapeRegExp(char)}${escapeRegExp(char.toUpperCase())}]${branch(child)}`)
    .join('|');
}

function loadCurrencies(): { prefix: Map<string, Currency>; suffix: Map<string, Currency> } {
  const prefix = new Map<string, Currency>();
  const suffix = new Map<string, Currency>();
  for (const [form, code, position, condition] of loadTable('numbers-currencies', CURRENCIES)) {
    const currency: Currency = { code, scaledOnly: condition === 'scaled', hundredths: condition === 'hundredths' };
    if (position === 'prefix' || position === 'both') prefix.set(form, currency);
    if (position === 'suffix' || position === 'both') suffix.set(form.toLowerCase(), currency);
  }
  return { prefix, suffix };
}

function loadTime(): Map<string, Set<TimeClass>> {
  const time = new Map<string, Set<TimeClass>>();
  for (const [word, cls] of loadTable('numbers-time', TIME)) time.set(word, (time.get(word) ?? new Set<TimeClass>()).add(cls));
  return time;
}

export function loadNumberLexicon(): NumberLexicon {
  const words = loadNumberWords();
  const scales = new Map<string, Scale>();
  for (const [form, power, where] of loadTable('numbers-scales', SCALES)) scales.set(form, { power: Number(power), moneyOnly: where === 'money' });
  const modifiers = loadTable('numbers-modifiers', MODIFIERS);
  const withRole = (role: (typeof MODIFIERS)[1]['values'][number]): Set<string> => new Set(modifiers.filter(([, r]) => r === role).map(([phrase]) => phrase));
  const { prefix, suffix } = loadCurrencies();
  // A symbol may touch the amount ("$5"); a code or a name is a word of its own ("USD 5", "Rs 500").
  const symbols = [...prefix.keys()].filter((form) => !/^[A-Za-z]+$/.test(form));
  const codes = [...prefix.keys()].filter((form) => /^[A-Za-z]+$/.test(form));
  return {
    words,
    scales,
    currencyBefore: new RegExp(`(?<![A-Za-z])(?:(${alternation(symbols)})[ \\t]?|(${alternation(codes)})[ \\t])$`),
    prefixCurrencies: prefix,
    currencyAfter: new RegExp(`[ \\t]*(${alternation(suffix.keys())})(?![\\p{L}\\p{N}])`, 'iuy'),
    suffixCurrencies: suffix,
    approx: withRole('approx'),
    labels: withRole('label'),
    determiners: withRole('determiner'),
    superlatives: withRole('superlative'),
    onePronoun: withRole('one-pronoun'),
    halfNoun: withRole('half-noun'),
    halfBound: withRole('bound'),
    irregularPlurals: withRole('plural'),
    preNoun: withRole('pre-noun'),
    postNoun: withRole('post-noun'),
    stop: new Set(loadLexicon('numbers-stop')),
    time: loadTime(),
    measures: new Set(loadLexicon('numbers-units')),
    idioms: new Set(loadLexicon('numbers-idioms')),
    trigger: new RegExp(`\\d|\\b(?:${trie([...words.keys()])})\\b`, 'g'),
  };
}
