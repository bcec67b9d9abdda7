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

describe('speakers: organisation names, titles and type nouns', () => {
  const cases: [string, string, string[]][] = [
    [
      'a name with an inner "for" after an organisation word is whole',
      'Inflation rose to 3% in May, according to the Bureau for Economic Research.',
      ['the Bureau for Economic Research → Bureau for Economic Research (organization)'],
    ],
    [
      'a name with "of" and "for the" is whole',
      'The Court of Appeals for the Second District said the rule was lawful.',
      ['The Court of Appeals for the Second District → Court of Appeals for the Second District (organization)'],
    ],
    [
      'a plural possessive inside an organisation name',
      "The Farmers' Rural Alliance said the subsidy was too small.",
      ["The Farmers' Rural Alliance → Farmers' Rural Alliance (organization)"],
    ],
    [
      'miss: "of the" after a person is no inner link; the person is the speaker',
      'Maria Costa of the Liberal Union said the bill was flawed.',
      ['Maria Costa of the Liberal Union → Maria Costa (person)'],
    ],
    [
      "miss: a plural possessive before a person's name joins nothing",
      "Lakeside Wanderers' Tom Hardy said the pitch was poor.",
      ["Lakeside Wanderers' Tom Hardy → Tom Hardy (person)"],
    ],
    ['a compound judicial title stays out of the name', 'District Judge Maria Costa said the case would go to trial.', ['District Judge Maria Costa → Maria Costa (person)']],
    ['a shadow minister title stays out of the name', 'Shadow Chancellor Peter Hale said the budget was a gamble.', ['Shadow Chancellor Peter Hale → Peter Hale (person)']],
    [
      'an organisation described before its name answers to that noun and its synonyms',
      'Dutch chemicals group Veltra cut 300 jobs on Monday. The company said demand had fallen.',
      ['The company → Veltra (organization)'],
    ],
    [
      'miss: a bare noun after an article before a name is an object, not a description',
      'The senator told the committee Hansen had lied. The company said demand had fallen.',
      ['The senator → senator (person)', 'The company → company (organization)'],
    ],
    [
      '"the club" goes to a club named by its head word',
      'Lakeside Wanderers lost 2-0 on Saturday. The club said the manager would stay.',
      ['The club → Lakeside Wanderers (organization)'],
    ],
    [
      "a one-word short form of an organisation's name",
      'Lakeside Wanderers lost 2-0 on Saturday. Lakeside said the manager would stay.',
      ['Lakeside → Lakeside Wanderers (organization)'],
    ],
    [
      'miss: a short form that is a named person\'s surname stays the person',
      'Tom Lakeside met the board on Monday. Lakeside Wanderers lost 2-0 on Saturday. Lakeside said the manager would stay.',
      ['Lakeside → Tom Lakeside (person)'],
    ],
    [
      "a country's party goes to the party of that kind the next sentence names",
      "Spain's main opposition party said taxes would rise.\n\nThe Reform Alliance, which holds 120 seats, said the plan was unfair.",
      ["Spain's main opposition party → Reform Alliance (organization)", 'The Reform Alliance → Reform Alliance (organization)'],
    ],
    [
      "miss: a country's party is not a party named two sentences later",
      "Spain's main opposition party said taxes would rise. Markets fell. The Reform Alliance, which holds 120 seats, said the plan was unfair.",
      ["Spain's main opposition party → Spain's main opposition party (organization)", 'The Reform Alliance → Reform Alliance (organization)'],
    ],
    [
      'a panel of a named court is the court',
      'A three-member panel of the Regional Court of Appeals said the law was valid.',
      ['A three-member panel of the Regional Court of Appeals → Regional Court of Appeals (organization)'],
    ],
    [
      'a survey by a named body is that body',
      'A survey by Northwind Research found that 40% of voters backed the plan.',
      ['A survey by Northwind Research → Northwind Research (organization)'],
    ],
    [
      'miss: a spokesman for a named body stays the spokesman',
      'A spokesman for the Regional Transport Authority said fares would rise.',
      ['A spokesman for the Regional Transport Authority → spokesman for the Regional Transport Authority (person)'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  it('miss: a name after "the committee" stays a person', () => {
    const doc = analyse('The senator told the committee Hansen had lied.', {}, true);
    expect(layer(doc, 'entities').map((e) => `${e.name} (${e.type})`)).toContain('Hansen (person)');
  });
});

describe('speakers: pronouns and governments', () => {
  const cases: [string, string, string[]][] = [
    [
      'regression (pronoun to the last speaker): "he" goes to the subject of the previous sentence',
      'Tom Baker said the team had played well. Sam Ortiz was furious about the red card. “It was never a foul,” he said.',
      ['Tom Baker → Tom Baker (person)', 'he → Sam Ortiz (person)'],
    ],
    [
      'miss: a subject further back than the previous sentence yields to the last speaker',
      'Tom Baker said the team had played well. Sam Ortiz was furious about the red card. The referee left early. Fans booed. “It was never a foul,” he said.',
      ['Tom Baker → Tom Baker (person)', 'he → Tom Baker (person)'],
    ],
    [
      'miss: a capitalised word inside an apposition is no subject',
      'Tom Baker, the Liberal transport spokesman, said fares were too high. “Every week the trains are late,” he said.',
      ['Tom Baker → Tom Baker (person)', 'he → Tom Baker (person)'],
    ],
    [
      'miss: a sentence-initial adverb is no subject',
      'However, Tom Baker said the plan had failed. “We tried,” he said.',
      ['Tom Baker → Tom Baker (person)', 'he → Tom Baker (person)'],
    ],
    [
      '"his government" is the state of the person, from the demonym before his title',
      'Spanish Prime Minister Luis Ortega visited Rome on Monday. His government said the visit was a success.',
      ['His government → Spain (country)'],
    ],
    [
      'miss: "his government" for a person tied to no state stays unresolved',
      'Luis Ortega visited Rome on Monday. His government said the visit was a success.',
      ['His government → His government (organization)'],
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
    expect(speakersStage.requires).toEqual(['sentences', 'quotes', 'tokens', 'claims']);
    expect(speakersStage.assigns).toEqual(['entities', 'claims']);
  });
  it('fills the entities layer with names, types and mentions', () => {
    const doc = analyse('Chief Cabinet Secretary Kenji Morita spoke in Tokyo. Morita said Japan would act.', {}, true);
    const entities = layer(doc, 'entities').map((e) => `${e.name} (${e.type}) ×${e.mentions.length}`);
    expect(entities).toEqual(['Kenji Morita (person) ×2', 'Japan (country) ×2']);
  });
  it('regression: the first word of a quotation is no name for being capitalised', () => {
    const doc = analyse('“She will not win,” said Maria Lopez. “If Senator Paul Okafor runs, we lose,” Lopez added.', {}, true);
    const entities = layer(doc, 'entities').map((e) => e.name);
    expect(entities).toEqual(['Maria Lopez', 'Paul Okafor']);
  });
});

describe('regression (broad organisation head words)', () => {
  const cases: [string, string, string[]][] = [
    [
      'miss: a city whose name ends in "Town" is no club',
      'Fans gathered in Cape Town on Saturday. The club said the match would go ahead.',
      ['The club → club (organization)'],
    ],
    [
      'miss: "the pollster" does not go to a body named "... Research"',
      'Acme Research published a study on Monday. The pollster said support had fallen.',
      ['The pollster → pollster (person)'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
