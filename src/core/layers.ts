/**
 * The layers a document can carry, keyed by name. Each stage declares which
 * of these it requires and which it assigns; a stage that adds a new kind of
 * layer adds its type here.
 */
import type { DateMention, NumberMention, Sentence, Speaker, Stance, TextSpan, ClaimKind, StatedOn } from '../schema/result.js';

/** A pair of quotation marks: `start`/`end` include the marks, `inner*` exclude them. */
export interface Quote {
  readonly start: number;
  readonly end: number;
  readonly innerStart: number;
  readonly innerEnd: number;
  /** `speech`: a quotation that can stand as a claim; `fragment`: a scare quote, title or short phrase quoted inside running text. */
  readonly kind: 'speech' | 'fragment';
  /** The quotation runs on in the next quote: a paragraph left open and the next one reopened (news convention). */
  readonly continues: boolean;
  /** 0 for a quotation in running text, 1 for one nested inside another. */
  readonly depth: number;
}

export type TokenKind = 'word' | 'number' | 'possessive' | 'open' | 'close' | 'punct';

/** A token of the whole text (the tokens stage). */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower case, curly apostrophes made straight. */
  readonly lower: string;
  readonly kind: TokenKind;
  /** First character is an upper-case letter. */
  readonly cap: boolean;
  /** For `open`/`close` tokens: index of the quote in the quotes layer; -1 for the others. */
  readonly quote: number;
}

/** A claim as stages build it; the output adds its id, dates and numbers. */
export interface DocClaim {
  readonly kind: ClaimKind;
  readonly content: TextSpan;
  readonly speaker: Speaker | null;
  readonly cue: TextSpan | null;
  readonly statedOn: StatedOn | null;
}

export interface Layers {
  sentences?: readonly Sentence[];
  dates?: readonly DateMention[];
  numbers?: readonly NumberMention[];
  quotes?: readonly Quote[];
  /** The tokens of the whole text, quotation marks paired as the quotes layer says. */
  tokens?: readonly Token[];
  claims?: readonly DocClaim[];
  /** The people, organisations, groups and countries the article names, with their mentions. */
  entities?: readonly Entity[];
  /** One stance per claim, in the order of the claims layer. */
  stances?: readonly Stance[];
}

export interface Entity {
  readonly name: string;
  readonly type: Speaker['type'];
  readonly mentions: readonly { readonly start: number; readonly end: number }[];
}
