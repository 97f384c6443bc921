/**
 * Shows the built extension working: loads it into headless Chromium, opens the bundled sample news page and
 * the extension's own pages, and saves a screenshot of each to artifacts/demo/. Prints what it saw.
 *
 * Side panels are not shown by a headless browser, so the panel's views are opened as pages on their deep
 * links, at a side panel's width.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import {
  extensionUrl,
  launchExtension,
  ROOT,
  servePages,
  waitFor,
  waitForArchiveReady,
  waitForPageReport,
} from './lib/extension-harness';
import { chromiumCard } from './lib/card-reader';

const OUT = join(ROOT, 'artifacts', 'demo');
const POPUP = { width: 400, height: 600 };
const PANEL = { width: 400, height: 860 };

/** Hovers the first "孙大军" in the article and waits for its card; false when no card opens. */
async function hoverCard(news: Page): Promise<boolean> {
  const box = await news.evaluate(() => {
    const walker = document.createTreeWalker(
      document.querySelector('article') ?? document.body,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf('孙大军') ?? -1;
      if (at < 0 || node.parentElement?.closest('h1')) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 3);
      const rect = range.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }
    return null;
  });
  if (!box) return false;
  await news.mouse.move(box.x, box.y);
  try {
    await chromiumCard.waitOpen(news, { timeoutMs: 4000 }); // with its data
    return true;
  } catch {
    return false;
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const harness = await launchExtension();
  const server = await servePages();
  const shots: string[] = [];
  const shoot = async (page: Page, name: string, fullPage = false) => {
    const file = join(OUT, `${name}.png`);
    await page.screenshot({ path: file, fullPage });
    shots.push(file);
  };
  const open = async (path: string, size: { width: number; height: number }) => {
    const page = await harness.context.newPage();
    await page.setViewportSize(size);
    await page.goto(extensionUrl(harness, path));
    await page.locator('h1').waitFor();
    return page;
  };
  try {
    const news = await harness.context.newPage();
    const url = `${server.origin}/news-portal.html`;
    await news.goto(url);
    const { tabId, ...report } = await waitForPageReport(harness, url, { what: 'the content script report' });
    console.log(`sample page: names Lüliang ${report.mentions} times, ${report.entities} archive entities`);
    await shoot(news, '1-news-page');

    // The popup with a query typed: people first, then articles with the matched terms marked.
    const popup = await open(`popup.html?tab=${tabId}`, POPUP);
    await waitForArchiveReady(popup);
    const query = '孙大军';
    await popup.getByRole('combobox', { name: /搜索档案|Search the archive/ }).pressSequentially(query);
    await popup
      .locator(`.ll-search-body[data-state=ready][data-query="${query}"]`)
      .waitFor({ timeout: 20_000 });
    await popup.locator('[role=option] .ll-post').first().waitFor();
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    const results = await popup.locator('[role=option]').count();
    console.log(`popup: “${query}” → ${results} results`);
    await shoot(popup, '2-popup');
    await popup.close();

    const timeline = await open('sidepanel.html?entity=孙大军', PANEL);
    await timeline.locator('.ll-person-posts li').first().waitFor();
    await timeline.locator('.ll-timeline svg').waitFor();
    console.log(
      `side panel timeline: ${(await timeline.locator('.ll-person-posts summary').first().textContent())?.trim()}`,
    );
    await shoot(timeline, '3-sidepanel-timeline');
    await timeline.close();

    const options = await open('options.html', { width: 800, height: 600 });
    await options.waitForTimeout(300);
    await shoot(options, '4-options');
    await options.close();

    // The page overlay's hover card, when the overlay shows one on the sample page.
    await news.bringToFront();
    if (await hoverCard(news)) await shoot(news, '5-hover-card');
    else console.log('hover card: none opened on the sample page (no 5-hover-card screenshot)');

    const reader = await open('sidepanel.html?article=2021-08-11-p1-a1', PANEL);
    await reader.locator('.ll-reader-body').waitFor();
    console.log(
      `side panel reader: ${await reader.locator('.ll-entity-link').count()} entity links in the body`,
    );
    await shoot(reader, '6-sidepanel-reader');
    await reader.close();

    const thisPage = await open(`sidepanel.html?tab=${tabId}`, PANEL);
    await waitFor(
      async () => (await thisPage.locator('.ll-this-page').getAttribute('data-source')) !== 'pending',
      'the page context',
    );
    await thisPage.waitForTimeout(800);
    console.log(
      `side panel "this page": ${await thisPage.locator('.ll-this-page').getAttribute('data-source')}`,
    );
    await shoot(thisPage, '7-sidepanel-this-page');
    await thisPage.close();

    if (harness.pageErrors.length > 0) console.log(`page errors:\n  ${harness.pageErrors.join('\n  ')}`);
    console.log(`screenshots:\n  ${shots.join('\n  ')}`);
  } finally {
    await harness.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
