import { describe, expect, it } from 'vitest';
import { createDoc, layer, withLayer } from '../../src/core/document.js';
import type { DateMention, NumberMention } from '../../src/schema/result.js';
import { numbersStage } from '../../src/stages/numbers/index.js';
import { cpuNow } from '../cpu.js';

const run = numbersStage.create({});

function numbers(text: string, dates: DateMention[] = []): NumberMention[] {
  const doc = withLayer(withLayer(createDoc({ text }), 'sentences', []), 'dates', dates);
  return [...layer(run(doc, { pipeline: 'test' }), 'numbers')];
}

/** A date span over the first occurrence of `surface` in `text`. */
function dateAt(text: string, surface: string, type: DateMention['type'] = 'DATE', value = 'XXXX'): DateMention {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`"${surface}" is not in "${text}"`);
  return { start, end: start + surface.length, text: surface, type, value };
}

type Expected = Partial<NumberMention> & Pick<NumberMention, 'text' | 'value'>;

describe('forms that are tagged', () => {
  it.each<[string, string, Expected[]]>([
    // digits
    ['digits with the counted noun', 'The ministry counts 17 citizens among the missing.', [{ text: '17', kind: 'cardinal', value: 17, unit: 'citizens', approx: false }]],
    ['thousands separator', 'Some towns lost 80,000 jobs.', [{ text: '80,000', value: 80000, unit: 'jobs' }]],
    ['decimal', 'The fleet grew 1.5 times.', [{ text: '1.5', value: 1.5, unit: 'times' }]],
    ['separator and decimal', 'They paid 3,000.50 dollars.', [{ text: '3,000.50 dollars', kind: 'money', value: 3000.5, unit: 'USD' }]],
    ['negative', 'The index closed at -36 points.', [{ text: '-36', value: -36, unit: 'points' }]],
    // words
    ['a number word', 'Police held five suspects overnight.', [{ text: 'five', value: 5, unit: 'suspects' }]],
    ['hyphenated tens', 'There were twenty-one candidates.', [{ text: 'twenty-one', value: 21, unit: 'candidates' }]],
    ['hundred', 'About one hundred delegates came.', [{ text: 'About one hundred', value: 100, unit: 'delegates', approx: true }]],
    ['hundred and', 'One hundred and five ships docked.', [{ text: 'One hundred and five', value: 105, unit: 'ships' }]],
    ['a range in words', 'It seats between one hundred and two hundred guests.', [{ text: 'one hundred and two hundred', value: 100, endValue: 200, unit: 'guests' }]],
    ['dozen', 'Two dozen reporters waited.', [{ text: 'Two dozen', value: 24, unit: 'reporters' }]],
    ['a dozen', 'More than a dozen villages flooded.', [{ text: 'a dozen', value: 12, unit: 'villages' }]],
    ['half of', 'Half of the voters stayed home.', [{ text: 'Half', value: 0.5, unit: 'voters' }]],
    ['half a million', 'The rally drew half a million people.', [{ text: 'half a million', value: 500000, unit: 'people' }]],
    ['and a half', 'The dam holds two and a half million tonnes.', [{ text: 'two and a half million', value: 2500000, unit: 'tonnes' }]],
    ['a third of', 'A third of the budget went to defence.', [{ text: 'A third', value: 1 / 3, kind: 'cardinal', unit: 'budget' }]],
    ['two-thirds', 'It needs two-thirds of the seats.', [{ text: 'two-thirds', value: 2 / 3, unit: 'seats' }]],
    ['a quarter of', 'A quarter of the staff left.', [{ text: 'A quarter', value: 0.25, unit: 'staff' }]],
    ['one in five', 'One in five adults smokes.', [{ text: 'One in five', value: 0.2, unit: 'adults' }]],
    ['out of', 'Three out of 10 firms cut jobs.', [{ text: 'Three out of 10', value: 0.3, unit: 'firms' }]],
    ['one before a noun', 'Only one lawmaker objected.', [{ text: 'one', value: 1, unit: 'lawmaker' }]],
    ['hyphenated noun', 'They built a three-way partnership and a 3.5-inch screen.', [{ text: 'three-way', value: 3, unit: 'way' }, { text: '3.5-inch', value: 3.5, unit: 'inch' }]],
    ['glued measure', 'The drive holds 60GB of music.', [{ text: '60GB', value: 60, unit: 'gb' }]],
    // scales and money
    ['scale word', 'The city has 1.5 million residents.', [{ text: '1.5 million', value: 1500000, unit: 'residents' }]],
    ['dollars with a scale', 'The deal is worth $1.5 billion.', [{ text: '$1.5 billion', kind: 'money', value: 1500000000, unit: 'USD' }]],
    ['yen sign', 'Tokyo set aside ¥2 trillion for it.', [{ text: '¥2 trillion', kind: 'money', value: 2e12, unit: 'JPY' }]],
    ['euro with bn', 'Brussels pledged €3bn.', [{ text: '€3bn', kind: 'money', value: 3e9, unit: 'EUR' }]],
    ['pound with m', 'The club paid £40m for him.', [{ text: '£40m', kind: 'money', value: 4e7, unit: 'GBP' }]],
    ['US$', 'It raised US$ 7.2 bn in bonds.', [{ text: 'US$ 7.2 bn', kind: 'money', value: 7.2e9, unit: 'USD' }]],
    ['rupees in crore', 'The state spent Rs 500 crore on roads.', [{ text: 'Rs 500 crore', kind: 'money', value: 5e9, unit: 'INR' }]],
    ['yen after the amount', 'The budget adds 2 trillion yen.', [{ text: '2 trillion yen', kind: 'money', value: 2e12, unit: 'JPY' }]],
    ['won after the amount', 'Each family gets 10,000 won.', [{ text: '10,000 won', kind: 'money', value: 10000, unit: 'KRW' }]],
    ['yuan', 'The firm paid 9.9 billion yuan.', [{ text: '9.9 billion yuan', kind: 'money', value: 9.9e9, unit: 'CNY' }]],
    ['a million dollars', 'He gave a million dollars.', [{ text: 'a million dollars', kind: 'money', value: 1e6, unit: 'USD' }]],
    ['cents', 'Shares fell 26 cents.', [{ text: '26 cents', kind: 'money', value: 0.26, unit: 'USD' }]],
    ['a scale after a rank sign is an amount', 'It won a #13 billion deal.', [{ text: '13 billion', value: 1.3e10 }]],
    ['code after a dollar sign', 'The box costs $249 USD.', [{ text: '$249 USD', kind: 'money', value: 249, unit: 'USD' }]],
    // percent
    ['percent sign', 'Turnout rose 25%.', [{ text: '25%', kind: 'percent', value: 25, unit: null }]],
    ['percent word', 'Prices rose 10 percent.', [{ text: '10 percent', kind: 'percent', value: 10 }]],
    ['per cent', 'Prices rose 10 per cent.', [{ text: '10 per cent', kind: 'percent', value: 10 }]],
    ['percent in words', 'Sales fell six percent.', [{ text: 'six percent', kind: 'percent', value: 6 }]],
    ['percentage points', 'Support fell ten percentage points.', [{ text: 'ten percentage points', kind: 'percent', value: 10, unit: 'percentage points' }]],
    ['half a percent', 'Rates rose half a percent.', [{ text: 'half a percent', kind: 'percent', value: 0.5 }]],
    // ordinals
    ['ordinal after the', 'It was the first summit since then.', [{ text: 'first', kind: 'ordinal', value: 1, unit: 'summit' }]],
    ['a second visit', 'He made a second visit to the capital.', [{ text: 'second', kind: 'ordinal', value: 2, unit: 'visit' }]],
    ['ordinal in digits', 'They marked the 76th founding anniversary.', [{ text: '76th', kind: 'ordinal', value: 76, unit: 'anniversary' }]],
    ['ordinal without a determiner', 'Leaders hold first talks in a year', [{ text: 'first', kind: 'ordinal', value: 1, unit: 'talks' }]],
    ['compound ordinal', 'It is the twenty-first edition.', [{ text: 'twenty-first', kind: 'ordinal', value: 21, unit: 'edition' }]],
    // ranges
    ['range with to', 'Costs rose 20 to 25 percent.', [{ text: '20 to 25 percent', kind: 'percent', value: 20, endValue: 25 }]],
    ['range with between', 'They sent between 10 and 15 troops.', [{ text: '10 and 15', value: 10, endValue: 15, unit: 'troops' }]],
    ['compact range', 'The jet seats 10-15 passengers.', [{ text: '10-15', value: 10, endValue: 15, unit: 'passengers' }]],
    ['compact percent range', 'Fuel use falls 15-20%.', [{ text: '15-20%', kind: 'percent', value: 15, endValue: 20 }]],
    ['range in money', 'It will cost between $12 million and $20 million.', [{ text: '$12 million and $20 million', kind: 'money', value: 1.2e7, endValue: 2e7 }]],
    ['shared scale', 'It will cost $5 to $10 million.', [{ text: '$5 to $10 million', kind: 'money', value: 5e6, endValue: 1e7 }]],
    ['from ... to is two amounts', 'Tariffs rose from 5 to 7 percent.', [{ text: '5', kind: 'percent', value: 5 }, { text: '7 percent', kind: 'percent', value: 7 }]],
    ['or shares the scale, two amounts', 'It costs two or three million dollars.', [{ text: 'two', kind: 'money', value: 2e6 }, { text: 'three million dollars', kind: 'money', value: 3e6 }]],
    ['a vote tally is a score', 'The vote was 52-35 in the end.', [{ text: '52', value: 52, unit: null }, { text: '35', value: 35, unit: null }]],
    // approximation
    ['about', 'The area hosts about 80,000 U.S. troops.', [{ text: 'about 80,000', value: 80000, approx: true, unit: 'troops' }]],
    ['around', 'Inflation is around 10 percent.', [{ text: 'around 10 percent', approx: true, value: 10 }]],
    ['some', 'Some 400 guests came.', [{ text: 'Some 400', approx: true, value: 400, unit: 'guests' }]],
    ['nearly', 'Nearly half of them left.', [{ text: 'Nearly half', approx: true, value: 0.5, unit: null }]],
    ['almost', 'It lost almost a thousand points.', [{ text: 'almost a thousand', approx: true, value: 1000, unit: 'points' }]],
    ['roughly', 'Roughly 300 people came.', [{ text: 'Roughly 300', approx: true, value: 300 }]],
    ['approximately', 'They cut approximately 4,300 jobs.', [{ text: 'approximately 4,300', approx: true, value: 4300 }]],
    ['an estimated', 'An estimated 2,000 people fled.', [{ text: 'An estimated 2,000', approx: true, value: 2000, unit: 'people' }]],
    ['close to', 'It lost close to $15 billion.', [{ text: 'close to $15 billion', approx: true, kind: 'money', value: 1.5e10 }]],
    ['more than is a bound, not an approximation', 'More than 300 troops arrived.', [{ text: '300', approx: false, value: 300 }]],
    ['at least is a bound', 'At least 12 people died.', [{ text: '12', approx: false, value: 12, unit: 'people' }]],
  ])('%s', (_name, text, expected) => {
    expect(numbers(text)).toMatchObject(expected);
  });
});

