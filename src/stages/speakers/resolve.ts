/**
 * Document-level speaker resolution. Named mentions become entities under
 * the fullest name the article gives ("Kato" joins "Katsunobu Kato");
 * capitals and country forms become their state; a one-word short form
 * becomes the organisation whose name it opens ("Ashford" → "Ashford
 * Athletic"); "he"/"she" go to the most recent subject of their sentence or the
 * writer's sentence before, else the last speaker or nearest earlier entity
 * of the right number and gender, gender as the article uses it (a name
 * later taken up by "she" is a woman's); "his government" to the state the
 * person's title ties them to; descriptions go to the
 * entity introduced with that role ("the government's top spokesman" → the
 * Chief Cabinet Secretary the article names, through the titles lexicon),
 * "the agency" to the organisation last named that the name, a listed
 * synonym or its description ("chemicals group Veltra") calls an
 * agency, "a panel of X" and "a poll by X" to X, "the statement" to the
 * source last quoted.
 * What stays unresolved keeps its mention, leading article dropped.
 */
import type { DocClaim, Entity, Token } from '../../core/layers.js';
import type { Speaker } from '../../schema/result.js';
import { isDeterminer, titleAt, type Grammar } from '../attribution/grammar.js';
import { headOf } from '../attribution/claims.js';
import { orgWords, typeOfName, type Mention } from './mentions.js';
import { lowerBound, upperBound } from '../../text/search.js';

let epithetSet: ReadonlySet<string> | undefined;

/**
 * Descriptions of several words that the titles lexicon gives an office and that are no title
 * themselves ("top government spokesman" for the Chief Cabinet Secretary): epithets of one office-holder.
 */
function officeEpithets(g: Grammar): ReadonlySet<string> {
  if (!epithetSet) {
    const titles = new Set<string>();
    const roles = new Set<string>();
    for (const list of g.titles.values()) {
      for (const t of list) {
        titles.add(t.words.join(' '));
        for (const r of t.roles) if (r.includes(' ')) roles.add(r);
      }
    }
    epithetSet = new Set([...roles].filter((r) => !titles.has(r)));
  }
  return epithetSet;
}

interface Ent {
  name: string;
  readonly type: Speaker['type'];
  gender: 'm' | 'f' | null;
  readonly roles: Set<string>;
  readonly mentions: { start: number; end: number }[];
  /** Lower-case words of every name the entity goes by. */
  readonly words: Set<string>;
  /** The state the article ties a person to ("Japanese Prime Minister …"), for "his government". */
  state: string | null;
}

interface Event {
  readonly pos: number;
  readonly ent: Ent;
  readonly quoted: boolean;
  /** Whether the mention is its clause's subject: before the sentence's first verb, or a speaker. */
  readonly subject: boolean;
}

