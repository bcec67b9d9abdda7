/** The readable error report (markdown): per article, each missed, spurious and wrong item with the sentence it sits in. */
import { clip } from '../text/clip.js';
import type { DocReport, Issue, ReportSpan } from './types.js';

const MAX = 240;

const show = (s: ReportSpan | null): string => (s ? `"${clip(s.text, MAX + 1)}"${s.label ? ` [${s.label}]` : ''}` : '');

function line(i: Issue): string {
  const what = i.issue === 'spurious' ? show(i.predicted) : show(i.gold ?? i.predicted);
  const predicted = i.gold && i.predicted && i.issue !== 'spurious' ? `\n  predicted ${show(i.predicted)}` : '';
  const sentence = i.sentence && i.sentence !== clip((i.gold ?? i.predicted)?.text ?? '', MAX + 1) ? `\n  > ${i.sentence}` : '';
  return `- **${i.issue}** ${what}${predicted}\n  ${i.detail}${sentence}`;
}

export interface ReportHeader {
  readonly goldset: string;
  readonly pipeline: string;
  readonly notes?: readonly string[];
}

export function formatReport(report: readonly DocReport[], header: ReportHeader): string {
  const out: string[] = [`# Error report: ${header.goldset}, pipeline ${header.pipeline}`, ''];
  const counts = new Map<string, number>();
  for (const d of report) for (const i of d.issues) counts.set(`${i.layer} ${i.issue}`, (counts.get(`${i.layer} ${i.issue}`) ?? 0) + 1);
  const failed = report.filter((d) => d.error !== null).length;
  out.push(`${report.length} article(s)${failed > 0 ? `, ${failed} failed in the pipeline` : ''}.`, '');
  if (counts.size > 0) {
    out.push('| layer | issue | count |', '| --- | --- | --- |');
    for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) {
      const [layer, issue] = k.split(' ');
      out.push(`| ${layer} | ${issue} | ${n} |`);
    }
    out.push('');
  }
  if (header.notes && header.notes.length > 0) out.push('Notes:', '', ...header.notes.map((n) => `- ${n}`), '');
  for (const d of report) {
    if (d.issues.length === 0 && d.error === null) continue;
    out.push(`## ${d.id}${d.source ? ` (${d.source})` : ''}`, '');
    if (d.error !== null) out.push(`Pipeline error: ${d.error}`, '');
    const layers = [...new Set(d.issues.map((i) => i.layer))];
    for (const layer of layers) {
      out.push(`### ${layer}`, '', ...d.issues.filter((i) => i.layer === layer).map(line), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
