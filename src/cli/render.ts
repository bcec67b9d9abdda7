/**
 * `claimkit render`: review pages from results (or from articles, extracted
 * first): one self-contained HTML page per article and an index page, with
 * the gold set's view when --gold is given.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleRecord } from '../batch/process.js';
import { isUnreadable, type Item } from '../batch/types.js';
import { ClaimkitError } from '../core/errors.js';
import { decodeBytes, DEFAULT_MAX_CHARS } from '../core/input.js';
import { isValidDay, type Pipeline } from '../core/pipeline.js';
import { loadCorpus } from '../eval/corpora.js';
import type { GoldArticle, GoldSet } from '../eval/types.js';
import { articleTitle, renderArticle } from '../render/article.js';
import { compareWithGold, goldSetFigures, type GoldComparison } from '../render/gold.js';
import { slug } from '../render/html.js';
import { renderIndex, type IndexEntry } from '../render/index-page.js';
import { matchesResult, rebuildText } from '../render/text.js';
import type { Result } from '../schema/result.js';
import { filesOf, isResultFile, readResultFile, type ResultRecord } from '../read-results.js';
import { parseSources, readItems } from './input.js';
import { loadPipeline } from '../load-pipeline.js';

export const RENDER_HELP = `Usage: claimkit render <result.json | results.jsonl | article.txt | dir> ... --out DIR [options]

Writes one self-contained HTML review page per article (DIR/<id>.html) and an
index page (DIR/index.html): the article text with every claim highlighted and
linked to its speaker and cue, dates and numbers with their normalised values,
boilerplate greyed, a side list of claims; the index lists the articles and
draws each speaker's stance per target over time. The pages need no network
and no JavaScript to read (j / k move between claims where it runs).

Inputs:
  result.json            a result as \`claimkit extract --out\` writes it
  results.jsonl          results as \`claimkit extract --jsonl\` writes them
  article.txt            an article, extracted first (--pipeline, --date)
  dir/                   every .json result and .txt article directly in it
Error records are listed on the index as failed. A result does not carry its
text: it is read from the result's doc.source (relative to the working folder
or the result file), or the gold set; failing that the page shows only the
spans the result quotes.

Options:
  --out DIR              where to write the pages (required)
  --gold DIR|CORPUS      compare with a gold set folder (or an external corpus
                         name, as for eval): missed, spurious and wrong items
                         are marked, the figures shown
  --pipeline NAME|PATH   pipeline for .txt inputs (default "default")
  --date YYYY-MM-DD      publication date of the .txt inputs (default: the
                         gold file's, a manifest.json beside them, or a
                         leading "date YYYY-MM-DD" line)
  -h, --help             this text

Prints the index page's path. Exit codes: 0 done, 1 usage or input error,
2 some .txt articles could not be extracted (listed as failed).`;

type Input = ({ readonly kind: 'record' } & ResultRecord) | { readonly kind: 'article'; readonly file: string };

function inputsOf(path: string): Input[] {
  return filesOf(path, (name) => isResultFile(name) || name.endsWith('.txt')).flatMap((file): Input[] => {
    const ext = extname(file).toLowerCase();
    if (ext === '.txt') return [{ kind: 'article', file }];
    if (ext === '.json' || ext === '.jsonl' || ext === '.ndjson') return readResultFile(file).map((r) => ({ kind: 'record', ...r }));
    throw new ClaimkitError('E_BAD_INPUT', `${file}: expected a .json result, a .jsonl file of results, a .txt article or a folder`);
  });
}

function readText(path: string): string | null {
  if (!existsSync(path) || !statSync(path).isFile()) return null;
  const decoded = decodeBytes(readFileSync(path));
  return 'error' in decoded ? null : decoded.text;
}

/** The result's article text: the gold set's copy, else doc.source beside the working folder or the result file; else rebuilt from the quoted spans. */
function textOf(result: Result, file: string, gold: GoldArticle | undefined): { text: string; note: string | null } {
  if (gold && matchesResult(result, gold.text)) return { text: gold.text, note: null };
  const source = result.doc.source;
  if (source !== null) {
    const places = [resolve(source), resolve(dirname(file), source), resolve(dirname(file), '..', source)];
    for (const place of new Set(places)) {
      const text = readText(place);
      if (text !== null && matchesResult(result, text)) return { text, note: null };
    }
  }
  const looked = source === null ? 'the result names no source' : `looked for ${source}`;
  return { text: rebuildText(result), note: `The article text was not found (${looked}): only the spans the result quotes are shown.` };
}

/** One input record made ready for a page: a result with its text, or what failed. */
type Loaded =
  | { readonly result: Result; readonly text: string | null; readonly file: string }
  | { readonly result: null; readonly id: string; readonly error: { readonly code: string; readonly message: string }; readonly extraction: boolean };

interface Rendered {
  readonly id: string;
  readonly result: Result | null;
  readonly error: { readonly code: string; readonly message: string } | null;
  readonly text: string;
  readonly notes: readonly string[];
  readonly gold: GoldComparison | null;
}

interface Context {
  readonly set: GoldSet | null;
  readonly goldById: ReadonlyMap<string, GoldArticle>;
  readonly date: string | undefined;
  readonly pipeline: () => Promise<Pipeline>;
}

