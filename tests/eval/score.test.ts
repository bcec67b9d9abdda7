import { describe, expect, it } from 'vitest';
import { validateGold } from '../../src/gold/validate.js';
import { normalizeName, scoreDocs, type Metrics, type Prediction } from '../../src/eval/index.js';
import type { Gold } from '../../src/schema/gold.js';
import { asClaim, asPrediction, at, CLAIMS, EMPTY, GOLD, TEXT } from './fixture.js';

const score = (predicted: Prediction, gold: Gold = GOLD, scoring = {}) => scoreDocs([{ text: TEXT, gold, predicted }], scoring);
const close = (m: Metrics, want: Record<string, number | null>) => {
  for (const [k, v] of Object.entries(want)) {
    if (v === null) expect(m[k], k).toBeNull();
    else expect(m[k], k).toBeCloseTo(v, 10);
  }
};

describe('the fixture', () => {
  it('is a valid gold file', () => {
    expect(validateGold(GOLD, TEXT).problems).toEqual([]);
  });
});

describe('gold against itself', () => {
  const { metrics, report } = score(asPrediction(GOLD));

  it('scores 1.0 on every figure that applies', () => {
    const scored = Object.entries(metrics).filter(([, v]) => v !== null);
    expect(scored.length).toBeGreaterThan(40);
    for (const [k, v] of scored) expect(v, k).toBe(1);
  });

  it('gives every headline figure', () => {
    for (const k of ['sentences_f', 'boilerplate_f', 'claims_f', 'claims_strict_f', 'kind_acc', 'speaker_f', 'speaker_mention_f', 'cue_f', 'stated_on_acc', 'dates_f', 'dates_strict_f', 'dates_value_f', 'dates_type_acc', 'numbers_f', 'numbers_value_f', 'numbers_unit_acc', 'stance_polarity_f', 'stance_certainty_f', 'stance_condition_f', 'stance_reporting_f', 'stance_certainty_acc', 'stance_condition_acc', 'stance_reporting_acc']) {
      expect(metrics[k], k).toBe(1);
    }
  });

  it('leaves figures with nothing to score null', () => {
    // no TIME or SET dates, no ordinals, no uncommitted or unconditional claims in the fixture
    close(metrics, { dates_time_f: null, dates_set_f: null, numbers_ordinal_f: null, stance_certainty_uncommitted_f: null, stance_condition_unconditional_f: null, claims_mixed_f: null });
  });

  it('reports nothing', () => {
    expect(report[0]?.issues).toEqual([]);
  });
});

describe('nothing predicted', () => {
  const { metrics, report } = score(EMPTY);
  it('has recall 0, precision null, F 0', () => {
    close(metrics, { claims_p: null, claims_r: 0, claims_f: 0, dates_f: 0, numbers_f: 0, sentences_f: 0, speaker_f: 0 });
  });
  it('has null accuracies and stance figures (no matched claims)', () => {
    close(metrics, { kind_acc: null, dates_type_acc: null, stance_polarity_f: null, stance_certainty_acc: null });
  });
  it('reports every gold item as missed', () => {
    const missed = report[0]?.issues.filter((i) => i.issue === 'missed') ?? [];
    expect(missed).toHaveLength(GOLD.sentences.length + GOLD.claims.length + GOLD.dates.length + GOLD.numbers.length);
  });
});

