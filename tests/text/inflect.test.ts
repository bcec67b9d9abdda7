import { describe, expect, it } from 'vitest';
import { endsInConsonantY, ingForms, ingOf, pastOf, pluralForms, tensedForms, thirdPerson } from '../../src/text/inflect.js';

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
    // miss: two syllables (the lexicon gives "admitted|admitted"), two vowels, or a final w, x, y
    ['admit', 'admited'],
    ['visit', 'visited'],
    ['meet', 'meeted'],
    ['fix', 'fixed'],
    ['vow', 'vowed'],
  ])('%j -> %j', (verb, expected) => {
    expect(pastOf(verb)).toBe(expected);
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
    ['rate', ['rates', 'ratees', 'rateed', 'rated']],
    ['reject', ['rejects', 'rejectes', 'rejected', 'rejectd']],
    ['deny', ['denys', 'denyes', 'denyed', 'denyd', 'denies', 'denied']],
    ['ban', ['bans', 'banes', 'baned', 'band', 'banned']],
    ['obey', ['obeys', 'obeyes', 'obeyed', 'obeyd']],
    // overgeneration is harmless to a lookup: one vowel before the consonant is enough
    ['meet', ['meets', 'meetes', 'meeted', 'meetd', 'meetted']],
  ])('%j -> %j', (verb, expected) => {
    expect(tensedForms(verb)).toEqual(expected);
  });

  it.each([
    ['reject', 'rejectted'],
    ['show', 'showwed'],
    ['fix', 'fixxed'],
    ['say', 'saied'],
  ])('%j does not give %j', (verb, missing) => {
    expect(tensedForms(verb)).not.toContain(missing);
  });
});

describe('ingForms', () => {
  it.each([
    ['meet', ['meeting', 'meeting', 'meetting']],
    ['report', ['reporting', 'reporting']],
    ['rate', ['rateing', 'rating']],
    ['agree', ['agreeing', 'agreeing']],
    ['ban', ['baning', 'baning', 'banning']],
    ['lie', ['lieing', 'liing', 'lying']],
  ])('%j -> %j', (verb, expected) => {
    expect(ingForms(verb)).toEqual(expected);
  });

  it.each([
    ['agree', 'agring'],
    ['report', 'reportting'],
    ['fix', 'fixxing'],
  ])('%j does not give %j', (verb, missing) => {
    expect(ingForms(verb)).not.toContain(missing);
  });
});