const PRONOUN_GENDER = new Map<string, 'm' | 'f'>([['he', 'm'], ['him', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f']]);
/** Possessive pronouns standing as sources ("his claim that …") read as their subject forms. */
const SUBJECT_FORM = new Map([['his', 'he'], ['her', 'she'], ['its', 'it'], ['their', 'they'], ['our', 'we'], ['my', 'i']]);
const RELATIVES = new Set(['who', 'which', 'that']);
/** Nouns for a state's government: "his government" is the state of the person "his" stands for. */
const GOVERNMENTS = new Set(['government', 'administration']);
const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'some', 'several', 'two', 'three', 'many', 'other', 'few', 'various', 'unnamed', 'anonymous']);
/** Paragraph-sized window, in characters, within which a pronoun finds its antecedent. */
const PRONOUN_WINDOW = 1500;

function nameLength(e: Ent): number {
  let n = 1;
  for (let i = e.name.indexOf(' '); i >= 0; i = e.name.indexOf(' ', i + 1)) n++;
  return n;
}

export interface Resolution {
  readonly claims: DocClaim[];
  readonly entities: Entity[];
}

export class Resolver {
  private readonly ents: Ent[] = [];
  private readonly events: Event[] = [];
  private readonly byMention = new Map<Mention, Ent>();
  /** Person entities by each lower-case word of their names, most recently mentioned last. */
  private readonly personsByWord = new Map<string, Ent[]>();
  /** The first mention of each organisation named with several words, by its first word. */
  private readonly orgsByFirstWord = new Map<string, Mention>();
  /** Other entities by lower-case name. */
  private readonly byKey = new Map<string, Ent>();
  /** Entities the article names (not descriptions standing for themselves). */
  private readonly named = new Set<Ent>();
  /** Each role's names (roleNames), worked out on first use. */
  private readonly roleNamesMemo = new Map<string, readonly string[]>();
  /** Offset of each sentence's first verb outside quotations (Infinity if none). */
  private readonly firstVerbs: number[];
  /** For each sentence, how many sentences up to it open outside a quotation: the writer's sentences. */
  private readonly narrated: number[];

  constructor(
    private readonly g: Grammar,
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly mentions: readonly Mention[],
    private readonly quoted: (pos: number) => boolean,
    /** Start offsets of the article's sentences, in order. */
    private readonly sentenceStarts: readonly number[],
  ) {
    this.firstVerbs = this.sentenceFirstVerbs();
    this.narrated = this.narratedCounts();
    for (const m of mentions) {
      const word = this.tokens[m.first]!.lower;
      if (m.type === 'organization' && m.last - m.first > 1 && !this.orgsByFirstWord.has(word)) this.orgsByFirstWord.set(word, m);
    }
    for (const m of mentions) this.place(m);
    this.learnGender();
  }

  /** The entity a named mention belongs to, made or extended. */
  private place(m: Mention): void {
    // the mention whose name and type the entity takes: a short form's full name
    const full = this.fullForm(m) ?? m;
    const words = this.tokens.slice(full.first, full.last).map((t) => t.lower);
    let ent: Ent | undefined;
    let name = full.name;
    let key = words.join(' ');
    if (full.type === 'country') {
      name = this.g.states.get(key) ?? this.g.states.get(key.replace(/^the /, '')) ?? m.name;
      key = `country:${name}`;
      ent = this.byKey.get(key);
    } else if (full.type === 'person') {
      ent = this.samePerson(words);
    } else {
      key = `${full.type}:${key}`;
      ent = this.byKey.get(key);
    }
    if (!ent) {
      ent = { name, type: full.type, gender: m.gender, roles: new Set(), mentions: [], words: new Set(words), state: m.state };
      this.ents.push(ent);
      if (full.type !== 'person') this.byKey.set(key, ent);
    } else {
      if (ent.type === 'person' && words.length > nameLength(ent)) ent.name = name;
      ent.gender ??= m.gender;
      ent.state ??= m.state;
    }
    for (const w of words) ent.words.add(w);
    if (ent.type === 'person') {
      for (const w of words) {
        const list = this.personsByWord.get(w) ?? [];
        const at = list.indexOf(ent);
        if (at >= 0) list.splice(at, 1);
        list.push(ent);
        this.personsByWord.set(w, list);
      }
    }
    for (const r of m.roles) ent.roles.add(r);
    this.named.add(ent);
    ent.mentions.push({ start: m.start, end: m.end });
    this.byMention.set(m, ent);
    this.events.push({ pos: m.start, ent, quoted: this.quoted(m.start), subject: this.isSubject(m) });
  }

  /**
   * The organisation a one-word mention of no person the article has named is the short form of: the
   * first organisation named with several words that opens with it ("Ashford" for "Ashford Athletic").
   */
  private fullForm(m: Mention): Mention | undefined {
    if (m.type !== 'person' || m.last - m.first !== 1 || m.roles.length > 0) return undefined;
    const word = this.tokens[m.first]!.lower;
    return this.personsByWord.has(word) ? undefined : this.orgsByFirstWord.get(word);
  }

  /**
   * Whether a named mention is its clause's subject: followed by a verb, or before the sentence's first
   * verb, but not a person's name after an article ("the Conservative housing spokesman" names no one).
   */
  private isSubject(m: Mention): boolean {
    if (m.type === 'person' && isDeterminer(this.g, this.tokens[m.first - 1])) return false;
    return m.start < (this.firstVerbs[this.sentenceOf(m.start)] ?? Infinity) || this.g.verbs.has(this.tokens[m.last]?.lower ?? '');
  }

  private narratedCounts(): number[] {
    let n = 0;
    return this.sentenceStarts.map((start) => {
      let k = this.tokenIndex(start);
      while (k < this.tokens.length && this.tokens[k]!.kind !== 'word') k++;
      if (k < this.tokens.length && !this.quoted(this.tokens[k]!.start)) n++;
      return n;
    });
  }

  private sentenceFirstVerbs(): number[] {
    const verbs = this.sentenceStarts.map(() => Infinity);
    let sentence = -1;
    for (const t of this.tokens) {
      while (sentence + 1 < this.sentenceStarts.length && this.sentenceStarts[sentence + 1]! <= t.start) sentence++;
      if (sentence >= 0 && verbs[sentence] === Infinity && t.kind === 'word' && !t.cap && this.g.verbs.has(t.lower) && !this.quoted(t.start)) verbs[sentence] = t.start;
    }
    return verbs;
  }

  /** A person entity sharing the mention's surname or, for a one-word mention, any of its names (the most recent). */
  private samePerson(words: readonly string[]): Ent | undefined {
    const last = words[words.length - 1]!;
    const candidates = this.personsByWord.get(last) ?? [];
    for (let k = candidates.length - 1; k >= 0; k--) {
      const e = candidates[k]!;
      if (words.length === 1) return e;
      const eWords = e.name.toLowerCase().split(' ');
      if (eWords.length === 1 || (eWords[eWords.length - 1] === last && eWords[0] === words[0])) return e;
    }
    return undefined;
  }

  /**
   * Gender as the article uses it: a "he" or "she" outside quotations with one
   * person named in its sentence or the one before votes for that person.
   */
  private learnGender(): void {
    const votes = new Map<Ent, { m: number; f: number }>();
    let e = 0;
    for (const t of this.tokens) {
      const gender = t.kind === 'word' ? PRONOUN_GENDER.get(t.lower) : undefined;
      if (!gender || this.quoted(t.start)) continue;
      while (e < this.events.length && this.events[e]!.pos < t.start) e++;
      const near = new Set<Ent>();
      for (let k = e - 1; k >= 0 && t.start - this.events[k]!.pos < 400; k--) {
        const ev = this.events[k]!;
        if (ev.ent.type === 'person' && !ev.quoted) near.add(ev.ent);
      }
      if (near.size !== 1) continue;
      const [ent] = [...near];
      const v = votes.get(ent!) ?? { m: 0, f: 0 };
      v[gender]++;
      votes.set(ent!, v);
    }
    for (const [ent, v] of votes) {
      if (v.m > v.f) ent.gender = 'm';
      else if (v.f > v.m) ent.gender = 'f';
    }
  }

  /** The named mentions starting in [start, end). */
  private mentionsIn(start: number, end: number): Mention[] {
    const out: Mention[] = [];
    for (let k = lowerBound(this.mentions, start, (m) => m.start); k < this.mentions.length && this.mentions[k]!.start < end; k++) out.push(this.mentions[k]!);
    return out;
  }

  /**
   * The entity a capitalised phrase names: the name holding its head ("Maria Costa of the Liberal Union"),
   * or, where the head is a bare title or role, the last name in it ("Senior Official for North Korea Jung Pak").
   */
  private namedBy(s: Speaker, head: Token): Ent | undefined {
    const inSpan = this.mentionsIn(s.start, s.end);
    const role = (n: Mention): boolean => titleAt(this.g, this.tokens, n.first) === n.last - n.first || this.g.nouns.get(this.tokens[n.last - 1]!.lower)?.type === 'person';
    const m = inSpan.find((n) => n.start <= head.start && head.start < n.end && !role(n)) ?? inSpan[inSpan.length - 1];
    return m ? this.byMention.get(m) : undefined;
  }

  private pronoun(word: string, pos: number, previous: Ent | undefined): Ent | undefined {
    const gender = PRONOUN_GENDER.get(word);
    const fits = (e: Ent): boolean => {
      if (word === 'they') return e.type === 'group' || e.type === 'organization' || e.type === 'country';
      if (word === 'it') return e.type === 'organization' || e.type === 'country';
      return e.type === 'person' && (e.gender === null || e.gender === gender);
    };
    // he/she: the subject of this or the previous sentence, most recent first ("X was furious. “…,” he said.")
    if (gender !== undefined) {
      const sentence = this.narrated[this.sentenceOf(pos)] ?? 0;
      for (let k = upperBound(this.events, pos - 1, (e) => e.pos) - 1; k >= 0; k--) {
        const ev = this.events[k]!;
        if (pos - ev.pos > PRONOUN_WINDOW || (this.narrated[this.sentenceOf(ev.pos)] ?? 0) < sentence - 1) break;
        // a lone capitalised word the article never names in full nor gives a role ("However, …") may be no one
        const named = ev.ent.type !== 'person' || nameLength(ev.ent) > 1 || ev.ent.roles.size > 0 || ev.ent.gender !== null;
        if (ev.subject && !ev.quoted && named && fits(ev.ent)) return ev.ent;
      }
    }
    if (previous && fits(previous)) return previous;
    let open: Ent | undefined;
    for (let k = this.events.length - 1; k >= 0; k--) {
      const ev = this.events[k]!;
      if (ev.pos >= pos) continue;
      if (pos - ev.pos > PRONOUN_WINDOW) break;
      if (ev.quoted || !fits(ev.ent)) continue;
      if (gender === undefined || ev.ent.gender === gender) return ev.ent;
      open ??= ev.ent;
    }
    return open ?? (previous && fits(previous) ? previous : undefined);
  }

  /** The person the article names with a role ("spokesman", "prime minister"), nearest to `pos`. */
  private byRole(phrase: string, head: string, pos: number): Ent | undefined {
    let best: Ent | undefined;
    let bestScore = -Infinity;
    for (const e of this.ents) {
      if (e.type !== 'person') continue;
      let score = -Infinity;
      for (const role of e.roles) {
        const names = this.roleNames(role);
        if (names.includes(phrase)) score = Math.max(score, 2);
        else if (names.some((r) => r === head || r.endsWith(` ${head}`))) score = Math.max(score, 1);
      }
      if (score === -Infinity) continue;
      let distance = Infinity;
      for (const m of e.mentions) distance = Math.min(distance, Math.abs(m.start - pos));
      const total = score - distance / 1e6;
      if (total > bestScore) {
        bestScore = total;
        best = e;
      }
    }
    return best;
  }

  /** A mention that is only a title, maybe after a country ("Japan PM", "the President"): the title, lower case. */
  private bareTitle(words: readonly Token[]): string | null {
    let k = 0;
    if (words[k]?.lower === 'the') k++;
    const w = words[k]?.lower ?? '';
    if (words.length > k + 1 && (this.g.states.has(w) || this.g.tags.get(w)?.includes('Demonym'))) k++;
    const at = words[k];
    if (!at || !at.cap) return null;
    for (const title of this.g.titles.get(at.lower) ?? []) {
      if (k + title.words.length === words.length && title.words.every((t, j) => words[k + j]!.lower === t)) return title.roles[0] ?? title.words.join(' ');
    }
    return null;
  }

  /** The roles a title also goes by (titles lexicon): "chief cabinet secretary" → "spokesman", "top government spokesman" … */
  private titleRoles(role: string): readonly string[] {
    const words = role.split(' ');
    for (const title of this.g.titles.get(words[0]!) ?? []) if (title.words.join(' ') === role) return title.roles;
    return [];
  }

  /** A role and the roles its title also goes by, once each; worked out once per role (byRole asks for every person's roles at each claim). */
  private roleNames(role: string): readonly string[] {
    let names = this.roleNamesMemo.get(role);
    if (!names) {
      names = [...new Set([role, ...this.titleRoles(role)])];
      this.roleNamesMemo.set(role, names);
    }
    return names;
  }

  /**
   * The organisation "the <noun>" stands for: the one named last before it (else first after it) whose
   * name or description has that noun or one the organisation-words lexicon lets stand for it
   * ("the agency" → National Intelligence Service); none if no organisation is so called.
   */
  private organizationCalled(noun: string, pos: number): Ent | undefined {
    let called: Ent | undefined;
    for (const ev of this.events) {
      if (ev.ent.type !== 'organization' || !this.named.has(ev.ent) || !this.isCalled(ev.ent, noun)) continue;
      if (!called || ev.pos < pos) called = ev.ent;
    }
    return called;
  }

  /** The organisation so called that the article first names after `pos`, in the next sentence at the latest. */
  private organizationIntroduced(noun: string, pos: number): Ent | undefined {
    const sentence = this.narrated[this.sentenceOf(pos)] ?? 0;
    const seen = new Set<Ent>();
    for (const ev of this.events) {
      if (ev.pos >= pos && (this.narrated[this.sentenceOf(ev.pos)] ?? 0) > sentence + 1) break;
      if (ev.ent.type !== 'organization' || seen.has(ev.ent)) continue;
      seen.add(ev.ent);
      if (ev.pos >= pos && this.named.has(ev.ent) && this.isCalled(ev.ent, noun)) return ev.ent;
    }
    return undefined;
  }

  private isCalled(e: Ent, noun: string): boolean {
    const words = orgWords();
    for (const w of e.words) if (w === noun || words.get(w)?.has(noun) === true) return true;
    for (const r of e.roles) {
      const last = r.slice(r.lastIndexOf(' ') + 1);
      if (last === noun || words.get(last)?.has(noun) === true) return true;
    }
    return false;
  }

  /** The organisation named nearest to `pos`, within a paragraph: the author of "the statement". */
  private nearestOrganization(pos: number): Ent | undefined {
    let nearest: Ent | undefined;
    let distance = PRONOUN_WINDOW;
    for (const ev of this.events) {
      if (ev.ent.type !== 'organization' || !this.named.has(ev.ent)) continue;
      const d = Math.abs(ev.pos - pos);
      if (d < distance) {
        distance = d;
        nearest = ev.ent;
      }
    }
    return nearest;
  }

  /** Resolves each claim's speaker; returns the claims and the entities with the mentions they got. */
  resolve(claims: readonly DocClaim[]): Resolution {
    const out: DocClaim[] = [];
    let previous: Ent | undefined;
    let pending: { index: number; ent: Ent; pos: number; role: string } | undefined;
    for (const claim of claims) {
      const speaker = claim.speaker;
      if (!speaker) {
        out.push(claim);
        continue;
      }
      const found = this.speaker(speaker, previous);
      const { name, type } = found;
      const ent = found.ent ?? this.described(name, type, speaker);
      // an office-holder's epithet as source, then a person first named in the next sentence with no role of
      // their own: the office-holder ("Tokyo's top government spokesman said …" / "…,” Yoshimasa Hayashi told reporters)
      if (pending && ent && ent !== pending.ent && ent.type === 'person' && ent.roles.size === 0 && found.ent) {
        let firstSeen = Infinity;
        for (const m of ent.mentions) firstSeen = Math.min(firstSeen, m.start);
        if (firstSeen > pending.pos && this.sentenceOf(firstSeen) - this.sentenceOf(pending.pos) <= 1) {
          const earlier = out[pending.index]!;
          out[pending.index] = { ...earlier, speaker: { ...earlier.speaker!, name: ent.name, type: ent.type } };
          ent.roles.add(pending.role);
          for (const m of pending.ent.mentions) ent.mentions.push(m);
          this.ents.splice(this.ents.indexOf(pending.ent), 1);
        }
      }
      if (found.ent) pending = undefined;
      else if (ent && found.role !== undefined && officeEpithets(this.g).has(found.role)) pending = { index: out.length, ent, pos: speaker.start, role: found.role };
      if (ent) {
        if (!ent.mentions.some((m) => m.start === speaker.start && m.end === speaker.end)) ent.mentions.push({ start: speaker.start, end: speaker.end });
        if (this.tokenAt(speaker.start)?.kind === 'word') this.addEvent({ pos: speaker.start, ent, quoted: false, subject: true });
        previous = ent;
      }
      out.push({ ...claim, speaker: { ...speaker, name: ent ? ent.name : name, type: ent ? ent.type : type } });
    }
    const entities = this.ents.map((e) => ({ name: e.name, type: e.type, mentions: [...e.mentions].sort((a, b) => a.start - b.start) }));
    return { claims: out, entities };
  }

  /**
   * A definite description nobody in the article answers to ("the ministry") stands for an entity of
   * its own, so that "it" and a repeated "the ministry" find it; pronouns and indefinite or plural
   * descriptions do not.
   */
  private described(name: string, type: Speaker['type'], s: Speaker): Ent | undefined {
    const words = this.tokensIn(s.start, s.end);
    const first = words[0];
    if (!first || words.length === 1 && this.g.classes.get(first.lower)?.has('subj')) return undefined;
    const definite = /^the\s/i.test(s.text) || words.some((w) => w.kind === 'possessive');
    if (INDEFINITE.has(first.lower) || (type !== 'group' && !definite)) return undefined;
    const ent = this.keyed(`${type}:${name.toLowerCase()}`, name, type);
    this.addEvent({ pos: s.start, ent, quoted: false, subject: true });
    return ent;
  }

  /** The entity under `key` (as `place` keys states and bodies), made if the article has not named it. */
  private keyed(key: string, name: string, type: Speaker['type']): Ent {
    let ent = this.byKey.get(key);
    if (!ent) {
      ent = { name, type, gender: null, roles: new Set(), mentions: [], words: new Set(name.toLowerCase().split(' ')), state: null };
      this.ents.push(ent);
      this.byKey.set(key, ent);
    }
    return ent;
  }

  /** Records a mention of an entity, keeping events in text order. */
  private addEvent(ev: Event): void {
    this.events.splice(upperBound(this.events, ev.pos, (e) => e.pos), 0, ev);
  }

  /** Index of the first token ending after `pos`. */
  private tokenIndex(pos: number): number {
    return upperBound(this.tokens, pos, (t) => t.end);
  }

  private tokenAt(pos: number): Token | undefined {
    const t = this.tokens[this.tokenIndex(pos)];
    return t && t.start <= pos ? t : undefined;
  }

  private tokensIn(start: number, end: number): Token[] {
    const out: Token[] = [];
    for (let k = this.tokenIndex(start); k < this.tokens.length && this.tokens[k]!.start < end; k++) out.push(this.tokens[k]!);
    return out;
  }

  /** Index of the sentence holding `pos`. */
  private sentenceOf(pos: number): number {
    return upperBound(this.sentenceStarts, pos, (s) => s) - 1;
  }

  private speaker(s: Speaker, previous: Ent | undefined): { ent: Ent | undefined; name: string; type: Speaker['type']; role?: string } {
    const words = this.tokensIn(s.start, s.end).filter((t) => t.kind === 'word' || t.kind === 'possessive');
    const bare = s.text.replace(/^(the|a|an)\s+/i, '');
    const head = headOf(words);
    if (!head) return { ent: undefined, name: bare, type: s.type };
    if (words.length === 1 && RELATIVES.has(head.lower) && s.name !== s.text) {
      // a relative pronoun: resolve the antecedent the attribution stage found, written just before it
      const at = this.text.lastIndexOf(s.name, s.start);
      if (at >= 0) return this.speaker({ ...s, start: at, end: at + s.name.length, text: s.name }, previous);
    }
    if (words.length === 1 && (this.g.classes.get(head.lower)?.has('subj') || SUBJECT_FORM.has(head.lower))) {
      return { ent: this.pronoun(SUBJECT_FORM.get(head.lower) ?? head.lower, s.start, previous), name: s.text, type: s.type };
    }
    const role = this.bareTitle(words);
    if (role) {
      const ent = this.byRole(role, role, s.start);
      return { ent, name: bare, type: 'person' };
    }
    // a capitalised title heading the phrase with no name after it: "Chad's Ambassador to France"
    const headAt = words.indexOf(head);
    if (head.cap && (this.g.titles.get(head.lower) ?? []).some((t) => t.words.length === 1) && !words.slice(headAt + 1).some((w) => w.cap && !this.g.states.has(w.lower) && w.kind === 'word' && words[words.indexOf(w) - 1]?.lower !== 'to' && words[words.indexOf(w) - 1]?.lower !== 'of')) {
      return { ent: this.byRole(head.lower, head.lower, s.start), name: bare, type: 'person' };
    }
    const common = head.cap && words.length === 1 && this.g.nouns.has(head.lower);
    if (head.cap && !common) {
      const named = this.namedBy(s, head);
      if (named) return { ent: named, name: named.name, type: named.type };
      const state = this.g.states.get(words.map((w) => w.lower).join(' ').replace(/^the /, ''));
      if (state) return { ent: undefined, name: state, type: 'country' };
      return { ent: undefined, name: bare, type: typeOfName(this.g, words.filter((w) => w.cap), []) };
    }
    const noun = this.g.nouns.get(head.lower);
    const first = words[0]!;
    // a body or document identified by the name after it: "a panel of the U.S. Court of Appeals", "a poll by Hanbit Research"
    const link = words.findIndex((w, k) => k > 0 && (w.lower === 'of' || w.lower === 'by'));
    const body = link > 0 ? this.g.nouns.get(words[link - 1]!.lower)?.type : undefined;
    if (body === 'organization' || body === 'document') {
      const after = this.mentionsIn(words[link]!.end, s.end)[0];
      const named = after && this.byMention.get(after);
      if (named && (named.type !== 'person' || words[link]!.lower === 'by')) return { ent: named, name: named.name, type: named.type };
    }
    // "his government": the state of the person the possessive stands for
    if (words.length === 2 && GOVERNMENTS.has(head.lower) && SUBJECT_FORM.has(first.lower)) {
      const owner = this.pronoun(SUBJECT_FORM.get(first.lower)!, s.start, previous);
      const state = owner?.type === 'country' ? owner.name : owner?.state;
      if (state) return { ent: this.keyed(`country:${state}`, state, 'country'), name: state, type: 'country' };
    }
    if (INDEFINITE.has(first.lower) || noun?.type === 'group' || (!noun && head.lower.endsWith('s'))) {
      return { ent: undefined, name: bare, type: noun?.type === 'person' ? 'person' : noun?.type === 'organization' ? 'organization' : 'group' };
    }
    const definite = isDeterminer(this.g, first) || first.kind === 'word' && first.cap;
    if (!definite) return { ent: undefined, name: bare, type: s.type };
    if (noun?.type === 'organization') {
      // "North Korea's state media" is whose it says, not the organisation last named; only one the
      // article goes on to name in the next sentence ("X's main opposition party said … The Y Alliance, …")
      const owned = words.some((w, k) => w.cap && words[k + 1]?.kind === 'possessive');
      const org = owned ? this.organizationIntroduced(head.lower, s.end) : this.organizationCalled(head.lower, s.start);
      return { ent: org, name: bare, type: 'organization' };
    }
    if (noun?.type === 'document') {
      const author = previous ?? this.organizationCalled(head.lower, s.start) ?? this.nearestOrganization(s.start);
      return { ent: author, name: bare, type: author?.type ?? 'organization' };
    }
    const phrase = words
      .filter((w) => !isDeterminer(this.g, w) && !(w.cap && w !== head))
      .map((w) => w.lower)
      .join(' ')
      .replace(/^'s /, '');
    const ent = this.byRole(phrase, head.lower, s.start);
    return { ent, name: bare, type: 'person', role: phrase };
  }
}
