/// <reference lib="dom" />
/**
 * The review pages in a real browser: Debian's Chromium driven by
 * playwright-core (never a browser download), one launch for the file.
 * Skipped, saying why, where /usr/bin/chromium is not installed.
 * Screenshots of each page type go to output/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Writable } from 'node:stream';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCommand } from '../../src/cli/render.js';
import { summarise } from '../../src/summary/stance.js';
import type { Gold } from '../../src/schema/gold.js';
import type { Result } from '../../src/schema/result.js';
import { CORPUS, missableSpan, plantClaim, seedResult } from '../render/fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
const SEEDS = ['000', '001', '002', '003', '004'];
const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'output', 'screenshots');
const present = existsSync(CHROMIUM);
if (!present) console.warn(`browser tests skipped: ${CHROMIUM} is missing (Debian: apt-get install -y chromium)`);

const quiet = (): Writable => new Writable({ write: (_chunk, _enc, done) => done() });

async function render(args: string[]): Promise<void> {
  const code = await renderCommand(args, quiet(), quiet());
  if (code !== 0) throw new Error(`claimkit render ${args.join(' ')} exited ${code}`);
}

interface Opened {
  readonly page: Page;
  readonly requests: string[];
  readonly problems: string[];
}

describe.skipIf(!present)(present ? 'review pages in Chromium' : `review pages in Chromium: SKIPPED, ${CHROMIUM} is missing (apt-get install -y chromium)`, { timeout: 60_000 }, () => {
  let dir = '';
  const seeds = new Map<string, Result>();
  let planted = '';
  let context: BrowserContext;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claimkit-browser-'));
    const results = join(dir, 'results');
    mkdirSync(results);
    for (const id of SEEDS) {
      const { result } = seedResult(id);
      seeds.set(id, result);
      writeFileSync(join(results, `${id}.json`), JSON.stringify({ ...result, doc: { ...result.doc, source: join(CORPUS, 'articles', `${id}.txt`) } }));
    }
    await render([results, '--out', join(dir, 'plain')]);

    const goldset = join(dir, 'goldset');
    mkdirSync(join(goldset, 'articles'), { recursive: true });
    mkdirSync(join(goldset, 'gold'));
    const text = readFileSync(join(CORPUS, 'articles', '000.txt'), 'utf8');
    const where = missableSpan(text, seeds.get('000') as Result);
    planted = where.text;
    const gold = plantClaim(JSON.parse(readFileSync(join(CORPUS, 'gold', '000.json'), 'utf8')) as Gold, where);
    writeFileSync(join(goldset, 'articles', '000.txt'), text);
    writeFileSync(join(goldset, 'gold', '000.json'), JSON.stringify(gold));
    writeFileSync(join(goldset, 'manifest.json'), JSON.stringify([{ id: '000', date: gold.doc.date }]));
    await render([join(results, '000.json'), '--gold', goldset, '--out', join(dir, 'gold')]);

    mkdirSync(SCREENSHOTS, { recursive: true });
    context = await chromium.launchPersistentContext(join(dir, 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1280, height: 900 },
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(file: string): Promise<Opened> {
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.goto(pathToFileURL(file).href);
    return { page, requests, problems };
  }

  /** A full-page screenshot tall enough for the side column, which scrolls on its own on screen. */
  async function screenshot(page: Page, name: string): Promise<void> {
    const tall = await page.evaluate(() => {
      const aside = document.querySelector('aside');
      return aside ? aside.scrollHeight + aside.getBoundingClientRect().top + window.scrollY : 0;
    });
    const { width, height } = page.viewportSize() ?? { width: 1280, height: 900 };
    if (tall > height) await page.setViewportSize({ width, height: Math.ceil(tall) });
    await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
    await page.setViewportSize({ width, height });
  }

  it('opens the seed 000 page with no console errors and no network requests, showing every claim', async () => {
    const result = seeds.get('000') as Result;
    const file = join(dir, 'plain', '000.html');
    const { page, requests, problems } = await open(file);
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(result.claims.length).toBeGreaterThan(0);
    await expect(page.locator('.claims > li').count()).resolves.toBe(result.claims.length);
    for (const c of result.claims) {
      const shown = await page.evaluate((key) =>
        Array.from(document.querySelectorAll(`.text [data-claim="${key}"]`))
          .map((piece) => {
            const copy = piece.cloneNode(true) as Element;
            for (const extra of Array.from(copy.querySelectorAll('.lbl, .pop'))) extra.remove();
            return copy.textContent;
          })
          .join(''),
      c.id);
      expect(shown, c.id).toBe(c.content.text);
      expect(await page.locator(`[id="c-${c.id}"]`).isVisible()).toBe(true);
    }
    await screenshot(page, 'article.png');
    await page.close();
  });

  it('reveals a date\'s normalised value on hover and on focus', async () => {
    const result = seeds.get('000') as Result;
    const date = result.dates[0];
    expect(date).toBeDefined();
    const { page } = await open(join(dir, 'plain', '000.html'));
    const mark = page.locator(`[id="d-${date?.start}-${date?.end}"]`);
    const pop = page.locator(`[id="d-${date?.start}-${date?.end}-pop"]`);
    expect(await pop.isVisible()).toBe(false);
    await mark.hover();
    expect(await pop.isVisible()).toBe(true);
    expect(await pop.textContent()).toContain(date?.value);
    await screenshot(page, 'article-hover.png');
    await page.mouse.move(0, 0);
    expect(await pop.isVisible()).toBe(false);
    await mark.focus();
    expect(await pop.isVisible()).toBe(true);
    await page.close();
  });

  it('moves between claims with j and k, lighting up the speaker', async () => {
    const result = seeds.get('000') as Result;
    const [first, second] = result.claims;
    const { page } = await open(join(dir, 'plain', '000.html'));
    const active = (): Promise<string | null> => page.evaluate(() => document.activeElement?.id ?? null);
    await page.keyboard.press('j');
    expect(await active()).toBe(`c-${first?.id}`);
    if (first?.speaker) expect(await page.locator(`[id="sp-${first.speaker.start}-${first.speaker.end}"]`).getAttribute('class')).toContain('lit');
    if (second) {
      await page.keyboard.press('j');
      expect(await active()).toBe(`c-${second.id}`);
      await page.keyboard.press('k');
      expect(await active()).toBe(`c-${first?.id}`);
    }
    await page.close();
  });

  it('marks the planted miss in the gold view', async () => {
    const { page, requests, problems } = await open(join(dir, 'gold', '000.html'));
    expect(problems).toEqual([]);
    expect(requests).toHaveLength(1);
    const miss = page.locator('.text .miss[data-layer="claims"]').filter({ hasText: planted.slice(0, 25) });
    await expect(miss.count()).resolves.toBe(1);
    expect(await miss.isVisible()).toBe(true);
    expect(await miss.locator('.lbl').first().textContent()).toBe('missed claim');
    await expect(page.locator('.golds > li.missed').count()).resolves.toBeGreaterThanOrEqual(1);
    await screenshot(page, 'article-gold.png');
    await page.close();
  });

  it('lists the batch on the index with a stance timeline in SVG whose markers open the claims', async () => {
    const file = join(dir, 'plain', 'index.html');
    const { page, requests, problems } = await open(file);
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    for (const id of SEEDS) expect(await page.locator(`a[href="${id}.html"]`).count()).toBe(1);
    const summary = summarise([...seeds.values()]);
    expect(summary.targets.length).toBeGreaterThan(0);
    expect(await page.locator('figure.timeline > svg').count()).toBe(summary.targets.length);
    const dated = summary.targets.flatMap((t) => t.speakers.flatMap((s) => s.claims.filter((c) => c.date !== null)));
    expect(await page.locator('figure.timeline > svg a').count()).toBe(dated.length);
    expect(await page.locator('figure.timeline > svg').first().isVisible()).toBe(true);
    await screenshot(page, 'index.png');
    const marker = page.locator('figure.timeline > svg a').first();
    const href = await marker.getAttribute('href');
    await marker.click();
    await page.waitForURL((url) => url.href.endsWith(href ?? '?'));
    expect(await page.evaluate(() => location.hash)).toMatch(/^#c-/);
    await page.close();
  });
});