describe('a crafted claims prediction', () => {
  // gold claims c1..c5. Predicted:
  //  - c2 exactly (strict match)                          -> tp, strict tp, speaker right
  //  - c3 with its closing quote and comma trimmed off, and one word short
  //      "We will never accept a summit if the abductions go" vs gold "...go unresolved" (agreement 50/61 ≥ 0.5)
  //                                                        -> tp, not strict; speaker wrong
  //  - "trade fell" (agreement 10/40 < 0.5 with c5)        -> fp
  //  - a claim on the boilerplate line                      -> fp
  const c3 = CLAIMS[2];
  const predicted: Prediction = {
    ...EMPTY,
    claims: [
      asClaim(CLAIMS[1]!),
      { ...asClaim(c3!), content: at('We will never accept a summit if the abductions go'), speaker: { ...at('the North Korean foreign ministry'), name: 'Kim Jong Un', type: 'person' } },
      { ...asClaim(CLAIMS[4]!), content: at('trade fell') },
      { ...asClaim(CLAIMS[4]!), content: at('Follow us on X for more news.') },
    ],
  };
  const { metrics, report } = score(predicted);

  it('gives P/R/F computed by hand', () => {
    // claims: tp 2, fp 2, fn 3 -> P .5, R .4, F 4/9
    // strict: tp 1, fp 3, fn 4 -> P .25, R .2, F 2/9
    close(metrics, { claims_p: 0.5, claims_r: 0.4, claims_f: 4 / 9, claims_strict_p: 0.25, claims_strict_r: 0.2, claims_strict_f: 2 / 9 });
  });

  it('scores speakers over attributed claims', () => {
    // predicted attributed: 2 (both matched), gold attributed: 4; right names: 1 -> P .5, R .25
    close(metrics, { speaker_p: 0.5, speaker_r: 0.25, speaker_f: 1 / 3 });
    // mentions and cues overlap on both matched: P 2/2, R 2/4
    close(metrics, { speaker_mention_p: 1, speaker_mention_r: 0.5, cue_p: 1, cue_r: 0.5 });
  });

  it('scores kinds per type', () => {
    // direct: c3 matched as direct -> tp 1, fp 0, fn 0; assertion: 2 predicted, 1 gold, none matched
    close(metrics, { claims_direct_f: 1, claims_assertion_p: 0, claims_assertion_r: 0, claims_indirect_p: 1, claims_indirect_r: 1 / 3, kind_acc: 1 });
  });

  it('computes agreement on normalised content', () => {
    const boundary = report[0]?.issues.find((i) => i.issue === 'boundary');
    expect(boundary?.detail).toBe(`content agreement ${(50 / 61).toFixed(2)}`);
  });

  it('reports the wrong speaker with its sentence', () => {
    const wrong = report[0]?.issues.find((i) => i.issue === 'wrong-speaker');
    expect(wrong?.detail).toContain('"Kim Jong Un"');
    expect(wrong?.sentence).toBe(TEXT.split('\n')[2]);
  });
});

describe('speaker names', () => {
  it.each([
    ['The Government Spokesman', true],
    ['government  spokesman', true],
    ['japan', true],
    ['Taro Yamada', false],
  ])('%j against "Government spokesman" (alias Japan): %s', (name, right) => {
    const c = asClaim(CLAIMS[1]!);
    const { metrics } = score({ ...EMPTY, claims: [{ ...c, speaker: { ...c.speaker!, name } }] });
    expect(metrics['speaker_p']).toBe(right ? 1 : 0);
  });

  it('normalises case, white space and a leading "the"', () => {
    expect(normalizeName('  The   White House ')).toBe('white house');
    expect(normalizeName('Theresa May')).toBe('theresa may');
  });

  it('skips gold claims whose name is null, and the predictions matched to them', () => {
    const gold: Gold = { ...GOLD, claims: GOLD.claims.map((c, i) => (i === 0 && c.speaker ? { ...c, speaker: { ...c.speaker, name: null } } : c)) };
    const { metrics } = score(asPrediction(GOLD), gold);
    // 3 named gold claims left, all right
    close(metrics, { speaker_p: 1, speaker_r: 1 });
  });

  it('is null when the gold set does not annotate names', () => {
    const { metrics } = score(asPrediction(GOLD), GOLD, { unannotated: ['speakerName'] });
    expect(metrics['speaker_f']).toBeNull();
  });
});

