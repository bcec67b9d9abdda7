import { describe, expect, it } from 'vitest';
import { createDoc, withLayer } from '../../src/core/document.js';
import type { DocClaim } from '../../src/core/layers.js';
import type { ClaimKind, Stance, Target } from '../../src/schema/result.js';
import { quotesStage } from '../../src/stages/quotes/index.js';
import { stanceStage, StanceOptionsSchema } from '../../src/stages/stance/index.js';
import { loadStanceLexicons } from '../../src/stages/stance/lexicon.js';
import { DocTokens, tokenize } from '../../src/stages/stance/tokens.js';
import { tokensStage } from '../../src/stages/tokens/index.js';
import { cpuNow } from '../cpu.js';

const SUMMIT: Target = {
  id: 'japan-dprk-summit',
  description: 'A meeting or talks between the leaders of Japan and North Korea',
  terms: ['summit', 'meet', 'meeting', 'talks', 'dialogue', 'negotiations', 'visit'],
};
const ROE: Target = { id: 'roe', description: 'Overturning Roe v. Wade at the Supreme Court', terms: ['overturn', 'Roe'] };
const MERGER: Target = { id: 'merger', description: 'The merger of Microsoft and Activision', terms: ['merger', 'deal', 'acquisition', 'takeover'] };
const FINAL: Target = { id: 'final-venue', description: 'Wembley hosting the cup final', terms: ['host', 'final'] };
const BREXIT: Target = { id: 'brexit-deal', description: "The government's Brexit withdrawal agreement", terms: ['withdrawal agreement', 'deal', 'Brexit'] };
const SANCTIONS: Target = { id: 'sanctions', description: 'Sanctions on North Korea', terms: ['sanction', 'embargo'] };
const YOUTH: Target = { id: 'uk-eu-youth', description: 'A youth mobility deal between the United Kingdom and the European Union', terms: ['youth mobility', 'talks', 'deal'] };
const FINAL_TRANSFER: Target = { id: 'transfer', description: 'The striker transferring to the club', terms: ['transfer', 'join'] };
const ROE_DISMISS: Target = { id: 'dismissal', description: 'Dismissal of the antitrust case', terms: ['dismiss', 'dismissal'] };
const ARENA: Target = { id: 'chiefs-arena', description: "Funding the Chiefs' new arena with public money", terms: ['stadium'] };

const CUP_TIE: Target = { id: 'cup-tie', description: 'Chelsea playing Arsenal in the cup', terms: ['meet', 'match'] };
const BOARD: Target = { id: 'board-meeting', description: 'A board meeting on the bid', terms: ['meet', 'meeting'] };

const PAY_TALKS: Target = { id: 'pay-talks', description: 'Pay negotiations between the union and ministers', terms: ['talks'] };
const RATES: Target = { id: 'interest-rates', description: 'A cut in interest rates by the central bank', terms: ['rate'] };
const BOARD_MEET: Target = { id: 'board-meet', description: 'The board meeting investors about the bid', terms: ['meet'] };

const TRADE: Target = { id: 'uk-eu-trade', description: 'Trade talks between the United Kingdom and the European Union', terms: ['talks'] };

const run = stanceStage.create(StanceOptionsSchema.parse({}));
const quotes = quotesStage.create({});
const tokens = tokensStage.create({});

const span = (text: string, part: string, from = 0) => {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" not in "${text}"`);
  return { start, end: start + part.length, text: part };
};

interface ClaimSpec {
  readonly content: string;
  readonly cue?: string;
  readonly speaker?: string;
  readonly kind?: ClaimKind;
}

/** Stances for claims over `text` (one body sentence per line). */
function stances(text: string, claims: readonly ClaimSpec[], targets: readonly Target[] = [SUMMIT], fn = run): Stance[] {
  let at = 0;
  const sentences = text.split('\n').map((line) => {
    const start = text.indexOf(line, at);
    at = start + line.length;
    return { start, end: start + line.length, role: 'body' as const };
  });
  const layerClaims: DocClaim[] = claims.map((c) => {
    const content = span(text, c.content);
    return {
      kind: c.kind ?? (c.cue ? 'indirect' : 'assertion'),
      content,
      speaker: c.speaker ? { ...span(text, c.speaker), name: c.speaker, type: 'person' } : null,
      cue: c.cue ? span(text, c.cue, content.start > 0 && text.indexOf(c.cue) < content.start ? 0 : content.end) : null,
      statedOn: null,
    };
  });
  let doc = createDoc({ text, targets });
  doc = withLayer(doc, 'sentences', sentences);
  doc = tokens(quotes(doc, { pipeline: 't' }), { pipeline: 't' });
  doc = withLayer(doc, 'claims', layerClaims);
  return [...fn(doc, { pipeline: 't' }).layers.stances!];
}

const one = (text: string, claim: ClaimSpec, targets?: readonly Target[]): Stance => stances(text, [claim], targets)[0]!;

describe('worked examples of ANNOTATION §6', () => {
  it.each<[string, string, ClaimSpec, Partial<Stance>]>([
    [
      'Suga willing to meet (Kato said)',
      "Prime Minister Yoshihide Suga is still willing to meet with North Korean leader Kim Jong Un, the government's top spokesman said Tuesday.",
      { content: 'Prime Minister Yoshihide Suga is still willing to meet with North Korean leader Kim Jong Un', cue: 'said' },
      { target: 'japan-dprk-summit', polarity: 'favor', certainty: 'asserted', condition: 'none', reporting: 'neutral' },
    ],
    [
      'Kishida: at any time without any conditions',
      '“From the perspective of opening up a new era together, I would like to convey my determination to meet with President Kim Jong Un face to face at any time without any conditions,” Kishida said.',
      { content: 'From the perspective of opening up a new era together, I would like to convey my determination to meet with President Kim Jong Un face to face at any time without any conditions', cue: 'said', kind: 'direct' },
      { target: 'japan-dprk-summit', polarity: 'favor', certainty: 'asserted', condition: 'unconditional', reporting: 'neutral' },
    ],
    [
      'Kim Yo Jong: no breakthrough as long as ... (Kishida introduced as a Japanese leader earlier)',
      'Japanese Prime Minister Fumio Kishida spoke on Monday.\nShe said there will be no breakthrough in North Korea-Japan relations as long as Kishida’s government is engrossed in the abduction issue.',
      { content: 'there will be no breakthrough in North Korea-Japan relations as long as Kishida’s government is engrossed in the abduction issue', cue: 'said' },
      { target: 'japan-dprk-summit', polarity: 'against', certainty: 'asserted', condition: 'conditional', reporting: 'neutral' },
    ],
    [
      'Okonogi: it looks unlikely (about the summit)',
      'Asked about a summit, Okonogi said: “It looks unlikely that things will move forward soon.”',
      { content: 'It looks unlikely that things will move forward soon', cue: 'said', kind: 'direct' },
      { target: 'japan-dprk-summit', polarity: 'against', certainty: 'hedged', condition: 'none', reporting: 'neutral' },
    ],
    [
      'North Korea acknowledged the kidnappings at a summit',
      'North Korea acknowledged in an unprecedented 2002 summit that its agents had kidnapped 13 Japanese.',
      { content: 'its agents had kidnapped 13 Japanese', cue: 'acknowledged' },
      { target: null, polarity: null, certainty: 'asserted', condition: 'none', reporting: 'endorsing' },
    ],
  ])('%s', (_, text, claim, expected) => {
    expect(one(text, claim)).toMatchObject(expected);
  });
});

