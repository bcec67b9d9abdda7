/**
 * `npm run bench:stages`: what each stage costs against a bare wink-nlp pass
 * over the same texts, in one run (the ratios the issues set: dates and
 * numbers together at most 0.5 of the wink-nlp pass; quotes, tokens,
 * attribution and speakers together at most 1.0). Every text of the
 * benchmark corpus once per round; rounds alternate wink-nlp and claimkit so
 * load falls on both.
 *
 *   npm run bench:stages [-- --rounds 3] [--pipeline NAME]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createDoc, type Doc } from '../core/document.js';
import { PipelineDefinitionSchema } from '../schema/config.js';
import { pipelines } from '../../pipelines/index.js';
import { createRegistry } from '../stages/index.js';
import { bases } from './corpus.js';

const GROUPS: Readonly<Record<string, readonly string[]>> = {
  'dates + numbers': ['dates', 'numbers'],
  'quotes + tokens + attribution + speakers': ['quotes', 'tokens', 'attribution', 'speakers'],
};

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, pipeline: { type: 'string', default: 'default' } } });
const definition = PipelineDefinitionSchema.parse(pipelines[values.pipeline]);
const registry = createRegistry();
const stages = definition.stages.map((s) => {
  const stage = registry.get(s.name);
  return { name: s.name, fn: stage.create(stage.options.parse(s.options)) };
});
const { texts, sources } = bases();
const chars = texts.reduce((n, t) => n + t.text.length, 0);
const nlp = winkNLP(model);
const ctx = { pipeline: definition.name };
const cost = new Map<string, number>([['wink-nlp', 0], ...stages.map((s): [string, number] => [s.name, 0])]);
const add = (name: string, ms: number) => cost.set(name, (cost.get(name) ?? 0) + ms);

for (let round = 0; round < Number(values.rounds); round++) {
  let started = performance.now();
  for (const { text } of texts) {
    const doc = nlp.readDoc(text);
    if (doc.tokens().length() + doc.sentences().length() < 0) throw new Error('unreachable');
  }
  add('wink-nlp', performance.now() - started);
  for (const { text, date } of texts) {
    let doc: Doc = createDoc({ text, date, id: 'bench' });
    for (const stage of stages) {
      started = performance.now();
      doc = stage.fn(doc, ctx);
      add(stage.name, performance.now() - started);
    }
  }
}

const floor = cost.get('wink-nlp') ?? 1;
const mbps = (ms: number) => ((chars * Number(values.rounds)) / 1e6 / (ms / 1000)).toFixed(2);
const row = (name: string, ms: number) => console.log(`${name.padEnd(42)}${mbps(ms).padStart(8)}${(ms / floor).toFixed(2).padStart(10)}`);
console.log(`claimkit stage costs: ${texts.length} texts (${sources.join(', ')}), ${(chars / 1e6).toFixed(2)} MB, ${values.rounds} rounds, pipeline ${definition.name}\n`);
console.log(`${'pass'.padEnd(42)}${'MB/s'.padStart(8)}${'× wink'.padStart(10)}`);
for (const [name, ms] of cost) row(name, ms);
console.log('');
for (const [group, names] of Object.entries(GROUPS)) row(group, names.reduce((n, s) => n + (cost.get(s) ?? 0), 0));
row('claimkit (all stages)', stages.reduce((n, s) => n + (cost.get(s.name) ?? 0), 0));