describe('scoring options', () => {
  it('sets aside predicted assertions when the gold set has none (PolNeAR)', () => {
    const gold: Gold = { ...GOLD, claims: GOLD.claims.filter((c) => c.kind !== 'assertion') };
    const predicted = asPrediction(GOLD);
    expect(score(predicted, gold).metrics['claims_p']).toBeCloseTo(4 / 5, 10);
    expect(score(predicted, gold, { ignorePredictedClaimKinds: ['assertion'] }).metrics['claims_p']).toBe(1);
  });

  it('scores only the layers the gold file lists', () => {
    const gold: Gold = { ...GOLD, doc: { ...GOLD.doc, layers: ['dates'] } };
    const { metrics, report } = score(EMPTY, gold);
    close(metrics, { dates_f: 0, claims_f: null, sentences_f: null, numbers_f: null, speaker_f: null, stance_polarity_f: null });
    expect(report[0]?.issues.every((i) => i.layer === 'dates')).toBe(true);
  });

  it('scores stance only when the gold annotates it', () => {
    const gold: Gold = { ...GOLD, doc: { ...GOLD.doc, layers: ['claims'] } };
    expect(score(asPrediction(GOLD), gold).metrics['stance_polarity_f']).toBeNull();
  });
});

describe('stance', () => {
  const withStance = (i: number, s: Partial<Gold['claims'][number]['stance']>) =>
    GOLD.claims.map((c, j) => asClaim(j === i ? { ...c, stance: { ...c.stance, ...s } } : c));

  it('macro-averages favor and against', () => {
    // c2 predicted against instead of favor: favor tp 1 fn 1 -> F 2/3; against tp 1 fp 1 -> F 2/3
    const { metrics } = score({ ...asPrediction(GOLD), claims: withStance(1, { polarity: 'against' }) });
    close(metrics, { stance_polarity_favor_f: 2 / 3, stance_polarity_against_f: 2 / 3, stance_polarity_f: 2 / 3 });
  });

  it('counts a polarity toward another target as wrong', () => {
    const { metrics } = score({ ...asPrediction(GOLD), claims: withStance(0, { target: 'other' }) });
    // favor: tp 1 (c2), fp 1, fn 1 -> F 1/2; against: 1
    close(metrics, { stance_polarity_favor_f: 0.5, stance_polarity_f: 0.75 });
  });

  it('scores the marked labels only, and accuracy over all', () => {
    // c3 conditional predicted none: conditional tp 0 fn 1 -> F 0; unconditional left out
    const { metrics } = score({ ...asPrediction(GOLD), claims: withStance(2, { condition: 'none' }) });
    close(metrics, { stance_condition_f: 0, stance_condition_acc: 4 / 5, stance_certainty_f: 1 });
  });
});

describe('dates and numbers', () => {
  it('matches relaxed, strict and by value', () => {
    const predicted: Prediction = {
      ...EMPTY,
      dates: [
        { ...at('said Tuesday'), type: 'DATE', value: '2024-03-26' }, // relaxed, value right, not strict
        { ...at('1977'), type: 'DATE', value: '1977' }, // relaxed, gold has endValue 1978: value wrong
        { ...at('last year'), type: 'DURATION', value: 'P1Y' }, // strict, value and type wrong
        { ...at('more news'), type: 'DATE', value: 'PRESENT_REF' }, // spurious
      ],
    };
    const { metrics } = score(predicted);
    // relaxed tp 3 fp 1 fn 0; strict tp 1 fp 3 fn 2; value tp 1 fp 3 fn 2
    close(metrics, { dates_p: 0.75, dates_r: 1, dates_strict_p: 0.25, dates_strict_r: 1 / 3, dates_value_p: 0.25, dates_value_r: 1 / 3, dates_type_acc: 2 / 3 });
    // per type: DATE tp 2 (Tuesday, 1977), 3 predicted, 3 gold; DURATION 1 predicted, none gold
    close(metrics, { dates_date_p: 2 / 3, dates_date_r: 2 / 3, dates_duration_p: 0, dates_duration_r: null });
  });

  it('compares number values within 1e-9 relative and units over value matches', () => {
    const predicted: Prediction = {
      ...EMPTY,
      numbers: [
        { ...at('17'), kind: 'cardinal', value: 17 * (1 + 1e-12), unit: 'people', approx: false },
        { ...at('25%'), kind: 'percent', value: 0.25, unit: null, approx: false },
        { ...at('$1.5 billion'), kind: 'money', value: 1.5e9, unit: 'USD', approx: false },
      ],
    };
    const { metrics, report } = score(predicted);
    close(metrics, { numbers_f: 1, numbers_value_p: 2 / 3, numbers_unit_acc: 0.5, numbers_kind_acc: 1 });
    expect(report[0]?.issues.filter((i) => i.layer === 'numbers').map((i) => i.issue).sort()).toEqual(['wrong-unit', 'wrong-value']);
  });
});