describe('polarity', () => {
  it.each<[string, ClaimSpec, Target, Stance['polarity']]>([
    ['Kim is ready to hold talks with Japan, he said.', { content: 'Kim is ready to hold talks with Japan', cue: 'said' }, SUMMIT, 'favor'],
    ['Tokyo hopes for a summit this year, officials said.', { content: 'Tokyo hopes for a summit this year', cue: 'said' }, SUMMIT, 'favor'],
    ['Pyongyang refused to hold talks, the ministry said.', { content: 'Pyongyang refused to hold talks', cue: 'said' }, SUMMIT, 'against'],
    ['Japan is not willing to meet Kim, he said.', { content: 'Japan is not willing to meet Kim', cue: 'said' }, SUMMIT, 'against'],
    ['There is no reason for Japan not to be willing to hold talks, he said.', { content: 'There is no reason for Japan not to be willing to hold talks', cue: 'said' }, SUMMIT, 'favor'],
    ['It is not unlikely that talks will resume, she said.', { content: 'It is not unlikely that talks will resume', cue: 'said' }, SUMMIT, 'favor'],
    ['Tokyo expects no progress in the talks, he said.', { content: 'Tokyo expects no progress in the talks', cue: 'said' }, SUMMIT, 'against'],
    ['Tokyo does not expect a summit soon, he said.', { content: 'Tokyo does not expect a summit soon', cue: 'said' }, SUMMIT, 'against'],
    ['No progress has been made in the talks, he said.', { content: 'No progress has been made in the talks', cue: 'said' }, SUMMIT, 'against'],
    ['The talks failed to make headway, he said.', { content: 'The talks failed to make headway', cue: 'said' }, SUMMIT, 'against'],
    ['The summit proposal is fully unacceptable, she said.', { content: 'The summit proposal is fully unacceptable', cue: 'said' }, SUMMIT, 'against'],
    ['If Pyongyang refuses, Japan will still seek talks, he said.', { content: 'If Pyongyang refuses, Japan will still seek talks', cue: 'said' }, SUMMIT, 'favor'],
    ['If it is possible, we will refuse talks, he said.', { content: 'If it is possible, we will refuse talks', cue: 'said' }, SUMMIT, 'against'],
    ['Although the last talks failed, Japan remains willing to meet, he said.', { content: 'Although the last talks failed, Japan remains willing to meet', cue: 'said' }, SUMMIT, 'favor'],
    ["Tokyo's proposal for talks has not received a reply, sources said.", { content: "Tokyo's proposal for talks has not received a reply", cue: 'said' }, SUMMIT, 'neutral'],
    ['There has been no summit since 2004.', { content: 'There has been no summit since 2004.' }, SUMMIT, 'neutral'],
    ['Japan will not meet Kim this year, he said.', { content: 'Japan will not meet Kim this year', cue: 'said' }, SUMMIT, 'against'],
    ['The White House ruled out a summit with Kim.', { content: 'a summit with Kim', cue: 'ruled out' }, SUMMIT, 'against'],
    ['Officials denied that Japan was willing to meet Kim.', { content: 'Japan was willing to meet Kim', cue: 'denied' }, SUMMIT, 'against'],
    ['Kim Yo Jong issued a statement expressing rejection of any further negotiations with Japan.', { content: 'any further negotiations with Japan', cue: 'expressing rejection' }, SUMMIT, 'against'],
    ['The justices appear willing to overturn Roe, the lawyer said.', { content: 'The justices appear willing to overturn Roe', cue: 'said' }, ROE, 'favor'],
    ['The court refused to overturn Roe v. Wade, the lawyer said.', { content: 'The court refused to overturn Roe v. Wade', cue: 'said' }, ROE, 'against'],
    ['Regulators blocked the merger, the agency said.', { content: 'Regulators blocked the merger', cue: 'said' }, MERGER, 'against'],
    ['The board is unlikely to approve the deal, analysts said.', { content: 'The board is unlikely to approve the deal', cue: 'said' }, MERGER, 'against'],
    ['Shareholders are expected to back the takeover, analysts said.', { content: 'Shareholders are expected to back the takeover', cue: 'said' }, MERGER, 'favor'],
    ['Badenoch said the talks were “a betrayal”.', { content: 'the talks were “a betrayal”', cue: 'said' }, YOUTH, 'against'],
    ['The council welcomed the bid to host the final, the mayor said.', { content: 'The council welcomed the bid to host the final', cue: 'said' }, FINAL, 'favor'],
    ['Suga said after taking office last September he would inherit Abe’s willingness to meet Kim.', { content: 'after taking office last September he would inherit Abe’s willingness to meet Kim', cue: 'said' }, SUMMIT, 'favor'],
    ['Relations have deteriorated since Japan raised the issue as a precondition to talks, she said.', { content: 'Relations have deteriorated since Japan raised the issue as a precondition to talks', cue: 'said' }, SUMMIT, 'against'],
    ['Japan raised the abduction issue as a precondition for talks, she said.', { content: 'Japan raised the abduction issue as a precondition for talks', cue: 'said' }, SUMMIT, 'against'],
    ['“There is no benefit to Japan in holding a summit,” he said.', { content: 'There is no benefit to Japan in holding a summit', cue: 'said', kind: 'direct' }, SUMMIT, 'against'],
    ['A transfer may still happen next year, analysts said.', { content: 'A transfer may still happen next year', cue: 'said' }, FINAL_TRANSFER, 'neutral'],
    ['regression: a plain schedule is no favor (Chelsea will meet Arsenal)', { content: 'Chelsea will meet Arsenal in the final on Saturday', cue: 'said' }, CUP_TIE, 'neutral'],
    ['regression: a plain schedule is no favor (the board will meet)', { content: 'the board will meet Tuesday', cue: 'said' }, BOARD, 'neutral'],
    ['regression: an intent word still gives favor (plans to meet)', { content: 'The board plans to meet Tuesday', cue: 'said' }, BOARD, 'favor'],
    ['regression: a cancelled meeting stays against (will not meet)', { content: 'The board will not meet Tuesday', cue: 'said' }, BOARD, 'against'],
    ['The talks will not take place this year, he said.', { content: 'The talks will not take place this year', cue: 'said' }, SUMMIT, 'against'],
    ['The talks took place in 2004, he said.', { content: 'The talks took place in 2004', cue: 'said' }, SUMMIT, 'neutral'],
    ['Labour will not support the deal unless a customs union is included, the party said.', { content: 'Labour will not support the deal unless a customs union is included', cue: 'said' }, BREXIT, 'against'],
  ])('%s', (text, claim, target, expected) => {
    expect(one(text.startsWith('regression: ') ? `${claim.content}, the league said.` : text, claim, [target]).polarity).toBe(expected);
  });

  it('gives null polarity when no target applies', () => {
    expect(one('The ministry refused to comment on sanctions, he said.', { content: 'The ministry refused to comment on sanctions', cue: 'said' }, [MERGER])).toMatchObject({ target: null, polarity: null });
  });
});

