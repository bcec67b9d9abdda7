/**
 * The source of a cue as written: the noun phrase before it ("the
 * government's top spokesman said"), past an apposition or relative clause
 * set off by commas ("Kim Yo Jong, a deputy department director, said"), or
 * the one after it in an inverted attribution ("…,” said White House Press
 * Secretary Jen Psaki). Titles stay in the mention; appositions do not.
 */
import type { Context } from './context.js';
import { hasClass, isAdverb, isAux, isBoundaryWord, isDeterminer, isSubjectPronoun, titleAt, type Grammar } from './grammar.js';
import { LEADING_CONNECTORS } from './spans.js';
import type { Token } from '../../core/layers.js';

export interface Source {
  /** First token and one past the last token of the mention. */
  readonly first: number;
  readonly last: number;
  /** The mention is a relative pronoun ("X, who said …"): the reported clause ends with the relative clause. */
  readonly relative: boolean;
  /** For a relative pronoun, the token range of its antecedent. */
  readonly antecedent?: { readonly first: number; readonly last: number };
}

const MAX_NP = 12;
/** Lower-case words allowed inside a name ("Secretary of State", "Bank of Japan", "Abu Bakr al-Baghdadi"). */
export const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'da', 'di', 'van', 'von', 'der', 'bin', 'al', 'el', 'la', 'le', 'du', 'dos', 'y']);
/** Prepositions that attach a phrase to a source noun ("a spokesman for the ministry"). */
export const SOURCE_PREPS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'to']);

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** Pronouns a share is taken of: "most of them". */
const PARTITIVE_PRONOUNS = new Set(['them', 'us', 'those', 'these']);

/** A count opening a ratio: "4", "Four". */
function isCount(g: Grammar, t: Token): boolean {
  return t.kind === 'number' || g.counts.has(t.lower);
}

function isYear(t: Token): boolean {
  return t.kind === 'number' && /^(1[6-9]|20)\d\d$/.test(t.text);
}

/** A token that can sit inside a noun phrase, walking leftwards. */
function npInner(ctx: Context, t: Token): boolean {
  if (t.kind === 'possessive') return true;
  if (t.kind === 'number') return !isYear(t);
  // a hyphen joined to its words belongs to the phrase; one set off by spaces is a dash: "Dec 29 (Reuters) - U.S. …"
  if (t.kind !== 'word') return t.text === '-' && ctx.text.charAt(t.start - 1) !== ' ' && ctx.text.charAt(t.end) !== ' ';
  return !isBoundaryWord(ctx.g, t);
}

/**
 * The noun phrase ending at token `end` (inclusive), walking left no further than `floor`:
 * names, titles, modifiers and possessives, up to and including a determiner.
 */
