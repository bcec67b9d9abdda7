import { describe, expect, it } from 'vitest';
import { endsInConsonantY, ingForms, ingOf, pastOf, pluralForms, pluralOf, tensedForms, thirdPerson } from '../../src/text/inflect.js';

describe('endsInConsonantY', () => {
  it.each([
    ['deny', true],
    ['policy', true],
    ['apply', true],
    ['say', false],
    ['obey', false],
    ['deny-', false],
    ['year', false],
  ])('%j -> %j', (word, expected) => {
    expect(endsInConsonantY(word)).toBe(expected);
  });
});

describe('thirdPerson', () => {
  it.each([
    ['say', 'says'],
    ['watch', 'watches'],
    ['push', 'pushes'],
    ['fix', 'fixes'],
    ['buzz', 'buzzes'],
    ['discuss', 'discusses'],
    ['deny', 'denies'],
    ['obey', 'obeys'],
    ['state', 'states'],
    ['go', 'goes'],
    ['veto', 'vetoes'],
    ['echo', 'echoes'],
  ])('%j -> %j', (verb, expected) => {
    expect(thirdPerson(verb)).toBe(expected);
  });
});

describe('pastOf', () => {
  it.each([
    ['state', 'stated'],
    ['agree', 'agreed'],
    ['deny', 'denied'],
    ['obey', 'obeyed'],
    ['report', 'reported'],
    ['answer', 'answered'],
    // one syllable: the final consonant doubles
    ['stop', 'stopped'],
    ['blog', 'blogged'],
    ['shrug', 'shrugged'],
    ['visit', 'visited'],
    ['fix', 'fixed'],
    ['vow', 'vowed'],
  ])('%j -> %j', (verb, expected) => {
    expect(pastOf(verb)).toBe(expected);
  });

  // two syllables or two vowels before the consonant: no doubling (a verb stressed on its last syllable, "admit", takes its past from the lexicon)
  it.each([
    ['open', 'openned'],
    ['limit', 'limitted'],
    ['visit', 'visitted'],
    ['meet', 'meetted'],
  ])('%j does not give %j', (verb, doubled) => {
    expect(pastOf(verb)).not.toBe(doubled);
  });
});

describe('pluralOf', () => {
  it.each([
    ['summit', 'summits'],
    ['match', 'matches'],
    ['policy', 'policies'],
    // regression: the verb rule "goes" made source nouns "memoes", "manifestoes" ("The memos say …" lost its source)
    ['memo', 'memos'],
    ['manifesto', 'manifestos'],
  ])('%j -> %j', (noun, expected) => {
    expect(pluralOf(noun)).toBe(expected);
  });
});

describe('ingOf', () => {
  it.each([
    ['say', 'said', 'saying'],
    ['note', 'noted', 'noting'],
    ['lie', 'lied', 'lying'],
    ['see', 'saw', 'seeing'],
    ['agree', 'agreed', 'agreeing'],
    ['eye', 'eyed', 'eyeing'],
    ['toe', 'toed', 'toeing'],
    ['admit', 'admitted', 'admitting'],
    ['plan', 'planned', 'planning'],
    ['quip', 'quipped', 'quipping'],
    ['answer', 'answered', 'answering'],
    // a doubled letter of the verb itself is not doubled again
    ['add', 'added', 'adding'],
    ['dismiss', 'dismissed', 'dismissing'],
    // doubling follows the past given, not the spelling of the verb
    ['admit', 'admited', 'admiting'],
  ])('%j (past %j) -> %j', (verb, past, expected) => {
    expect(ingOf(verb, past)).toBe(expected);
  });
});

describe('pluralForms', () => {
  it.each([
    ['summit', ['summit', 'summits', 'summites']],
    ['match', ['match', 'matchs', 'matches']],
    ['policy', ['policy', 'policys', 'policyes', 'policies']],
    ['day', ['day', 'days', 'dayes']],
  ])('%j -> %j', (noun, expected) => {
    expect(pluralForms(noun)).toEqual(expected);
  });
});

describe('tensedForms', () => {
  it.each([
    ['rate', ['rates', 'rated']],
    ['reject', ['rejects', 'rejected']],
    ['deny', ['denies', 'denied']],
    ['ban', ['bans', 'banned']],
    ['obey', ['obeys', 'obeyed']],
    ['watch', ['watches', 'watched']],
    ['meet', ['meets']],
  ])('%j gives %j', (verb, expected) => {
    expect(tensedForms(verb)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['reject', 'rejectted'],
    ['show', 'showwed'],
    ['fix', 'fixxed'],
    ['say', 'saied'],
    // "-d" only after an "e": "ban" must not find the noun "band"
    ['ban', 'band'],
    ['reject', 'rejectd'],
  ])('%j does not give %j', (verb, missing) => {
    expect(tensedForms(verb)).not.toContain(missing);
  });
});

describe('ingForms', () => {
  it.each([
    ['meet', ['meeting']],
    ['report', ['reporting']],
    ['rate', ['rating']],
    ['agree', ['agreeing']],
    ['ban', ['banning']],
    ['lie', ['lying']],
  ])('%j gives %j', (verb, expected) => {
    expect(ingForms(verb)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['agree', 'agring'],
    ['report', 'reportting'],
    ['fix', 'fixxing'],
  ])('%j does not give %j', (verb, missing) => {
    expect(ingForms(verb)).not.toContain(missing);
  });
});