describe('target', () => {
  it.each<[string, string, ClaimSpec, readonly Target[], string | null]>([
    ['inflected term (met)', 'Kishida met Kim in 2004.', { content: 'Kishida met Kim in 2004.' }, [SUMMIT], 'japan-dprk-summit'],
    ['regression: a plural term is no verb (talks, not talking): miss', 'The senator was talking to donors, aides said.', { content: 'The senator was talking to donors', cue: 'said' }, [PAY_TALKS], null],
    ['a plural term matches its singular (talk)', 'The union will seek a talk with ministers, aides said.', { content: 'The union will seek a talk with ministers', cue: 'said' }, [PAY_TALKS], 'pay-talks'],
    ['regression: a noun term is not its -ing noun (rate, not rating): miss', 'The ministers welcomed the credit rating, he said.', { content: 'The ministers welcomed the credit rating', cue: 'said' }, [RATES], null],
    ['regression: a term is not its derivation (rate, not ration): miss', 'The ministers welcomed a ration of fuel, he said.', { content: 'The ministers welcomed a ration of fuel', cue: 'said' }, [RATES], null],
    ['a noun term keeps its tensed forms (rated)', 'The bank rated the bond highly, he said.', { content: 'The bank rated the bond highly', cue: 'said' }, [RATES], 'interest-rates'],
    ['regression: deal is not dealing: miss', 'The firm is dealing with a backlog, he said.', { content: 'The firm is dealing with a backlog', cue: 'said' }, [MERGER], null],
    ['a term the target uses as a verb takes -ing (meet in "a meeting")', 'The board is meeting investors, he said.', { content: 'The board is meeting investors', cue: 'said' }, [BOARD_MEET], 'board-meet'],
    ['plural term (summits)', 'Both summits were held in Pyongyang.', { content: 'Both summits were held in Pyongyang.' }, [SUMMIT], 'japan-dprk-summit'],
    ['a summit with another country: miss', 'Kim is willing to hold dialogue with the United States, the agency said.', { content: 'Kim is willing to hold dialogue with the United States', cue: 'said' }, [SUMMIT], null],
    [
      'a person the article ties to another country: miss',
      'U.S. President Joe Biden arrived.\nOfficials said Biden would meet Kim soon.',
      { content: 'Biden would meet Kim soon', cue: 'said' },
      [SUMMIT],
      null,
    ],
    ['a passive term keeps its sense', '“The case should be dismissed,” the judge said.', { content: 'The case should be dismissed', cue: 'said', kind: 'direct' }, [ROE_DISMISS], 'dismissal'],
    ['"conditions are met" is no meeting: miss', 'Kim will engage once conditions are met, the agency said.', { content: 'Kim will engage once conditions are met', cue: 'said' }, [SUMMIT], null],
    ['no term: miss', 'Japan will extend its sanctions, Kato said.', { content: 'Japan will extend its sanctions', cue: 'said' }, [SUMMIT], null],
    ['the best-scoring of two targets', 'Japan will keep the sanction and the embargo while it seeks talks, he said.', { content: 'Japan will keep the sanction and the embargo while it seeks talks', cue: 'said' }, [SUMMIT, SANCTIONS], 'sanctions'],
    ['terms with a capital match any case', 'The brexit vote is near, he said.', { content: 'The brexit vote is near', cue: 'said' }, [BREXIT], 'brexit-deal'],
    ['a third country taking a position is no participant', 'Macron said France would back a deal only if quotas were extended.', { content: 'France would back a deal only if quotas were extended', cue: 'said' }, [YOUTH], 'uk-eu-youth'],
    ['regression: a capital after "in" is a place, not a participant', 'Britain is willing to hold talks with the European Union in Washington next month, the minister said.', { content: 'Britain is willing to hold talks with the European Union in Washington next month', cue: 'said' }, [TRADE], 'uk-eu-trade'],
    ['regression: a third country after "in" is a place, not a participant', 'The talks in France with the European Union resumed, the minister said.', { content: 'The talks in France with the European Union resumed', cue: 'said' }, [TRADE], 'uk-eu-trade'],
    ['a third country after "with" is a participant: miss', 'Britain is willing to hold talks with Canada in London next month, the minister said.', { content: 'Britain is willing to hold talks with Canada in London next month', cue: 'said' }, [TRADE], null],
    ['regression: an irregular demonym names its country (French): miss', 'Britain wants talks with the French government first, the minister said.', { content: 'Britain wants talks with the French government first', cue: 'said' }, [TRADE], null],
    ['regression: an irregular demonym names its country (Dutch): miss', 'Britain wants talks with Dutch ministers first, the minister said.', { content: 'Britain wants talks with Dutch ministers first', cue: 'said' }, [TRADE], null],
    ['regression: "Korean" names no single state', 'Japan wants talks with the Korean side soon, the minister said.', { content: 'Japan wants talks with the Korean side soon', cue: 'said' }, [SUMMIT], 'japan-dprk-summit'],
    ['a listed demonym names its country (Nigerian): miss', 'Britain wants talks with Nigerian ministers first, the minister said.', { content: 'Britain wants talks with Nigerian ministers first', cue: 'said' }, [TRADE], null],
    ['a third country as a participant: miss', 'Officials said the EU signed a deal with Japan.', { content: 'the EU signed a deal with Japan', cue: 'said' }, [YOUTH], null],
    ['through the topic of the sentence', 'Asked about a summit with Kim, the minister said it remained a priority.', { content: 'it remained a priority', cue: 'said' }, [SUMMIT], 'japan-dprk-summit'],
    [
      'through the description: a party, the other party speaking, and a description word',
      'Japanese Prime Minister Sanae Takaichi arrived.\nTakaichi said she wants to speak frankly with the North Korean leader.',
      { content: 'she wants to speak frankly with the North Korean leader', cue: 'said', speaker: 'Takaichi' },
      [SUMMIT],
      'japan-dprk-summit',
    ],
    [
      'a description word that only modifies: miss',
      'Japan gave a cool response to the North Korean leader’s sister’s offer to enhance ties.',
      { content: 'Japan gave a cool response to the North Korean leader’s sister’s offer to enhance ties.' },
      [SUMMIT],
      null,
    ],
    ['through the description: a description word next to a description name', 'The mayor supports public money for the Chiefs, he said.', { content: 'The mayor supports public money for the Chiefs', cue: 'said' }, [ARENA], 'chiefs-arena'],
    ['a description name without a description word: miss', 'The Chiefs won again, he said.', { content: 'The Chiefs won again', cue: 'said' }, [ARENA], null],
    ['description words without a position: miss', 'The North Korean leader inspected a farm in Japan, media said.', { content: 'The North Korean leader inspected a farm in Japan', cue: 'said' }, [SUMMIT], null],
    ['relations between the parties without a leader: miss', 'Japan wants to improve relations with North Korea, he said.', { content: 'Japan wants to improve relations with North Korea', cue: 'said' }, [SUMMIT], null],
  ])('%s', (_, text, claim, targets, expected) => {
    expect(one(text, claim, targets).target).toBe(expected);
  });

  it('refers back through "the stance" and takes over polarity and condition', () => {
    const text = 'Suga said he would inherit Abe’s willingness to meet Kim “without preconditions.”\nKato said Suga “firmly maintains” the stance taken by Abe.';
    const [first, second] = stances(text, [
      { content: 'he would inherit Abe’s willingness to meet Kim “without preconditions.”', cue: 'said', speaker: 'Suga' },
      { content: 'Suga “firmly maintains” the stance taken by Abe', cue: 'said', speaker: 'Kato' },
    ]);
    expect(first).toMatchObject({ target: 'japan-dprk-summit', polarity: 'favor', condition: 'unconditional' });
    expect(second).toMatchObject({ target: 'japan-dprk-summit', polarity: 'favor', condition: 'unconditional' });
  });

  it.each<[string, string, readonly ClaimSpec[], readonly Target[], string | null]>([
    [
      'regression: another speaker\'s "position" that names neither the earlier speaker nor the target: miss',
      'Labour will back the deal, Starmer said.\nThe minister said the position was clear.',
      [{ content: 'Labour will back the deal', cue: 'said', speaker: 'Starmer' }, { content: 'the position was clear', cue: 'said', speaker: 'minister' }],
      [BREXIT],
      null,
    ],
    [
      'the same speaker\'s "offer" refers back',
      'Labour will back the deal, Starmer said.\nStarmer said the offer stands.',
      [{ content: 'Labour will back the deal', cue: 'said', speaker: 'Starmer' }, { content: 'the offer stands', cue: 'said', speaker: 'Starmer' }],
      [BREXIT],
      'brexit-deal',
    ],
    [
      'a "proposal" naming a word of the target refers back',
      'Labour will back the deal, Starmer said.\nThe minister said the proposal of the government was clear.',
      [{ content: 'Labour will back the deal', cue: 'said', speaker: 'Starmer' }, { content: 'the proposal of the government was clear', cue: 'said', speaker: 'minister' }],
      [BREXIT],
      'brexit-deal',
    ],
    [
      'regression: a noun that is no offer ("the response") does not refer back: miss',
      'Labour will back the deal, Starmer said.\nStarmer said the response was clear.',
      [{ content: 'Labour will back the deal', cue: 'said', speaker: 'Starmer' }, { content: 'the response was clear', cue: 'said', speaker: 'Starmer' }],
      [BREXIT],
      null,
    ],
  ])('%s', (_, text, claims, targets, expected) => {
    expect(stances(text, claims, targets)[1]!.target).toBe(expected);
  });

  it('does not refer back further than the lookback', () => {
    const text = 'Suga is willing to meet Kim, he said.\nIt rained.\nIt rained again.\nKato said Suga maintains the stance.';
    expect(stances(text, [{ content: 'Suga is willing to meet Kim', cue: 'said' }, { content: 'Suga maintains the stance', cue: 'said' }])[1]!.target).toBeNull();
  });
});

