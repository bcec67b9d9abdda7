/**
 * The review page of one article: its text with every claim's content
 * highlighted and linked to its speaker and cue, dates and numbers with
 * their normalised values on hover or focus, headline and boilerplate
 * styled, and a side list of claims. Given a gold comparison, it also marks
 * missed gold items, spurious predictions and wrong values, lists the gold
 * claims and the evaluator's issues, and shows the article's figures.
 */
import type { Issue, ReportSpan } from '../eval/types.js';
import type { GoldClaim } from '../schema/gold.js';
import type { Claim, Result, TextSpan } from '../schema/result.js';
import { dateValue, describeDate, describeNumber, numberValue, shortId, speakerName, stanceTags } from './describe.js';
import { clip } from '../text/clip.js';
import type { GoldComparison } from './gold.js';
import { classes, el, escapeHtml, figure, slug } from './html.js';
import { markup, type Mark } from './markup.js';
import { page } from './page.js';
import { UNKNOWN } from './text.js';

export interface PageLink {
  readonly href: string;
  readonly label: string;
}

export interface ArticleInput {
  readonly result: Result;
  /** The article text, or a rebuilt one (text.ts) with UNKNOWN where the result quotes nothing. */
  readonly text: string;
  readonly gold?: GoldComparison | null;
  /** Notes for the reader: why the text is rebuilt, why the gold was not compared... */
  readonly notes?: readonly string[];
  readonly index?: string | null;
  readonly prev?: PageLink | null;
  readonly next?: PageLink | null;
  /** The pipeline that made the result, when known. */
  readonly pipeline?: string | null;
}

const RANK = { sentence: 0, claim: 1, speaker: 2, cue: 2, mention: 3 } as const;

const spanKey = (s: { start: number; end: number }): string => `${s.start}-${s.end}`;
const claimKey = (c: Claim): string => slug(c.id);
/** The id of a claim's element on its article page (the index links to it). */
export const claimAnchorId = (claimId: string): string => `c-${slug(claimId)}`;
const claimAnchor = (c: Claim): string => claimAnchorId(c.id);
const dateAnchor = (d: { start: number; end: number }): string => `d-${spanKey(d)}`;
const numberAnchor = (n: { start: number; end: number }): string => `n-${spanKey(n)}`;
const missAnchor = (layer: Issue['layer'], gold: { start: number; end: number }): string => `g-${layer}-${spanKey(gold)}`;

const ISSUE_WORDS: Readonly<Record<Issue['issue'], string>> = {
  missed: 'missed',
  spurious: 'spurious',
  boundary: 'span differs',
  'wrong-value': 'wrong value',
  'wrong-type': 'wrong type',
  'wrong-kind': 'wrong kind',
  'wrong-unit': 'wrong unit',
  'wrong-role': 'wrong role',
  'wrong-speaker': 'wrong speaker',
  'wrong-speaker-mention': 'wrong speaker mention',
  'wrong-cue': 'wrong cue',
  'wrong-stated-on': 'wrong time of saying',
  'wrong-stance': 'wrong stance',
};

const SINGULAR: Readonly<Record<Issue['layer'], string>> = {
  sentences: 'sentence',
  boilerplate: 'boilerplate',
  claims: 'claim',
  speakers: 'speaker',
  dates: 'date',
  numbers: 'number',
  stance: 'stance',
};

/** Missed gold items that get a mark of their own in the text. */
const missable = (i: Issue): boolean => i.issue === 'missed' && i.gold !== null && (i.layer === 'claims' || i.layer === 'dates' || i.layer === 'numbers');

/** The gold comparison's issues by what they are about: a claim of the result (by index), or a predicted date or number (by span). */
interface IssueIndex {
  readonly byClaim: readonly (readonly Issue[])[];
  readonly byMention: ReadonlyMap<string, readonly Issue[]>;
  /** The element an issue is shown at, if any. */
  readonly anchor: (issue: Issue) => string | null;
}

