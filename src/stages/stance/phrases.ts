/**
 * Longest-match lookup of lexicon phrases over tokens. Each entry word is
 * indexed under all its forms (morph.ts), so one entry covers its
 * inflections. An entry written in lower case does not match a name (a
 * token marked `proper`): "may" is not "May"; an entry with a capital
 * ("U.S.", "Brexit") matches whatever the case.
 */
import { tokenize, type Token } from './tokens.js';

export interface PhraseEntry<V> {
  readonly phrase: string;
  readonly value: V;
  /** Which words of the phrase take inflected forms. */
  readonly inflect: 'all' | 'first' | 'last' | 'none';
}

export interface PhraseMatch<V> {
  /** First token index. */
  readonly from: number;
  /** Token index after the last. */
  readonly to: number;
  readonly value: V;
}

interface Terminal<V> {
  readonly value: V;
  readonly named: boolean;
}

interface Node<V> {
  readonly next: Map<string, Node<V>>;
  terminal?: Terminal<V>;
}

export interface MatcherOptions {
  /** A match must start with a capitalised word (names of places). */
  readonly capitalised?: boolean;
}

export class PhraseMatcher<V> {
  private readonly root: Node<V> = { next: new Map() };
  /** Surface form -> the entry words it can stand for. */
  private readonly index = new Map<string, Set<string>>();
  /** Surface forms that can start an entry: the quick test for most tokens. */
  private readonly heads = new Set<string>();
  private readonly capitalised: boolean;

  constructor(entries: Iterable<PhraseEntry<V>>, formsOf: (word: string) => readonly string[], options: MatcherOptions = {}) {
    this.capitalised = options.capitalised ?? false;
    for (const entry of entries) {
      const words = tokenize(entry.phrase).map((t) => t.lower);
      if (words.length === 0) continue;
      let node = this.root;
      words.forEach((word, i) => {
        const inflected = entry.inflect === 'all' || (entry.inflect === 'first' && i === 0) || (entry.inflect === 'last' && i === words.length - 1);
        const forms = inflected ? [word, ...formsOf(word)] : [word];
        for (const form of forms) {
          this.indexForm(form, word);
          if (i === 0) this.heads.add(form);
        }
        let child = node.next.get(word);
        if (!child) {
          child = { next: new Map() };
          node.next.set(word, child);
        }
        node = child;
      });
      node.terminal ??= { value: entry.value, named: entry.phrase !== entry.phrase.toLowerCase() };
    }
  }

  private indexForm(form: string, word: string): void {
    let set = this.index.get(form);
    if (!set) {
      set = new Set();
      this.index.set(form, set);
    }
    set.add(word);
  }

  /** The longest entry starting at token `i` and ending at or before `to`. */
  longestAt(tokens: readonly Token[], i: number, to = tokens.length): PhraseMatch<V> | null {
    const head = tokens[i];
    if (i >= to || !head || !this.heads.has(head.lower) || (this.capitalised && !head.cap)) return null;
    const end = this.walk(tokens, this.root, i, to, false);
    return end ? { from: i, to: end.to, value: end.value } : null;
  }

  /** The furthest terminal reachable from `node` reading tokens from `j`. */
  private walk(tokens: readonly Token[], node: Node<V>, j: number, to: number, proper: boolean): { to: number; value: V } | null {
    let best: { to: number; value: V } | null = null;
    const token = tokens[j];
    const words = j < to && token ? this.index.get(token.lower) : undefined;
    if (token && words) {
      for (const word of words) {
        const child = node.next.get(word);
        if (!child) continue;
        const found = this.walk(tokens, child, j + 1, to, proper || token.proper);
        if (found && (!best || found.to > best.to)) best = found;
      }
    }
    if (!best && node.terminal && node !== this.root && (!proper || node.terminal.named)) best = { to: j, value: node.terminal.value };
    return best;
  }

  /** Longest non-overlapping matches in tokens[from, to), left to right. */
  matches(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    let i = from;
    while (i < to) {
      const head = tokens[i];
      const m = head && this.heads.has(head.lower) ? this.longestAt(tokens, i, to) : null;
      if (m) {
        out.push(m);
        i = m.to;
      } else {
        i++;
      }
    }
    return out;
  }
}
