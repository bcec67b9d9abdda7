/**
 * The document shell shared by every page: one stylesheet and one small
 * script, both inline, and a Content-Security-Policy that allows exactly
 * those two (by hash) and nothing from the network.
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from './html.js';
import { SCRIPT } from './script.js';
import { STYLE } from './style.js';

const hash = (source: string): string => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;

const POLICY = [
  "default-src 'none'",
  `style-src ${hash(STYLE)}`,
  `script-src ${hash(SCRIPT)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export interface Shell {
  readonly title: string;
  /** Everything inside <body>. */
  readonly body: string;
  /** A class on <body>, for styles of one page type. */
  readonly kind: 'article' | 'index';
}

export function page({ title, body, kind }: Shell): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="generator" content="claimkit render">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body class="${kind}">
${body}
<script>${SCRIPT}</script>
</body>
</html>
`;
}