const VAPE_BAN: Target = { id: 'vape-ban', description: "The city's ban on flavoured vapes: upholding, keeping or striking it down", terms: ['ban', 'vapes'] };
const PENSION: Target = { id: 'pension-age', description: "The government's plan to raise the state pension age to 68: meeting, keeping or dropping it", terms: ['plan', 'pension age', 'reform', 'on track'] };
const ZONING: Target = { id: 'zoning-ruling', description: 'The court ruling on the zoning law', terms: ['ruling', 'decision'] };
const ZENITH_BID: Target = { id: 'zenith-bid', description: "Acme's takeover of Zenith: making, raising, accepting or rejecting the bid", terms: ['bid', 'offer', 'takeover'] };
const CUP: Target = { id: 'saints-cup', description: 'The Saints winning the rugby cup this season', terms: ['cup', 'final'] };
const PAY_AWARD: Target = { id: 'nurses-pay', description: "The government's pay award for nurses: accepting or rejecting it", terms: ['pay award', 'award'] };
const LAND_SALE: Target = { id: 'park-sale', description: "The council's sale of the park land to developers", terms: ['sale'] };

describe('polarity toward targets of other shapes', () => {
  it.each<[string, string, ClaimSpec, Target, Stance['polarity']]>([
    ['positive evaluation of a law', 'The ban is a sensible safeguard for teenagers, the judge wrote.', { content: 'The ban is a sensible safeguard for teenagers', cue: 'wrote' }, VAPE_BAN, 'favor'],
    ['negative evaluation of a law', 'The ban is unconstitutional, the lawyers said.', { content: 'The ban is unconstitutional', cue: 'said' }, VAPE_BAN, 'against'],
    ['an operator still scopes over its complement ("refused to scrap")', 'The mayor refused to scrap the ban, aides said.', { content: 'The mayor refused to scrap the ban', cue: 'said' }, VAPE_BAN, 'favor'],
    ['regression: an attitude verb with the target as subject says nothing of it ("the ruling invites")', 'The ruling invites every council to review its rules, she wrote.', { content: 'The ruling invites every council to review its rules', cue: 'wrote' }, ZONING, 'neutral'],
    ['"undervalue" is against: a pay award', 'The pay award undervalues nurses, the union said.', { content: 'The pay award undervalues nurses', cue: 'said' }, PAY_AWARD, 'against'],
    ['"undervalue" is against: a sale of public land', 'The sale undervalued the land by millions, auditors found.', { content: 'The sale undervalued the land by millions', cue: 'found' }, LAND_SALE, 'against'],
    ['a passive attitude verb with the target as subject still counts', 'The ruling was welcomed by builders, he said.', { content: 'The ruling was welcomed by builders', cue: 'said' }, ZONING, 'favor'],
    ['negation of an evaluation ("no credible way")', 'The treasury has no credible way to pay for the reform, the auditors said.', { content: 'The treasury has no credible way to pay for the reform', cue: 'said' }, PENSION, 'against'],
    ['a phrase term carries its own direction ("back on track")', 'He said contributions had climbed this year, putting the reform back on track.', { content: 'contributions had climbed this year, putting the reform back on track', cue: 'said' }, PENSION, 'favor'],
    ['"off track" is against', 'The reform is off track, the watchdog said.', { content: 'The reform is off track', cue: 'said' }, PENSION, 'against'],
    ['keeping the target itself is favor ("uphold the ban")', 'The judges voted to uphold the ban, she said.', { content: 'The judges voted to uphold the ban', cue: 'said' }, VAPE_BAN, 'favor'],
    ['dropping the target is against', 'The party would scrap the plan, its leader said.', { content: 'The party would scrap the plan', cue: 'said' }, PENSION, 'against'],
    ['the target staying is favor', '“The plan stays, and we will see it through,” the pensions secretary said.', { content: 'The plan stays, and we will see it through', cue: 'said', kind: 'direct' }, PENSION, 'favor'],
    ['an event target: expecting to win it', 'The coach believes the team can win the cup, the fly-half said.', { content: 'The coach believes the team can win the cup', cue: 'said' }, CUP, 'favor'],
    ['disappointment is against', 'The union said it was bitterly disappointed by the pay award.', { content: 'it was bitterly disappointed by the pay award', cue: 'said' }, PAY_AWARD, 'against'],
    ['the preposition "against" away from the target: miss', 'The Saints came back against a team near the foot of the table to reach the cup final, he said.', { content: 'The Saints came back against a team near the foot of the table to reach the cup final', cue: 'said' }, CUP, 'neutral'],
    ['a plain report of the target: miss', 'The council will debate the ban next month, she said.', { content: 'The council will debate the ban next month', cue: 'said' }, VAPE_BAN, 'neutral'],
  ])('%s', (_, text, claim, target, expected) => {
    expect(one(text, claim, [target]).polarity).toBe(expected);
  });

  it('rejecting the argument against the target is favor', () => {
    const text = 'The tribunal rejected the retailers\' claim that the ban was unlawful.';
    expect(one(text, { content: "the retailers' claim that the ban was unlawful", cue: 'rejected' }, [VAPE_BAN])).toMatchObject({ target: 'vape-ban', polarity: 'favor', reporting: 'negating' });
  });

  it("regression: the writer's assertion about the target is neutral even when the event helps it", () => {
    expect(one('The court upheld the ban on Thursday.', { content: 'The court upheld the ban on Thursday.' }, [VAPE_BAN])).toMatchObject({ target: 'vape-ban', polarity: 'neutral', reporting: 'writer' });
  });
});

