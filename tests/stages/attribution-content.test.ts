/**
 * Where the content of a claim begins and ends: layouts of content
 * boundaries (issue 4), each with cases that must not fire, and regression
 * tests named after the bug they pin.
 */
import { describe, expect, it } from 'vitest';
import { layer } from '../../src/core/document.js';
import { analyse, line } from './attribution-fixture.js';

const claims = (text: string, dates: Record<string, string> = {}): string[] => layer(analyse(text, dates), 'claims').map(line);
const DATES = { Monday: '2021-03-29', Tuesday: '2021-03-30', November: '2021-11', 'first-half': '2021-H1' };

type Case = [string, string, string[]];
const table = (name: string, cases: Case[]): void => {
  describe(name, () => {
    it.each(cases)('%s', (_name, text, expected) => {
      expect(claims(text, DATES)).toEqual(expected);
    });
  });
};

table('content: a participle after the clause', [
  ['the speaker\'s participle (a cue) ends the clause', 'The mayor said the bridge was safe, adding that repairs would start soon.', ['indirect | The mayor | said | the bridge was safe', 'indirect | The mayor | adding | repairs would start soon']],
  ['the speaker\'s participle (not a cue) ends the clause', 'The coach said the team was tired, referring to the long flight.', ['indirect | The coach | said | the team was tired']],
  ['miss: a participle of the reported clause\'s own subject stays', 'Council leaders have insisted they will not approve the budget, leaving the decision to the next council.', ['indirect | Council leaders | insisted | they will not approve the budget, leaving the decision to the next council']],
  ['miss: a participle that only starts a listed phrase ("leave open the possibility") stays', 'The poll found the senator won 30 percent, leading the field.', ['indirect | The poll | found | the senator won 30 percent, leading the field']],
]);

table('content: the setting of the statement at the end', [
  ['a setting with a date is cut', 'The senator said the contract was a mistake at a campaign rally in Ohio on Monday.', ['indirect | The senator | said | the contract was a mistake | @2021-03-29']],
  ['a setting noun after an indefinite article is cut', 'The governor said the water was safe in an interview with Fox News.', ['indirect | The governor | said | the water was safe']],
  ['miss: a bare date ends the reported clause itself', 'The senator said she would win the state in November.', ['indirect | The senator | said | she would win the state in November']],
  ['miss: a setting noun that belongs to the clause stays', 'The coach said fans could watch the match on television.', ['indirect | The coach | said | fans could watch the match on television']],
]);

table('content: brackets', [
  ['a closing bracket the clause did not open is left out', '(The owner said the timing was unrelated.)', ['indirect | The owner | said | the timing was unrelated']],
  ['miss: a bracket pair inside the clause stays', 'The owner said the club (founded in 1971) would close.', ['indirect | The owner | said | the club (founded in 1971) would close']],
]);

table('content: what stands between the cue and the quotation', [
  ['an addressee with a title and a name', 'The ambassador told radio host Matt Boyle, “The slogan writes itself.”', ['direct | The ambassador | told | The slogan writes itself.']],
  ['an adverb after the cue', 'The senator said instead that “every word I said is true.”', ['direct | The senator | said | every word I said is true.']],
  ['a connector set off by commas after the cue', 'The senator said, however, that the bill would pass.', ['indirect | The senator | said | the bill would pass']],
  ['the setting set off by commas before a closing quotation', 'The singer said on Twitter on Monday, in reference to her first child, “Next summer, Charlotte is going to be a big sister!”', ['direct | The singer | said | Next summer, Charlotte is going to be a big sister! | @2021-03-29']],
  ['miss: a fronted clause of the reported speech stays', 'The speaker says no matter what the governor does, “his word does not trump the law.”', ['mixed | The speaker | says | no matter what the governor does, “his word does not trump the law.”']],
  ['miss: a clause before the colon stays', 'The columnist wrote that the candidate was thinking: “What have I done?”', ['mixed | The columnist | wrote | the candidate was thinking: “What have I done?”']],
]);

table('content: coordinated predicates', [
  ['a quoted object, then a new predicate of the main subject', 'He said “The voters” and swears they love him.', ['direct | He | said | The voters', 'indirect | He | swears | they love him']],
  ['a reporting verb coordinated after an infinitive', 'The candidate promised to cut taxes and proposed a new border fund.', ['indirect | The candidate | promised | cut taxes']],
  ['miss: a reported clause coordinates its own predicates', 'The actress said she was tired of politics and wanted a new candidate.', ['indirect | The actress | said | she was tired of politics and wanted a new candidate']],
  ['a clause of the writer\'s after a phrase with no subject', 'The mayor had proposed raising fares on the buses, but the council refused.', ['indirect | The mayor | proposed | raising fares on the buses']],
  ['miss: a coordinated that-clause stays', 'The mayor said the fares were too high, and that the council would cut them.', ['indirect | The mayor | said | the fares were too high, and that the council would cut them']],
]);