describe('the counted noun', () => {
  it.each<[string, string, string | null]>([
    ['adjectives before the head are skipped', 'The bases host 80,000 U.S. troops.', 'troops'],
    ['a nationality before a noun is skipped', 'Agents kidnapped 13 Japanese people in 1978.', 'people'],
    ['a nationality as the noun', 'Agents kidnapped 13 Japanese, mostly students.', 'japanese'],
    ['the phrase ends at a function word', 'Tokyo lists 17 nationals as abducted.', 'nationals'],
    ['no noun before a relative pronoun', 'It freed five who were held.', null],
    ['no noun before a verb', 'Five were repatriated.', null],
    ['partitive with a noun', 'They are two of the key allies.', 'allies'],
    ['partitive with a possessive', 'They are two of America’s key allies.', 'allies'],
    ['partitive with a pronoun', 'It freed five of them.', null],
    ['possessive plural', 'There was no summit between the two nations’ leaders.', 'nations'],
    ['a numeral inside the phrase hides the head', 'It bought five new 737 aircraft.', null],
    ['a weekday ends the phrase', 'It made its first test flight Tuesday.', 'flight'],
    ['an adverb ends the phrase', 'It took 13 Japanese, mainly students.', 'japanese'],
    ['a participle before a plural noun is an adjective', 'The grant will reopen about 2,000 closed libraries.', 'libraries'],
    ['"other" before the noun', 'Similar bans exist in at least five other countries.', 'countries'],
    ['"or more" before the noun', 'It covers firms with 50 or more workers.', 'workers'],
    ['partitive with a numeral of its own', 'The league fields 24 of the 32 teams.', 'teams'],
    ['partitive with an adjective and a compound', 'The firm has won nine of its last 15 public tenders.', 'tenders'],
    ['an irregular plural ends the phrase', 'Malaria kills an estimated 600,000 people worldwide.', 'people'],
    ['a word after the noun is not the head (post-noun)', 'Shares fell for the fourth session running.', 'session'],
    ['"straight" after the noun is not the head', 'They won the third game straight.', 'game'],
    // regression: any -ing word ending the phrase was taken for a trailing modifier, so an -ing noun lost its head
    ['an -ing noun is the head', 'It was the second public hearing.', 'hearing'],
    ['an -ing noun after a noun is the head', 'They held a third board meeting.', 'meeting'],
    ['miss: a participle before a verb', 'Five injured were taken to hospital.', null],
  ])('%s', (_name, text, unit) => {
    expect(numbers(text)[0]?.unit).toBe(unit);
  });
});