export function phraseEndingAt(ctx: Context, end: number, floor: number): number {
  const { tokens, g } = ctx;
  let k = end;
  // a phrase ending in a parenthesis: "Sen. Bernie Sanders (I-Vt.)"
  if (tokens[end]?.text === ')') {
    let open = end - 1;
    while (open > floor && tokens[open]!.text !== '(' && end - open < 8) open--;
    if (open > floor && tokens[open]!.text === '(') k = open;
  }
  let lower = 0;
  let afterName = false;
  while (k - 1 >= floor && end - k < MAX_NP) {
    const t = tokens[k - 1]!;
    const right = tokens[k]!;
    if (t.text === ')') {
      let open = k - 2;
      while (open >= floor && tokens[open]!.text !== '(' && k - open < 8) open--;
      if (open >= floor && tokens[open]!.text === '(') {
        k = open;
        continue;
      }
      break;
    }
    if (isDeterminer(g, t)) {
      k--;
      break;
    }
    if (ctx.dateOf[k - 1]! >= 0) break;
    if (isWord(t) && NAME_LINKS.has(t.lower) && right.cap && isWord(tokens[k - 2]) && tokens[k - 2]!.cap) {
      k--;
      continue;
    }
    // coordinated sources opening the clause: "Jeb Bush and Chris Christie said", "She and her husband said"
    if (isWord(t) && t.lower === 'and' && k - 2 >= floor && (tokens[k - 2]!.cap || isSubjectPronoun(g, tokens[k - 2]))) {
      const left = isSubjectPronoun(g, tokens[k - 2]) ? k - 2 : phraseEndingAt(ctx, k - 2, floor);
      if (left <= k - 2 && (left === floor || tokens[left - 1]!.text === ',')) {
        k = left;
        break;
      }
      break;
    }
    // a ratio: "Four in 10 voters said", "six out of 10 said"
    if (isWord(t) && (t.lower === 'in' || (t.lower === 'of' && tokens[k - 2]?.lower === 'out')) && right.kind === 'number') {
      const before = t.lower === 'in' ? k - 2 : k - 3;
      if (before >= floor && isCount(g, tokens[before]!)) {
        k = before;
        continue;
      }
    }
    if (!npInner(ctx, t)) break;
    if (isWord(t) && !t.cap) {
      if (++lower > 4) break;
      if (isAdverb(g, t) && t.lower.endsWith('ly')) break;
      // left of a name only a role noun belongs to the phrase: "state delegate Mary Susan", not "the meeting Smith"
      if (afterName && !roleish(ctx, t) && !determinedAdjective(ctx, k - 1, floor)) break;
      afterName = false;
    } else if (isWord(t) && t.cap) afterName = true;
    k--;
  }
  if (k > end) return end + 1;
  // a source noun with a prepositional phrase before it: "a spokesman for the ministry", "officials at the agency",
  // or with an adjective and one: "a person familiar with the planning", "sources close to her campaign"
  if (k - 2 >= floor && SOURCE_PREPS.has(tokens[k - 1]!.lower)) {
    const qualified = k - 3 >= floor && hasClass(ctx.g, tokens[k - 2], 'postadj');
    const noun = tokens[qualified ? k - 3 : k - 2]!;
    if (qualified && isWord(noun) && (ctx.g.nouns.has(noun.lower) || roleish(ctx, noun) || (noun.lower.endsWith('s') && !noun.lower.endsWith('ss')))) {
      const outer = phraseEndingAt(ctx, k - 3, floor);
      if (outer < k - 2) return outer;
    }
    // "Seventy-four percent of Democratic voters", "a third of the delegates"
    const share = tokens[k - 1]!.lower === 'of' && hasClass(ctx.g, noun, 'share');
    if (isWord(noun) && (ctx.g.nouns.has(noun.lower) || titleAt(ctx.g, tokens, k - 2) > 0 || share)) {
      const outer = phraseEndingAt(ctx, k - 2, floor);
      if (outer < k - 1) return outer;
    }
  }
  return k;
}

/** Whether the lower-case word at `i` is a modifier after a determiner: "the nonpartisan Congressional Budget Office". */
function determinedAdjective(ctx: Context, i: number, floor: number): boolean {
  for (let j = i - 1; j >= floor && i - j <= 2; j--) {
    const t = ctx.tokens[j]!;
    if (isDeterminer(ctx.g, t)) return true;
    if (t.kind !== 'word' || t.cap || isBoundaryWord(ctx.g, t)) return false;
  }
  return false;
}

/** A lower-case word naming a role: "spokesman", "delegate", "strategist", "senator". */
function roleish(ctx: Context, t: Token): boolean {
  if (ctx.g.nouns.has(t.lower) || ctx.g.titles.has(t.lower)) return true;
  return t.lower.length > 4 && /(er|or|ist|ian|ant|ent|man|woman|ee)$/.test(t.lower) && !isAdverb(ctx.g, t);
}