/** A .txt input's article extracted as a batch run extracts it, with the gold file's date and targets where it has them. */
function extractItem(item: Item, ctx: Context, pipeline: Pipeline): Loaded {
  if (isUnreadable(item)) return { result: null, id: item.id, error: item.error, extraction: true };
  const gold = ctx.goldById.get(item.id)?.gold.doc;
  const article = { ...item, date: ctx.date ?? gold?.date ?? item.date };
  const record = articleRecord(pipeline, article, { maxChars: DEFAULT_MAX_CHARS, targets: gold?.targets });
  return 'error' in record ? { result: null, id: record.doc.id, error: record.error, extraction: true } : { result: record, text: item.text, file: item.source };
}

async function load(input: Input, ctx: Context): Promise<Loaded[]> {
  if (input.kind === 'record') {
    const r = input.record;
    return 'error' in r ? [{ result: null, id: r.doc.id, error: r.error, extraction: false }] : [{ result: r, text: null, file: input.file }];
  }
  const pipeline = await ctx.pipeline();
  const out: Loaded[] = [];
  for await (const item of readItems(parseSources([input.file], 'text'), { date: ctx.date ?? null, stdin: process.stdin })) out.push(extractItem(item, ctx, pipeline));
  return out;
}

function prepare(loaded: Loaded, ctx: Context): Rendered {
  if (loaded.result === null) return { id: loaded.id, result: null, error: loaded.error, text: '', notes: [], gold: null };
  const { result } = loaded;
  const goldArticle = ctx.goldById.get(result.doc.id);
  const notes: string[] = [];
  let text = loaded.text;
  if (text === null) {
    const found = textOf(result, loaded.file, goldArticle);
    text = found.text;
    if (found.note) notes.push(found.note);
  }
  const { gold, note } = compare(result, text, ctx.set, goldArticle);
  if (note) notes.push(note);
  return { id: result.doc.id, result, error: null, text, notes, gold };
}

function compare(result: Result, text: string, set: GoldSet | null, goldArticle: GoldArticle | undefined): { gold: GoldComparison | null; note: string | null } {
  if (!set) return { gold: null, note: null };
  if (!goldArticle) return { gold: null, note: `No gold file for ${result.doc.id} in ${set.name}.` };
  if (goldArticle.text !== text) return { gold: null, note: 'Not compared with gold: the result was made from another version of the article than the gold set\'s.' };
  return { gold: compareWithGold(text, result, goldArticle.gold, set.scoring), note: null };
}

/** Page file names: the id made safe, unique, never index.html. */
function fileNames(ids: readonly string[]): string[] {
  const taken = new Set(['index']);
  return ids.map((id) => {
    const base = slug(id);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    return `${name}.html`;
  });
}

export async function renderCommand(argv: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      gold: { type: 'string' },
      pipeline: { type: 'string' },
      date: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    stdout.write(`${RENDER_HELP}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new ClaimkitError('E_BAD_INPUT', 'no input: give results, .txt articles or folders (see claimkit render --help)');
  if (values.out === undefined) throw new ClaimkitError('E_BAD_INPUT', '--out DIR is required (see claimkit render --help)');
  if (values.date !== undefined && !isValidDay(values.date)) throw new ClaimkitError('E_BAD_DATE', values.date);
  const inputs = positionals.flatMap(inputsOf);
  const set = values.gold === undefined ? null : loadCorpus(values.gold);
  let pipeline: Pipeline | null = null;
  const ctx: Context = {
    set,
    goldById: new Map(set?.articles.map((a) => [a.id, a]) ?? []),
    date: values.date,
    pipeline: async () => (pipeline ??= await loadPipeline(values.pipeline ?? 'default')),
  };
  const loaded: Loaded[] = [];
  for (const input of inputs) loaded.push(...(await load(input, ctx)));
  const failed = loaded.filter((l) => l.result === null && l.extraction).length;
  const rendered = loaded.map((l) => prepare(l, ctx));
  const pipelineName = pipeline === null ? null : (pipeline as Pipeline).name;

  const names = fileNames(rendered.map((r) => r.id));
  const files = rendered.map((r, i) => (r.result ? (names[i] as string) : null));
  const pages = rendered.flatMap((r, i) => (r.result ? [{ r, result: r.result, file: names[i] as string }] : []));
  mkdirSync(values.out, { recursive: true });
  pages.forEach(({ r, result, file }, i) => {
    const prev = pages[i - 1];
    const next = pages[i + 1];
    const html = renderArticle({
      result,
      text: r.text,
      gold: r.gold,
      notes: r.notes,
      index: 'index.html',
      prev: prev ? { href: prev.file, label: prev.r.id } : null,
      next: next ? { href: next.file, label: next.r.id } : null,
      pipeline: pipelineName,
    });
    writeFileSync(join(values.out as string, file), html);
  });

  const compared = rendered.flatMap((r) => (r.gold ? [r.gold] : []));
  const entries: IndexEntry[] = rendered.map((r, i) => ({
    id: r.id,
    file: files[i] ?? null,
    title: r.result ? articleTitle(r.result, r.text) : '',
    result: r.result,
    error: r.error,
    metrics: r.gold?.metrics ?? null,
  }));
  const index = join(values.out, 'index.html');
  writeFileSync(
    index,
    renderIndex({
      entries,
      gold: set ? { name: set.name, metrics: goldSetFigures(compared) } : null,
      pipeline: pipelineName,
    }),
  );
  const skipped = rendered.length - pages.length;
  stderr.write(
    `claimkit render: ${pages.length} article page(s)${compared.length > 0 ? ` (${compared.length} compared with gold)` : ''}${skipped > 0 ? `, ${skipped} failed article(s) listed` : ''} and the index written to ${values.out}\n`,
  );
  stdout.write(`${index}\n`);
  return failed > 0 ? 2 : 0;
}