describe('what is not a number (miss cases)', () => {
  it.each<[string, string]>([
    ['a year', 'The sanctions were imposed in 2006.'],
    ['a year before a noun', 'The 2014 agreement fell apart.'],
    ['a compact year range', 'They never ended their 1950-53 war.'],
    ['decades', 'It happened in the 1970s and the ’80s.'],
    ['a day of the month', 'The deadline is April 13.'],
    ['a day before the month', 'They met on 13 March.'],
    ['an ordinal day of the month', 'It opens on the 13th of April.'],
    ['a full date', 'Filed on June 13, 2005.'],
    ['an ISO date', 'Updated 2025-11-05 at noon.'],
    ['a duration', 'Japan will extend the ban by two years.'],
    ['a hyphenated duration', 'It was a four-day trip and a 27-year contract.'],
    ['an age in years', 'A 49-year-old man was held.'],
    ['a duration with a filler word', 'Stocks fell for six straight days.'],
    ['a duration range', 'It takes between 60 and 90 days.'],
    ['a clock time', 'The talks start at 8:00 sharp.'],
    ['a time with a.m.', 'They met at 8 a.m. sharp.'],
    ['a time zone time', 'The launch was at 1400 GMT.'],
    ['a group name', 'The G7 leaders met.'],
    ['a model number', 'The Boeing 737 was grounded.'],
    ['a disease code', 'COVID-19 spread fast.'],
    ['a missile name', 'It fired a Hwasal-1 missile.'],
    ['an aircraft code', 'The A380 landed.'],
    ['a fighter code', 'They bought F-35 jets.'],
    ['an article number', 'Article 9 bans war.'],
    ['a resolution number', 'Resolution 2397 caps oil imports.'],
    ['a camel-case product', 'The iPhone 4 sold well.'],
    ['a name with a possessive', 'Boeing’s 787 Dreamliner flew.'],
    ['a capitalised number word in a name', 'He flew on Air Force One.'],
    ['a capitalised ordinal in a name', 'It was after the Second World War.'],
    ['a label', 'He is the No. 2 official.'],
    ['a version', 'It runs version 10.4 now.'],
    ['a phone number', 'Call +81-3-1234-5678 or (202) 555-0143 now.'],
    ['a fraction-like code', 'The 9/11 attacks and 24/7 news.'],
    ['a glued code', 'The 5G network and the 3D film.'],
    ['the article a', 'A summit is planned.'],
    ['one as a pronoun', 'One of them left.'],
    ['the one', 'He was the one who called.'],
    ['no one', 'No one answered.'],
    ['one another', 'They blamed one another.'],
    ['vague amounts', 'Many, several and dozens of people, hundreds more, thousands of pages.'],
    ['a few hundred', 'A few hundred people and several thousand troops came.'],
    ['an adverbial ordinal', 'The sanctions were first imposed then.'],
    ['an ordinal before a verb', 'He first met her then.'],
    ['a second as time', 'Wait a second.'],
    ['an ordinal with nothing after it', 'He came first, she came second.'],
    ['the first to', 'She was the first to arrive.'],
    ['an ordinal of a date', 'Profits fell in the first quarter.'],
    ['an ordinal of a superlative', 'It is the third largest in China.'],
    ['a hyphenated ordinal', 'It is the second-largest firm.'],
    ['the second half', 'It improved in the second half.'],
    ['half as an adverb', 'The glass was half empty.'],
    ['a half-hour', 'It was a half-hour show.'],
    ['an idiom', 'It was a one-off payment by a third party.'],
    ['a quarter century', 'It lasted a quarter century.'],
    ['a rank sign', 'It was the #1 seller.'],
    ['cent inside a word', 'A recent rise, recently.'],
  ])('%s', (_name, text) => {
    expect(numbers(text)).toEqual([]);
  });
});