/** Whether a comma-delimited segment reads as an apposition or parenthesis, not as the source itself. */
export function appositive(ctx: Context, first: number, last: number): boolean {
  const { tokens, g } = ctx;
  const t = tokens[first];
  if (!t || first >= last) return false;
  if (hasClass(g, t, 'rel')) return true;
  // a clause is no apposition: "the deal is dead, said Smith"
  for (let k = first; k < last && !hasClass(g, tokens[k], 'rel') && !hasClass(g, t, 'prep'); k++) {
    const w = tokens[k]!;
    if (w.kind === 'word' && !w.cap && (isAux(g, w) || (g.verbs.has(w.lower) && k > first && !isDeterminer(g, tokens[k - 1]) && !g.nouns.has(w.lower)))) return false;
  }
  if (t.kind === 'number') return true;
  if (hasClass(g, t, 'prep') || hasClass(g, t, 'det') || hasClass(g, t, 'poss')) return true;
  if (t.kind === 'word' && !t.cap) return !hasClass(g, t, 'conj');
  // a role word, even capitalised: "Democrat of Tennessee", "Republican of Minnesota"
  if (t.kind === 'word' && g.nouns.get(t.lower)?.type === 'person' && last - first <= 4) return true;
  // a role of someone named: "Mrs. Obama's chief of staff", "Sanders’ campaign manager"
  for (let k = first + 1; k + 1 < last && k - first <= 4; k++) {
    if (tokens[k]!.kind !== 'possessive') continue;
    const role = tokens[k + 1]!;
    if (role.kind === 'word' && !role.cap && (g.nouns.get(role.lower)?.type === 'person' || roleish(ctx, role) || titleAt(g, tokens, k + 1) > 0)) return true;
    break;
  }
  const title = titleAt(g, tokens, first);
  if (title > 0 && (first + title === last || !tokens[first + title]!.cap || tokens[first + title]!.lower === 'of')) return true;
  // a place after a name: "Cory James, 22, of Flint, Mich., said", "a delegate from Houston, Texas, said"
  if (last - first <= 3) {
    for (let k = first; k < last; k++) if (!tokens[k]!.cap) return false;
    const text = tokens.slice(first, last).map((w) => w.lower).join(' ');
    return g.states.has(text) || tokens[last - 1]!.text.endsWith('.') || PLACE_HINT.test(text) || ctx.g.tags.get(text)?.some((tag) => tag === 'City' || tag === 'Region' || tag === 'Place' || tag === 'Country') === true;
  }
  return false;
}

const PLACE_HINT = /^(new|north|south|east|west|san|los|las|fort|saint|st\.) /;

/** Index of the comma before `i` in the sentence (outside quotes), or -1. */
function commaBefore(ctx: Context, i: number, floor: number): number {
  for (let k = i - 1; k >= floor; k--) {
    const t = ctx.tokens[k]!;
    if (t.text === ',') return k;
    if (t.kind === 'close' || t.kind === 'open') return -1;
  }
  return -1;
}

/** The source before the cue at token `cue`, or null. */
export function subjectBefore(ctx: Context, cue: number, floor: number): Source | null {
  const { tokens, g } = ctx;
  let j = cue - 1;
  while (j >= floor && (isAdverb(g, tokens[j]) || isAux(g, tokens[j]) || ctx.dateOf[j]! >= 0)) j--;
  // a date phrase between source and cue: "Kato on Tuesday said"
  if (j >= floor && hasClass(g, tokens[j], 'prep') && ctx.dateOf[j + 1]! >= 0) {
    j--;
    while (j >= floor && isAdverb(g, tokens[j])) j--;
  }
  if (j < floor) return null;
  const t = tokens[j]!;
  if (isSubjectPronoun(g, t)) return { first: j, last: j + 1, relative: false };
  // a share of a pronoun: "most of them said", "two of those said"
  if (PARTITIVE_PRONOUNS.has(t.lower) && tokens[j - 1]?.lower === 'of' && j - 2 >= floor && (hasClass(g, tokens[j - 2], 'share') || isCount(g, tokens[j - 2]!))) {
    return { first: j - 2, last: j + 1, relative: false };
  }
  if (hasClass(g, t, 'rel') || t.lower === 'that') {
    // "Daisuke Kawai, deputy director of …, who said": the antecedent before the apposition
    const pronoun = { first: j, last: j + 1, relative: true };
    if (j - 1 >= floor && tokens[j - 1]!.text === ',') {
      const past = subjectPastCommas(ctx, j - 1, floor);
      if (past) return { ...pronoun, antecedent: { first: past.first, last: past.last } };
    }
    const comma = j - 1 >= floor && tokens[j - 1]!.text === ',' ? j - 1 : j;
    if (comma - 1 < floor) return null;
    const start = phraseEndingAt(ctx, comma - 1, floor);
    return start <= comma - 1 && headLooksLikeSource(ctx, start, comma) ? { ...pronoun, antecedent: { first: start, last: comma } } : null;
  }
  if (t.text === ',') return subjectPastCommas(ctx, j, floor);
  if (t.text === '\u2014' || t.text === '--') {
    // "Many speakers — including A, B and C — said"
    let open = j - 1;
    while (open > floor && tokens[open]!.text !== t.text && j - open < 30) open--;
    if (open <= floor || tokens[open]!.text !== t.text) return null;
    const start = phraseEndingAt(ctx, open - 1, floor);
    return start <= open - 1 && headLooksLikeSource(ctx, start, open) ? { first: start, last: open, relative: false } : null;
  }
  if (t.kind === 'word' || t.kind === 'possessive' || t.text === ')' || t.kind === 'number') {
    if (isBoundaryWord(g, t) && t.text !== ')' && t.kind !== 'number') return null;
    const start = phraseEndingAt(ctx, j, floor);
    const short = start <= j && (headLooksLikeSource(ctx, start, j + 1) || speakingThing(ctx, start, j, cue));
    // the phrase may be the tail of a longer subject: "A person familiar with the planning for Thursday’s meeting says"
    if (!short || postModifier(ctx, start - 1) || ctx.tokens[start - 1]?.lower === 'and') {
      let last = cue;
      while (last - 1 > j && (isAdverb(g, tokens[last - 1]) || isAux(g, tokens[last - 1]))) last--;
      const first = subjectClauseStart(ctx, j, floor);
      if (first >= 0 && modifiedSubject(ctx, first, last)) return { first, last, relative: false };
    }
    return short ? { first: start, last: j + 1, relative: false } : null;
  }
  return null;
}