const sameSpan = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start === b.start && a.end === b.end;
const CLAIM_LAYERS: ReadonlySet<Issue['layer']> = new Set(['claims', 'speakers', 'stance']);

/**
 * Claim issues name the predicted claim's content span, or (stance) only the
 * gold claim's, which leads to the claim matched to it; missed items have
 * only a gold span and get their own mark.
 */
function indexIssues(result: Result, gold: GoldComparison | null): IssueIndex {
  const byClaim: Issue[][] = result.claims.map(() => []);
  const byMention = new Map<string, Issue[]>();
  const claimOf = (i: Issue): number => {
    if (!gold || !CLAIM_LAYERS.has(i.layer)) return -1;
    if (i.predicted !== null) return result.claims.findIndex((c) => sameSpan(c.content, i.predicted as ReportSpan));
    if (i.issue === 'missed' || i.gold === null) return -1;
    return gold.goldToClaim[gold.gold.claims.findIndex((g) => sameSpan(g.content, i.gold as ReportSpan))] ?? -1;
  };
  const anchors = new Map<Issue, string | null>();
  for (const i of gold?.issues ?? []) {
    const ci = claimOf(i);
    const claim = result.claims[ci];
    if (claim) byClaim[ci]?.push(i);
    let anchor: string | null = claim ? claimAnchor(claim) : null;
    if (i.predicted !== null && (i.layer === 'dates' || i.layer === 'numbers')) {
      const key = `${i.layer}:${spanKey(i.predicted)}`;
      byMention.set(key, [...(byMention.get(key) ?? []), i]);
      anchor = i.layer === 'dates' ? dateAnchor(i.predicted) : numberAnchor(i.predicted);
    }
    if (missable(i)) anchor = missAnchor(i.layer, i.gold as ReportSpan);
    anchors.set(i, anchor);
  }
  return { byClaim, byMention, anchor: (i) => anchors.get(i) ?? null };
}

const label = (text: string, kind: string | null = null): string => `<span class="${classes('lbl', kind && `lbl-${kind}`)}" aria-hidden="true">${escapeHtml(text)}</span>`;
const pop = (id: string, text: string): string => `<span class="pop" role="tooltip" id="${id}-pop">${escapeHtml(text)}</span>`;

function issueWords(issues: readonly Issue[]): string {
  return issues.map((i) => `${ISSUE_WORDS[i.issue]}: ${i.detail}`).join('; ');
}

function mentionMark(anchor: string, cls: string, span: TextSpan, value: string, description: string, issues: readonly Issue[]): Mark {
  const spurious = issues.some((i) => i.issue === 'spurious');
  const text = issues.length > 0 ? `${description} — ${issueWords(issues)}` : description;
  return {
    start: span.start,
    end: span.end,
    rank: RANK.mention,
    tag: 'span',
    attrs: {
      id: anchor,
      class: classes(cls, spurious && 'spurious', issues.length > 0 && !spurious && 'wrong'),
      tabindex: 0,
      'data-value': value,
      'aria-describedby': `${anchor}-pop`,
    },
    suffix: pop(anchor, text),
  };
}

/** Linked spans (speakers, cues) shared by several claims: one mark per span, naming every claim it serves. */
function linkedMarks(result: Result, which: 'speaker' | 'cue'): Mark[] {
  const bySpan = new Map<string, { span: TextSpan; claims: Claim[] }>();
  for (const c of result.claims) {
    const span = c[which];
    if (!span) continue;
    const entry = bySpan.get(spanKey(span)) ?? { span, claims: [] };
    entry.claims.push(c);
    bySpan.set(spanKey(span), entry);
  }
  return [...bySpan.values()].map(({ span, claims }) => ({
    start: span.start,
    end: span.end,
    rank: RANK[which],
    tag: 'span',
    attrs: { id: `${which === 'speaker' ? 'sp' : 'cue'}-${spanKey(span)}`, class: which, 'data-claims': claims.map(claimKey).join(' ') },
    suffix: label(`${claims.map((c) => shortId(result, c)).join(' ')} ${which}`, which),
  }));
}