describe('target: the claim must be about it', () => {
  it.each<[string, string, ClaimSpec, Target, string | null]>([
    ['the head of the description', 'The ban stays, the mayor said.', { content: 'The ban stays', cue: 'said' }, VAPE_BAN, 'vape-ban'],
    ['a synonym of the head (a term the description does not use)', 'The bid is far too low, analysts said.', { content: 'The bid is far too low', cue: 'said' }, ZENITH_BID, 'zenith-bid'],
    ['regression: a term naming only an argument is not the target ("vapes")', 'Sales of flavoured vapes fell 8% last year, the agency said.', { content: 'Sales of flavoured vapes fell 8% last year', cue: 'said' }, VAPE_BAN, null],
    ['regression: an argument term with a position but no speaker on the target: miss', 'Doctors said flavoured vapes are harmful.', { content: 'flavoured vapes are harmful', cue: 'said' }, VAPE_BAN, null],
    ['regression: a modifier making it another of its kind ("similar bans"): miss', 'Similar bans are under consideration in other cities, he said.', { content: 'Similar bans are under consideration in other cities', cue: 'said' }, VAPE_BAN, null],
    ['a modifier in a compound head ("the cup final" is the cup)', 'The Saints are favourites to win the cup final, he said.', { content: 'The Saints are favourites to win the cup final', cue: 'said' }, CUP, 'saints-cup'],
  ])('%s', (_, text, claim, target, expected) => {
    expect(one(text, claim, [target]).target).toBe(expected);
  });

  it('an argument term with a position counts when the speaker goes on about the target', () => {
    const text = 'Lee said the ban was working.\nLee said flavoured vapes are harmful.';
    const claims = [
      { content: 'the ban was working', cue: 'said', speaker: 'Lee' },
      { content: 'flavoured vapes are harmful', cue: 'said', speaker: 'Lee' },
    ];
    expect(stances(text, claims, [VAPE_BAN])[1]).toMatchObject({ target: 'vape-ban', polarity: 'against' });
    const other = [claims[0]!, { ...claims[1]!, speaker: 'Park' }];
    expect(stances(text.replace('Lee said flavoured', 'Park said flavoured'), other, [VAPE_BAN])[1]).toMatchObject({ target: null });
  });
});

describe('certainty', () => {
  it.each<[string, ClaimSpec, Stance['certainty']]>([
    ['Kim may visit Tokyo, he said.', { content: 'Kim may visit Tokyo', cue: 'said' }, 'hedged'],
    ['Talks might resume, he said.', { content: 'Talks might resume', cue: 'said' }, 'hedged'],
    ['A summit could happen this year, he said.', { content: 'A summit could happen this year', cue: 'said' }, 'hedged'],
    ['The merger is likely to close, she said.', { content: 'The merger is likely to close', cue: 'said' }, 'hedged'],
    ['The court will possibly rule in June, she said.', { content: 'The court will possibly rule in June', cue: 'said' }, 'hedged'],
    ['The club appears to have dropped its bid, she said.', { content: 'The club appears to have dropped its bid', cue: 'said' }, 'hedged'],
    ['It looks like the deal is off, she said.', { content: 'It looks like the deal is off', cue: 'said' }, 'hedged'],
    ['The agency said its analysis indicates Kim is willing.', { content: 'its analysis indicates Kim is willing', cue: 'said' }, 'hedged'],
    ['Japan suspects more abductions.', { content: 'more abductions', cue: 'suspects' }, 'hedged'],
    ['“I think his approach would be different,” she said.', { content: 'I think his approach would be different', cue: 'said', kind: 'direct' }, 'hedged'],
    ['“It is my view that the deal will pass,” she said.', { content: 'It is my view that the deal will pass', cue: 'said', kind: 'direct' }, 'hedged'],
    ['“Why would we meet him?” she asked.', { content: 'Why would we meet him?', cue: 'asked', kind: 'direct' }, 'uncommitted'],
    ['Kihara declined to comment on the details.', { content: 'the details', cue: 'declined to comment' }, 'uncommitted'],
    ['The talks will be held in May, he said.', { content: 'The talks will be held in May', cue: 'said' }, 'asserted'],
    ['Theresa May said the deal is done.', { content: 'the deal is done', cue: 'said' }, 'asserted'],
    ['Prime Minister Theresa May rejected the deal, he said.', { content: 'Prime Minister Theresa May rejected the deal', cue: 'said' }, 'asserted'],
    ['The striker could not play in the final, the coach said.', { content: 'The striker could not play in the final', cue: 'said' }, 'asserted'],
    ['Kim appeared at the summit, media said.', { content: 'Kim appeared at the summit', cue: 'said' }, 'asserted'],
    ['Japan wants a summit as soon as possible, he said.', { content: 'Japan wants a summit as soon as possible', cue: 'said' }, 'asserted'],
    ['She could not say whether talks would resume, he said.', { content: 'She could not say whether talks would resume', cue: 'said' }, 'uncommitted'],
    ['Officials raised the possibility of a summit.', { content: 'a summit', cue: 'raised the possibility' }, 'hedged'],
    ['He was exploring possibilities to meet Kim, she said.', { content: 'He was exploring possibilities to meet Kim', cue: 'said' }, 'asserted'],
    ['As far as she knew, there were no plans for talks, he said.', { content: 'As far as she knew, there were no plans for talks', cue: 'said' }, 'hedged'],
    ['There is no doubt the deal will pass, he said.', { content: 'There is no doubt the deal will pass', cue: 'said' }, 'asserted'],
    ['The overture underscores Tokyo’s hope, but could be seen as a break.', { content: 'The overture underscores Tokyo’s hope, but could be seen as a break.' }, 'asserted'],
  ])('%s', (text, claim, expected) => {
    expect(one(text, claim).certainty).toBe(expected);
  });
});

describe('condition', () => {
  it.each<[string, ClaimSpec, Stance['condition']]>([
    ['Japan will meet Kim if he releases the abductees, he said.', { content: 'Japan will meet Kim if he releases the abductees', cue: 'said' }, 'conditional'],
    ['Talks are off unless Tokyo drops the issue, she said.', { content: 'Talks are off unless Tokyo drops the issue', cue: 'said' }, 'conditional'],
    ['The board backs the deal as long as the price holds, he said.', { content: 'The board backs the deal as long as the price holds', cue: 'said' }, 'conditional'],
    ['The club will host the final only if the stadium is ready, he said.', { content: 'The club will host the final only if the stadium is ready', cue: 'said' }, 'conditional'],
    ['Kim will engage once conditions are met, the agency said.', { content: 'Kim will engage once conditions are met', cue: 'said' }, 'conditional'],
    ['The court will rule provided that both sides agree, he said.', { content: 'The court will rule provided that both sides agree', cue: 'said' }, 'conditional'],
    ['Prospects for a summit would depend on Tokyo, she said.', { content: 'Prospects for a summit would depend on Tokyo', cue: 'said' }, 'conditional'],
    ['Japan will meet Kim without preconditions, he said.', { content: 'Japan will meet Kim without preconditions', cue: 'said' }, 'unconditional'],
    ['Japan is ready to hold talks at any time, he said.', { content: 'Japan is ready to hold talks at any time', cue: 'said' }, 'unconditional'],
    ['The union will back the deal unconditionally, he said.', { content: 'The union will back the deal unconditionally', cue: 'said' }, 'unconditional'],
    ['Japan once again called for talks, he said.', { content: 'Japan once again called for talks', cue: 'said' }, 'none'],
    ['Kim, who once ruled out talks, smiled as if nothing happened, he said.', { content: 'Kim, who once ruled out talks, smiled as if nothing happened', cue: 'said' }, 'none'],
    ['Japan will seek talks even if Kim refuses, he said.', { content: 'Japan will seek talks even if Kim refuses', cue: 'said' }, 'none'],
    ['A missile could be launched at any time, he said.', { content: 'A missile could be launched at any time', cue: 'said' }, 'none'],
    ['Pyongyang expects something in return for talks, he said.', { content: 'Pyongyang expects something in return for talks', cue: 'said' }, 'none'],
    ['Japan raised the abduction issue as a precondition for talks, she said.', { content: 'Japan raised the abduction issue as a precondition for talks', cue: 'said' }, 'none'],
    ['It is unclear if the talks will go ahead, he said.', { content: 'It is unclear if the talks will go ahead', cue: 'said' }, 'none'],
  ])('%s', (text, claim, expected) => {
    expect(one(text, claim).condition).toBe(expected);
  });
});

