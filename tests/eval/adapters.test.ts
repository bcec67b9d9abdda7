/** The corpus adapters on tiny samples written for these tests (not taken from the corpora). */
import { describe, expect, it } from 'vitest';
import { convertMeantime, convertPolnear, convertTimeml, parseAmount, parsePolnearMetadata } from '../../src/eval/index.js';
import type { Gold } from '../../src/schema/gold.js';

/** Every span of a converted gold names its slice of the text. */
function expectSpansMatch(gold: Gold, text: string): void {
  const spans = [
    ...gold.dates,
    ...gold.numbers,
    ...gold.claims.flatMap((c) => [c.content, c.speaker, c.cue].filter((s) => s !== null)),
  ];
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
}

describe('PolNeAR (brat standoff)', () => {
  const text = [
    'Vote \u{1F5F3} early, town says',
    '\u201CWe will win,\u201D she said, \u201Cand soon.\u201D Officials believe taxes will rise.',
    'Taxes, it was reported, will rise again. Critics said the plan is "dead on arrival".',
    'Read more here.',
  ].join('\n');
  /** brat offsets count code points. */
  const cp = (i: number) => [...text.slice(0, i)].length;
  const frag = (needle: string, nth = 0) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(needle);
    return `${cp(i)} ${cp(i + needle.length)}`;
  };
  const ann = [
    `T1\tSource ${frag('town')}\ttown`,
    `T2\tCue ${frag('says')}\tsays`,
    `T3\tContent ${frag('Vote \u{1F5F3} early')}\tVote \u{1F5F3} early`,
    `T4\tAttribution ${frag('says')}\tsays`,
    `E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1`,
    `T5\tSource ${frag('she')}\tshe`,
    `T6\tCue ${frag('said')}\tsaid`,
    `T7\tContent ${frag('\u201CWe will win,\u201D')};${frag('\u201Cand soon.\u201D')}\t\u201CWe will win,\u201D \u201Cand soon.\u201D`,
    `T8\tAttribution ${frag('said')}\tsaid`,
    `E2\tAttribution:T8 Cue:T6 Source:T5 Content:T7`,
    `T9\tSource ${frag('Officials')}\tOfficials`,
    `T10\tCue ${frag('believe')}\tbelieve`,
    `T11\tContent ${frag('taxes will rise')}\ttaxes will rise`,
    `T12\tAttribution ${frag('believe')}\tbelieve`,
    `E3\tAttribution:T12 Content:T11 Cue:T10 Source:T9`,
    `T13\tCue ${frag('was reported')}\twas reported`,
    `T14\tContent ${frag('Taxes')};${frag('will rise again')}\tTaxes will rise again`,
    `T15\tAttribution-no-source ${frag('was reported')}\twas reported`,
    `E4\tAttribution-no-source:T15 Content:T14 Cue:T13`,
    `T16\tSource ${frag('Critics')}\tCritics`,
    `T17\tCue ${frag('said', 1)}\tsaid`,
    `T18\tContent ${frag('the plan is "dead on arrival"')}\tthe plan is "dead on arrival"`,
    `T19\tAttribution ${frag('said', 1)}\tsaid`,
    `E5\tAttribution:T19 Source:T16 Cue:T17 Content:T18`,
    `T20\tDiscard ${frag('Read more here.')}\tRead more here.`,
    `T21\tContent ${frag('Vote')};${frag('here.')}\tVote`,
    'continued text of a multi-line span',
    `#1\tAnnotatorNotes T3\ta note`,
    `E6\tAttribution:T4`,
  ].join('\n');
  const meta = parsePolnearMetadata(
    'compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\tauthor\ttitle\nDEV\tsample\t1\taa|bb\tpub\t2016-10-02\tX\tVote early\n',
  );
  const { gold } = convertPolnear('sample', text, ann, meta.get('sample'), 'sample.txt');
  const claims = gold.claims.map((c) => ({ kind: c.kind, content: c.content.text, speaker: c.speaker?.text ?? null, cue: c.cue?.text ?? null }));

  it('turns each attribution into claims, in text order', () => {
    expect(claims).toEqual([
      { kind: 'indirect', content: 'Vote \u{1F5F3} early', speaker: 'town', cue: 'says' },
      { kind: 'direct', content: '\u201CWe will win,\u201D', speaker: 'she', cue: 'said' },
      { kind: 'direct', content: '\u201Cand soon.\u201D', speaker: 'she', cue: 'said' },
      { kind: 'indirect', content: 'taxes will rise', speaker: 'Officials', cue: 'believe' },
      { kind: 'indirect', content: 'Taxes, it was reported, will rise again', speaker: null, cue: 'was reported' },
      { kind: 'mixed', content: 'the plan is "dead on arrival"', speaker: 'Critics', cue: 'said' },
    ]);
  });

  it('converts code-point offsets to UTF-16 and names its slices', () => {
    expect(gold.claims[3]?.content.start).toBe(text.indexOf('taxes will rise'));
    expectSpansMatch(gold, text);
  });

  it('marks mentions only, claims only, and takes date and title from the metadata', () => {
    expect(gold.claims.every((c) => c.speaker === null || c.speaker.name === null)).toBe(true);
    expect(gold.doc).toMatchObject({ id: 'sample', date: '2016-10-02', title: 'Vote early', layers: ['claims'] });
    expect(meta.get('sample')?.annotators).toEqual(['aa', 'bb']);
  });
});