function claimMarks(result: Result, index: IssueIndex): Mark[] {
  return result.claims.map((c, ci) => {
    const issues = index.byClaim[ci] ?? [];
    const spurious = issues.some((i) => i.issue === 'spurious');
    const wrong = issues.filter((i) => i.issue !== 'spurious');
    const cls = classes('claim', `k-${c.kind}`, spurious && 'spurious', wrong.length > 0 && 'wrong');
    const key = claimKey(c);
    return {
      start: c.content.start,
      end: c.content.end,
      rank: RANK.claim,
      tag: 'mark',
      attrs: { id: claimAnchor(c), class: cls, 'data-claim': key, tabindex: 0, 'aria-describedby': `sum-${key}` },
      continued: { class: cls, 'data-claim': key, 'data-continued': true },
      prefix:
        label(shortId(result, c)) +
        (spurious ? label('spurious', 'bad') : '') +
        (wrong.length > 0 ? label(wrong.length === 1 ? ISSUE_WORDS[(wrong[0] as Issue).issue] : `${wrong.length} issues`, 'warn') : ''),
    };
  });
}

function missMarks(issues: readonly Issue[]): Mark[] {
  return issues
    .filter(missable)
    .map((i) => {
      const g = i.gold as ReportSpan;
      const anchor = missAnchor(i.layer, g);
      return {
        start: g.start,
        end: g.end,
        rank: i.layer === 'claims' ? RANK.claim : RANK.mention,
        tag: 'span',
        attrs: { id: anchor, class: 'miss', tabindex: 0, 'data-layer': i.layer, 'aria-describedby': `${anchor}-pop` },
        prefix: label(`missed ${SINGULAR[i.layer]}`, 'bad'),
        suffix: pop(anchor, `missed gold ${SINGULAR[i.layer]}: ${g.label}`),
      };
    });
}

function sentenceMarks(result: Result): Mark[] {
  return result.sentences
    .filter((s) => s.role !== 'body')
    .map((s) => ({ start: s.start, end: s.end, rank: RANK.sentence, tag: 'span', attrs: { class: `s-${s.role}`, 'data-role': s.role, title: s.role } }));
}

/** Runs of UNKNOWN (a rebuilt text) shown as gaps. */
function textRun(run: string): string {
  if (!run.includes(UNKNOWN)) return escapeHtml(run);
  return run
    .split(/(\u0000+)/)
    .map((part) => (part.startsWith(UNKNOWN) ? `<span class="gap" title="${part.length} characters not in the result">…</span>` : escapeHtml(part)))
    .join('');
}

/** Every mark of the article text: sentences, claims, speakers, cues, dates, numbers and, with gold, missed items. */
export function articleMarks(result: Result, gold: GoldComparison | null = null): Mark[] {
  return marks(result, gold, indexIssues(result, gold));
}

function marks(result: Result, gold: GoldComparison | null, index: IssueIndex): Mark[] {
  return [
    ...sentenceMarks(result),
    ...claimMarks(result, index),
    ...linkedMarks(result, 'speaker'),
    ...linkedMarks(result, 'cue'),
    ...result.dates.map((d) => mentionMark(dateAnchor(d), 'date', d, dateValue(d), describeDate(d), index.byMention.get(`dates:${spanKey(d)}`) ?? [])),
    ...result.numbers.map((n) => mentionMark(numberAnchor(n), 'num', n, numberValue(n), describeNumber(n), index.byMention.get(`numbers:${spanKey(n)}`) ?? [])),
    ...missMarks(gold?.issues ?? []),
  ];
}

/** The page title: the headline, else the result's title, else the start of the first sentence. */
export function articleTitle(result: Result, text: string): string {
  const headline = result.sentences.find((s) => s.role === 'headline');
  const first = headline ?? result.sentences.find((s) => s.role === 'body');
  const fromText = first ? clip(text.slice(first.start, first.end), 120) : '';
  if (headline && !fromText.includes(UNKNOWN)) return fromText;
  if (result.doc.title) return result.doc.title;
  return fromText && !fromText.includes(UNKNOWN) ? fromText : `Article ${result.doc.id}`;
}

