/**
 * The counted noun after a number: the head of the noun phrase that follows it, reached by
 * skipping modifiers ("80,000 U.S. troops" → troops, "13 Japanese people" → people, "13 Japanese,"
 * → japanese, "2,000 closed libraries" → libraries, "five other states", "five or more employees" →
 * states, employees), or of the phrase after a partitive "of" ("two of America's key allies" →
 * allies, "171 of the 300 seats" → seats, "eight of their last 10 league matches" → matches).
 * The phrase ends at punctuation, a line break, a digit (outside a partitive), a function word, a
 * verb form, a weekday or a month, after a plural noun ("57 million people worldwide" → people),
 * and before a last word in -ing or -wide ("the second game running" → game); it is at most four
 * words long.
 */
import type { NumberLexicon } from './lexicon.js';
import { isDigit, isPossessive, isUpper, skipSpaces, wordAfter, type Word } from './text.js';

const MAX_WORDS = 4;

export class NounReader {
  constructor(
    private readonly lexicon: NumberLexicon,
    private readonly text: string,
  ) {}

  /** The counted noun after `pos`, lower case, or null. */
  countedNoun(pos: number): string | null {
    const first = wordAfter(this.text, pos);
    if (first?.lower === 'of') return this.partitive(first.end);
    return this.headAfter(this.pastPreNoun(pos), false);
  }

  /** Past the function words that may precede the noun: "five other states", "five or more employees". */
  private pastPreNoun(pos: number): number {
    let at = pos;
    for (let word = wordAfter(this.text, at), count = 0; word && count < 2 && this.lexicon.preNoun.has(word.lower); word = wordAfter(this.text, at), count++) at = word.end;
    return at;
  }

  /** May `word` open the noun phrase an ordinal or "one" modifies? After a determiner a participle may. */
  opensNounPhrase(word: Word, determined: boolean): boolean {
    if (this.lexicon.stop.has(word.lower)) return false;
    return determined || !(isParticiple(word) || isAdverb(word));
  }

  /** "of the allies", "of America's allies", "of voters" → allies, voters; "of them" has no noun. */
  private partitive(pos: number): string | null {
    const owner = wordAfter(this.text, pos);
    if (!owner) return null;
    if (!this.lexicon.determiners.has(owner.lower) && !isPossessive(this.text, owner)) return this.headAfter(pos, true);
    const apostrophe = this.text[owner.end] === "'" || this.text[owner.end] === '’';
    return this.headAfter(owner.end + (apostrophe ? 1 : 0), true);
  }

  /** "Tuesday", "March": the time of the sentence, not part of the phrase ("its first test flight Tuesday"). */
  private isCalendarWord(word: Word): boolean {
    const classes = this.lexicon.time.get(word.lower);
    return isUpper(word.text[0]) && ((classes?.has('weekday') ?? false) || (classes?.has('month') ?? false));
  }

  /** `partitive`: the phrase after "of the" may hold a numeral of its own ("of the 300 seats"). */
  private headAfter(pos: number, partitive: boolean): string | null {
    const text = this.text;
    let head: Word | null = null;
    let at = pos;
    for (let count = 0; count < MAX_WORDS; count++) {
      if (partitive && isDigit(text.charCodeAt(skipSpaces(text, at)))) at = pastDigits(text, skipSpaces(text, at));
      const word = wordAfter(text, at);
      if (!word || this.lexicon.stop.has(word.lower) || (count > 0 && isAdverb(word)) || this.isCalendarWord(word)) break;
      if (isParticiple(word) && !this.pluralAfter(word.end)) break;
      if (count > 0 && this.lexicon.postNoun.has(word.lower) && this.endsPhrase(word.end)) break;
      head = word;
      at = word.end;
      const initialism = word.dotted && word.text.includes('.');
      if (initialism) at += 1;
      else if (word.dotted || isPossessive(text, word) || this.isPluralNoun(word)) break;
      if (text[at] !== ' ' && text[at] !== '\t') break;
    }
    // "five new 737 aircraft": a numeral inside the phrase hides its head.
    if (!head || isDigit(text.charCodeAt(skipSpaces(text, at)))) return null;
    return head.lower.replace(/['’]s$/, '');
  }

  /** A plural noun, with -s or irregular ("people"): it ends the counted noun phrase. */
  private isPluralNoun(word: Word): boolean {
    return isPlural(word) || this.lexicon.irregularPlurals.has(word.lower);
  }

  /** A participle before a plural noun is its adjective: "2,000 closed libraries", "12 injured people". */
  private pluralAfter(pos: number): boolean {
    const next = wordAfter(this.text, pos);
    return next !== null && !this.lexicon.stop.has(next.lower) && !isUpper(next.text[0]) && this.isPluralNoun(next);
  }

  /** Nothing of the phrase follows `pos`: punctuation, a digit, the end of the line or a function word. */
  private endsPhrase(pos: number): boolean {
    const next = wordAfter(this.text, pos);
    return next === null || this.lexicon.stop.has(next.lower);
  }
}

/** Characters of the numeral at `pos` ("300", "1,000"). */
function pastDigits(text: string, pos: number): number {
  let i = pos;
  while (isDigit(text.charCodeAt(i)) || ((text[i] === ',' || text[i] === '.') && isDigit(text.charCodeAt(i + 1)))) i++;
  return i;
}

/** A plural noun ends the phrase: "five suspects overnight", "one in five adults smokes". */
function isPlural(word: Word): boolean {
  return word.lower.length > 3 && word.lower.endsWith('s') && !/(?:ss|us|is)$/.test(word.lower);
}

/** A past tense or participle ("imposed", "killed"); capitalised words are names. */
function isParticiple(word: Word): boolean {
  return !isUpper(word.text[0]) && word.lower.length > 4 && word.lower.endsWith('ed');
}

function isAdverb(word: Word): boolean {
  return !isUpper(word.text[0]) && word.lower.length > 4 && word.lower.endsWith('ly');
}
