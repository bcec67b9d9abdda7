import { describe, expect, it } from 'vitest';
import { createDoc, layer, withLayer } from '../../src/core/document.js';
import type { DateMention, Sentence } from '../../src/schema/result.js';
import { datesStage } from '../../src/stages/dates/index.js';
import { cpuNow } from '../cpu.js';

const run = datesStage.create({});

/** A Tuesday. */
const TUE = '2021-03-30';

function stage(text: string, date: string | null, sentences: Sentence[] = []) {
  return run(withLayer(createDoc({ text, date }), 'sentences', sentences), { pipeline: 'test' });
}

function dates(text: string, date: string | null = TUE, sentences: Sentence[] = []): DateMention[] {
  return [...layer(stage(text, date, sentences), 'dates')];
}

type Expected = Pick<DateMention, 'text' | 'type' | 'value'> & { endValue?: string };

const D = (text: string, value: string, endValue?: string): Expected => ({ text, type: 'DATE', value, ...(endValue && { endValue }) });
const T = (text: string, value: string): Expected => ({ text, type: 'TIME', value });
const P = (text: string, value: string): Expected => ({ text, type: 'DURATION', value });
const S = (text: string, value: string): Expected => ({ text, type: 'SET', value });

const shape = (found: DateMention[]) => found.map(({ text, type, value, endValue }) => ({ text, type, value, ...(endValue && { endValue }) }));