function claimItem(result: Result, c: Claim, ci: number, gold: GoldComparison | null, index: IssueIndex): string {
  const key = claimKey(c);
  const id = shortId(result, c);
  const who = speakerName(c);
  const summary = `${id}: ${c.kind} claim by ${who}${c.stance.polarity ? `, ${c.stance.polarity}${c.stance.target ? ` on ${c.stance.target}` : ''}` : ''}`;
  const rows: string[] = [
    `<p class="row"><a href="#${claimAnchor(c)}"><strong>${escapeHtml(id)}</strong></a> · ${c.kind} · <span class="who">${escapeHtml(who)}</span>${c.speaker ? ` (${c.speaker.type})` : ''}<span class="visually-hidden" id="sum-${key}">${escapeHtml(summary)}</span></p>`,
  ];
  if (c.speaker || c.cue) {
    const parts: string[] = [];
    if (c.speaker) parts.push(`speaker <a href="#sp-${spanKey(c.speaker)}">“${escapeHtml(clip(c.speaker.text, 60))}”</a>`);
    if (c.cue) parts.push(`cue <a href="#cue-${spanKey(c.cue)}">“${escapeHtml(clip(c.cue.text, 40))}”</a>`);
    rows.push(`<p class="row">${parts.join(', ')}</p>`);
  }
  if (c.statedOn) {
    const linked = result.dates.some((d) => d.start === c.statedOn?.start && d.end === c.statedOn.end);
    const value = escapeHtml(c.statedOn.value);
    rows.push(`<p class="row">stated on ${linked ? `<a href="#${dateAnchor(c.statedOn)}">${value}</a>` : value} (“${escapeHtml(clip(c.statedOn.text, 40))}”)</p>`);
  }
  rows.push(`<p class="quote">“${escapeHtml(clip(c.content.text, 220))}”</p>`);
  rows.push(`<p class="tags">${stanceTags(c.stance)}</p>`);
  if (gold?.claims) {
    const gi = gold.claimToGold[ci] ?? -1;
    const issues = index.byClaim[ci] ?? [];
    const status =
      gi !== -1
        ? `<span class="tag tag-ok">matches <a href="#gitem-${gi + 1}">g${gi + 1}</a></span>`
        : issues.some((i) => i.issue === 'spurious')
          ? '<span class="tag tag-bad">spurious: no gold claim</span>'
          : '<span class="tag">not scored against this gold set</span>';
    const wrong = issues.filter((i) => i.issue !== 'spurious').map((i) => `<li><span class="tag tag-warn">${ISSUE_WORDS[i.issue]}</span> <span class="detail">${escapeHtml(i.detail)}</span></li>`);
    rows.push(`<p class="tags">${status}</p>${wrong.length > 0 ? `<ul class="issues">${wrong.join('')}</ul>` : ''}`);
  }
  return el('li', { id: `item-${key}`, class: `k-${c.kind}`, 'data-claim': key }, rows.join(''));
}

function goldItem(g: GoldClaim, gi: number, result: Result, gold: GoldComparison): string {
  const ci = gold.goldToClaim[gi] ?? -1;
  const matched = ci === -1 ? null : result.claims[ci];
  const who = g.speaker ? (g.speaker.name ?? `“${g.speaker.text}”`) : 'the writer';
  const aliases = g.speaker?.aliases?.length ? ` (also ${g.speaker.aliases.map(escapeHtml).join(', ')})` : '';
  const status = matched
    ? `<span class="tag tag-ok">found as <a href="#${claimAnchor(matched)}">${escapeHtml(shortId(result, matched))}</a></span>`
    : `<span class="tag tag-bad">missed</span> <a href="#${missAnchor('claims', g.content)}">show in text</a>`;
  return el(
    'li',
    { id: `gitem-${gi + 1}`, class: matched ? 'matched' : 'missed' },
    `<p class="row"><strong>g${gi + 1}</strong> · ${g.kind} · <span class="who">${escapeHtml(who)}</span>${aliases}</p>` +
      `<p class="quote">“${escapeHtml(clip(g.content.text, 220))}”</p>` +
      `<p class="tags">${status} ${stanceTags(g.stance)}</p>`,
  );
}

