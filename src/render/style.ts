/**
 * The pages' stylesheet. Every colour that carries meaning comes with text
 * (a label or a tag), colours keep a contrast of at least 4.5:1 for text, and
 * print drops the navigation and shows normalised values inline.
 */
export const STYLE = `
:root {
  --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --paper: #fff; --wash: #f6f8fa;
  --direct: #cfe3ff; --mixed: #e6dcff; --indirect: #fff0b3; --assertion: #e3e8ee;
  --speaker: #0b4fb3; --cue: #9a4a00; --date: #0b6e7f; --number: #6d35c9;
  --favor-bg: #d3f5df; --favor: #0f5e2e; --against-bg: #ffdcdc; --against: #9b1c1c;
  --neutral-bg: #e8eaed; --neutral: #3b4149; --bad: #c21f1f; --warn: #a04b00;
}
* { box-sizing: border-box; }
html { color: var(--ink); background: var(--paper); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
body { margin: 0; }
a { color: #0a54c2; }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid #1f6feb; outline-offset: 2px; }
h1 { font-size: 1.45rem; line-height: 1.3; margin: .2rem 0 .4rem; }
h2 { font-size: 1.1rem; margin: 1.2rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
.skip { position: absolute; left: -10000px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--paper); padding: .4rem .6rem; z-index: 10; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
body > header, body > footer { padding: .8rem 1.5rem; background: var(--wash); border-bottom: 1px solid var(--line); }
body > footer { border-top: 1px solid var(--line); border-bottom: 0; color: var(--muted); font-size: .85rem; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; margin: 0; padding: 0; font-size: .9rem; }
.meta { color: var(--muted); margin: 0; font-size: .9rem; }
.meta span + span::before { content: " · "; }
.messages { margin: .5rem 0 0; padding-left: 1.2rem; font-size: .9rem; }
.msg-warning, .msg-error { color: var(--warn); }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(18rem, 26rem); gap: 0 2rem; padding: 0 1.5rem; }
.layout > aside { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; padding-bottom: 2rem; }
@media (max-width: 60rem) { .layout { grid-template-columns: minmax(0, 1fr); } .layout > aside { position: static; max-height: none; } }
.legend { display: flex; flex-wrap: wrap; gap: .3rem .9rem; padding: 0; margin: 0 0 .8rem; list-style: none; font-size: .85rem; color: var(--muted); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font: 1.05rem/1.9 Georgia, "Times New Roman", serif; max-width: 48rem; }
.gap { color: var(--muted); background: var(--wash); border: 1px dashed var(--line); border-radius: 3px; padding: 0 .2em; font-family: system-ui, sans-serif; font-size: .8em; }
.s-headline { font-weight: 700; font-size: 1.3em; line-height: 1.4; }
.s-boilerplate { color: #5f6670; font-style: italic; }
.claim { border-radius: 2px; padding: .1em 0; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.claim .claim { box-shadow: inset 0 -3px 0 rgba(0, 0, 0, .35); }
.k-direct { background: var(--direct); }
.k-mixed { background: var(--mixed); }
.k-indirect { background: var(--indirect); }
.k-assertion { background: var(--assertion); }
.claim.lit, .claim:target { outline: 2px solid #1f6feb; }
.speaker { color: var(--speaker); font-weight: 600; border-bottom: 2px solid var(--speaker); }
.cue { color: var(--cue); font-style: italic; border-bottom: 2px dotted var(--cue); }
.speaker.lit, .cue.lit { background: #fff8c5; outline: 2px solid currentColor; }
.date, .num { position: relative; border-radius: 3px; padding: 0 .1em; cursor: help; }
.date { border: 1px solid var(--date); }
.num { border: 1px dashed var(--number); }
.pop { display: none; position: absolute; left: 0; top: calc(100% + 2px); z-index: 5; min-width: max-content; background: #1f2328; color: #fff; border-radius: 4px; padding: .15em .5em; font: 600 .78rem/1.5 system-ui, sans-serif; font-style: normal; white-space: nowrap; box-shadow: 0 2px 6px rgba(0, 0, 0, .3); }
.date:hover > .pop, .date:focus > .pop, .num:hover > .pop, .num:focus > .pop, .miss:focus > .pop,
.miss:hover:not(:has(.date:hover, .num:hover, .miss:hover)) > .pop { display: block; }
.lbl { display: inline-block; margin: 0 .15em; padding: 0 .3em; border-radius: 3px; background: #eaeef2; color: var(--neutral); font: 600 .62rem/1.5 system-ui, sans-serif; font-style: normal; vertical-align: .55em; white-space: nowrap; }
.lbl-speaker { background: #dbe7fb; color: var(--speaker); }
.lbl-cue { background: #fbe7d3; color: var(--cue); }
.lbl-bad { background: var(--bad); color: #fff; }
.lbl-warn { background: #ffe3c2; color: var(--warn); }
.spurious { outline: 2px solid var(--bad); outline-offset: 1px; }
.wrong { text-decoration: underline wavy var(--warn); text-decoration-skip-ink: none; text-underline-offset: .3em; }
.miss { position: relative; background: repeating-linear-gradient(135deg, #fff 0 4px, #ffe0e0 4px 8px); border-bottom: 2px dashed var(--bad); }
.claims, .golds, .issues { list-style: none; margin: 0; padding: 0; }
.claims > li, .golds > li { border: 1px solid var(--line); border-left: 6px solid var(--assertion); border-radius: 6px; margin: 0 0 .6rem; padding: .45rem .6rem; font-size: .9rem; }
.claims > li.lit { border-color: #1f6feb; box-shadow: 0 0 0 1px #1f6feb; }
.claims > li.k-direct { border-left-color: #5b9cf6; background: none; }
.claims > li.k-mixed { border-left-color: #9a7cf0; background: none; }
.claims > li.k-indirect { border-left-color: #e0b400; background: none; }
.claims > li.k-assertion { border-left-color: #9aa5b1; background: none; }
.golds > li.missed { border-left-color: var(--bad); }
.golds > li.matched { border-left-color: #2f9e5b; }
.row { margin: .1rem 0; }
.who { font-weight: 600; }
.quote { margin: .25rem 0; color: var(--muted); font-family: Georgia, serif; }
.tags { display: flex; flex-wrap: wrap; gap: .25rem; margin: .3rem 0 0; }
.tag { display: inline-block; padding: 0 .45em; border-radius: 999px; border: 1px solid var(--line); background: var(--paper); color: var(--neutral); font-size: .78rem; line-height: 1.6; }
.tag-favor { background: var(--favor-bg); color: var(--favor); border-color: #8fd6a8; }
.tag-against { background: var(--against-bg); color: var(--against); border-color: #f0a3a3; }
.tag-neutral { background: var(--neutral-bg); color: var(--neutral); }
.tag-none { border-style: dashed; color: var(--muted); }
.tag-target { background: #eef4ff; color: #1a4b8f; border-color: #b6cdf3; }
.tag-marked { background: #fff4d6; color: #7a4d00; border-color: #edcd7a; }
.tag-bad { background: var(--bad); color: #fff; border-color: var(--bad); }
.tag-warn { background: #ffe3c2; color: var(--warn); border-color: #f0b878; }
.tag-ok { background: var(--favor-bg); color: var(--favor); border-color: #8fd6a8; }
.issues > li { border-top: 1px solid var(--line); padding: .35rem 0; font-size: .88rem; }
.issues .detail { color: var(--muted); }
table { border-collapse: collapse; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
th { background: var(--wash); }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tfoot td { font-weight: 700; }
.figures { margin: .6rem 0 0; }
.figures td, .figures th { padding: .15rem .5rem; }
.index main { padding: 0 1.5rem 2rem; }
.index .failed td { color: var(--bad); }
.timeline { margin: 1rem 0 2rem; }
.timeline > svg { display: block; max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
.timeline figcaption { color: var(--muted); font-size: .9rem; margin: .3rem 0; }
.timeline .lane-label { fill: var(--ink); }
.timeline .axis { stroke: #8c959f; }
.timeline .grid { stroke: #e6e9ed; }
.timeline .tick { fill: var(--muted); }
.timeline .spine { stroke: #c2c8cf; stroke-width: 2; }
.timeline a:focus-visible .mark { stroke: #1f6feb; stroke-width: 3; }
.m-favor { fill: #1a7f3c; stroke: #1a7f3c; }
.m-against { fill: #c21f1f; stroke: #c21f1f; }
.m-neutral { fill: #6b7280; stroke: #6b7280; }
.m-none { fill: #fff; stroke: #6b7280; stroke-width: 1.5; }
.m-published { fill: #fff; stroke-width: 2; }
.key { display: flex; flex-wrap: wrap; gap: .3rem 1rem; list-style: none; padding: 0; margin: .3rem 0; font-size: .85rem; }
.key svg { display: inline; vertical-align: -3px; }
.nowrap { white-space: nowrap; }
details > summary { cursor: pointer; color: #0a54c2; margin: .3rem 0; }
kbd { border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 4px; padding: 0 .3em; font-size: .8em; background: var(--paper); }
@media print {
  html { font-size: 11pt; }
  nav, .skip, .pop, body > footer .keys, details > summary { display: none; }
  details::details-content { content-visibility: visible; display: block; }
  .layout { display: block; padding: 0; }
  .layout > aside { position: static; max-height: none; overflow: visible; }
  body > header { background: none; }
  .claims > li, .golds > li, tr { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .date[data-value]::after, .num[data-value]::after { content: " [" attr(data-value) "]"; font: .7em system-ui, sans-serif; color: var(--muted); }
  a { color: inherit; text-decoration: none; }
}
`;