describe('value forms', () => {
  it.each<[string, string, string, Expected[]]>([
    // calendar dates
    ['month day, year', 'The accord was signed on March 30, 2021, in Geneva.', TUE, [D('March 30, 2021', '2021-03-30')]],
    ['day month year', 'The accord was signed on 30 March 2021.', TUE, [D('30 March 2021', '2021-03-30')]],
    ['abbreviated month, no period', 'She was sworn in on Oct 21, aides said.', '2025-11-05', [D('Oct 21', '2025-10-21')]],
    ['abbreviated month with period', 'The runoff is set for Oct. 21.', '2025-09-01', [D('Oct. 21', '2025-10-21')]],
    ['bare abbreviated month', 'Bids were due in Sept. and nobody came.', '2021-11-02', [D('Sept.', '2021-09')]],
    ['ISO date', 'Filed 2021-03-30 in the registry.', '2022-01-01', [D('2021-03-30', '2021-03-30')]],
    ['US numeric date', 'The form is dated 3/30/2021.', '2022-01-01', [D('3/30/2021', '2021-03-30')]],
    ['day of month in words', 'The fair opens on the 5th of May 2022.', TUE, [D('the 5th of May 2022', '2022-05-05')]],
    ['weekday with its date', 'The vote was held on Sunday, March 28, officials said.', TUE, [D('Sunday, March 28', '2021-03-28')]],
    ['month and year', 'Prices peaked in January 2020.', TUE, [D('January 2020', '2020-01')]],
    ['second day of a list', 'Talks were held on March 3 and 5.', TUE, [D('March 3', '2021-03-03'), D('5', '2021-03-05')]],
    ['day range', 'The forum runs May 24-25.', TUE, [D('May 24-25', '2021-05-24', '2021-05-25')]],
    ['range takes the year of its end', 'Between Jan. 1 and Feb. 28, 2019, prices rose.', TUE, [D('Jan. 1', '2019-01-01'), D('Feb. 28, 2019', '2019-02-28')]],
    ['month and relative year', 'Drills are planned in March next year.', '2025-11-05', [D('March next year', '2026-03')]],
    ['month this year', 'He returned in January this year.', '2025-11-05', [D('January this year', '2025-01')]],
    ['last month name', 'The premier took office last September.', TUE, [D('last September', '2020-09')]],
    // years, decades, centuries, ranges
    ['year', 'The sanctions were first imposed in 2006.', TUE, [D('2006', '2006')]],
    ['year before 1900 after a preposition', 'The agency was founded in 1835 as Havas.', TUE, [D('1835', '1835')]],
    ['decade', 'Agents abducted citizens in the 1970s and 1980s.', TUE, [D('the 1970s', '197'), D('1980s', '198')]],
    ['apostrophe decade', "Dozens vanished in the 1970s and '80s.", TUE, [D('the 1970s', '197'), D("'80s", '198')]],
    ['decade with a position word', 'Growth slowed in the early 1980s.', TUE, [D('the early 1980s', '198')]],
    ['decade in words', 'The song was a hit in the nineties.', TUE, [D('the nineties', '199')]],
    ['century', 'It was the bloodiest war of the 20th century.', TUE, [D('the 20th century', '19')]],
    ['hundreds as a century', 'The port was built in the 1900s.', TUE, [D('the 1900s', '19')]],
    ['compact range, two digits', 'Both sides fought the 1950-53 war.', TUE, [D('1950-53', '1950', '1953')]],
    ['compact range across decades', 'Its 1910-45 rule of the peninsula ended in defeat.', TUE, [D('1910-45', '1910', '1945')]],
    ['full range is two expressions', 'He ruled from 1910 to 1945.', TUE, [D('1910', '1910'), D('1945', '1945')]],
    ['early year', 'A decision is expected in early 2024.', '2023-10-01', [D('early 2024', '2024')]],
    ['spoken year', 'He was convicted in nineteen ninety-one.', TUE, [D('nineteen ninety-one', '1991')]],
    // seasons, quarters, halves
    ['season of a year', 'Troops left in the spring of 2019.', TUE, [D('the spring of 2019', '2019-SP')]],
    ['last season', 'The strike began last summer.', TUE, [D('last summer', '2020-SU')]],
    ['quarter of a year', 'Sales rose in the fourth quarter of 2020.', TUE, [D('the fourth quarter of 2020', '2020-Q4')]],
    ['past quarter still to come this year', 'Profit fell in the third quarter.', TUE, [D('the third quarter', '2020-Q3')]],
    ['Q token', 'Shipments recovered in Q4 2020.', TUE, [D('Q4 2020', '2020-Q4')]],
    ['half of a year', 'Output will grow in the first half of 2022.', TUE, [D('the first half of 2022', '2022-H1')]],
    // relative to the publication date
    ['last week', 'Officials met last week.', TUE, [D('last week', '2021-W12')]],
    ['this month', 'Prices rose this month.', TUE, [D('this month', '2021-03')]],
    ['next year', 'The plant will open next year.', TUE, [D('next year', '2022')]],
    ['earlier this year', 'He visited Tokyo earlier this year.', TUE, [D('earlier this year', '2021')]],
    ['days ago', 'The ship sank two days ago.', TUE, [D('two days ago', '2021-03-28')]],
    ['a year ago has year granularity', 'Prices were lower a year ago.', TUE, [D('a year ago', '2020')]],
    ['weeks ago has week granularity', 'The strike began three weeks ago.', TUE, [D('three weeks ago', '2021-W10')]],
    ['yesterday and tomorrow', 'Talks ended yesterday and resume tomorrow.', TUE, [D('yesterday', '2021-03-29'), D('tomorrow', '2021-03-31')]],
    ['earlier weekday', 'Earlier Tuesday, the army fired a missile.', TUE, [D('Earlier Tuesday', '2021-03-30')]],
    // relative to the narrative
    ['the previous month', 'Five returned in October 2002 after talks in Pyongyang the previous month.', TUE, [D('October 2002', '2002-10'), D('the previous month', '2002-09')]],
    ['that year', 'The summit was held in 2002. Five came home that year.', TUE, [D('2002', '2002'), D('that year', '2002')]],
    ['a day earlier', 'The deal was signed on May 5, 2019. A day earlier, talks had stalled.', TUE, [D('May 5, 2019', '2019-05-05'), D('A day earlier', '2019-05-04')]],
    // times of day
    ['clock time', 'The ceremony starts at 08:00.', '2025-12-28', [T('08:00', '2025-12-28T08:00')]],
    ['a.m.', 'The quake struck at 8 a.m.', TUE, [T('8 a.m.', '2021-03-30T08:00')]],
    ['time with its day', 'He died at 10 p.m. Wednesday.', TUE, [T('10 p.m. Wednesday', '2021-03-24T22:00')]],
    ['UTC time', 'The index was down 3% at 14:58 GMT.', TUE, [T('14:58 GMT', '2021-03-30T14:58Z')]],
    ['weekday night', 'Fighting broke out Monday night.', TUE, [T('Monday night', '2021-03-29TNI')]],
    ['this morning', 'The minister resigned this morning.', TUE, [T('this morning', '2021-03-30TMO')]],
    ['last night', 'Rockets hit the city last night.', TUE, [T('last night', '2021-03-29TNI')]],
    ['noon with a day', 'The ultimatum expired at noon Saturday.', TUE, [T('noon Saturday', '2021-03-27T12:00')]],
    // durations
    ['years', 'Japan will extend the sanctions by two years.', TUE, [P('two years', 'P2Y')]],
    ['approximate', 'It is the first summit in about 20 years.', TUE, [P('about 20 years', 'P20Y')]],
    ['hyphenated', 'They began a four-day visit.', TUE, [P('four-day', 'P4D')]],
    ['for years', 'The dispute has dragged on for years.', TUE, [P('years', 'PXY')]],
    ['recent months', 'Tensions have soared in recent months.', TUE, [P('recent months', 'PXM')]],
    ['decades', 'The rate is the lowest in two decades.', TUE, [P('two decades', 'P20Y')]],
    ['fraction', 'The trial lasted 2 1/2 years.', TUE, [P('2 1/2 years', 'P2Y6M')]],
    ['half an hour', 'The meeting lasted half an hour.', TUE, [P('half an hour', 'PT30M')]],
    ['the past n units', 'Prices doubled over the past two weeks.', TUE, [P('the past two weeks', 'P2W')]],
    ['vague amount', 'The ferry was delayed for several days.', TUE, [P('several days', 'PXD')]],
    ['more between amount and unit', 'The base stays open for at least 20 more years.', TUE, [P('at least 20 more years', 'P20Y')]],
    // sets
    ['every year', 'The festival is held every year.', TUE, [S('every year', 'P1Y')]],
    ['annually', 'The firm pays $5 million annually.', TUE, [S('annually', 'P1Y')]],
    ['weekly', 'The council meets weekly.', TUE, [S('weekly', 'P1W')]],
    ['each weekday', 'Flights leave each Thursday.', TUE, [S('each Thursday', 'XXXX-WXX-4')]],
    ['per-unit article', 'Ferries sail twice a week.', TUE, [S('twice a week', 'P1W')]],
    ['rate per year', 'The plant makes 10,000 units a year.', TUE, [S('a year', 'P1Y')]],
    ['plural weekday', 'The market opens on Sundays.', TUE, [S('Sundays', 'XXXX-WXX-7')]],
    // holidays
    ['fixed-day holiday', 'Shops were packed on Christmas Eve.', '2022-01-05', [D('Christmas Eve', '2021-12-24')]],
    ['weekday-rule holiday', 'The boy was rescued on Thanksgiving Day.', '2000-01-07', [D('Thanksgiving Day', '1999-11-25')]],
    // references
    ['now', 'The ban is now in force.', TUE, [D('now', 'PRESENT_REF')]],
    ['currently', 'Nothing can currently be offered.', TUE, [D('currently', 'PRESENT_REF')]],
    ['recently', 'Kishida recently sent a message.', TUE, [D('recently', 'PAST_REF')]],
    ['the past', 'Such offers failed in the past.', TUE, [D('the past', 'PAST_REF')]],
    ['past years', 'The border saw clashes in past years.', TUE, [D('past years', 'PAST_REF')]],
    ['the future', 'Nobody can predict the future.', TUE, [D('the future', 'FUTURE_REF')]],
  ])('%s', (_name, text, date, expected) => {
    expect(shape(dates(text, date))).toEqual(expected);
  });
});