describe('reporting', () => {
  it.each<[string, ClaimSpec, Stance['reporting']]>([
    ['Five were repatriated in 2002.', { content: 'Five were repatriated in 2002.' }, 'writer'],
    ['Talks will resume, he said.', { content: 'Talks will resume', cue: 'said' }, 'neutral'],
    ['He told reporters talks will resume.', { content: 'talks will resume', cue: 'told' }, 'neutral'],
    ['Talks will resume, according to officials.', { content: 'Talks will resume', cue: 'according to' }, 'neutral'],
    ['The ministry confirmed talks will resume.', { content: 'talks will resume', cue: 'confirmed' }, 'endorsing'],
    ['The firm admitted the deal had collapsed.', { content: 'the deal had collapsed', cue: 'admitted' }, 'endorsing'],
    ['The club claims the final was rigged.', { content: 'the final was rigged', cue: 'claims' }, 'distancing'],
    ['She insisted the court had erred.', { content: 'the court had erred', cue: 'insisted' }, 'distancing'],
    ['The agency denied the report.', { content: 'the report', cue: 'denied' }, 'negating'],
    ['The White House ruled out a summit.', { content: 'a summit', cue: 'ruled out' }, 'negating'],
  ])('%s', (text, claim, expected) => {
    expect(one(text, claim).reporting).toBe(expected);
  });

  it('reads the reporting classes from an injected table', () => {
    const fn = stanceStage.create(StanceOptionsSchema.parse({ reportingVerbs: [['grumble', 'distancing', 'that'], ['say', 'neutral', 'that', 'said|said']] }));
    const text = 'The coach grumbled that the final was rigged, and the referee said it was not.';
    const got = stances(text, [{ content: 'the final was rigged', cue: 'grumbled' }, { content: 'it was not', cue: 'said' }], [FINAL], fn);
    expect(got.map((s) => s.reporting)).toEqual(['distancing', 'neutral']);
  });

  it('refuses a reporting table with an unknown class', () => {
    expect(StanceOptionsSchema.safeParse({ reportingVerbs: [['grumble', 'grumpy']] }).success).toBe(false);
  });
});

describe('stance words read off the tokens layer', () => {
  // Sentences end inside "U.S." and inside "80,000"; "‘sorry’" is a quotation, "‘s" after a space is not a possessive.
  const text = "Tokyo's leaders' anti-GOP ally, Mr. O'Brien, doesn't think it's G7.5 or 1.5. or 10-20 U.S. e.g. a.\nIn May, ‘sorry’ said ‘s and n\u0303o -- ''what'' at 80,000 THE END Of It All";
  const cut = text.indexOf('.S.') + 1;
  const thousands = text.indexOf(',000');
  const sentences = [
    { start: 0, end: cut, role: 'body' as const },
    { start: cut, end: text.indexOf('\n'), role: 'body' as const },
    { start: text.indexOf('\n') + 1, end: thousands + 2, role: 'body' as const },
    { start: thousands + 2, end: text.length, role: 'body' as const },
  ];
  const doc = tokens(quotes(withLayer(createDoc({ text }), 'sentences', sentences), { pipeline: 't' }), { pipeline: 't' });
  const words = new DocTokens(text, sentences, doc.layers.tokens!);
  const view = (t: { lower: string; start: number; kind: string; cap: boolean; proper: boolean }) => `${t.lower}@${t.start}/${t.kind}${t.cap ? '^' : ''}${t.proper ? '!' : ''}`;

  it('reads each sentence as the stance tokenizer does', () => {
    expect(words.all.map(view)).toEqual(sentences.flatMap((s) => tokenize(text, s.start, s.end)).map(view));
    expect(words.all.map((t, i) => t.index - i)).toEqual(words.all.map(() => 0));
  });

  it('splits clitics, hyphenated and mixed words the layer keeps whole', () => {
    expect(words.span(0, text.indexOf(',')).map((t) => t.lower)).toEqual(['tokyo', "'s", 'leaders', "'", 'anti', '-', 'gop', 'ally']);
    expect(words.span(text.indexOf('does'), text.indexOf(' or')).map((t) => t.lower)).toEqual(['does', "n't", 'think', 'it', "'s", 'g', '7.5']);
  });
});

describe('stance stage', () => {
  it('gives one stance per claim, in the order of the claims layer', () => {
    const text = 'Kim refused talks, he said. Japan wants a summit, she said.';
    const got = stances(text, [
      { content: 'Japan wants a summit', cue: 'said' },
      { content: 'Kim refused talks', cue: 'said' },
    ]);
    expect(got.map((s) => s.polarity)).toEqual(['favor', 'against']);
  });

  it('gives every claim a null target when the document has no targets', () => {
    expect(stances('Japan wants a summit, she said.', [{ content: 'Japan wants a summit', cue: 'said' }], [])).toEqual([
      { target: null, polarity: null, certainty: 'asserted', condition: 'none', reporting: 'neutral' },
    ]);
  });

  it('stays fast on a long claim full of finding words, contrasts and rival versions', () => {
    const text = `${'no link: fewer statins, less likely to have a stroke, while others opposed it and favoured a gradual approach without the benefit '.repeat(3000)}he said.`;
    const started = cpuNow();
    stances(text, [{ content: text.slice(0, -10), cue: 'said' }], [STATINS]);
    expect(cpuNow() - started).toBeLessThan(2000);
  });

  it('stays fast on a long sentence full of unbalanced quotes', () => {
    const text = `${'“if maybe not willing, '.repeat(5000)}he said.`;
    const started = cpuNow();
    stances(text, [{ content: text.slice(0, -10), cue: 'said' }]);
    expect(cpuNow() - started).toBeLessThan(2000);
  });
});

const STATINS: Target = {
  id: 'statins-stroke',
  description: 'That taking statins (a daily dose) reduces the risk of stroke',
  terms: ['statins', 'statin', 'stroke', 'risk', 'benefit', 'link', 'association'],
};
const TAX_CUT: Target = { id: 'tax-cut', description: 'The government cutting income tax to 18%', terms: ['tax cut', 'income tax', 'tax'] };
const BAILOUT: Target = { id: 'airline-bailout', description: 'The state bailout of the airlines', terms: ['bailout'] };
const MERGER_BID: Target = { id: 'harlow-merger', description: "Harlow Foods' proposed merger with Penrose: agreeing or rejecting it", terms: ['merger', 'offer', 'deal'] };