/** "The SVP counterproposal argued", "the airline said": a short determined noun phrase as the subject of a verb of saying. */
function speakingThing(ctx: Context, first: number, head: number, cue: number): boolean {
  const entry = ctx.cueAt[cue]?.entry;
  const t = ctx.tokens[head]!;
  if (!entry || !entry.frames.has('speech') || head - first > 3 || !isDeterminer(ctx.g, ctx.tokens[first])) return false;
  return isWord(t) && !t.cap && ctx.dateOf[head]! < 0 && !ctx.g.verbs.has(t.lower) && !ctx.g.classes.has(t.lower) && !/(ing|ly)$/.test(t.lower);
}

/** Most tokens a subject with post-modifiers may span. */
const MAX_MODIFIED = 18;

/** Whether token `i` opens a post-modifier of a noun: a preposition, "familiar"/"close", a participle ("filed", "conducted"). */
function postModifier(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (!isWord(t) || t.cap) return false;
  if (hasClass(ctx.g, t, 'prep') || hasClass(ctx.g, t, 'postadj')) return !hasClass(ctx.g, t, 'subprep');
  return participle(ctx, i);
}

/**
 * A lower-case -ed or -ing word at `i` that modifies the noun before it: "records compiled by", "a poll released
 * Saturday", "people attending the rally". An -ed word followed by an object is the clause's verb: "Kishida
 * reiterated the offer".
 */
function participle(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.lower.length <= 4 || !/(ed|ing)$/.test(t.lower) || ctx.g.nouns.has(t.lower) || ctx.g.classes.has(t.lower)) return false;
  if (t.lower.endsWith('ing')) return true;
  const next = ctx.tokens[i + 1];
  return !next || ctx.dateOf[i + 1]! >= 0 || hasClass(ctx.g, next, 'prep') || isAdverb(ctx.g, next) || next.kind !== 'word';
}

/** Where the clause holding token `j` starts: after a comma, colon, dash or quotation mark and any leading connector, or -1. */
function subjectClauseStart(ctx: Context, j: number, floor: number): number {
  let k = j;
  while (k - 1 >= floor && j - k < MAX_MODIFIED) {
    const t = ctx.tokens[k - 1]!;
    if (t.text === ',' || t.text === ':' || t.text === ';' || t.text === '\u2014' || t.text === '\u2013' || t.text === '-' || t.text === '--' || t.kind === 'open' || t.kind === 'close') break;
    // the subject of a subordinate or relative clause: "… when a member of the family suggested …"
    if (hasClass(ctx.g, t, 'sub') || hasClass(ctx.g, t, 'rel')) break;
    k--;
  }
  if (k - 1 >= floor && j - k >= MAX_MODIFIED) return -1;
  while (k < j && LEADING_CONNECTORS.has(ctx.tokens[k]!.lower)) k++;
  return k;
}

