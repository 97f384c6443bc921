/**
 * The Firefox build in real Firefox ESR, as a new reader meets it: it installs without manifest warnings, the
 * background loads the archive and jieba (from its own file), the popup searches, the sidebar's pages and the
 * options page work, and no script of the add-on throws.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { waitFor } from '../../scripts/lib/extension-harness';
import { archiveReady, launchFirefox, type FirefoxHarness } from './harness';

let harness: FirefoxHarness;
before(async () => (harness = await launchFirefox()));
after(async () => harness?.close());

const text = (page: Page, selector: string) =>
  page.$eval(selector, (el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '');

test('installs with no manifest warnings, and the background loads the archive and jieba', async () => {
  assert.deepEqual(await harness.manifestWarnings(), []);
  const manifest = await harness.probe.evaluate(() => browser.runtime.getManifest());
  assert.equal(manifest.manifest_version, 2);
  assert.ok(!manifest.permissions?.includes('sidePanel'), 'no Chrome-only permission');

  await archiveReady(harness);
  const status = await waitFor(
    async () => {
      const s = await harness.ask<{ search: { tokenizer: string; jiebaError: string | null } }>({
        type: 'archive/status',
      });
      return s.search.tokenizer === 'jieba' || s.search.jiebaError ? s : null;
    },
    'jieba to be warm',
    30_000,
  );
  assert.equal(status.search.jiebaError, null);
  assert.deepEqual(
    await harness.probe.evaluate(async () => {
      const background = await (await fetch(browser.runtime.getURL('/background.js'))).text();
      return { inlinedWasm: background.includes('data:application/wasm'), under3MB: background.length < 3e6 };
    }),
    { inlinedWasm: false, under3MB: true },
  );
});

test('the popup searches the archive as the reader types, simplified or traditional', async () => {
  const popup = await harness.openExtensionPage('popup.html');
  await archiveReady(harness);
  const box = await popup.waitForSelector('[role=combobox][aria-label="搜索档案"]');
  for (const query of ['孙大军', '孫大軍']) {
    await box!.click({ count: 3 });
    await box!.type(query);
    await popup.waitForSelector(`.ll-search-body[data-state=ready][data-query="${query}"]`, {
      timeout: 20_000,
    });
    const titles = await popup.$$eval('[role=option] .ll-article-title', (els) =>
      els.map((e) => e.textContent),
    );
    assert.ok(titles.length >= 4, `${query}: ${titles.length} articles`);
    assert.ok(
      titles.some((t) => t?.includes('文明城市创建')),
      `${query}: the 文明城市 report among ${titles.join(' | ')}`,
    );
  }
  await popup.close();
});

test('the sidebar pages: an entity timeline, the reader view from it, and search', async () => {
  const panel = await harness.openExtensionPage(`sidepanel.html?entity=${encodeURIComponent('孙大军')}`);
  await panel.waitForSelector('.ll-posts li', { timeout: 20_000 });
  assert.equal(await text(panel, 'main h2'), '孙大军');
  assert.match(await text(panel, '.ll-posts'), /市委书记 · 2021–2022/);
  assert.equal((await panel.$$('.ll-timeline svg a.ll-dot')).length, 4, 'one dot per article');

  // A dot on the timeline opens its article in the reader view, with the people in it linked.
  await panel.click('.ll-timeline a.ll-dot');
  await panel.waitForSelector('.ll-reader .ll-reader-body');
  assert.equal(await text(panel, 'main h2'), '孙大军主持召开文明城市创建工作专题汇报会');
  assert.match(await text(panel, '.ll-reader .ll-view-header'), /2021年8月11日 出版/);
  assert.ok((await panel.$$('.ll-reader-body a.ll-entity-link')).length > 0, 'entities linked');

  await harness.navigateExtensionPage(panel, `sidepanel.html?q=${encodeURIComponent('文明城市')}`);
  await panel.waitForSelector('.ll-search-body[data-state=ready]', { timeout: 20_000 });
  assert.ok((await panel.$$('[role=option]')).length > 0, 'search results in the panel');
  await panel.close();
});

test('the options page saves a site switch and the highlight setting', async () => {
  const options = await harness.openExtensionPage('options.html');
  await options.type('input[name=site]', 'https://www.Example.com/news/1.html');
  await options.keyboard.press('Enter');
  await waitFor(
    async () => ((await text(options, '.ll-sites')).includes('example.com') ? true : null),
    'the site in the list',
  );
  await options.click('input[name=highlights]');
  const stored = await harness.probe.evaluate(() => browser.storage.local.get('settings'));
  const settings = stored.settings as { disabledSites: string[]; highlights: boolean };
  assert.deepEqual(settings.disabledSites, ['example.com']);
  assert.equal(settings.highlights, false);
  await options.close();
});

test('no script of the add-on threw and no page logged an error', () => {
  assert.deepEqual(harness.errors, []);
});
