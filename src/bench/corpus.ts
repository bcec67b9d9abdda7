/**
 * The benchmarks' corpus: the seed articles (corpus/articles) and, when
 * present, the texts of ../shared/data (PolNeAR, TimeBank, AQUAINT),
 * repeated as variations (body paragraphs reordered, digits shifted) to the
 * size wanted, written one article at a time to a JSON Lines file, the input
 * of a batch run.
 */
import { once } from 'node:events';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The project root: npm runs scripts there. */
const root = process.cwd();
const shared = join(root, '..', 'shared', 'data');

export interface Base {
  readonly text: string;
  readonly date: string;
}

const txtFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f)) : []);

/** The texts the corpus is made from: seeds always, the external corpora when ../shared/data is there. */
export function bases(): { texts: Base[]; sources: string[] } {
  const manifest = JSON.parse(readFileSync(join(root, 'corpus', 'manifest.json'), 'utf8')) as { id: string; date: string | null }[];
  const dates = new Map(manifest.map((m) => [m.id, m.date]));
  const seeds = txtFiles(join(root, 'corpus', 'articles')).map((f) => ({ text: readFileSync(f, 'utf8'), date: dates.get(basename(f, '.txt')) ?? '2024-01-15' }));
  const polnear = ['train', 'dev'].flatMap((part) => txtFiles(join(shared, 'polnear', part, 'text'))).map((f) => ({
    text: readFileSync(f, 'utf8'),
    date: /_(\d{4}-\d{2}-\d{2})_/.exec(f)?.[1] ?? '2016-11-01',
  }));
  const timeml = ['TimeBank', 'AQUAINT'].flatMap((part) => {
    const dir = join(shared, 'timeml', part);
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.tml')).sort().map((f) => join(dir, f)) : [];
  }).map((f) => {
    const xml = readFileSync(f, 'utf8');
    const text = (/<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '').replace(/<[^<>]{1,500}>/g, '').trim();
    return { text, date: /<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? '1998-01-01' };
  });
  const sources = [`${seeds.length} seeds`, ...(polnear.length ? [`${polnear.length} PolNeAR`] : []), ...(timeml.length ? [`${timeml.length} TimeBank/AQUAINT`] : [])];
  return { texts: [...seeds, ...polnear, ...timeml].filter((b) => b.text.length > 0), sources };
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Variation `round` of a text: the first paragraph (headline, lede) stays, the others are reordered, digits shift. */
function vary(text: string, round: number, seed: number): string {
  if (round === 0) return text;
  const next = random(seed);
  const [head = '', ...body] = text.split(/\n\s*\n/);
  for (let i = body.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [body[i], body[j]] = [body[j] ?? '', body[i] ?? ''];
  }
  return [head, ...body].join('\n\n').replace(/\d/g, (d) => String((Number(d) + round) % 10));
}

/** `n` articles made from the texts, written to `file` as JSON Lines (`{"id", "text", "date"}`), one at a time. */
export async function writeCorpus(file: string, texts: readonly Base[], n: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    const base = texts[i % texts.length];
    if (!base) break;
    const line = `${JSON.stringify({ id: `a${i}`, text: vary(base.text, Math.floor(i / texts.length), i), date: base.date })}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

