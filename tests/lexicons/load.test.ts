import { describe, expect, it } from 'vitest';
import { loadLexicon, loadTable } from '../../src/lexicons/load.js';
import { loadDateLexicon } from '../../src/stages/dates/lexicon.js';
import { loadNumberLexicon } from '../../src/stages/numbers/lexicon.js';
import { loadAbbreviations } from '../../src/lexicons/abbreviations.js';
import { loadBoilerplate } from '../../src/stages/sentences/boilerplate.js';
import { loadStanceLexicons } from '../../src/stages/stance/lexicon.js';

/** dates-calendar.txt: form, kind, code, then `abbr` on abbreviations. */
const CALENDAR = [{ name: 'form' }, { name: 'kind', values: ['month', 'weekday', 'season', 'daypart'] }, { name: 'code' }, { name: 'abbr', optional: true, values: ['abbr'] }] as const;

describe('loadLexicon', () => {
  it('drops comment and blank lines', () => {
    const entries = loadLexicon('dates-calendar');
    expect(entries[0]).toBe('january\tmonth\t1');
    expect(entries.some((e) => e.startsWith('#') || e === '')).toBe(false);
  });
});

describe('loadTable with declared columns', () => {
  it('pads optional cells with an empty string and keeps the values typed', () => {
    const rows = loadTable('dates-calendar', CALENDAR);
    expect(rows[0]).toEqual(['january', 'month', '1', '']);
    expect(rows.find(([form]) => form === 'jan')).toEqual(['jan', 'month', '1', 'abbr']);
  });

  it('reads a middle cell left empty as empty ("Afghanistan<TAB><TAB>Afghan")', () => {
    const rows = loadTable('countries', [{ name: 'name' }, { name: 'canonical', optional: true }, { name: 'demonyms', optional: true }]);
    expect(rows[0]).toEqual(['Afghanistan', '', 'Afghan']);
  });

  it('keeps every cell of a rest column', () => {
    const rows = loadTable('irregular-verbs', [{ name: 'base' }, { name: 'forms', optional: true, rest: true }]);
    expect(rows[0]).toEqual(['be', 'is', 'are', 'am', 'was', 'were', 'been', 'being']);
  });

  it.each([
    ['a row with more cells than columns', [{ name: 'form' }, { name: 'kind' }], /dates-calendar\.txt line 3: 3 columns, expected at most 2 \(form, kind\)/],
    ['an empty required cell', [{ name: 'form' }, { name: 'kind' }, { name: 'code' }, { name: 'abbr' }], /dates-calendar\.txt line 3: column 4 \(abbr\) is empty/],
    ['a value outside the declared ones', [{ name: 'form' }, { name: 'kind', values: ['weekday'] }, { name: 'code' }, { name: 'abbr', optional: true }], /dates-calendar\.txt line 3: column 2 \(kind\) is "month", expected one of weekday/],
  ] as const)('fails on %s, naming file and line', (_, columns, message) => {
    expect(() => loadTable('dates-calendar', columns)).toThrow(message);
  });

  it('reads every row of the tables the stages declare (no lexicon fails its own columns)', () => {
    expect(loadDateLexicon().months.get('january')).toBe(1);
    expect(loadNumberLexicon().words.get('seven')).toEqual({ value: 7, class: 'unit' });
    const stance = loadStanceLexicons();
    expect(stance.titleWords.has('minister')).toBe(true);
    expect(stance.grammar.subordinator.has('although')).toBe(true);
    expect(loadAbbreviations().titles.has('Mr.')).toBe(true);
    expect(loadBoilerplate().metadataKeys.length).toBeGreaterThan(0);
  });
});