/**
 * Whether tokens `first` to `last` are a subject with post-modifiers: "Some advocates for stem cell research",
 * "A court document filed Thursday", "Early results of exit polls conducted by Edison Research for The Associated
 * Press". No verb of its own (a relative clause or a second predicate makes it something else); its head, the word
 * before the first modifier, names someone or something that can speak.
 */
function modifiedSubject(ctx: Context, first: number, last: number): boolean {
  const { tokens, g } = ctx;
  if (last - first < 3 || last - first > MAX_MODIFIED) return false;
  const lead = tokens[first]!;
  if (!(isDeterminer(g, lead) || lead.kind === 'number' || (isWord(lead) && (lead.cap || !isBoundaryWord(g, lead)) && !g.verbs.has(lead.lower)))) return false;
  let head = -1;
  for (let k = first; k < last; k++) {
    const t = tokens[k]!;
    if (ctx.dateOf[k]! >= 0 || t.kind === 'possessive' || t.kind === 'number' || t.text === '-' || t.text === '/' || t.text === '&') continue;
    if (!isWord(t)) return false;
    if (t.cap) continue;
    if (isAux(g, t) || isSubjectPronoun(g, t) || hasClass(g, t, 'rel') || hasClass(g, t, 'sub') || hasClass(g, t, 'wh') || t.lower === 'that' || t.lower === 'than') return false;
    if (hasClass(g, t, 'conj') && t.lower !== 'and') return false;
    if (k > first && head < 0 && postModifier(ctx, k)) head = k - 1;
    else if (g.verbs.has(t.lower) && !participle(ctx, k) && !g.nouns.has(t.lower)) return false;
  }
  if (head < first) return false;
  return headLooksLikeSource(ctx, first, head + 1);
}

/** "X, a spokesman for Y, said": skip appositive segments leftwards to the source before them. */
function subjectPastCommas(ctx: Context, comma: number, floor: number): Source | null {
  let right = comma;
  for (let hops = 0; hops < 6; hops++) {
    const left = commaBefore(ctx, right, floor);
    const segFirst = left < 0 ? floor : left + 1;
    // the segment opening the sentence is the source itself: "The ministry, in a statement, said"
    if (!appositive(ctx, segFirst, right) || (left < 0 && hops > 0 && !hasClass(ctx.g, ctx.tokens[segFirst], 'rel') && !hasClass(ctx.g, ctx.tokens[segFirst], 'prep'))) {
      if (hops === 0) return left >= 0 ? describedName(ctx, left, segFirst, right, floor) : null;
      const start = phraseEndingAt(ctx, right - 1, segFirst);
      const short = start <= right - 1 && headLooksLikeSource(ctx, start, right);
      // "Exit polls from the New Hampshire primary, which Mr. Trump won, showed"
      if (!short || postModifier(ctx, start - 1)) {
        const first = subjectClauseStart(ctx, right - 1, segFirst);
        if (first >= 0 && modifiedSubject(ctx, first, right)) return { first, last: right, relative: false };
      }
      return short ? { first: start, last: right, relative: false } : null;
    }
    if (left < 0) return null;
    right = left;
  }
  return null;
}

/**
 * "the Vatican spokesman, Federico Lombardi, told": a name set by commas after a description. The source
 * is the description (the apposition is left out of the mention); the name is found again by the speakers stage.
 */
function describedName(ctx: Context, comma: number, nameFirst: number, nameLast: number, floor: number): Source | null {
  const { tokens } = ctx;
  for (let k = nameFirst; k < nameLast; k++) if (!tokens[k]!.cap && tokens[k]!.kind === 'word') return null;
  const head = tokens[comma - 1];
  if (!head || head.kind !== 'word' || head.cap || !(ctx.g.nouns.get(head.lower)?.type === 'person' || roleish(ctx, head))) return null;
  const start = phraseEndingAt(ctx, comma - 1, floor);
  const lead = tokens[start - 1];
  if (start > comma - 1 || !isDeterminer(ctx.g, tokens[start]) || (start > floor && lead?.text !== ',' && lead?.kind !== 'close')) return null;
  return { first: start, last: comma, relative: false };
}

