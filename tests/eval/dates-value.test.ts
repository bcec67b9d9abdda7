import { describe, expect, it } from 'vitest';
import { canonicalTimexValue, sameDateValue } from '../../src/eval/scorers/dates.js';
import type { DateMention } from '../../src/schema/result.js';

const mention = (value: string, endValue?: string): DateMention => ({ start: 0, end: 4, text: 'date', type: 'DATE', value, ...(endValue && { endValue }) });

describe('canonicalTimexValue: equivalent TimeML notations compare equal', () => {
  it.each<[string, string, string]>([
    ['trailing unspecified month', '1949-XX', '1949'],
    ['trailing unspecified month and day', '1998-XX-XX', '1998'],
    ['trailing unspecified day', '1998-10-XX', '1998-10'],
    ['unspecified week of a known year', '1998-WXX', '1998'],
    ['unspecified quarter of a known year', '1988-QX', '1988'],
    ['decade with an X digit', '198X', '198'],
    ['century with X digits', '19XX', '19'],
    ['one-digit week number', '2000-W7', '2000-W07'],
    ['one-digit week number before a weekend', '2000-W7-WE', '2000-W07-WE'],
    ['hour-only clock time', '1989-11-06T17', '1989-11-06T17:00'],
    ['hour-only midnight', '1989-10-27T24', '1989-10-27T24:00'],
    ['zero seconds', '1989-10-27T08:30:00', '1989-10-27T08:30'],
    ['hour-only time with a zone', '2021-03-30T14Z', '2021-03-30T14:00Z'],
    ['decade duration', 'P1E', 'P10Y'],
    ['century duration', 'P1C', 'P100Y'],
    ['millennium duration', 'P2L', 'P2000Y'],
    ['quarters as months', 'P3Q', 'P9M'],
    ['decimal years and years with months', 'P2.5Y', 'P2Y6M'],
  ])('%s: %s = %s', (_, a, b) => {
    expect(canonicalTimexValue(a)).toBe(canonicalTimexValue(b));
  });

  it.each<[string, string, string]>([
    ['different years', '1949', '1950'],
    ['unknown month of an unknown year is not an unknown year', 'XXXX-XX', 'XXXX'],
    ['a decade is not its first year', '198', '1980'],
    ['a known week is not the year', '1998-W33', '1998'],
    ['days are not hours', 'P1D', 'PT24H'],
    ['weeks are not days', 'P1W', 'P7D'],
    ['unspecified years are not unspecified decades', 'PXY', 'PXE'],
    ['different minutes', '2021-03-30T14:30', '2021-03-30T14:00'],
    ['a reference is not a date', 'PRESENT_REF', '2021'],
    ['a season is not its year', '2021-SU', '2021'],
  ])('%s: %s != %s', (_, a, b) => {
    expect(canonicalTimexValue(a)).not.toBe(canonicalTimexValue(b));
  });

  it('leaves values with nothing to rewrite as they are', () => {
    for (const v of ['2021-03-30', '2021-W12', 'XXXX-WXX-2', 'PXY', 'P4D', 'PT2H', 'FUTURE_REF', '2021-Q1', 'XXXX-XX-XXTNI']) expect(canonicalTimexValue(v)).toBe(v);
  });
});

describe('sameDateValue', () => {
  it('compares value and gold endValue after canonicalisation', () => {
    expect(sameDateValue(mention('198X'), mention('198'))).toBe(true);
    expect(sameDateValue(mention('1950', '1953'), mention('1950-XX', '1953'))).toBe(true);
    expect(sameDateValue(mention('1950', '1953'), mention('1950'))).toBe(false);
    expect(sameDateValue(mention('1950'), mention('1950', '1953'))).toBe(true);
    expect(sameDateValue(mention('1950'), mention('1951'))).toBe(false);
  });
});