const FIGURE_ROWS: readonly (readonly [string, string])[] = [
  ['claims', 'claims'],
  ['claims_strict', 'claims, exact span'],
  ['speaker', 'speaker name'],
  ['speaker_mention', 'speaker mention'],
  ['cue', 'cue'],
  ['stance_polarity', 'stance polarity'],
  ['dates', 'dates'],
  ['dates_value', 'date values'],
  ['numbers', 'numbers'],
  ['numbers_value', 'number values'],
  ['sentences', 'sentences'],
  ['boilerplate', 'boilerplate'],
];

const ACCURACIES: readonly (readonly [string, string])[] = [
  ['kind_acc', 'claim kind'],
  ['stated_on_acc', 'time of saying'],
  ['dates_type_acc', 'date type'],
  ['numbers_unit_acc', 'number unit'],
];

function figuresTable(gold: GoldComparison): string {
  const m = gold.metrics;
  const rows = FIGURE_ROWS.filter(([k]) => m[`${k}_f`] !== null && m[`${k}_f`] !== undefined).map(
    ([k, name]) => `<tr><th scope="row">${name}</th><td class="n">${figure(m[`${k}_p`])}</td><td class="n">${figure(m[`${k}_r`])}</td><td class="n">${figure(m[`${k}_f`])}</td></tr>`,
  );
  const accs = ACCURACIES.filter(([k]) => m[k] !== null && m[k] !== undefined).map(([k, name]) => `<tr><th scope="row">${name}</th><td class="n" colspan="3">${figure(m[k])} accuracy</td></tr>`);
  return `<table class="figures"><caption class="visually-hidden">Figures of this article against its gold file</caption><thead><tr><th scope="col">figure</th><th scope="col" class="n">P</th><th scope="col" class="n">R</th><th scope="col" class="n">F</th></tr></thead><tbody>${rows.join('')}${accs.join('')}</tbody></table>`;
}

function issuesSection(gold: GoldComparison, index: IssueIndex): string {
  if (gold.issues.length === 0) return '<h2 id="issues-h">Errors</h2><p>None: the result agrees with the gold file.</p>';
  const layers = [...new Set(gold.issues.map((i) => i.layer))];
  const blocks = layers.map((layer) => {
    const items = gold.issues
      .filter((i) => i.layer === layer)
      .map((i) => {
        const shown = i.issue === 'spurious' ? i.predicted : (i.gold ?? i.predicted);
        const anchor = index.anchor(i);
        const what = shown ? `“${escapeHtml(clip(shown.text, 90))}”${shown.label ? ` <span class="detail">[${escapeHtml(shown.label)}]</span>` : ''}` : '';
        return `<li><span class="tag ${i.issue === 'missed' || i.issue === 'spurious' ? 'tag-bad' : 'tag-warn'}">${ISSUE_WORDS[i.issue]}</span> ${what} <span class="detail">${escapeHtml(i.detail)}</span>${anchor ? ` <a href="#${anchor}">show in text</a>` : ''}</li>`;
      });
    return `<h3>${layer} (${items.length})</h3><ul class="issues">${items.join('')}</ul>`;
  });
  return `<h2 id="issues-h">Errors (${gold.issues.length})</h2>${blocks.join('')}`;
}