describe('boilerplate', () => {
  it('is scored on characters', () => {
    const lines = TEXT.split('\n');
    const predicted: Prediction = {
      ...EMPTY,
      // the boilerplate line split in two, both boilerplate, plus the headline marked boilerplate
      sentences: [
        { ...at(lines[0]!), role: 'boilerplate' },
        { ...at('Follow us on X'), role: 'boilerplate' },
        { ...at('for more news.'), role: 'boilerplate' },
      ],
    };
    const { metrics } = score(predicted);
    const gold = lines[4]!.length; // 29
    const tp = 'Follow us on X'.length + 'for more news.'.length; // 28: the space between is in no sentence
    const fp = lines[0]!.length;
    close(metrics, { boilerplate_p: tp / (tp + fp), boilerplate_r: tp / gold });
    // sentences: only the headline bounds match (with the wrong role)
    close(metrics, { sentences_p: 1 / 3, sentences_r: 1 / 5, sentences_role_acc: 0, sentences_headline_f: 0 });
  });
});

describe('micro-averaging', () => {
  it('sums counts over documents', () => {
    const one = { text: TEXT, gold: GOLD, predicted: asPrediction(GOLD) };
    const none = { text: TEXT, gold: { ...GOLD, doc: { ...GOLD.doc, id: 'y' } }, predicted: EMPTY };
    const { metrics, perDoc } = scoreDocs([one, none]);
    // dates: tp 3, fp 0, fn 3 -> R .5 (a macro average would also be .5, but P is 1 here, not an average of 1 and null)
    close(metrics, { dates_p: 1, dates_r: 0.5, dates_f: 2 / 3 });
    expect(perDoc.map((d) => d.metrics['dates_f'])).toEqual([1, 0]);
  });
});

describe('regression: a colon cue could never match', () => {
  // "X: “Q”" layouts have ":" as cue; normalisation trims ":" away, which left an empty span that overlapped nothing.
  const text = 'Senator Jane Roe: "We will vote no."';
  const claim = (cueAt: number) => ({
    id: 'c1',
    kind: 'direct' as const,
    content: { start: 19, end: 34, text: text.slice(19, 34) },
    speaker: { start: 0, end: 16, text: text.slice(0, 16), name: 'Jane Roe', type: 'person' as const },
    cue: { start: cueAt, end: cueAt + 1, text: text.slice(cueAt, cueAt + 1) },
    statedOn: null,
    stance: { target: null, polarity: null, certainty: 'asserted' as const, condition: 'none' as const, reporting: 'neutral' as const },
  });
  const gold: Gold = { doc: { id: 'colon', date: '2024-01-01', layers: ['claims'] }, sentences: [], dates: [], numbers: [], claims: [claim(16)] };

  it('counts the same colon as the right cue', () => {
    const { metrics } = scoreDocs([{ text, gold, predicted: { ...EMPTY, claims: [claim(16)] } }]);
    close(metrics, { claims_f: 1, cue_f: 1 });
  });

  it('still counts a different cue as wrong', () => {
    const { metrics } = scoreDocs([{ text, gold, predicted: { ...EMPTY, claims: [claim(34)] } }]);
    close(metrics, { claims_f: 1, cue_f: 0 });
  });
});
