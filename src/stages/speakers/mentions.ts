/**
 * Named mentions of one article: runs of capitalised words (joined by name
 * particles, and for organisations by "for", "of the" and a plural
 * possessive: "Office for National Statistics"), with the titles
 * and role words written before them ("Chief Cabinet Secretary Katsunobu
 * Kato", "North Korean leader Kim Jong Un") taken off and kept as the
 * entity's roles, and the descriptions set beside them by apposition
 * ("Kim's sister and senior official, Kim Yo Jong") kept too, as is an
 * organisation's description before its name ("chemicals group Veltra").
 */
import type { Speaker } from '../../schema/result.js';
import { hasClass, isDeterminer, titleAt, type Grammar } from '../attribution/grammar.js';
import { NAME_LINKS } from '../attribution/source.js';
import type { Token } from '../../core/layers.js';
import { loadCountries } from '../../lexicons/countries.js';
import { loadTable } from '../../lexicons/load.js';

export interface Mention {
  /** Token range of the name itself (titles excluded). */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly type: Speaker['type'];
  /** Lower-case titles and role words written with this mention. */
  readonly roles: readonly string[];
  readonly gender: 'm' | 'f' | null;
  /** The state a country or demonym before the mention's title ties it to ("Japanese Prime Minister …"). */
  readonly state: string | null;
}

let organizationWords: ReadonlyMap<string, ReadonlySet<string>> | undefined;

let demonymStates: ReadonlyMap<string, string> | undefined;

/** Lower-case demonyms ("japanese", "british") → the canonical name of their country (countries lexicon). */
function demonyms(): ReadonlyMap<string, string> {
  demonymStates ??= new Map(loadCountries().flatMap((country) => country.demonyms.map((d) => [d.toLowerCase(), country.state] as const)));
  return demonymStates;
}

/** Head words of organisation names, each with the nouns a description of such a body may use. */
export function orgWords(): ReadonlyMap<string, ReadonlySet<string>> {
  organizationWords ??= new Map(loadTable('organization-words').map(([word, nouns]) => [word!, new Set([word!, ...(nouns ? nouns.split('|') : [])])]));
  return organizationWords;
}

function isFirstName(g: Grammar, t: Token): boolean {
  const tags = g.tags.get(t.lower);
  return tags !== undefined && tags.some((tag) => tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName') && !tags.some((tag) => tag === 'Country' || tag === 'City' || tag === 'Region' || tag === 'Place');
}

/** The head word of a name: the last word, or the word before "of"/"for" ("Ministry of Defence", "Office for National Statistics"). */
function headWord(words: readonly Token[]): Token {
  const of = words.findIndex((w, k) => k > 0 && (w.lower === 'of' || w.lower === 'for'));
  return words[of > 0 ? of - 1 : words.length - 1]!;
}

/** Whether a name names a body by its head word ("Premier League", "Acme Corp."), unless it opens with a first name ("Liam Fox"). */
function isOrganizationName(g: Grammar, words: readonly Token[]): boolean {
  if (words.length === 0 || !orgWords().has(headWord(words).lower)) return false;
  return words.length === 1 || !isFirstName(g, words[0]!);
}

const HONORIFIC_GENDER: Record<string, 'm' | 'f'> = { 'mr.': 'm', mr: 'm', 'mrs.': 'f', mrs: 'f', 'ms.': 'f', ms: 'f', miss: 'f', sir: 'm', dame: 'f', lord: 'm', lady: 'f' };

/**
 * Links that join two capitalised runs into one organisation's name only, as the number of tokens the
 * link at `k` takes (0: none): "for" and "of the"/"for the" after a run holding an organisation word
 * (`org`: "Office for National Statistics", "Court of Appeals for the Ninth Circuit"), a plural
 * possessive (`possessive`: kept only if the name ends in an organisation word, "Citizens' Democratic Alliance").
 */
function weakLink(tokens: readonly Token[], k: number, sentenceStarts: ReadonlySet<number>, org: boolean): { size: number; possessive: boolean } {
  const w = tokens[k]!;
  const joins = (n: number): number => (isNameWord(tokens[k + n]) && !sentenceStarts.has(k + n) ? n : 0);
  if (w.kind === 'possessive' && !w.lower.endsWith('s')) return { size: joins(1), possessive: true };
  if (!org || w.kind !== 'word' || (w.lower !== 'of' && w.lower !== 'for')) return { size: 0, possessive: false };
  return { size: tokens[k + 1]?.lower === 'the' ? joins(2) : w.lower === 'for' ? joins(1) : 0, possessive: false };
}

function isNameWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && t.cap;
}

/** Whether a capitalised word at the start of a sentence is only capitalised because it starts it. */
function sentenceInitialWord(g: Grammar, t: Token): boolean {
  if (g.classes.has(t.lower) || g.cues.byFirst.has(t.lower)) return true;
  const tags = g.tags.get(t.lower);
  return g.verbs.has(t.lower) && !tags;
}