describe('findings as targets: the relation a claim states', () => {
  it.each<[string, string, ClaimSpec, Stance['polarity']]>([
    ['the same direction on the outcome ("less likely to have a stroke")', 'Patients on statins were 30% less likely to have a stroke, the researchers said.', { content: 'Patients on statins were 30% less likely to have a stroke', cue: 'said' }, 'favor'],
    ['"linked to a lower risk"', 'Statins were linked to a lower risk of stroke, she said.', { content: 'Statins were linked to a lower risk of stroke', cue: 'said' }, 'favor'],
    ['the outcome before an intransitive verb ("stroke risk fell")', 'Stroke risk fell among statin users, the authors said.', { content: 'Stroke risk fell among statin users', cue: 'said' }, 'favor'],
    ['regression: a direction word that is also a polarity cue ("dropped") speaks to the outcome', 'The risk of stroke dropped in the statin group, he said.', { content: 'The risk of stroke dropped in the statin group', cue: 'said' }, 'favor'],
    ['a cause quantity of the other way reverses the outcome ("fewer ... more likely")', 'People who took fewer statins were more likely to have a stroke, the study found.', { content: 'People who took fewer statins were more likely to have a stroke', cue: 'found' }, 'favor'],
    ['regression: a cause quantity after the statement does not count ("than those who took fewer")', 'People on statins were less likely to have a stroke than those who took fewer statins, he said.', { content: 'People on statins were less likely to have a stroke than those who took fewer statins', cue: 'said' }, 'favor'],
    ['the other direction is against', 'Statins raised the risk of stroke in older patients, the study found.', { content: 'Statins raised the risk of stroke in older patients', cue: 'found' }, 'against'],
    ['a negated direction is against', 'Statins did not lower the risk of stroke, he said.', { content: 'Statins did not lower the risk of stroke', cue: 'said' }, 'against'],
    ['a negated verb of showing is a denial ("could not prove")', 'She cautioned that the trial could not prove that statins prevented strokes.', { content: 'the trial could not prove that statins prevented strokes', cue: 'cautioned' }, 'against'],
    ['denying the opposite relation is favor', 'There is no evidence that statins raise the risk of stroke, he said.', { content: 'There is no evidence that statins raise the risk of stroke', cue: 'said' }, 'favor'],
    ['confounding is against', 'The link between statins and stroke may be confounded by age, he said.', { content: 'The link between statins and stroke may be confounded by age', cue: 'said' }, 'against'],
    ['a weakening relation is against', '“Such associations with stroke often shrink in larger trials,” he said.', { content: 'Such associations with stroke often shrink in larger trials', cue: 'said', kind: 'direct' }, 'against'],
    ['a favourable term presupposes the finding ("the benefit")', 'The benefit of statins appeared within a year, she said.', { content: 'The benefit of statins appeared within a year', cue: 'said' }, 'favor'],
    ['an outside attitude still scopes over the relation ("disputed")', 'He disputed that statins lower the risk of stroke.', { content: 'statins lower the risk of stroke', cue: 'disputed' }, 'against'],
    ['miss: a direction word away from the outcome', 'Statin use increased sharply after 2010, when stroke became a priority, she said.', { content: 'Statin use increased sharply after 2010, when stroke became a priority', cue: 'said' }, 'neutral'],
    ['miss: a neutral relation noun states nothing', 'The team will examine the link between statins and stroke, she said.', { content: 'The team will examine the link between statins and stroke', cue: 'said' }, 'neutral'],
    ['regression: a denial outweighs a cue after it ("no benefit at low doses")', 'Statins showed no benefit at low doses, she said.', { content: 'Statins showed no benefit at low doses', cue: 'said' }, 'against'],
  ])('%s', (_, text, claim, expected) => {
    expect(one(text, claim, [STATINS]).polarity).toBe(expected);
  });

  it('reads the quantity of the cause from the description ("training less raises")', () => {
    const target: Target = { id: 'train-injuries', description: 'That training less raises the risk of injuries', terms: ['train', 'injuries', 'risk'] };
    const text = 'Those who trained more had fewer injuries, he said. Those who trained less had more injuries, she said. Those who trained more had more injuries, they said.';
    const got = stances(text, [
      { content: 'Those who trained more had fewer injuries', cue: 'he said' },
      { content: 'Those who trained less had more injuries', cue: 'she said' },
      { content: 'Those who trained more had more injuries', cue: 'they said' },
    ], [target]);
    expect(got.map((s) => s.polarity)).toEqual(['favor', 'favor', 'against']);
  });

  it.each<[string, string, ClaimSpec, Target]>([
    ['a target that is no proposition has no finding ("cutting income tax")', 'Income tax receipts fell last year, he said.', { content: 'Income tax receipts fell last year', cue: 'said' }, TAX_CUT],
    ['a finding without an outcome term after its verb is none', 'Statins are widely prescribed and stroke rates fell, he said.', { content: 'Statins are widely prescribed and stroke rates fell', cue: 'said' }, { ...STATINS, description: 'That statins work' }],
  ])('miss: %s', (_, text, claim, target) => {
    expect(one(text, claim, [target]).polarity).toBe('neutral');
  });
});