describe('PolNeAR: NYT quotation marks and the content convention', () => {
  /** One attribution per row: the text, and the content, source and cue written as [start, end) needles. */
  const convert = (text: string, content: readonly string[], source: string, cue: string) => {
    const at = (needle: string) => {
      const i = text.indexOf(needle);
      if (i < 0) throw new Error(needle);
      return `${i} ${i + needle.length}`;
    };
    const ann = [
      `T1\tSource ${at(source)}\t${source}`,
      `T2\tCue ${at(cue)}\t${cue}`,
      `T3\tContent ${content.map(at).join(';')}\tx`,
      `T4\tAttribution ${at(cue)}\t${cue}`,
      'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
    ].join('\n');
    const { gold } = convertPolnear('s', text, ann, undefined, 's.txt');
    expectSpansMatch(gold, text);
    return gold.claims.map((c) => [c.kind, c.content.text]);
  };

  it.each([
    ["``It is over,'' She said.", ["``It is over,''"], [['direct', "``It is over,''"]]],
    ["''We will win,'' She said, ''and soon.''", ["''We will win,''", "''and soon.''"], [['direct', "''We will win,''"], ['direct', "''and soon.''"]]],
    ["She said the plan is ''dead on arrival.''", ["the plan is ''dead on arrival.''"], [['mixed', "the plan is ''dead on arrival.''"]]],
    ["She said it's over.", ["it's over"], [['indirect', "it's over"]]],
    ['She said that the plan failed.', ['that the plan failed'], [['indirect', 'the plan failed']]],
    ['She said that, if elected, she would act.', ['that, if elected, she would act'], [['indirect', ', if elected, she would act']]],
    ['She said that was a mistake.', ['that was a mistake'], [['indirect', 'that was a mistake']]],
    ['She said thatcherism failed.', ['thatcherism failed'], [['indirect', 'thatcherism failed']]],
  ] as const)('%s', (text, content, expected) => {
    expect(convert(text, content, 'She', 'said')).toEqual(expected);
  });
});

describe('TimeML', () => {
  const xml = `<?xml version="1.0" ?>
<TimeML>
<DOCID>T001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1999-05-04" temporalFunction="false" functionInDocument="CREATION_TIME">05/04/1999</TIMEX3></DCT>
<TITLE>Shares rise</TITLE>
<TEXT>

Shares of A&amp;B <EVENT eid="e1" class="OCCURRENCE">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="1999-05-03">Monday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3M" anchorTimeID="t0">three months</TIMEX3> of losses,
traders said <TIMEX3 tid="t3" type="SET" value="P1W" freq="1X">weekly</TIMEX3>, <TIMEX3 tid="t4" type="DATE" value="">then</TIMEX3> <TIMEX3 tid="t5" type="DATE" value="XXXX-XX-XX">some day</TIMEX3>.

</TEXT>
</TimeML>`;
  const { text, gold } = convertTimeml(xml, 'T001.tml');

  it('keeps the text of <TEXT> without tags, entities decoded, trimmed', () => {
    expect(text).toBe('Shares of A&B rose Monday after three months of losses,\ntraders said weekly, then some day.');
  });

  it('gives each TIMEX3 with a value, recomputed offsets, type and value as written', () => {
    expect(gold.dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['Monday', 'DATE', '1999-05-03'],
      ['three months', 'DURATION', 'P3M'],
      ['weekly', 'SET', 'P1W'],
      ['some day', 'DATE', 'XXXX-XX-XX'],
    ]);
    expectSpansMatch(gold, text);
  });

  it('takes the publication date from the DCT and scores dates only', () => {
    expect(gold.doc).toMatchObject({ id: 'T001', date: '1999-05-04', title: 'Shares rise', layers: ['dates'] });
  });
});