describe('the dates layer', () => {
  it('leaves out numbers inside date, time and duration spans', () => {
    const text = 'Japan will extend by two years the ban it imposed on April 13.';
    const dates = [dateAt(text, 'two years', 'DURATION', 'P2Y'), dateAt(text, 'April 13', 'DATE', '2021-04-13')];
    expect(numbers(text, dates)).toEqual([]);
  });

  it('leaves out an approximate duration the dates layer covers', () => {
    const text = 'Their first summit in about 20 years drew 300 reporters.';
    const dates = [dateAt(text, 'about 20 years', 'DURATION', 'P20Y')];
    expect(numbers(text, dates).map((n) => n.text)).toEqual(['first', '300']);
  });

  it('keeps the numbers outside the date spans', () => {
    const text = 'In 2002 the North admitted it had kidnapped 13 Japanese.';
    const found = numbers(text, [dateAt(text, '2002', 'DATE', '2002')]);
    expect(found).toMatchObject([{ text: '13', value: 13, unit: 'japanese' }]);
  });

  it('drops a range whose second end is inside a duration', () => {
    const text = 'It takes between 60 and 90 days, and 10 to 15 minutes.';
    const dates = [dateAt(text, '90 days', 'DURATION', 'P90D'), dateAt(text, '15 minutes', 'DURATION', 'PT15M')];
    expect(numbers(text, dates)).toEqual([]);
  });

  it('reads dates in any order', () => {
    const text = 'On April 13 they met for two hours and signed 3 deals.';
    const dates = [dateAt(text, 'two hours', 'DURATION', 'PT2H'), dateAt(text, 'April 13')];
    expect(numbers(text, dates).map((n) => n.text)).toEqual(['3']);
  });
});

