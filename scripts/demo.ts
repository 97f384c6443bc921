/**
 * Shows the built extension working: loads it into headless Chromium, opens the bundled sample news page and
 * the extension's own pages, and saves a screenshot of each to artifacts/demo/. Prints what it saw.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { extensionUrl, launchExtension, ROOT, servePages, waitFor } from './lib/extension-harness';

const OUT = join(ROOT, 'artifacts', 'demo');

async function main() {
  mkdirSync(OUT, { recursive: true });
  const harness = await launchExtension();
  const server = await servePages();
  const shots: string[] = [];
  const shoot = async (page: Page, name: string) => {
    const file = join(OUT, `${name}.png`);
    await page.screenshot({ path: file });
    shots.push(file);
  };
  try {
    const news = await harness.context.newPage();
    const url = `${server.origin}/news-portal.html`;
    await news.goto(url);
    const report = await waitFor(
      () =>
        harness.worker.evaluate(async (pageUrl) => {
          const all = await chrome.storage.session.get(null);
          return Object.values(all).find((r) => (r as { url?: string }).url === pageUrl) as
            { mentions: number; entities: number } | undefined;
        }, url),
      'the content script report',
    );
    console.log(`sample page: names Lüliang ${report.mentions} times, ${report.entities} archive entities`);
    await shoot(news, '1-news-page');

    for (const [name, path, size] of [
      ['2-popup', 'popup.html', { width: 400, height: 560 }],
      ['3-sidepanel', 'sidepanel.html', { width: 400, height: 800 }],
      ['4-options', 'options.html', { width: 800, height: 600 }],
    ] as const) {
      const page = await harness.context.newPage();
      await page.setViewportSize(size);
      await page.goto(extensionUrl(harness, path));
      await page.locator('h1').waitFor();
      await page.waitForTimeout(300);
      await shoot(page, name);
      await page.close();
    }
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
