/**
 * Inflected and derived forms of a lexicon word, so that an entry written
 * once ("meet", "reject", "summit") matches "meets", "met", "meeting",
 * "rejected", "rejection", "summits". Overgeneration is harmless: the forms
 * only serve to look up the entry. The inflections are text/inflect.ts's
 * candidates; the derivations and the choice of forms are the stance stage's.
 */
import { endsInConsonantY, ingForms, pluralForms, tensedForms } from '../../text/inflect.js';

/** Regular verb and noun forms of `base`, and its nominalisations (reject -> rejection, refuse -> refusal, deny -> denial). */
function regular(base: string): string[] {
  const ings = ingForms(base);
  const forms = [...pluralForms(base), ...tensedForms(base), ...ings, ...ings.map((f) => `${f}s`)];
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  forms.push(`${stem}ion`, `${stem}ions`, `${stem}ation`, `${stem}ations`, `${stem}al`, `${stem}als`, `${base}ment`, `${base}ments`, `${stem}ence`, `${stem}ance`);
  if (endsInConsonantY(base)) forms.push(`${base.slice(0, -1)}ial`, `${base.slice(0, -1)}ials`);
  return forms;
}

/**
 * The forms of a lexicon word: itself, regular forms of it and of its
 * singular (an entry "talks" also matches "talk"), and the irregular forms
 * the table gives for it. Function words (`closed`) are never inflected:
 * "as" is not a plural of "a".
 */
export function wordForms(word: string, irregular: ReadonlyMap<string, readonly string[]>, closed: ReadonlySet<string>): string[] {
  if (word.length < 3 || closed.has(word) || !/^\p{L}+$/u.test(word)) return [word];
  const bases = [word];
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) bases.push(word.slice(0, -1));
  const forms = new Set<string>();
  for (const base of bases) {
    for (const f of regular(base)) forms.add(f);
    for (const f of irregular.get(base) ?? []) forms.add(f);
  }
  return [...forms];
}

/** Endings that make a word a noun: negotiation, agreement, dialogue, dismissal (not deal, appeal). */
const NOUN_ENDING = /(?:tion|sion|ment|ance|ence|ity|ness|ship|ism|ogue|[^aeo]al)$/;

/**
 * The forms of a target term word, by its part of speech and without
 * derivations (a term names one thing: "rate" is not "rating" or "ration"):
 * a plural ("talks") matches itself and its singular, never "talking"; a
 * noun by its ending takes plurals; any other word takes plurals and the
 * tensed verb forms ("rates", "rated", "met"), and the -ing forms only
 * when `verb` (the target uses it as a verb: "meet" in "a meeting").
 */
export function termForms(word: string, verb: boolean, irregular: ReadonlyMap<string, readonly string[]>, closed: ReadonlySet<string>): string[] {
  if (word.length < 3 || closed.has(word) || !/^\p{L}+$/u.test(word)) return [word];
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3 && !verb) return [word, word.slice(0, -1)];
  if (NOUN_ENDING.test(word)) return pluralForms(word);
  const forms = new Set([...pluralForms(word), ...tensedForms(word), ...(irregular.get(word) ?? [])]);
  if (verb) for (const f of ingForms(word)) forms.add(f);
  return [...forms];
}

/** The irregular-verbs lexicon as a map from base form to its irregular forms. */
export function irregularTable(rows: readonly (readonly string[])[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [base, ...forms] of rows) {
    if (base) map.set(base.toLowerCase(), forms.map((f) => f.toLowerCase()));
  }
  return map;
}