describe('document-level names', () => {
  it('a model number written after a name elsewhere is a name everywhere', () => {
    const text = 'Boeing 787 deliveries resumed. The 787 had been grounded, with 120 jets parked.';
    expect(numbers(text).map((n) => n.text)).toEqual(['120']);
  });

  it('a Title Case headline is not a name context', () => {
    expect(numbers('Dow Falls 340 Points Amid Jobs Data').map((n) => n.text)).toEqual(['340']);
  });
});

describe('scores, ranges, ordinal compounds and half', () => {
  it.each<[string, string, Expected[]]>([
    ['a score is two cardinals', 'Leinster beat Munster 24-17 on Sunday.', [{ text: '24', value: 24, unit: null }, { text: '17', value: 17, unit: null }]],
    ['a split decision is a score', 'In a 5-4 ruling, the justices sided with the state.', [{ text: '5', value: 5, unit: null }, { text: '4', value: 4, unit: null }]],
    ['regression: score or tally decided by size (a "15-12" vote fell on an arbitrary side)', 'The council backed the plan 15-12, and the Senate 52-35.', [{ text: '15', value: 15, unit: null }, { text: '12', value: 12, unit: null }, { text: '52', value: 52, unit: null }, { text: '35', value: 35, unit: null }]],
    ['miss: a rising pair is a range', 'Turnout was 60-65% in the north.', [{ text: '60-65%', value: 60, endValue: 65 }]],
    ['"between" stays out of a range span', 'Runners aged between 18 and 65 entered the race.', [{ text: '18 and 65', value: 18, endValue: 65 }]],
    ['an ordinal with a hyphenated noun', 'Her 88th-minute volley won it.', [{ text: '88th-minute', kind: 'ordinal', value: 88, unit: 'minute' }]],
    ['an ordinal compound at the end of a clause', 'The club finished in 14th-place.', [{ text: '14th-place', kind: 'ordinal', value: 14, unit: 'place' }]],
    ['miss: an ordinal before a superlative', 'It is the second-largest lender in Spain.', []],
    ['miss: an idiom', 'Many first-time voters stayed home.', []],
    ['"half" after a bound', 'Just over half of members voted, and more than half were retirees.', [{ text: 'half', value: 0.5 }, { text: 'half', value: 0.5 }]],
    ['miss: "half" as a noun', 'The visitors scored twice in the second half.', []],
    ['a group separator is not a code after a capitalised word', 'Planting 7,000 trees a year helps.', [{ text: '7,000', value: 7000, unit: 'trees' }]],
  ])('%s', (_name, text, expected) => {
    expect(numbers(text)).toMatchObject(expected);
    expect(numbers(text).length).toBe(expected.length);
  });

  it('a score after a team name is not a model number (regression: "beat Exeter Chiefs 24-17")', () => {
    expect(numbers('Bath beat Exeter Chiefs 24-17 at home.').map((n) => n.value)).toEqual([24, 17]);
  });
});

describe('spans and order', () => {
  const text =
    'About 80,000 troops, 25% of them, cost $1.5 billion; the first summit in 2004 drew 13 Japanese people and between 10 and 15 officials.';

  it('each span is the text at its offsets', () => {
    for (const n of numbers(text)) expect(text.slice(n.start, n.end)).toBe(n.text);
  });

  it('mentions are sorted by start and do not overlap', () => {
    const found = numbers(text);
    expect(found.length).toBe(6);
    for (let i = 1; i < found.length; i++) expect(found[i]?.start ?? 0).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
  });

  it('endValue is absent when there is no range', () => {
    expect('endValue' in (numbers('It has 17 members.')[0] ?? {})).toBe(false);
  });
});

describe('linear time on hostile input', () => {
  it.each<[string, string]>([
    ['one long line of names and numbers', 'Boeing 737 A B C 5 '.repeat(20000)],
    ['joined digits', '1-2-3-4-'.repeat(20000)],
    ['number words', 'one two three first '.repeat(10000)],
    ['symbols and quotes', '$"5 '.repeat(20000)],
  ])('%s', (_name, text) => {
    const started = cpuNow();
    numbers(text);
    expect(cpuNow() - started).toBeLessThan(3000);
  });
});
