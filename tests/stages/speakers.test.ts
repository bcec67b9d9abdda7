import { describe, expect, it } from 'vitest';
import { layer } from '../../src/core/document.js';
import { speakersStage } from '../../src/stages/speakers/index.js';
import { analyse } from './attribution-fixture.js';

/** Each claim's speaker as "mention → name (type)". */
const speakers = (text: string): string[] =>
  layer(analyse(text, {}, true), 'claims').map((c) => `${c.speaker?.text} → ${c.speaker?.name} (${c.speaker?.type})`);

describe('speakers: names', () => {
  const cases: [string, string, string[]][] = [
    [
      'a surname takes the fullest name the article gives',
      'Chief Cabinet Secretary Kenji Morita spoke on Monday. Morita said the sanctions would stay.',
      ['Morita → Kenji Morita (person)'],
    ],
    [
      'titles stay in the mention, not in the name',
      'Chief Cabinet Secretary Kenji Morita said the sanctions would stay.',
      ['Chief Cabinet Secretary Kenji Morita → Kenji Morita (person)'],
    ],
    [
      'a title as a description goes to the person named with it',
      'Prime Minister Taro Hoshino visited the region. The prime minister said he was hopeful.',
      ['The prime minister → Taro Hoshino (person)'],
    ],
    [
      'a role description goes to the person the article names in that role, even later',
      "The sanctions will be extended, the government's top spokesman said.\n\nChief Cabinet Secretary Kenji Morita also spoke about trade.",
      ["the government's top spokesman → Kenji Morita (person)"],
    ],
    [
      'a description introduced by apposition',
      "The leader's sister and senior official, Park Yu Na, issued a warning. The senior official said talks were pointless.",
      ['The senior official → Park Yu Na (person)'],
    ],
    [
      'a role description goes to the person whose title the titles lexicon gives that role',
      "Japan is watching the talks, Tokyo's top government spokesman said.\n\n“We want dialogue,” Chief Cabinet Secretary Kenji Morita told reporters.",
      ["Tokyo's top government spokesman → Kenji Morita (person)", 'Chief Cabinet Secretary Kenji Morita → Kenji Morita (person)'],
    ],
    [
      "an office-holder's epithet from the titles lexicon goes to the person first named in the next sentence",
      "Japan is watching the talks, Tokyo's top government spokesman said.\n\n“We want dialogue,” Kenji Morita told reporters.",
      ["Tokyo's top government spokesman → Kenji Morita (person)", 'Kenji Morita → Kenji Morita (person)'],
    ],
    [
      "miss: an office-holder's epithet is not a person first named two sentences later",
      "Japan is watching the talks, Tokyo's top government spokesman said.\n\nTrade talks resume next week.\n\n“We want dialogue,” Kenji Morita told reporters.",
      ["Tokyo's top government spokesman → Tokyo's top government spokesman (person)", 'Kenji Morita → Kenji Morita (person)'],
    ],
    [
      'a role description goes to a person named later in that role',
      "The plant will close, the company's chief spokesman said.\n\nThe decision was announced by spokesman John Smith on Friday.",
      ["the company's chief spokesman → John Smith (person)"],
    ],
    [
      'regression (pending merge): a role description is not the next person named without that role',
      "The company's chief spokesman said the plant would close. “We were never told,” John Smith told reporters.",
      ["The company's chief spokesman → company's chief spokesman (person)", 'John Smith → John Smith (person)'],
    ],
    [
      'a relative pronoun goes to its antecedent',
      'The plan was criticised by Ana Lopez, a deputy director, who said the talks had failed.',
      ['who → Ana Lopez (person)'],
    ],
    [
      'a description with a name by apposition',
      '“We won,” the team captain, Ana Lopez, told reporters.',
      ['the team captain → Ana Lopez (person)'],
    ],
    [
      '"the league" goes to the organisation whose name has that noun',
      'Liam Fox met officials of the National Rugby League on Monday. The league said the season would go on.',
      ['The league → National Rugby League (organization)'],
    ],
    [
      '"the company" goes to an organisation a listed synonym calls a company',
      'Acme Holdings cut 200 jobs in Ohio. The company said demand had fallen.',
      ['The company → Acme Holdings (organization)'],
    ],
    [
      'regression (ORG_WORDS on any word): a person named Fox is no organisation, and "the league" stays unresolved without one',
      'Liam Fox said the deal was fair. The transfer would not go ahead, the league said.',
      ['Liam Fox → Liam Fox (person)', 'the league → league (organization)'],
    ],
    [
      'miss: "the court" does not go to a company named just before it',
      'Acme Holdings lost its appeal on Tuesday. The court said the fine would stand.',
      ['The court → court (organization)'],
    ],
    [
      '"the agency" goes to the organisation last named',
      'The National Intelligence Service briefed lawmakers. The agency said the leader was ill.',
      ['The agency → National Intelligence Service (organization)'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('speakers: pronouns', () => {
  it('he/she go to the last speaker', () => {
    expect(speakers('Ana Lopez said the vote was fair. “We won,” she said.')).toEqual([
      'Ana Lopez → Ana Lopez (person)',
      'she → Ana Lopez (person)',
    ]);
  });
  it('gender as the article uses it picks the antecedent', () => {
    expect(speakers('Hyun Woo Sik toured the plant on Monday. She met the workers.\n\nLater Tom Baker said the plan was new. “We will expand,” she said.')).toEqual([
      'Tom Baker → Tom Baker (person)',
      'she → Hyun Woo Sik (person)',
    ]);
  });
  it('"they" goes to a group or organisation, "it" to an organisation', () => {
    expect(speakers('The ministry said the test failed. It said a new test was planned.')).toEqual([
      'The ministry → ministry (organization)',
      'It → ministry (organization)',
    ]);
  });
  it('a continued quotation keeps the speaker', () => {
    expect(speakers('“We tried,” said Ana Lopez.\n\n“We will try again.”')).toEqual([
      'Ana Lopez → Ana Lopez (person)',
      'Ana Lopez → Ana Lopez (person)',
    ]);
  });
});

describe('speakers: states, groups and the unresolved', () => {
  const cases: [string, string, string[]][] = [
    ['a capital stands for its state', 'Tokyo said it would respond.', ['Tokyo → Japan (country)']],
    ['Washington is the United States', 'Washington said the drills would continue.', ['Washington → United States (country)']],
    ['the Kremlin is Russia', 'The Kremlin said the talks were useful.', ['The Kremlin → Russia (country)']],
    ['the White House is an organisation', 'The White House said the talks were useful.', ['The White House → White House (organization)']],
    ['a country form takes its canonical name', 'Britain said the talks were useful.', ['Britain → United Kingdom (country)']],
    ['a possessive capital', "The talks broke down over Tokyo's claim that the deal was void.", ['Tokyo → Japan (country)']],
    ['"the statement" goes to the source last quoted', 'Kim Mi Ra issued a warning on Monday. “We are ready,” she said. The statement said talks were over.', ['she → Kim Mi Ra (person)', 'The statement → Kim Mi Ra (person)']],
    ['unnamed plural sources are a group, article dropped', 'Government sources said the plan was dead.', ['Government sources → Government sources (group)']],
    ['an indefinite official stays unresolved', 'Another U.S. official said the plan was dead.', ['Another U.S. official → Another U.S. official (person)']],
    ['a description with no one to resolve to keeps its mention', 'The spokesman said the plan was dead.', ['The spokesman → spokesman (person)']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('speakers stage', () => {
  it('declares its contract', () => {
    expect(speakersStage.requires).toEqual(['sentences', 'claims']);
    expect(speakersStage.assigns).toEqual(['entities', 'claims']);
  });
  it('fills the entities layer with names, types and mentions', () => {
    const doc = analyse('Chief Cabinet Secretary Kenji Morita spoke in Tokyo. Morita said Japan would act.', {}, true);
    const entities = layer(doc, 'entities').map((e) => `${e.name} (${e.type}) ×${e.mentions.length}`);
    expect(entities).toEqual(['Kenji Morita (person) ×2', 'Japan (country) ×2']);
  });
});