table('content: an attribution inside an introductory clause', [
  ['a focusing adverb before the subordinator', 'Even as the mayor said the bridge was safe, engineers closed it.', ['indirect | the mayor | said | the bridge was safe']],
  ['miss: a main clause holding the attribution runs on', 'The mayor said the bridge was safe, but engineers closed it.', ['indirect | The mayor | said | the bridge was safe, but engineers closed it']],
]);

describe('content: regression (the main clause after an introductory clause joined the content)', () => {
  const contents = (text: string): string[] => layer(analyse(text), 'claims').map((c) => c.content.text);
  it('a subject of several words after the subordinator', () => {
    expect(contents('Yet, a year since the businessman and reality star announced his candidacy, here we are.')).toEqual(['his candidacy']);
  });
  it('a measure of time before the subordinator', () => {
    expect(contents('Two weeks after Ana Lopez announced that the plant would close, the union went on strike.')).toEqual(['the plant would close']);
  });
});

table('content: a clause going on after an attribution in its middle', [
  ['a second predicate', 'The pilot had no known political ties, the airline added, and had passed all security checks.', ['indirect | the airline | added | The pilot had no known political ties, the airline added, and had passed all security checks']],
  ['a second clause with a pronoun subject', 'The coach may not be popular, fans say, but he is still effective.', ['indirect | fans | say | The coach may not be popular, fans say, but he is still effective']],
  ['"including …"', 'The emails covered many topics, the newspaper said, including speeches and meetings.', ['indirect | the newspaper | said | The emails covered many topics, the newspaper said, including speeches and meetings']],
  ['miss: a new clause with its own subject is the writer\'s', 'The bridge is safe, the mayor said, and the council agreed.', ['indirect | the mayor | said | The bridge is safe']],
]);

table('content: a quotation with its own attribution after a colon', [
  ['the quotation the colon introduced is the claim', 'The producer declared the need for drive: “Change the world,” she said.', ['indirect | The producer | declared | the need for drive', 'direct | she | said | Change the world,']],
]);

table('content: a quotation running over paragraphs (one claim per paragraph)', [
  [
    'a paragraph left open and the next one reopening it',
    '“The orchestra has never sounded better,” the conductor said. “We rehearsed all winter.\n\n“Now the hall is full every night.”',
    ['direct | the conductor | said | The orchestra has never sounded better,', 'direct | the conductor | said | We rehearsed all winter.', 'direct | the conductor | said | Now the hall is full every night.'],
  ],
  [
    'an attribution before the first paragraph',
    'The conductor said: “We rehearsed all winter.\n\n“Now the hall is full every night.”',
    ['direct | The conductor | said | We rehearsed all winter.', 'direct | The conductor | said | Now the hall is full every night.'],
  ],
  [
    'miss: paragraphs before a trailing attribution stay one claim',
    '“We rehearsed all winter.\n\n“Now the hall is full every night,” the conductor said.',
    ['direct | the conductor | said | We rehearsed all winter.\n\n“Now the hall is full every night,'],
  ],
  [
    'miss: sentences of one paragraph stay one claim',
    'The conductor said: “We rehearsed all winter. Now the hall is full every night.”',
    ['direct | The conductor | said | We rehearsed all winter. Now the hall is full every night.'],
  ],
]);

table('content: a noun-phrase object as the content', [
  [
    'a day after the object is the time of the cue, shared by the participle',
    'The council rejected a £40 million offer from developer Dan Price on Tuesday, saying the price was too low.',
    ['indirect | The council | rejected | a £40 million offer from developer Dan Price | @2021-03-30', 'indirect | The council | saying | the price was too low | @2021-03-30'],
  ],
  ['a headline object ends before an adverbial clause', '# Museum rejects £5 million donation as gallery faces protests\nThe story follows.', ['indirect | Museum | rejects | £5 million donation']],
  ['miss: a month after the object is the object\'s', 'The union rejected the pay deal of November.', ['indirect | The union | rejected | the pay deal of November']],
  ['miss: "as" before a noun phrase stays in', 'The senator dismissed the report as a stunt.', ['indirect | The senator | dismissed | the report as a stunt']],
  ['miss: a clause with its own time keeps it', 'The mayor said the bridge would reopen on Tuesday.', ['indirect | The mayor | said | the bridge would reopen on Tuesday']],
]);

table('content: a date modifying the first noun of the clause', [
  ['a hyphenated period is part of the clause, not the time of saying', 'The brewery said first-half sales rose 6%.', ['indirect | The brewery | said | first-half sales rose 6%']],
  ['miss: a bare day after the cue is the time of saying', 'The brewery said Tuesday sales rose 6%.', ['indirect | The brewery | said | sales rose 6% | @2021-03-30']],
]);
