/**
 * Review pages: self-contained HTML (inline CSS, one small inline script, no
 * network) from results, optionally compared with gold. Pure functions from
 * data to HTML strings; `claimkit render` (src/cli/render.ts) reads and writes the files.
 */
export { articleMarks, articleTitle, claimAnchorId, renderArticle } from './article.js';
export type { ArticleInput, PageLink } from './article.js';
export { compareWithGold, goldSetFigures } from './gold.js';
export type { GoldComparison } from './gold.js';
export { escapeHtml } from './html.js';
export { renderIndex } from './index-page.js';
export type { IndexEntry, IndexInput } from './index-page.js';
export { markup } from './markup.js';
export type { Mark } from './markup.js';
export { matchesResult, rebuildText, UNKNOWN } from './text.js';
export { renderTimeline } from './timeline.js';