export function typeOfName(g: Grammar, words: readonly Token[], roles: readonly string[]): Speaker['type'] {
  const text = words.map((w) => w.lower).join(' ');
  if (g.states.has(text) || g.states.has(text.replace(/^the /, ''))) return 'country';
  if (isOrganizationName(g, words)) return 'organization';
  const head = words[words.length - 1]!;
  if (/^[A-Z][A-Z.&-]{1,7}$/.test(head.text) && words.length === 1) return 'organization';
  if (roles.length > 0) return 'person';
  const tags = g.tags.get(words[0]!.lower);
  if (tags?.some((t) => t === 'Organization')) return 'organization';
  if (tags?.some((t) => t === 'Country')) return 'country';
  return 'person';
}

function genderOfFirstName(g: Grammar, t: Token): 'm' | 'f' | null {
  const tags = g.tags.get(t.lower);
  if (!tags) return null;
  const male = tags.includes('MaleName');
  const female = tags.includes('FemaleName');
  return male && !female ? 'm' : female && !male ? 'f' : null;
}

/**
 * A lower-case description of an organisation right before a name, ending in a noun the source-nouns
 * lexicon calls an organisation: "Dutch chemicals group" before "Veltra", "equity firm" before
 * "Halden Partners". Lower-case words only, article and prepositions excluded.
 */
function organizationBefore(g: Grammar, tokens: readonly Token[], first: number): string | null {
  const noun = tokens[first - 1];
  if (!noun || noun.kind !== 'word' || noun.cap || g.nouns.get(noun.lower)?.type !== 'organization') return null;
  const words = [noun.lower];
  for (let k = first - 2; k >= 0 && k >= first - 4; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.cap || isDeterminer(g, t) || hasClass(g, t, 'prep') || hasClass(g, t, 'conj') || g.verbs.has(t.lower)) break;
    words.unshift(t.lower);
  }
  // "told the committee Smith was …": a bare noun after an article is an object, not a description
  if (words.length === 1 && isDeterminer(g, tokens[first - 2])) return null;
  return words.join(' ');
}

/** The titles and lower-case role words right before token `first`, walking left, as [role phrases, new first]. */
function rolesBefore(g: Grammar, tokens: readonly Token[], first: number, floor: number): { roles: string[]; gender: 'm' | 'f' | null } {
  const roles: string[] = [];
  let gender: 'm' | 'f' | null = null;
  let k = first - 1;
  while (k >= floor && k >= first - 4) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || isDeterminer(g, t) || hasClass(g, t, 'prep') || hasClass(g, t, 'conj')) break;
    const noun = g.nouns.get(t.lower);
    if (noun && noun.type === 'person') {
      roles.push(t.lower);
      gender ??= noun.gender;
      k--;
      continue;
    }
    if (!t.cap && k < first - 1) {
      roles[roles.length - 1] = `${t.lower} ${roles[roles.length - 1] ?? ''}`.trim();
      k--;
      continue;
    }
    break;
  }
  return { roles, gender };
}

/** Every named mention of the article, in order. */
export function findMentions(g: Grammar, text: string, tokens: readonly Token[], sentenceStarts: ReadonlySet<number>): Mention[] {
  const mentions: Mention[] = [];
  const heads = orgWords();
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isNameWord(t)) {
      i++;
      continue;
    }
    let first = i;
    let last = i + 1;
    let org = heads.has(t.lower);
    let possessive = -1;
    while (last < tokens.length) {
      const w = tokens[last]!;
      if (isNameWord(w) && !sentenceStarts.has(last)) {
        org ||= heads.has(w.lower);
        last++;
        continue;
      }
      if (w.kind === 'word' && NAME_LINKS.has(w.lower) && isNameWord(tokens[last + 1]) && !sentenceStarts.has(last + 1)) {
        last += 2;
        continue;
      }
      const link = weakLink(tokens, last, sentenceStarts, org);
      // one plural possessive a run: what a cut run leaves is read again, so each token is read at most twice
      if (link.size > 0 && !(link.possessive && possessive >= 0)) {
        if (link.possessive) possessive = last;
        last += link.size + 1;
        continue;
      }
      break;
    }
    if (possessive >= 0 && !heads.has(tokens[last - 1]!.lower)) last = possessive;
    i = last;
    if (sentenceStarts.has(first) && (sentenceInitialWord(g, tokens[first]!) || (last - first === 1 && g.nouns.has(tokens[first]!.lower)))) first++;
    // titles written before the name: "Chief Cabinet Secretary", "U.S. President", "Sen."
    const roles: string[] = [];
    let gender: 'm' | 'f' | null = null;
    // the state a country or demonym before a title names: '' for one naming no single state ("Korean")
    let countryPrefix: string | null = null;
    for (;;) {
      if (first >= last) break;
      const title = titleAt(g, tokens, first);
      if (title > 0 && first + title < last) {
        const words = tokens.slice(first, first + title).map((w) => w.lower);
        roles.push(words.join(' '));
        gender ??= HONORIFIC_GENDER[words[0]!] ?? titleGender(g, tokens, first);
        first += title;
        continue;
      }
      const state = tokens[first]!.lower;
      if ((g.states.has(state) || demonyms().has(state) || g.tags.get(state)?.includes('Demonym') === true) && first + 1 < last && titleAt(g, tokens, first + 1) > 0) {
        countryPrefix = g.states.get(state) ?? demonyms().get(state) ?? '';
        first++;
        continue;
      }
      break;
    }
    if (first >= last || isCalendarWord(g, tokens[first]!)) continue;
    // a country written before a name: "North Korea Jung Pak"
    const prefix = statePrefix(g, tokens, first, last);
    if (prefix > first && last - prefix >= 2 && !isOrganizationName(g, tokens.slice(prefix, last))) {
      const start = tokens[first]!.start;
      const end = tokens[prefix - 1]!.end;
      mentions.push({ first, last: prefix, start, end, name: text.slice(start, end), type: 'country', roles: [], gender: null, state: null });
      first = prefix;
    }
    const description = roles.length === 0 && countryPrefix === null && !isFirstName(g, tokens[first]!) ? organizationBefore(g, tokens, first) : null;
    if (description) roles.push(description);
    else if (countryPrefix === null) {
      const before = rolesBefore(g, tokens, first, 0);
      roles.push(...before.roles);
      gender ??= before.gender;
    }
    roles.push(...appositionRoles(g, tokens, first, last));
    const words = tokens.slice(first, last);
    const named = typeOfName(g, words, roles);
    const type = description && named === 'person' ? 'organization' : named;
    if (type === 'person') gender ??= genderOfFirstName(g, words[0]!);
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    mentions.push({ first, last, start, end, name: text.slice(start, end), type, roles, gender: type === 'person' ? gender : null, state: countryPrefix || null });
  }
  return mentions;
}

