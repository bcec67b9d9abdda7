/**
 * Regular English inflection of verbs (third person -s, past -ed, -ing) and
 * of nouns (plural -s), in two kinds:
 * - the form (thirdPerson, pastOf, ingOf): one spelling per slot, for a
 *   lexicon that lists each form of a verb with its slot (attribution's
 *   reporting cues and verb list);
 * - the candidates (pluralForms, tensedForms, ingForms): every spelling a
 *   rule may give, for finding a lexicon entry from a word of the text, where
 *   overgeneration is harmless (stance's lexicons).
 * Irregular forms come from lexicons, never from here. `pastOf` doubles the
 * final consonant of a one-syllable verb ("stop" -> "stopped"); a longer verb
 * stressed on its last syllable takes its past from a lexicon ("admit ...
 * admitted|admitted"), and `ingOf` doubles after the past it is given.
 */

/** Ends in a consonant and "y": deny, policy (not say, obey). */
export function endsInConsonantY(word: string): boolean {
  return /[^aeiou]y$/.test(word);
}

/** Final consonants a short vowel before them doubles: ban -> banned, stop -> stopped, quiz -> quizzed. */
const DOUBLING = '[bdgklmnprtvz]';
const VOWEL_DOUBLING = new RegExp(`[aeiou]${DOUBLING}$`);
const SHORT_CLOSED = new RegExp(`^[^aeiou]*[aeiou]${DOUBLING}$`);

/** Ends in a vowel and a consonant that the candidates double: ban -> banned, banning; admit -> admitted. */
function doublesFinal(word: string): boolean {
  return VOWEL_DOUBLING.test(word);
}

/** One syllable ending in one vowel and one consonant that doubles: stop, ban, blog (not "say", "fix", "meet", "visit"). */
function isShortClosed(verb: string): boolean {
  return SHORT_CLOSED.test(verb);
}

/** Plural of a regular noun: summits, watches, policies, memos (the -o nouns that take -es, "heroes", come from lexicons). */
export function pluralOf(noun: string): string {
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (endsInConsonantY(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** Third person singular of a verb: says, watches, denies, goes, vetoes. */
export function thirdPerson(verb: string): string {
  return /[^aeiou]o$/.test(verb) ? `${verb}es` : pluralOf(verb);
}

/** Regular past of a verb: stated, denied, reported, stopped (see the module comment on doubling). */
export function pastOf(verb: string): string {
  if (verb.endsWith('e')) return `${verb}d`;
  if (isShortClosed(verb)) return `${verb}${verb.at(-1)}ed`;
  if (endsInConsonantY(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/** The -ing form of a verb whose past is `past`: lying, saying, noting, admitting (after "admitted"), seeing. */
export function ingOf(verb: string, past: string): string {
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  // a doubled consonant the past (from a lexicon) shows: "admitted" -> "admitting", not "focused" -> "focussing"
  const doubled = past.match(/([bcdfgklmnprstvz])\1ed$/);
  if (doubled && !verb.endsWith(doubled[1]!.repeat(2))) return `${verb}${doubled[1]}ing`;
  if (verb.endsWith('e') && !/(ee|ye|oe)$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  return `${verb}ing`;
}

/** A noun and its candidate plurals: summit -> summits, match -> matches, policy -> policies. */
export function pluralForms(noun: string): string[] {
  const forms = [noun, `${noun}s`, `${noun}es`];
  if (endsInConsonantY(noun)) forms.push(`${noun.slice(0, -1)}ies`);
  return forms;
}

/** Candidate third person and past forms of a verb: rate -> rates, rated; reject -> rejected; deny -> denied; ban -> banned. */
export function tensedForms(verb: string): string[] {
  const forms = [`${verb}s`, `${verb}es`, verb.endsWith('e') ? `${verb}d` : `${verb}ed`];
  if (endsInConsonantY(verb)) forms.push(`${verb.slice(0, -1)}ies`, `${verb.slice(0, -1)}ied`);
  if (doublesFinal(verb)) forms.push(`${verb}${verb.at(-1)}ed`);
  return forms;
}

/** Candidate -ing forms of a verb: meet -> meeting, rate -> rating, ban -> banning, lie -> lying. */
export function ingForms(verb: string): string[] {
  const stem = verb.endsWith('e') && !verb.endsWith('ee') ? verb.slice(0, -1) : verb;
  const forms = [`${verb}ing`, `${stem}ing`];
  if (verb.endsWith('ie')) forms.push(`${verb.slice(0, -2)}ying`);
  if (doublesFinal(verb)) forms.push(`${verb}${verb.at(-1)}ing`);
  return forms;
}
