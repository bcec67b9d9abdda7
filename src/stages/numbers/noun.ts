/**
 * The counted noun after a number: the head of the noun phrase that follows it, reached by
 * skipping modifiers ("80,000 U.S. troops" → troops, "13 Japanese people" → people, "13 Japanese,"
 * → japanese), or of the phrase after a partitive "of" ("two of America's key allies" → allies).
 * The phrase ends at punctuation, a line break, a digit, a function word, a verb form, a weekday or
 * a month, and after a plural noun; it is at most four words long.
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
    return this.headAfter(pos);
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
    if (!this.lexicon.determiners.has(owner.lower) && !isPossessive(this.text, owner)) return this.headAfter(pos);
    const apostrophe = this.text[owner.end] === "'" || this.text[owner.end] === '’';
    return this.headAfter(owner.end + (apostrophe ? 1 : 0));
  }

  /** "Tuesday", "March": the time of the sentence, not part of the phrase ("its first test flight Tuesday"). */
  private isCalendarWord(word: Word): boolean {
    const classes = this.lexicon.time.get(word.lower);
    return isUpper(word.text[0]) && ((classes?.has('weekday') ?? false) || (classes?.has('month') ?? false));
  }

  private headAfter(pos: number): string | null {
    const text = this.text;
    let head: Word | null = null;
    let at = pos;
    for (let count = 0; count < MAX_WORDS; count++) {
      const word = wordAfter(text, at);
      if (!word || this.lexicon.stop.has(word.lower) || isParticiple(word) || (count > 0 && isAdverb(word)) || this.isCalendarWord(word)) break;
      head = word;
      at = word.end;
      const initialism = word.dotted && word.text.includes('.');
      if (initialism) at += 1;
      else if (word.dotted || isPossessive(text, word) || isPlural(word)) break;
      if (text[at] !== ' ' && text[at] !== '\t') break;
    }
    // "five new 737 aircraft": a numeral inside the phrase hides its head.
    if (!head || isDigit(text.charCodeAt(skipSpaces(text, at)))) return null;
    return head.lower.replace(/['’]s$/, '');
  }
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