/** The end of a country name opening the run at `first` ("North Korea" in "North Korea Jung Pak"), or `first`. */
function statePrefix(g: Grammar, tokens: readonly Token[], first: number, last: number): number {
  let key = '';
  let found = first;
  for (let k = first; k < last && k - first < 4; k++) {
    key = key ? `${key} ${tokens[k]!.lower}` : tokens[k]!.lower;
    if (g.states.has(key)) found = k + 1;
  }
  return found;
}

/** Weekdays and months are capitalised but name no one. */
function isCalendarWord(g: Grammar, t: Token): boolean {
  return g.tags.get(t.lower)?.some((tag) => tag === 'WeekDay' || tag === 'Month' || tag === 'Date' || tag === 'Holiday') === true;
}

function titleGender(g: Grammar, tokens: readonly Token[], at: number): 'm' | 'f' | null {
  for (const title of g.titles.get(tokens[at]!.lower) ?? []) {
    if (title.words.every((w, k) => tokens[at + k]?.lower === w)) return title.gender;
  }
  return null;
}

/** The words of a description if it holds a role noun ("a deputy department director"), lower case, article dropped. */
function description(g: Grammar, tokens: readonly Token[], first: number, last: number): string[] {
  let k = first;
  while (k < last && (isDeterminer(g, tokens[k]) || tokens[k]!.kind === 'possessive')) k++;
  const words = tokens.slice(k, last);
  if (words.length === 0 || words.length > 8) return [];
  const heads = words.filter((w) => w.kind === 'word' && (g.nouns.get(w.lower)?.type === 'person' || g.titles.has(w.lower)));
  if (heads.length === 0) return [];
  const phrase = tokens.slice(first, last).map((w) => (w.kind === 'possessive' ? w.lower : ` ${w.lower}`)).join('').trim().replace(/^(the|a|an) /, '');
  return [phrase, ...heads.map((h) => h.lower)];
}

/** Roles set beside a name by commas: "Kim's sister and senior official, Kim Yo Jong" / "Kim Yo Jong, a deputy director,". */
function appositionRoles(g: Grammar, tokens: readonly Token[], first: number, last: number): string[] {
  const roles: string[] = [];
  if (tokens[first - 1]?.text === ',') {
    let k = first - 2;
    while (k >= 0 && first - k <= 10 && tokens[k]!.text !== ',' && tokens[k]!.text !== '.' && !(tokens[k]!.kind === 'word' && hasClass(g, tokens[k], 'prep') && tokens[k]!.lower !== 'of') && !g.cues.byFirst.has(tokens[k]!.lower)) k--;
    roles.push(...description(g, tokens, k + 1, first - 1));
  }
  if (tokens[last]?.text === ',' && (isDeterminer(g, tokens[last + 1]) || (tokens[last + 1]?.kind === 'word' && !tokens[last + 1]!.cap))) {
    let k = last + 1;
    while (k < tokens.length && k - last <= 10 && tokens[k]!.text !== ',' && tokens[k]!.text !== '.' && !hasClass(g, tokens[k], 'rel') && !g.cues.byFirst.has(tokens[k]!.lower)) k++;
    // "X, the government's spokesman said": the phrase is the subject of a cue, not an apposition
    if (tokens[k]?.text === ',' || tokens[k]?.text === '.' || hasClass(g, tokens[k], 'rel')) roles.push(...description(g, tokens, last + 1, k));
  }
  return roles;
}