describe('polarity: mixed, neutral and rival cues', () => {
  it.each<[string, string, ClaimSpec, Target, Stance['polarity']]>([
    ['both sides in a contrast clause are neutral', 'Most voters supported the tax cut, while a third opposed it, the poll found.', { content: 'Most voters supported the tax cut, while a third opposed it', cue: 'found' }, TAX_CUT, 'neutral'],
    ['a contrast clause with figures ("58% ... while 31% opposed")', 'In the poll, 58% supported the tax cut while 31% opposed it, the paper said.', { content: 'In the poll, 58% supported the tax cut while 31% opposed it', cue: 'said' }, TAX_CUT, 'neutral'],
    ['a contrast clause before the main one', 'While unions opposed the tax cut, business groups welcomed it, he said.', { content: 'While unions opposed the tax cut, business groups welcomed it', cue: 'said' }, TAX_CUT, 'neutral'],
    ['miss: a contrast clause of the same side', 'Most voters supported the tax cut, while business groups welcomed it, the poll found.', { content: 'Most voters supported the tax cut, while business groups welcomed it', cue: 'found' }, TAX_CUT, 'favor'],
    ['miss: a contrast clause with no cue', 'Most voters supported the tax cut, while the survey covered 2,000 adults, the poll found.', { content: 'Most voters supported the tax cut, while the survey covered 2,000 adults', cue: 'found' }, TAX_CUT, 'favor'],
    ['favouring a rival version is against', 'The Treasury favoured a gradual approach, cutting income tax by one point a year, he said.', { content: 'The Treasury favoured a gradual approach, cutting income tax by one point a year', cue: 'said' }, TAX_CUT, 'against'],
    ['miss: favouring the target itself', 'The Treasury favoured the tax cut, he said.', { content: 'The Treasury favoured the tax cut', cue: 'said' }, TAX_CUT, 'favor'],
    ['miss: a version that holds the target term', 'The Treasury favoured a gradual approach to the tax cut, he said.', { content: 'The Treasury favoured a gradual approach to the tax cut', cue: 'said' }, TAX_CUT, 'favor'],
    ['a counterfactual "without the X" after the cue reverses it', 'Dozens of airlines would have gone out of business without the bailout, the minister said.', { content: 'Dozens of airlines would have gone out of business without the bailout', cue: 'said' }, BAILOUT, 'favor'],
    ['"without the X" before the cue, beyond the negation window', 'Without the bailout, dozens of the smaller regional airlines would have collapsed, the minister said.', { content: 'Without the bailout, dozens of the smaller regional airlines would have collapsed', cue: 'said' }, BAILOUT, 'favor'],
    ['"without the X" before the cue, inside the negation window', 'Without the bailout, airlines would have collapsed, the minister said.', { content: 'Without the bailout, airlines would have collapsed', cue: 'said' }, BAILOUT, 'favor'],
    ['miss: the event after the target', 'Dozens of airlines collapsed after the bailout, the minister said.', { content: 'Dozens of airlines collapsed after the bailout', cue: 'said' }, BAILOUT, 'against'],
    ['miss: "without" before another noun keeps the cue\'s direction', 'The bailout has hurt rivals without reason, the minister said.', { content: 'The bailout has hurt rivals without reason', cue: 'said' }, BAILOUT, 'against'],
    ['regression: a negation does not reach into the next sentence', '“The tax cut is not new. It will help families,” the minister said.', { content: 'The tax cut is not new. It will help families', cue: 'said', kind: 'direct' }, TAX_CUT, 'favor'],
    ['miss: considering the offer is favor', 'The board would consider the offer, he said.', { content: 'The board would consider the offer', cue: 'said' }, MERGER_BID, 'favor'],
  ])('%s', (_, text, claim, target, expected) => {
    expect(one(text, claim, [target]).polarity).toBe(expected);
  });

  it('a definite "the measure" refers back to the same speaker\'s claim on the target', () => {
    const text = 'Lee said he supports the tax cut.\n“The measure will help families,” Lee said.';
    const got = stances(text, [
      { content: 'he supports the tax cut', cue: 'said', speaker: 'Lee' },
      { content: 'The measure will help families', cue: 'said', speaker: 'Lee', kind: 'direct' },
    ], [TAX_CUT]);
    expect(got[1]).toMatchObject({ target: 'tax-cut', polarity: 'favor' });
  });

  it('"the move" refers back like "the measure"', () => {
    const text = 'Lee said he opposes the tax cut.\n“The move would hurt schools,” Lee said.';
    const got = stances(text, [
      { content: 'he opposes the tax cut', cue: 'said', speaker: 'Lee' },
      { content: 'The move would hurt schools', cue: 'said', speaker: 'Lee', kind: 'direct' },
    ], [TAX_CUT]);
    expect(got[1]).toMatchObject({ target: 'tax-cut', polarity: 'against' });
  });

  it('miss: "the measure" by another speaker, with no target word, has no target', () => {
    const text = 'Lee said he supports the tax cut.\n“The measure will help families,” Kim said.';
    const got = stances(text, [
      { content: 'he supports the tax cut', cue: 'said', speaker: 'Lee' },
      { content: 'The measure will help families', cue: 'said', speaker: 'Kim', kind: 'direct' },
    ], [TAX_CUT]);
    expect(got[1]).toMatchObject({ target: null, polarity: null });
  });
});

describe('certainty: "look" hedges only as a verb of seeming ("looks set to", "looks likely")', () => {
  it.each<[string, ClaimSpec, Stance['certainty']]>([
    ['The merger looks set to collapse, he said.', { content: 'The merger looks set to collapse', cue: 'said' }, 'hedged'],
    ['A vote on the merger looked likely by June, he said.', { content: 'A vote on the merger looked likely by June', cue: 'said' }, 'hedged'],
    ['The merger looked as though it would fail, he said.', { content: 'The merger looked as though it would fail', cue: 'said' }, 'hedged'],
    ['The offer looked generous to shareholders, he said.', { content: 'The offer looked generous to shareholders', cue: 'said' }, 'asserted'],
    ['The board will look at the offer, he said.', { content: 'The board will look at the offer', cue: 'said' }, 'asserted'],
    ['We look forward to the merger, he said.', { content: 'We look forward to the merger', cue: 'said' }, 'asserted'],
  ])('%s', (text, claim, expected) => {
    expect(one(text, claim, [MERGER_BID]).certainty).toBe(expected);
  });
});

describe('regression (broad polarity cues): a bare preposition, noun or plain verb of another sense takes no position', () => {
  it.each<[string, string, ClaimSpec, Target, Stance['polarity']]>([
    ['miss: "against" as a preposition', 'The sanctions against Pyongyang were announced on Monday, he said.', { content: 'The sanctions against Pyongyang were announced on Monday', cue: 'said' }, SANCTIONS, 'neutral'],
    ['"is against" is against', 'The party is against the sanctions, he said.', { content: 'The party is against the sanctions', cue: 'said' }, SANCTIONS, 'against'],
    ['miss: "keep" doing something else', 'The factories will keep operating during the pay talks, the union said.', { content: 'The factories will keep operating during the pay talks', cue: 'said' }, PAY_TALKS, 'neutral'],
    ['miss: "by chance"', 'By chance, the pay talks began on the day of the strike, he said.', { content: 'By chance, the pay talks began on the day of the strike', cue: 'said' }, PAY_TALKS, 'neutral'],
    ['"a chance of" expects the target', 'There is a good chance of a rate cut, analysts said.', { content: 'There is a good chance of a rate cut', cue: 'said' }, RATES, 'favor'],
    ['miss: "challenge" as a noun', 'The pay talks are a tough challenge for ministers, he said.', { content: 'The pay talks are a tough challenge for ministers', cue: 'said' }, PAY_TALKS, 'neutral'],
    ['"challenged" is against', 'The retailers challenged the ban in court, he said.', { content: 'The retailers challenged the ban in court', cue: 'said' }, VAPE_BAN, 'against'],
    ['miss: "contest" as a noun', 'The pay talks were held during the leadership contest, he said.', { content: 'The pay talks were held during the leadership contest', cue: 'said' }, PAY_TALKS, 'neutral'],
    ['"contested" is against', 'The union contested the pay award, the paper said.', { content: 'The union contested the pay award', cue: 'said' }, PAY_AWARD, 'against'],
    ['miss: "meet" as a plain meeting', 'Ministers will meet on Monday to discuss the rate cut, he said.', { content: 'Ministers will meet on Monday to discuss the rate cut', cue: 'said' }, RATES, 'neutral'],
    ['"meet its target" is favor', 'The reform will meet its target, the watchdog said.', { content: 'The reform will meet its target', cue: 'said' }, PENSION, 'favor'],
    ['miss: "pass" as handing on', 'He will pass details of the ban to the council, aides said.', { content: 'He will pass details of the ban to the council', cue: 'said' }, VAPE_BAN, 'neutral'],
    ['"was passed" is favor', 'The ban was passed in March, she said.', { content: 'The ban was passed in March', cue: 'said' }, VAPE_BAN, 'favor'],
  ])('%s', (_, text, claim, target, expected) => {
    expect(one(text, claim, [target]).polarity).toBe(expected);
  });
});

describe('stance-grammar.txt: a "+CLASS" row brings in the words of that class', () => {
  const { grammar } = loadStanceLexicons();
  it.each<[string, 'verb-chain' | 'clause-verb' | 'aux', boolean]>([
    ['will', 'verb-chain', true],
    ['ca', 'verb-chain', true],
    ['been', 'verb-chain', true],
    ['will', 'clause-verb', true],
    ["'s", 'clause-verb', true],
    // misses: each class keeps its own extras
    ['been', 'clause-verb', false],
    ["'s", 'verb-chain', false],
    ['is', 'aux', false],
    ['+aux', 'verb-chain', false],
  ])('%s in %s: %s', (word, cls, expected) => {
    expect(grammar[cls].has(word)).toBe(expected);
  });
});