describe('MEANTIME (CAT XML)', () => {
  const words = [
    ['Acme', 'profit', 'rises', '20', '%'],
    ['May', '05', ',', '2010'],
    ['Acme', 'said', 'it', 'earned', 'US$', '3.5', 'million', ',', 'about', 'twice', 'what', 'it', 'earned', 'in', '2009', '.'],
    ['``', 'We', 'are', 'happy', "''", ',', 'the', 'CEO', 'said', '.'],
    ['More', 'text', '6', 'times', '.'],
  ];
  let id = 0;
  const ids: string[][] = [];
  const tokens = words
    .map((sentence, s) =>
      sentence
        .map((w) => {
          id++;
          (ids[s] ??= []).push(String(id));
          return `<token number="${id - 1}" sentence="${s}" t_id="${id}">${w.replace('&', '&amp;')}</token>`;
        })
        .join('\n'),
    )
    .join('\n');
  const anchors = (s: number, from: number, to: number) => (ids[s] ?? []).slice(from, to).map((t) => `<token_anchor t_id="${t}"/>`).join('');
  const xml = `<?xml version="1.0" ?><Document doc_id="42" doc_name="42_Acme" lang="en">
${tokens}
<Markables>
<TIMEX3 anchorTimeID="" functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="05-05-2010">${anchors(1, 0, 4)}</TIMEX3>
<TIMEX3 anchorTimeID="1" functionInDocument="NONE" m_id="2" type="DATE" value="2009">${anchors(2, 14, 15)}</TIMEX3>
<TIMEX3 TAG_DESCRIPTOR="2008" m_id="3" type="DATE" value="2008"/>
<VALUE m_id="4" type="PERCENT">${anchors(0, 3, 5)}</VALUE>
<VALUE m_id="5" type="MONEY">${anchors(2, 4, 7)}</VALUE>
<VALUE m_id="6" type="QUANTITY">${anchors(2, 8, 10)}</VALUE>
<ENTITY_MENTION m_id="7" syntactic_type="NOM">${anchors(3, 6, 8)}</ENTITY_MENTION>
</Markables>
</Document>`;
  const notes: string[] = [];
  const { text, gold } = convertMeantime(xml, '42_Acme.xml', notes);

  it('rebuilds readable text from tokens, up to the last annotated sentence', () => {
    expect(text).toBe('Acme profit rises 20%\nMay 05, 2010\nAcme said it earned US$3.5 million, about twice what it earned in 2009. "We are happy", the CEO said.');
  });

  it('turns TIMEX3 into dates (the dateline too) and reads the publication date', () => {
    expect(gold.dates.map((d) => [d.text, d.value])).toEqual([
      ['May 05, 2010', '2010-05-05'],
      ['2009', '2009'],
    ]);
    expect(gold.doc).toMatchObject({ id: '42', date: '2010-05-05', title: 'Acme profit rises 20%', layers: ['dates', 'numbers'] });
  });

  it('turns VALUE into numbers with values read from the text, dropping those with no number', () => {
    expect(gold.numbers.map((n) => [n.text, n.kind, n.value, n.unit])).toEqual([
      ['20%', 'percent', 20, null],
      ['US$3.5 million', 'money', 3.5e6, 'USD'],
    ]);
    expect(notes).toEqual(['42: VALUE markables dropped (no number, or holding others): "about twice"']);
    expectSpansMatch(gold, text);
  });
});

describe('reading amounts', () => {
  it.each([
    ['about 1,100', { value: 1100, ordinal: false, approx: true }],
    ['$52.5 million', { value: 52.5e6, ordinal: false, approx: false }],
    ['twenty percent', { value: 20, ordinal: false, approx: false }],
    ['forty-three', { value: 43, ordinal: false, approx: false }],
    ['three thousand', { value: 3000, ordinal: false, approx: false }],
    ['half a percent', { value: 0.5, ordinal: false, approx: false }],
    ['a dozen', { value: 12, ordinal: false, approx: false }],
    ['15-20%', { value: 15, endValue: 20, ordinal: false, approx: false }],
    ['between three and seven percent', { value: 3, endValue: 7, ordinal: false, approx: false }],
    ['5th', { value: 5, ordinal: true, approx: false }],
    ['third', { value: 3, ordinal: true, approx: false }],
    ['52-35', { value: 52, ordinal: false, approx: false }],
  ])('%j', (text, want) => {
    expect(parseAmount(text)).toEqual(want);
  });

  it.each(['thousands', 'the amount', 'billions of dollars', 'many'])('%j holds no number', (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});
