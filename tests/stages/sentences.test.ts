import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc, layer } from '../../src/core/document.js';
import type { Sentence, SentenceRole } from '../../src/schema/result.js';
import { sentencesStage } from '../../src/stages/sentences/index.js';
import { cpuNow } from '../cpu.js';

const run = sentencesStage.create({});

function split(text: string): Sentence[] {
  return [...layer(run(createDoc({ text }), { pipeline: 'test' }), 'sentences')];
}

const texts = (text: string): string[] => split(text).map((s) => text.slice(s.start, s.end));
const labelled = (text: string): [string, SentenceRole][] => split(text).map((s) => [text.slice(s.start, s.end), s.role]);

describe('sentence boundaries', () => {
  it.each<[string, string, string[]]>([
    ['period', 'He left. She stayed.', ['He left.', 'She stayed.']],
    ['question and exclamation', 'Will they meet? Nobody knows! Talks stalled.', ['Will they meet?', 'Nobody knows!', 'Talks stalled.']],
    ['closing quote kept', 'She said, "We will come." Then she left.', ['She said, "We will come."', 'Then she left.']],
    ['curly closing quote kept', 'He said he would “like to talk.” Kim did not reply.', ['He said he would “like to talk.”', 'Kim did not reply.']],
    ['closing bracket kept', 'Talks resumed (after a pause.) Kim spoke.', ['Talks resumed (after a pause.)', 'Kim spoke.']],
    ['quoted question before its attribution', '"Why now?" he asked. Nobody answered.', ['"Why now?" he asked.', 'Nobody answered.']],
    ['U.S. at the end before a sentence starter', 'He lives in the U.S. The move surprised many.', ['He lives in the U.S.', 'The move surprised many.']],
    ['U.S. at the end before a pronoun', 'Kim was born in the U.S. He moved to Seoul in 1990.', ['Kim was born in the U.S.', 'He moved to Seoul in 1990.']],
    ['company suffix at the end', 'The buyer is Acme Inc. It was founded in 1990.', ['The buyer is Acme Inc.', 'It was founded in 1990.']],
    ['ellipsis before a sentence starter', 'He paused... Then he spoke.', ['He paused...', 'Then he spoke.']],
    ['e-mail sign-off after a sentence', 'He said so. sooyeon@yna.co.kr(END)', ['He said so.', 'sooyeon@yna.co.kr(END)']],
    ['every line break ends a sentence', 'A headline without a period\nBody one. Body two.', ['A headline without a period', 'Body one.', 'Body two.']],
    ['dateline stays in the first sentence', 'SEOUL, South Korea — North Korea said Monday it would talk.', ['SEOUL, South Korea — North Korea said Monday it would talk.']],
    ['wire dateline with an abbreviated month', 'TOKYO, Nov. 5 (Kyodo) -- Japan said it would act. Seoul agreed.', ['TOKYO, Nov. 5 (Kyodo) -- Japan said it would act.', 'Seoul agreed.']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe('abbreviations and initials that must not split (miss cases)', () => {
  it.each<[string, string]>([
    ['titles, a.m. before a weekday, D.C., Sept.', 'Mr. Kim met Dr. Lee at 10 a.m. Tuesday in Washington, D.C. on Sept. 5 for talks.'],
    ['U.S. and U.N. before names', 'U.S. President Joe Biden met U.N. Secretary-General Antonio Guterres.'],
    ['U.S. before a lower-case word', 'The U.S. has worked to develop a three-way coordination.'],
    ['U.S. before a capitalised noun', 'Japan and the U.S. Army held drills near Okinawa.'],
    ['middle initial', 'John F. Kennedy was president then.'],
    ['initial before a surname', 'The report by Kim N. Park was released.'],
    ['No. before a number', 'It became the No. 1 export of the country.'],
    ['Jr. before a verb', 'Martin Luther King Jr. spoke in Washington.'],
    ['Roe v. Wade', 'The court overturned Roe v. Wade last year.'],
    ['e.g. before a capitalised name', 'Some allies, e.g. Japan, agreed to the plan.'],
    ['ellipsis before a lower-case word', '"If Japan... makes a political decision, the two countries can open a new future," she said.'],
    ['ellipsis before a name', 'He said talks with... North Korea had stalled.'],
    ['unknown abbreviation before a lower-case word', 'It weighs 5 lbs. and costs more than the old model.'],
    ['decimal number and domain', 'Growth was 2.5 percent, according to yna.co.kr data.'],
    ['hyphenated U.S.-South Korea', 'A U.S.-South Korea joint military exercise is planned.'],
  ])('%s', (_name, text) => {
    expect(texts(text)).toEqual([text]);
  });
});

describe('glued sentences', () => {
  it.each<[string, string, string[]]>([
    [
      'caption running into the next text',
      "Soldiers welcomeNorth Korea's leader Kim Jong Un. (Photo by KCNA via AFP)",
      ['Soldiers welcome', "North Korea's leader Kim Jong Un.", '(Photo by KCNA via AFP)'],
    ],
    ['period with no space before the next sentence', 'The talks ended.The minister left the room.', ['The talks ended.', 'The minister left the room.']],
    ['credit running into the next text', '(Photo by KCNA via AFP)Japan offered a cool response.', ['(Photo by KCNA via AFP)', 'Japan offered a cool response.']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['a brand listed as whole', 'Budget carrier easyJet said profits rose.'],
    ['a short lower-case prefix', 'Sales of the iPhone and eBay listings rose.'],
    ['an all-capitals tail', 'The macOS update shipped on time.'],
    ['a handle', 'He posted as @realDonaldTrump on the site.'],
    ['an abbreviation glued to a capital', 'He served in the U.S.Army for years.'],
    ['a space lost around a link inside body prose', "Here is why you should worry aboutVladimir Putin's role in the race."],
    ['a bracket that did not open the sentence', 'We can (hashtag)StopGunViolence together.'],
  ])('keeps %s whole', (_name, text) => {
    expect(texts(text)).toEqual([text]);
  });
});

describe('offsets and odd input', () => {
  it('indexes the text as given with CRLF line endings', () => {
    const text = 'A title here\r\n\r\nFirst sentence. Second one.\r\n';
    const got = split(text);
    expect(got.map((s) => text.slice(s.start, s.end))).toEqual(['A title here', 'First sentence.', 'Second one.']);
    expect(got[1]).toMatchObject({ start: 16, end: 31 });
  });

  it('handles lone CR and Unicode line separators', () => {
    expect(texts('One line\rTwo line.\u2028Three line.')).toEqual(['One line', 'Two line.', 'Three line.']);
  });

  it('skips a BOM, tabs and non-breaking spaces', () => {
    expect(texts('\uFEFFHello world. Bye now.')).toEqual(['Hello world.', 'Bye now.']);
    expect(texts('\u00a0\u00a0Kim said so.\u00a0 Then he left.\u00a0')).toEqual(['Kim said so.', 'Then he left.']);
    expect(texts('\tIndented line.\t\n\t')).toEqual(['Indented line.']);
  });

  it('gives nothing for empty or blank text', () => {
    expect(split('')).toEqual([]);
    expect(split('  \n\t\r\n\u00a0\uFEFF ')).toEqual([]);
  });

  it('splits a metadata stamp glued to the first sentence', () => {
    expect(labelled(' date 2025-11-05 Japanese Prime Minister Sanae Takaichi spoke on Tuesday.')).toEqual([
      ['date 2025-11-05', 'boilerplate'],
      ['Japanese Prime Minister Sanae Takaichi spoke on Tuesday.', 'body'],
    ]);
  });

  it('treats a metadata line with a written date and time as boilerplate', () => {
    expect(labelled('Updated: March 5, 2024 10:32 JST\n\nKim said the talks were over.')).toEqual([
      ['Updated: March 5, 2024 10:32 JST', 'boilerplate'],
      ['Kim said the talks were over.', 'body'],
    ]);
  });

  it.each([
    ['Updated: Thurs. 5 Sept. 2024 14:05 BST'],
    ['Published on Tuesday, Mar 5, 2024'],
    ['Updated: Sat, 30 November 2024 | 9:15 am ET'],
    ['Updated: Weds, March 5, 2024'],
  ])('reads the month and weekday names of the calendar lexicon in a stamp: %s', (stamp) => {
    expect(labelled(`${stamp} Kim said the talks were over.`)).toEqual([
      [stamp, 'boilerplate'],
      ['Kim said the talks were over.', 'body'],
    ]);
  });

  it('does not take a sentence that merely begins with a date word for metadata', () => {
    expect(labelled('Dated letters were found in 2020.')).toEqual([['Dated letters were found in 2020.', 'body']]);
  });
});

describe('roles', () => {
  it.each<[string, string, [string, SentenceRole][]]>([
    [
      'title, then body',
      'Japan PM says open to meeting North Korean leader\n\nKishida said Tuesday he was willing to meet Kim. He spoke at the U.N.',
      [
        ['Japan PM says open to meeting North Korean leader', 'headline'],
        ['Kishida said Tuesday he was willing to meet Kim.', 'body'],
        ['He spoke at the U.N.', 'body'],
      ],
    ],
    [
      'navigation, title, video caption with a credit line',
      'News World\n\nJapan PM says open to talks\n\nJapan PM tells Xi of concerns\nSource: Video Screenshot\n\nKishida said Tuesday he was willing to meet Kim Jong Un.',
      [
        ['News World', 'boilerplate'],
        ['Japan PM says open to talks', 'headline'],
        ['Japan PM tells Xi of concerns', 'boilerplate'],
        ['Source: Video Screenshot', 'boilerplate'],
        ['Kishida said Tuesday he was willing to meet Kim Jong Un.', 'body'],
      ],
    ],
    [
      'photo caption ending in a credit, under the title',
      'Title of the story\nKim Jong Un inspects a factory in Pyongyang. (Photo by KCNA via AFP)\n\nThe story begins here with a full sentence.',
      [
        ['Title of the story', 'headline'],
        ['Kim Jong Un inspects a factory in Pyongyang.', 'boilerplate'],
        ['(Photo by KCNA via AFP)', 'boilerplate'],
        ['The story begins here with a full sentence.', 'body'],
      ],
    ],
    [
      'caption with a trailing agency credit in brackets',
      'Kim said talks were over.\n\nKim Jong Un visits a farm (KCNA via Reuters)\n\nHe left on Friday.',
      [
        ['Kim said talks were over.', 'body'],
        ['Kim Jong Un visits a farm (KCNA via Reuters)', 'boilerplate'],
        ['He left on Friday.', 'body'],
      ],
    ],
    [
      'a question as title and a byline before the body',
      'Will Kim meet Kishida?\nBy Kim Tong-hyung and Mari Yamaguchi\n\nThe two leaders have not met since 2004.',
      [
        ['Will Kim meet Kishida?', 'headline'],
        ['By Kim Tong-hyung and Mari Yamaguchi', 'boilerplate'],
        ['The two leaders have not met since 2004.', 'body'],
      ],
    ],
    [
      'sub-headline inside the body',
      'A long first paragraph that is clearly body text.\n\nWhat comes next\n\nAnother paragraph with a period.',
      [
        ['A long first paragraph that is clearly body text.', 'body'],
        ['What comes next', 'headline'],
        ['Another paragraph with a period.', 'body'],
      ],
    ],
    [
      'a body line that lost its period is not a sub-headline when it leads on',
      'The first paragraph is body text.\n\nHe said the following:\n\nThe second paragraph is body text.',
      [
        ['The first paragraph is body text.', 'body'],
        ['He said the following:', 'body'],
        ['The second paragraph is body text.', 'body'],
      ],
    ],
    [
      'promo and subscription prompt at the end',
      'Japan lists 17 nationals as abducted.\n\nIn a time of both misinformation and too much information, quality journalism is more crucial than ever.\nBy subscribing, you can help us get the story right.',
      [
        ['Japan lists 17 nationals as abducted.', 'body'],
        ['In a time of both misinformation and too much information, quality journalism is more crucial than ever.', 'boilerplate'],
        ['By subscribing, you can help us get the story right.', 'boilerplate'],
      ],
    ],
    [
      'everything after an end-of-article marker, author bio included',
      'Kim met Trump three times.\n\nAbout the author\n\nAgence France-Presse (AFP) is a French news agency. It was founded in 1835.\n\nDaily Newsletter',
      [
        ['Kim met Trump three times.', 'body'],
        ['About the author', 'boilerplate'],
        ['Agence France-Presse (AFP) is a French news agency.', 'boilerplate'],
        ['It was founded in 1835.', 'boilerplate'],
        ['Daily Newsletter', 'boilerplate'],
      ],
    ],
    [
      'trailing short fragments',
      'Kim met Trump three times.\n\nTopics\nNorth Korea, Japan',
      [
        ['Kim met Trump three times.', 'body'],
        ['Topics', 'boilerplate'],
        ['North Korea, Japan', 'boilerplate'],
      ],
    ],
    [
      'AP copyright line: every sentence of the line',
      'Kim met Trump three times.\n\nCopyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      [
        ['Kim met Trump three times.', 'body'],
        ['Copyright 2024 The Associated Press.', 'boilerplate'],
        ['All rights reserved.', 'boilerplate'],
        ['This material may not be published, broadcast, rewritten or redistributed.', 'boilerplate'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(labelled(text)).toEqual(expected);
  });
});

describe('boilerplate families, between two body paragraphs', () => {
  it.each<[string, string]>([
    ['advertisement', 'Advertisement'],
    ['photo credit line', '(Photo by Jung Yeon-je/AFP via Getty Images)'],
    ['video credit', 'Source: Video Screenshot'],
    ['Reuters picture credit', 'REUTERS/Kim Hong-Ji'],
    ['agency credit', 'Getty Images'],
    ['file photo', 'File photo'],
    ['contribution line', 'Associated Press writer Mari Yamaguchi in Tokyo contributed to this report.'],
    ['follow prompt', 'Follow AP’s Asia-Pacific coverage at'],
    ['follow prompt with a link', 'Follow AP’s Asia-Pacific coverage at https://apnews.com/hub/asia-pacific'],
    ['follow handle', 'Follow @AP on X for updates'],
    ['follow on a platform', 'Follow AWR Hawkins on Twitter: @AWRHawkins.'],
    ['subscription prompt', 'By subscribing, you can help us get the story right.'],
    ['newsletter', 'Daily Newsletter'],
    ['newsletter sign-up', 'Sign up for our free morning newsletter.'],
    ['copyright mark', '© KYODO'],
    ['end mark', '(END)'],
    ['e-mail sign-off', 'sooyeon@yna.co.kr(END)'],
    ['metadata', 'date 2025-11-05'],
    ['read more link', 'Read more: Kim Yo Jong says Japan must drop abduction issue'],
    ['related link', 'Related: North Korea fires ballistic missile'],
    ['share prompt', 'Share this article'],
    ['click prompt', 'Click here to read the full statement.'],
    ['rights line', 'All rights reserved.'],
    ['Reuters credits', 'Reporting by Hyonhee Shin; Editing by Ed Davies'],
    ['Reuters credits in brackets', '(Reporting by Kiyoshi Takenaka; Editing by Ed Davies)'],
    ['Reuters standards', 'Our Standards: The Thomson Reuters Trust Principles.'],
    ['listen prompt', 'Listen to this article'],
    ['reading time', '5 min read'],
    ['agency tag', '(Yonhap)'],
    ['navigation', 'World / Asia Pacific'],
  ])('%s', (_name, line) => {
    const text = `Kim said the talks were over.\n\n${line}\n\nHe left Pyongyang on Friday.`;
    const got = labelled(text);
    expect(got[0]).toEqual(['Kim said the talks were over.', 'body']);
    expect(got[got.length - 1]).toEqual(['He left Pyongyang on Friday.', 'body']);
    expect(got.slice(1, -1).length).toBeGreaterThan(0);
    for (const [, role] of got.slice(1, -1)) expect(role).toBe('boilerplate');
  });

  it.each<[string, string]>([
    ['follow as a verb', 'Follow the money, investigators said at the time.'],
    ['a photo mentioned in the story', 'The photo by Reuters showed Kim smiling.'],
    ['a report contributed to', 'Officials said the drought contributed to the report on food shortages.'],
    ['by as a preposition', 'By Tuesday, the talks had collapsed.'],
    ['research by', 'Research by the institute shows exports rose.'],
    ['written by', 'Written by the minister himself, the letter was delivered.'],
    ['a source mentioned in the story', 'Sources said the link was broken.'],
    ['quality journalism in the middle of a story', 'The award honours quality journalism in Asia, the jury said.'],
    ['a person described as a reporter in the middle of a story', 'Lee is a former reporter for KBS, officials said.'],
  ])('miss: %s stays body', (_name, line) => {
    const text = `Kim said the talks were over.\n\n${line}\n\nHe left Pyongyang on Friday.`;
    expect(labelled(text)[1]).toEqual([line, 'body']);
  });
});

describe('seed articles', () => {
  const seeds = ['000', '001', '002', '003', '004'].map((id) => [id, readFileSync(`corpus/articles/${id}.txt`, 'utf8')] as const);

  it.each(seeds)('%s: sorted, non-overlapping, trimmed spans', (_id, text) => {
    const got = split(text);
    expect(got.length).toBeGreaterThan(10);
    let last = 0;
    for (const s of got) {
      expect(s.start).toBeGreaterThanOrEqual(last);
      expect(s.end).toBeGreaterThan(s.start);
      expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
      last = s.end;
    }
  });

  it('002: title, glued caption with its credit, then body', () => {
    const [, text] = seeds[2] ?? ['', ''];
    expect(labelled(text).slice(0, 5)).toEqual([
      ["Japan gives dry response to North Korea's offer for 'new future'", 'headline'],
      ['Soldiers welcome', 'boilerplate'],
      [
        "North Korea's leader Kim Jong Un during his visit to the Ministry of National Defense in Pyongyang to mark the 76th founding anniversary of the Korean People's Army.",
        'boilerplate',
      ],
      ['(Photo by KCNA via AFP)', 'boilerplate'],
      ['Japan offered a cool response to the North Korean leader\'s sister\'s offer to enhance bilateral ties on Friday.', 'body'],
    ]);
  });

  it('003: AP title and dateline, contribution line and page furniture at the end', () => {
    const [, text] = seeds[3] ?? ['', ''];
    const got = labelled(text);
    expect(got[0]).toEqual(['North Korea says Japan’s prime minister offered to meet with leader Kim Jong Un soon', 'headline']);
    expect(got[1]?.[0].startsWith('SEOUL, South Korea — North Korea said Monday')).toBe(true);
    expect(got.slice(-4).map(([t, r]) => `${r}: ${t}`)).toEqual([
      'boilerplate: Associated Press journalist Yuri Kageyama in Tokyo contributed to this report.',
      'boilerplate: Follow AP’s Asia-Pacific news at',
      'boilerplate: Source link',
      'boilerplate: Leave a Comment',
    ]);
  });

  it('004: metadata split off the first sentence, copyright at the end', () => {
    const [, text] = seeds[4] ?? ['', ''];
    const got = labelled(text);
    expect(got[0]).toEqual(['date 2025-11-05', 'boilerplate']);
    expect(got[1]?.[1]).toBe('body');
    expect(got[got.length - 1]).toEqual(['© KYODO', 'boilerplate']);
  });
});

describe('performance (linear time)', () => {
  const timed = (text: string): number => {
    const t0 = cpuNow();
    split(text);
    return cpuNow() - t0;
  };

  it.each<[string, string]>([
    ['no punctuation', 'the minister said talks would resume soon and officials agreed '.repeat(800)],
    ['thousands of unbalanced quotes', '"He said "no '.repeat(4200)],
    ['abbreviations everywhere', 'U.S. '.repeat(10000)],
    ['glued words everywhere', 'welcomeNorth'.repeat(4200)],
    ['one huge token', `${'x'.repeat(50000)}. The end.`],
    ['periods with no spaces', 'a.'.repeat(25000)],
    ['many short lines', 'News World\n'.repeat(4500)],
  ])('50,000 characters of %s in well under a second', (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(49000);
    timed(text);
    expect(timed(text)).toBeLessThan(500);
  });
});