function legend(gold: boolean): string {
  const items = [
    '<mark class="claim k-direct">direct quote</mark>',
    '<mark class="claim k-mixed">mixed quote</mark>',
    '<mark class="claim k-indirect">indirect speech</mark>',
    '<mark class="claim k-assertion">assertion (the writer)</mark>',
    '<span class="speaker">speaker</span>',
    '<span class="cue">cue</span>',
    '<span class="date">date</span> and <span class="num">number</span>: hover or focus for the value',
    '<span class="s-boilerplate">boilerplate</span>',
  ];
  if (gold) items.push('<span class="miss">missed gold item</span>', '<span class="spurious">spurious</span>', '<span class="wrong">wrong value or label</span>');
  return `<ul class="legend" aria-label="Legend">${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

function header(input: ArticleInput, title: string): string {
  const { result } = input;
  const d = result.doc;
  const links: string[] = [];
  if (input.index) links.push(`<li><a href="${escapeHtml(input.index)}">All articles</a></li>`);
  if (input.prev) links.push(`<li><a rel="prev" href="${escapeHtml(input.prev.href)}">← ${escapeHtml(input.prev.label)}</a></li>`);
  if (input.next) links.push(`<li><a rel="next" href="${escapeHtml(input.next.href)}">${escapeHtml(input.next.label)} →</a></li>`);
  const meta = [
    `article ${escapeHtml(d.id)}`,
    d.date ? `published ${escapeHtml(d.date)}` : 'no publication date',
    d.source ? escapeHtml(d.source) : null,
    `${d.length} characters`,
    `${result.claims.length} claims`,
    `${result.dates.length} dates`,
    `${result.numbers.length} numbers`,
    input.pipeline ? `pipeline ${escapeHtml(input.pipeline)}` : null,
    input.gold ? 'compared with gold' : null,
  ].filter((x): x is string => x !== null);
  const notes = [
    ...(input.notes ?? []).map((n) => `<li class="msg-warning">${escapeHtml(n)}</li>`),
    ...result.messages.map((m) => `<li class="msg-${m.level}">${m.level} ${escapeHtml(m.code)}: ${escapeHtml(m.message)}</li>`),
  ];
  return `<header>${links.length > 0 ? `<nav aria-label="Pages"><ul>${links.join('')}</ul></nav>` : ''}<h1>${escapeHtml(title)}</h1><p class="meta">${meta.map((m) => `<span>${m}</span>`).join('')}</p>${notes.length > 0 ? `<ul class="messages" aria-label="Notes and messages">${notes.join('')}</ul>` : ''}</header>`;
}

export function renderArticle(input: ArticleInput): string {
  const { result, text } = input;
  const gold = input.gold ?? null;
  const index = indexIssues(result, gold);
  const title = articleTitle(result, text);
  const claims = result.claims.map((c, ci) => claimItem(result, c, ci, gold, index));
  const side: string[] = [];
  if (gold) side.push(`<h2 id="gold-h">Against the gold file</h2>${figuresTable(gold)}`, issuesSection(gold, index));
  side.push(`<h2 id="claims-h">Claims (${result.claims.length})</h2>`, claims.length > 0 ? `<ol class="claims" aria-labelledby="claims-h">${claims.join('')}</ol>` : '<p>No claims.</p>');
  if (gold?.claims) {
    const golds = gold.gold.claims.map((g, gi) => goldItem(g, gi, result, gold));
    side.push(`<h2 id="golds-h">Gold claims (${golds.length})</h2>`, golds.length > 0 ? `<ol class="golds" aria-labelledby="golds-h">${golds.join('')}</ol>` : '<p>No gold claims.</p>');
  }
  const body = [
    '<a class="skip" href="#text">Skip to the article text</a>',
    header(input, title),
    '<div class="layout">',
    `<main id="text" aria-labelledby="text-h" tabindex="-1"><h2 id="text-h">Article text</h2>${legend(gold !== null)}<div class="text">${markup(text, marks(result, gold, index), textRun)}</div></main>`,
    `<aside aria-label="Claims${gold ? ' and gold' : ''}">${side.join('\n')}</aside>`,
    '</div>',
    `<footer><p class="keys">Keys: <kbd>j</kbd> / <kbd>k</kbd> next / previous claim, <kbd>Tab</kbd> to dates and numbers, <kbd>Esc</kbd> clears the highlight.</p><p>claimkit render, output schema version ${result.schemaVersion}.</p></footer>`,
  ].join('\n');
  return page({ title: `${result.doc.id}: ${title} · claimkit`, body, kind: 'article' });
}