describe('misses: nothing is tagged', () => {
  it.each<[string, string]>([
    ['"may" the verb', 'Talks may resume, and they may not.'],
    ['"May" in a name', 'Theresa May said the vote would go ahead.'],
    ['"march" the verb', 'Thousands march through the capital.'],
    ['"a second" the ordinal', 'A second summit was held in the capital.'],
    ['"Daily" in a name', 'Daily Newsletter'],
    ['"Daily" in a paper name', 'The Korea JoongAng Daily reported the story.'],
    ['"cent" inside "recent"', 'The recent move angered the opposition.'],
    ['"per cent"', 'Turnout rose 5 per cent.'],
    ['"Sun" in a name', 'Sun Microsystems said the chip was late.'],
    ['"Wed" in a name', 'The Wed Group bought the shares.'],
    ['"weds" the verb', 'She weds him, her mother said.'],
    ['"Weds" the verb opening a sentence', 'Weds heiress in secret ceremony'],
    ['numbers that are not years', 'About 80,000 troops and 2000 civilians remain.'],
    ['model numbers', 'The Boeing 737 is grounded.'],
    ['codes', 'COVID-19 cases fell.'],
    ['ages', 'A 10-year-old boy and a man, 52 years old, were hurt.'],
    ['named days', 'Black Friday sales were weak.'],
    ['fractions', 'Three-quarters of voters agreed.'],
    ['titles', 'He spoke on 60 Minutes.'],
    ['"Thus"', 'Thus the plan failed.'],
    ['"the past" before a noun', 'The rally called for resolving the past abductions.'],
    ['"the future" of something', 'It is important to the future of our peoples.'],
    ['soon', 'Things will not move forward soon.'],
    ['at any time', 'He would meet Kim at any time.'],
    ['at an early time', 'He hopes to hold a summit at an early time.'],
    ['in the near future', 'No summit is planned in the near future.'],
    ['as soon as possible', 'He wants to meet as soon as possible.'],
    ['bare month without context', 'April Smith won the race.'],
  ])('%s', (_name, text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('tense decides bare weekdays, months and seasons', () => {
  it.each<[string, string, string, string]>([
    ['past verb before the weekday', 'The minister said Monday that talks would go on.', 'Monday', '2021-03-29'],
    ['future modal before the weekday', 'The minister will visit Seoul on Friday.', 'Friday', '2021-04-02'],
    ['the publication day itself', 'The spokesman said Tuesday the offer stands.', 'Tuesday', '2021-03-30'],
    ['-ed verb', 'Officials gathered on Friday to discuss the plan.', 'Friday', '2021-03-26'],
    ['scheduled', 'The committee is scheduled to vote on Thursday.', 'Thursday', '2021-04-01'],
    ['marker after a fronted weekday', 'On Sunday, protesters rallied outside.', 'Sunday', '2021-03-28'],
    ['going to', 'The board is going to decide on Wednesday.', 'Wednesday', '2021-03-31'],
    ['last weekday', 'The plant closed last Tuesday.', 'last Tuesday', '2021-03-23'],
    ['next weekday', 'The plant reopens next Monday.', 'next Monday', '2021-04-05'],
    ['passive after a modal is not past', 'The results will be announced in May.', 'May', '2021-05'],
    ['past month', 'He resigned in November.', 'November', '2020-11'],
    ['future month', 'The summit will take place in June.', 'June', '2021-06'],
    ['current month', 'Exports fell in March.', 'March', '2021-03'],
    ['no tense: the nearest', 'Payments on Dec. 15 to holders of record Nov. 17.', 'Dec. 15', '2020-12-15'],
    ['past season', 'The fighting stopped in the summer.', 'the summer', '2020-SU'],
    ['since', 'Borders have been shut since February.', 'February', '2021-02'],
    ['"can" points ahead', '“You can judge us in May,” the coach said.', 'May', '2021-05'],
    ['"to be" + participle is a plan', 'The summit, to be held in May, was announced by the palace.', 'May', '2021-05'],
    ['a past form in an "if" clause of a future main clause', 'The levy would be scrapped if inflation fell below 2% by the autumn, she said.', 'the autumn', '2021-FA'],
    ['a past form after a two-word conditional (conditionals.txt)', 'The levy would be scrapped provided that inflation fell below 2% by the autumn.', 'the autumn', '2021-FA'],
    ['miss: a real past "if" clause', 'If prices rose in August, it was because of the drought.', 'August', '2020-08'],
    ['miss: "that" alone is no conditional', 'The levy would be scrapped, she said that inflation fell in the autumn.', 'the autumn', '2020-FA'],
    ['miss: "used to be" is past', 'The fair used to be held in August, organisers recalled.', 'August', '2020-08'],
  ])('%s', (_name, text, surface, value) => {
    const found = dates(text).find((d) => d.text === surface);
    expect(found?.value).toBe(value);
  });
});

describe('regression: "to be" after a raising verb was read as a plan ("was believed to be in Pyongyang on Friday" -> the next Friday)', () => {
  it.each<[string, string, string, string]>([
    ['was believed to be', 'The envoy was believed to be in Pyongyang on Friday, officials said.', 'Friday', '2021-03-26'],
    ['is thought to be', 'The leader is thought to be in Beijing on Monday.', 'Monday', '2021-03-29'],
    ['appeared to be', 'The convoy appeared to be near the border on Sunday.', 'Sunday', '2021-03-28'],
    ['seemed to be', 'The talks seemed to be on track on Thursday.', 'Thursday', '2021-03-25'],
    ['was said to be', 'The general was said to be at the site on Saturday.', 'Saturday', '2021-03-27'],
    ['was reported to be', 'The tanker was reported to be off the coast on Wednesday.', 'Wednesday', '2021-03-24'],
    ['turned out to be (a two-word entry)', 'The blast turned out to be a drill on Sunday, the army said.', 'Sunday', '2021-03-28'],
    ['miss: scheduled to be held stays a plan', 'The vote is scheduled to be held on Friday.', 'Friday', '2021-04-02'],
    ['miss: expected to be stays a plan', 'The envoy is expected to be in Seoul on Friday.', 'Friday', '2021-04-02'],
    ['miss: a bare "to be" + participle stays a plan', 'Talks to be held on Monday were announced.', 'Monday', '2021-04-05'],
    ['miss: "out to be" without "turned" stays a plan', 'The fleet set out to be at sea on Sunday.', 'Sunday', '2021-04-04'],
  ])('%s', (_name, text, surface, value) => {
    expect(dates(text).find((d) => d.text === surface)?.value).toBe(value);
  });
});

/** A Thursday, in a results season: the last complete quarter is 1989-Q3. */
const THU = '1989-11-02';

describe('anaphora, comparisons and parts of the day', () => {
  it.each<[string, string, string, Expected[]]>([
    // "the day" in market reports: the day the narrative is at
    ['ended the day', 'The Dow ended the day at 7,114.', THU, [D('the day', '1989-11-02')]],
    ['for the day after a day', 'Prices fell on Oct. 12. For the day, the index lost 5%.', THU, [D('Oct. 12', '1989-10-12'), D('the day', '1989-10-12')]],
    ['later in the day', 'He arrived in Philadelphia later in the day.', THU, [D('the day', '1989-11-02')]],
    ['the start of the day', 'After a large fall at the start of the day, it rose.', THU, [D('the start of the day', '1989-11-02')]],
    ['"the day" keeps the last day, not a month mentioned since', 'Stocks rose on Friday despite a report on jobs in March. The Dow gained 39 points, ending the day at 8,017.', '2009-04-04', [D('Friday', '2009-04-03'), D('March', '2009-03'), D('the day', '2009-04-03')]],
    ['that day after a month', 'He left on Oct. 3, in the first week of October. That day, nothing happened.', THU, [D('Oct. 3', '1989-10-03'), D('October', '1989-10'), D('That day', '1989-10-03')]],
    // weekdays counted from the narrative
    ['the previous weekday', 'The index was down 4.5% from the previous Friday.', '1989-10-27', [D('the previous Friday', '1989-10-20')]],
    ['the following weekday', 'He left on Oct. 3. He returned the following Monday.', THU, [D('Oct. 3', '1989-10-03'), D('the following Monday', '1989-10-09')]],
    // "current" with a period
    ['the current fiscal year', 'Sales in the current fiscal year will rise.', THU, [D('the current fiscal year', '1989')]],
    ['last fiscal year', 'Profit fell last fiscal year.', THU, [D('last fiscal year', '1988')]],
    ['the last half of a year', 'Earnings will be lower for the last half of 1989.', THU, [D('the last half of 1989', '1989-H2')]],
    // periods compared across years in results reports
    ['the same period last year, after a quarter', 'Third-quarter net rose from the same period last year.', THU, [D('Third-quarter', '1989-Q3'), D('the same period last year', '1988-Q3')]],
    ['the same period last year, after a month', 'Sales rose 43% in February compared to the same period last year.', '2010-03-03', [D('February', '2010-02'), D('the same period last year', '2009-02')]],
    ['the same month a year ago', 'Sales fell 35% in January, compared to the same month a year ago.', '2009-02-04', [D('January', '2009-01'), D('the same month a year ago', '2008-01')]],
    ['the corresponding quarter a year earlier', 'Third-quarter sales beat the corresponding quarter a year earlier.', THU, [D('Third-quarter', '1989-Q3'), D('the corresponding quarter a year earlier', '1988-Q3')]],
    ['the quarter a year ago', 'For the quarter a year ago, the bank earned $16 million.', THU, [D('the quarter a year ago', '1988-Q3')]],
    ["last year's quarter", "U.K. sales for last year's quarter were $3 million.", THU, [D("last year's quarter", '1988-Q3')]],
    ["next year's first quarter", "The spin-off could be effective in next year's first quarter.", THU, [D("next year's first quarter", '1990-Q1')]],
    ['the year period', 'In the 1988 period, the company earned $20.6 million.', THU, [D('the 1988 period', '1988-Q3')]],
    ['the year quarter', 'Kirschner earned $376,000 in the 1988 quarter.', THU, [D('the 1988 quarter', '1988-Q3')]],
    ['the year-ago quarter, counted from the quarter reported', 'Fourth-quarter net rose from the year-ago quarter.', '1990-01-20', [D('Fourth-quarter', '1989-Q4'), D('the year-ago quarter', '1988-Q4')]],
    ['the year-earlier ordinal quarter', 'In the year-earlier third quarter, it lost money.', THU, [D('the year-earlier third quarter', '1988-Q3')]],
    ['the year-earlier months are a duration', 'Net for the year-earlier nine months included a gain.', THU, [P('the year-earlier nine months', 'P9M')]],
    ['a year earlier after months that are not a quarter', 'Third-quarter net rose. For the nine months, net fell from a year earlier.', THU, [D('Third-quarter', '1989-Q3'), P('the nine months', 'P9M'), D('a year earlier', '1988')]],
    ['a year earlier after a quarter', 'Second-quarter bookings climbed to 40,000 from 32,000 a year earlier.', THU, [D('Second-quarter', '1989-Q2'), D('a year earlier', '1988-Q2')]],
    // parts of the day
    ['mid-afternoon with its day', 'In London at mid-afternoon yesterday, shares rose.', THU, [T('mid-afternoon yesterday', '1989-11-01TAF')]],
    ['mid afternoon', 'By mid afternoon, sources said it was over.', THU, [T('mid afternoon', '1989-11-02TAF')]],
    ['early morning with a weekday', 'The convoy left early morning Friday.', THU, [T('early morning Friday', '1989-10-27TMO')]],
    ['in the morning', 'Dealers placed heavy buy orders in the morning.', THU, [T('the morning', '1989-11-02TMO')]],
    ['an hour in the morning', 'He left at 4 in the morning.', THU, [T('4 in the morning', '1989-11-02T04:00')]],
    ['an hour in the evening', 'The plane landed at 6 in the evening.', THU, [T('6 in the evening', '1989-11-02T18:00')]],
    // references
    ['the past before a pronoun', 'Crane said that in the past it considered a bid.', THU, [D('the past', 'PAST_REF')]],
  ])('%s', (_name, text, date, expected) => {
    expect(shape(dates(text, date))).toEqual(expected);
  });

  it.each<[string, string]>([
    ['"at the end of the day" (an idiom)', 'It was, at the end of the day, a bad deal.'],
    ['"the day of" an event', 'On the day of his visit, nothing happened.'],
    ['"the day" with no report verb', 'She remembered the day fondly.'],
    ['"late-night" an adjective', 'A late-night show aired.'],
    ['"the same period" with no other year', 'Costs stayed flat over the same period.'],
    ['"the current" as a noun', 'They swam against the current.'],
    ['"recent" as an adjective', 'The recent move angered the opposition.'],
  ])('miss: %s', (_name, text) => {
    expect(dates(text, THU)).toEqual([]);
  });
});

describe('without a publication date', () => {
  const text = 'Officials met last week and again on Tuesday. The plan dates from 2006 and was revised in March.';
  const doc = stage(text, null);

  it('keeps written-out values and gives the rest TimeML placeholders', () => {
    expect(shape([...layer(doc, 'dates')])).toEqual([
      D('last week', 'XXXX-WXX'),
      D('Tuesday', 'XXXX-WXX-2'),
      D('2006', '2006'),
      D('March', 'XXXX-03'),
    ]);
  });

  it('warns once, counting the unresolved expressions and pointing at the first', () => {
    const warnings = doc.messages.filter((m) => m.code === 'W_UNRESOLVED_DATES');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain('3 relative date expression(s)');
    expect(warnings[0]).toMatchObject({ start: text.indexOf('last week'), end: text.indexOf('last week') + 'last week'.length });
  });

  it('adds no warning when every value is written out', () => {
    expect(stage('It was founded in 1835.', null).messages).toEqual([]);
  });
});

describe('layer contract', () => {
  it('returns spans sorted by start whose text is the slice', () => {
    const text = 'On Monday, two years after the 2019 deal, officials said they would meet next week.';
    const found = dates(text);
    expect(found.map((d) => d.start)).toEqual([...found.map((d) => d.start)].sort((a, b) => a - b));
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('reads clause boundaries from the sentences layer when there is one', () => {
    const text = 'Elections were held on Sunday. Turnout will be announced Monday.';
    const sentences: Sentence[] = [
      { start: 0, end: 30, role: 'body' },
      { start: 31, end: text.length, role: 'body' },
    ];
    expect(shape(dates(text, TUE, sentences))).toEqual([D('Sunday', '2021-03-28'), D('Monday', '2021-04-05')]);
  });

  it('finishes a long sentence of unbalanced quotes and dates quickly', () => {
    const text = `${'"said Tuesday" '.repeat(3000)}${'"'.repeat(20000)}`;
    const t0 = cpuNow();
    expect(dates(text)).toHaveLength(3000);
    expect(cpuNow() - t0).toBeLessThan(2000);
  });
});

describe('regressions', () => {
  it('"a year earlier" compares with the reference without moving it', () => {
    const text = 'Profit was $5 million, down from $7 million a year earlier. Sales were $9 million, up from $8 million a year earlier.';
    expect(dates(text).map((d) => d.value)).toEqual(['2020', '2020']);
  });

  it('a weekday does not merge with a date on the next line', () => {
    expect(shape(dates('Markets stay closed until Friday\nSeptember 18, 2008', '2008-09-18'))).toEqual([
      D('Friday', '2008-09-19'),
      D('September 18, 2008', '2008-09-18'),
    ]);
  });

  it('"next to" is not a future marker', () => {
    expect(dates('The blast next to the embassy on Friday killed 12.')[0]?.value).toBe('2021-03-26');
  });

  it('"could" is not a future marker', () => {
    expect(dates('The relatives could not be reached Wednesday.', '2000-01-07')[0]?.value).toBe('2000-01-05');
  });

  it('a hyphenated duration after "the latest" starts at its number', () => {
    expect(shape(dates('The latest two-year extension must be approved.'))).toEqual([P('two-year', 'P2Y')]);
  });

  it('a compared period does not move the reference: "a year earlier" after it still counts from the quarter reported', () => {
    const text = 'Third-quarter net rose from the same period last year. Sales rose from a year earlier.';
    expect(dates(text, THU).map((d) => d.value)).toEqual(['1989-Q3', '1988-Q3', '1988-Q3']);
  });

  it.each<[string, string, string, string]>([
    ['"today" in a quotation is the day the words were said', 'The tribunal ruled on Monday. “Today justice was done,” the lawyer said.', 'Today', '2021-03-29'],
    ['"today" in a straight-quoted remark after yesterday\'s race', 'Moreau won the stage yesterday. "I felt strong today," she said.', 'today', '2021-03-29'],
    ['miss: "today" outside a quotation', 'The tribunal ruled on Monday. Today the lawyer appealed.', 'Today', '2021-03-30'],
    ['miss: a quotation with no recent day in the narrative', 'The tribunal ruled in 2019. “Today justice was done,” the lawyer said.', 'Today', '2021-03-30'],
  ])('%s', (_name, text, surface, value) => {
    expect(dates(text).find((d) => d.text === surface)?.value).toBe(value);
  });

  it('"a year" after an amount in brackets is a SET', () => {
    expect(shape(dates('The tariff costs growers 900 million rupees ($11 million) a year.')).filter((d) => d.text === 'a year')).toEqual([S('a year', 'P1Y')]);
    expect(shape(dates('The stadium (built in 2001) stood empty for a year.')).filter((d) => d.text === 'a year')).toEqual([P('a year', 'P1Y')]);
  });

  it('a month ending a headline is not read as a name with the byline under it', () => {
    expect(shape(dates('Water regulator to rule on rate cap by June\n\nBy Ana Ruiz', '2025-03-11'))).toEqual([D('June', '2025-06')]);
    expect(dates('The award went to June Carter.', '2025-03-11')).toEqual([]);
  });

  it('"the quarter" in a results report is the quarter last mentioned', () => {
    const text = 'Third-quarter profit rose. During the quarter, the bank cut 500 jobs.';
    expect(dates(text, '1989-10-26').map((d) => d.value)).toEqual(['1989-Q3', '1989-Q3']);
  });
});