function headLooksLikeSource(ctx: Context, first: number, last: number): boolean {
  // "a person familiar with the planning": the head is the noun before the qualifying adjective
  for (let i = first + 1; i + 1 < last; i++) {
    if (hasClass(ctx.g, ctx.tokens[i], 'postadj') && SOURCE_PREPS.has(ctx.tokens[i + 1]!.lower)) return headLooksLikeSource(ctx, first, i);
  }
  const head = ctx.tokens[last - 1]!;
  if (head.kind === 'number') return !isYear(head) && last - 1 > first - 1 && (ctx.tokens[last - 2]?.lower === 'in' || last - first === 1);
  if (head.kind === 'possessive') return false;
  // poll figures: "47 percent said", "nearly half said", "three-quarters of voters said"
  if (hasClass(ctx.g, head, 'share')) return true;
  if (head.text === ')') return true;
  if (head.kind !== 'word') return false;
  if (ctx.dateOf[last - 1]! >= 0) return false;
  if (head.cap) return true;
  // a lower-case head must name someone who can speak: "the spokesman", "officials", "the report", not "the overture"
  return ctx.g.nouns.has(head.lower) || roleish(ctx, head) || (head.lower.endsWith('s') && !head.lower.endsWith('ss'));
}

/** The source right after a cue ("said X", "according to X"), up to a comma, clause or date. */
export function subjectAfter(ctx: Context, from: number, limit: number): Source | null {
  const { tokens, g } = ctx;
  let k = from;
  while (k < limit && ctx.dateOf[k]! >= 0) k++;
  const first = k;
  const t = tokens[k];
  if (!t) return null;
  if (isSubjectPronoun(g, t)) return { first: k, last: k + 1, relative: false };
  if (!(t.kind === 'word' && (t.cap || isDeterminer(g, t) || !isBoundaryWord(g, t))) && t.kind !== 'number') return null;
  let lastNoun = -1;
  while (k < limit && k - first < MAX_NP) {
    const w = tokens[k]!;
    if (ctx.dateOf[k]! >= 0) break;
    if (w.kind === 'possessive') {
      k++;
      continue;
    }
    if (w.kind === 'number' && k === first) {
      k++;
      continue;
    }
    if (w.kind !== 'word') {
      if (w.text === '(') {
        let close = k + 1;
        while (close < limit && tokens[close]!.text !== ')' && close - k < 8) close++;
        if (close < limit && tokens[close]!.text === ')') {
          k = close + 1;
          lastNoun = close;
          continue;
        }
      }
      if (w.text === '-' && lastNoun === k - 1) {
        k++;
        continue;
      }
      break;
    }
    if (isDeterminer(g, w)) {
      if (k !== first && !SOURCE_PREPS.has(tokens[k - 1]!.lower)) break;
      k++;
      continue;
    }
    // a capitalised particle opens a name: "said Le Pen", "said De Blasio"
    if ((NAME_LINKS.has(w.lower) && !(w.cap && k === first)) || SOURCE_PREPS.has(w.lower)) {
      const next = tokens[k + 1];
      const prevNoun = tokens[k - 1];
      const linksName = NAME_LINKS.has(w.lower) && next?.cap && prevNoun?.cap;
      const attaches = SOURCE_PREPS.has(w.lower) && prevNoun !== undefined && isWord(prevNoun) && (g.nouns.has(prevNoun.lower) || prevNoun.cap) && next !== undefined && (next.cap || isDeterminer(g, next));
      if ((linksName || attaches) && ctx.dateOf[k + 1]! < 0) {
        k++;
        continue;
      }
      break;
    }
    if (isBoundaryWord(g, w)) break;
    if (!w.cap && isAdverb(g, w) && w.lower.endsWith('ly')) break;
    if (ctx.cueAt[k]) break;
    lastNoun = k;
    k++;
  }
  if (lastNoun < first) return null;
  // the phrase must end the attribution, not open a clause of its own: "said Ali's death is …"
  const next = tokens[lastNoun + 1];
  if (next && lastNoun + 1 < limit && next.kind === 'word' && !next.cap && (isAux(g, next) || (g.verbs.has(next.lower) && !hasClass(g, next, 'prep')))) return null;
  return { first, last: lastNoun + 1, relative: false };
}
