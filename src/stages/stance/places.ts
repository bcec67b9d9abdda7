/**
 * Who a meeting is between: the countries named near a target term, directly
 * ("with the United States", "North Korean", "Pyongyang") or through a person
 * the article introduces with a country and a title ("U.S. President Donald
 * Trump" makes "Trump" American for the whole article).
 */
import type { StanceLexicons } from './lexicon.js';
import type { PhraseMatch } from './phrases.js';
import type { Token } from './tokens.js';

const MAX_SKIP = 6;
const MAX_NAME = 4;

/** The country a token names, and whether through a titled person. */
export interface Mention {
  readonly country: string | null;
  readonly person: boolean;
}

const NOWHERE: Mention = { country: null, person: false };

/** Name words (lower case) -> the country of the person named right after a country and a title; names given two countries are dropped. */
function affiliations(tokens: readonly Token[], places: readonly PhraseMatch<string>[], lex: StanceLexicons): Map<string, string> {
  const found = new Map<string, string | null>();
  // What may stand between a country and a title: a hyphen ("then-Japanese") or a `title-modifier` word ("Japan's former prime minister").
  const modifier = (word: string) => word === '-' || lex.grammar['title-modifier'].has(word);
  for (const m of places) {
    let j = m.to;
    let titled = false;
    while (j < tokens.length && j - m.to < MAX_SKIP) {
      const t = tokens[j];
      if (!t) break;
      if (lex.titleWords.has(t.lower)) titled = true;
      else if (!modifier(t.lower)) break;
      j++;
    }
    if (!titled) continue;
    for (let k = j; k < tokens.length && k - j < MAX_NAME; k++) {
      const t = tokens[k];
      if (!t || t.kind !== 'word' || !t.cap || lex.titleWords.has(t.lower)) break;
      const known = found.get(t.lower);
      found.set(t.lower, known === undefined || known === m.value ? m.value : null);
    }
  }
  const out = new Map<string, string>();
  for (const [name, country] of found) if (country !== null) out.set(name, country);
  return out;
}

/** The countries an article's tokens name, worked out once per document. */
export class PlaceIndex {
  private readonly lex: StanceLexicons;
  private readonly tokens: readonly Token[];
  private readonly people: ReadonlyMap<string, string>;
  private readonly known: readonly Mention[];

  /** `tokens`: the whole document's; with `enabled` false every token names nothing (no target names a country). */
  constructor(tokens: readonly Token[], lex: StanceLexicons, enabled: boolean) {
    this.lex = lex;
    this.tokens = enabled ? tokens : [];
    const places = enabled ? lex.places.matches(tokens) : [];
    this.people = enabled ? affiliations(tokens, places, lex) : new Map();
    this.known = enabled ? this.mentionsOf(tokens, places) : [];
  }

  private mentionsOf(tokens: readonly Token[], places: readonly PhraseMatch<string>[]): Mention[] {
    const out: Mention[] = tokens.map((t) => {
      const country = t.cap ? (this.people.get(t.lower) ?? null) : null;
      return country ? { country, person: true } : NOWHERE;
    });
    for (const m of places) for (let i = m.from; i < m.to; i++) out[i] = { country: m.value, person: false };
    return out;
  }

  /** The country each token names: a place or demonym, or a person the article ties to a country. */
  mentions(tokens: readonly Token[]): Mention[] {
    if (this.known.length === 0) return tokens.map(() => NOWHERE);
    if (tokens.every((t) => this.tokens[t.index] === t)) return tokens.map((t) => this.known[t.index] ?? NOWHERE);
    return this.mentionsOf(tokens, this.lex.places.matches(tokens));
  }
}
