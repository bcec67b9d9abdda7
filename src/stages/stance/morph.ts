/**
 * Inflected and derived forms of a lexicon word, so that an entry written
 * once ("meet", "reject", "summit") matches "meets", "met", "meeting",
 * "rejected", "rejection", "summits". Overgeneration is harmless: the forms
 * only serve to look up the entry.
 */

const VOWEL = /[aeiou]/;

/** Regular verb and noun forms of `base`, and its nominalisations (reject -> rejection, refuse -> refusal, deny -> denial). */
function regular(base: string): string[] {
  const forms = [base, `${base}s`, `${base}es`, `${base}ed`, `${base}d`, `${base}ing`, `${base}ings`];
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  forms.push(`${stem}ing`, `${stem}ings`, `${stem}ion`, `${stem}ions`, `${stem}ation`, `${stem}ations`, `${stem}al`, `${stem}als`, `${base}ment`, `${base}ments`, `${stem}ence`, `${stem}ance`);
  const last = base.at(-1) ?? '';
  const beforeLast = base.at(-2) ?? '';
  if (last === 'y' && !VOWEL.test(beforeLast)) {
    const y = base.slice(0, -1);
    forms.push(`${y}ies`, `${y}ied`, `${y}ial`, `${y}ials`);
  }
  if (/[bdgklmnprtv]/.test(last) && VOWEL.test(beforeLast)) forms.push(`${base}${last}ed`, `${base}${last}ing`);
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

/** The irregular-verbs lexicon as a map from base form to its irregular forms. */
export function irregularTable(rows: readonly (readonly string[])[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [base, ...forms] of rows) {
    if (base) map.set(base.toLowerCase(), forms.map((f) => f.toLowerCase()));
  }
  return map;
}
