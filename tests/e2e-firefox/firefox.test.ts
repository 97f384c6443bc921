/**
 * The Firefox build in real Firefox ESR, as a new reader meets it, in one browser session (a launch and the
 * archive's first load are most of the suite's time): it installs without manifest warnings, the background loads
 * the archive and jieba (from its own file), the popup searches, the sidebar's pages work, a served news page gets
 * highlights, the toolbar badge and hover cards (also under a strict CSP), the card's buttons land the reader on
 * the timeline although Firefox refuses to open the sidebar from a click relayed by a page, the popup opens the
 * sidebar, the options page saves, and no script of the add-on throws.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { waitFor } from '../../scripts/lib/extension-harness';
import {
  mentionCentre,
  paintedMentions,
  recordCspViolations,
  type CardSnapshot,
} from '../../scripts/lib/in-page';
import { archiveReady, pageReport, useFirefox } from './harness';

const STRICT_CSP = "default-src 'none'; style-src 'self'";

const harness = useFirefox({ headers: { '/overlay-csp.html': { 'content-security-policy': STRICT_CSP } } });

const text = (page: Page, selector: string) =>
  page.$eval(selector, (el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '');

/** A served page, once the overlay painted its highlights; CSP violations are recorded in `window.violations`. */
const open = (path: string) => harness.openPage(path, { init: recordCspViolations, painted: true });

/** Moves the pointer onto the first painted mention reading `text` and waits for its card's data. */
async function hoverCard(page: Page, text: string): Promise<CardSnapshot> {
  const at = await page.evaluate(mentionCentre, { text });
  await page.mouse.move(at.x, at.y);
  return harness.card.waitOpen(page);
}

/** The card's text with its whitespace collapsed. */
const cardText = async (page: Page, text: string) => (await hoverCard(page, text)).text.replace(/\s+/g, ' ');

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
  await panel.waitForSelector('.ll-person-posts li', { timeout: 20_000 });
  assert.equal(await text(panel, 'main h2'), '孙大军');
  assert.match(await text(panel, '.ll-person-posts'), /市委书记 · (… )?2021-08-11 – 2022-03-26/);
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

test('a news page gets its highlights, and the badge counts its entities', async () => {
  const page = await open('news-portal.html');
  const marks = await page.evaluate(paintedMentions);
  assert.ok(marks['lvliang-person']?.includes('孙大军'), `people: ${marks['lvliang-person']?.join(' ')}`);
  assert.ok(marks['lvliang-person']?.includes('张广勇'));
  assert.ok(marks['lvliang-place']?.includes('离石区'), `places: ${marks['lvliang-place']?.join(' ')}`);
  // The page's DOM is not rewritten: the marks are ranges over its own text nodes.
  assert.equal(await page.$$eval('body *', (els) => els.filter((e) => e.tagName.includes('-')).length), 0);

  const report = await pageReport(harness, page.url(), (r) => r.entities > 0);
  const mentions = (await page.$eval('body', (b) => b.innerText)).match(/[吕呂]梁/g)?.length ?? 0;
  assert.equal(report.mentions, mentions);
  assert.equal(await harness.badge(report.tabId), String(report.entities));
  await page.close();
});

test('hovering a name opens its card with posts, the post on the page date and related articles', async () => {
  const page = await open('news-portal.html');
  const card = await cardText(page, '张广勇');
  assert.match(card, /人物/);
  assert.match(card, /市长 · … 2021-08-11 – 2022-03-26 …/);
  assert.match(card, /2021-08-11 时任\s*市长、市委副书记/);
  assert.equal((await harness.card.read(page))?.related.length, 3);
  // The page's scripts see the card's host and nothing inside it.
  assert.equal(await harness.card.mode(page), 'closed');
  assert.deepEqual(
    await page.evaluate(() => {
      const host = document.querySelector('lvliang-card')!;
      return [host.shadowRoot, host.textContent, document.querySelectorAll('.card, button').length];
    }),
    [null, '', 0],
  );
  await page.keyboard.press('Escape');
  await harness.card.waitClosed(page);
  await page.close();
});

test('under a CSP that forbids inline styles the highlights are painted, the card styled, nothing blocked', async () => {
  const page = await open('overlay-csp.html');
  const painted = await page.evaluate(() => {
    const [r] = [...CSS.highlights.get('lvliang-person')!];
    return getComputedStyle(r!.startContainer.parentElement!, '::highlight(lvliang-person)').backgroundColor;
  });
  assert.notEqual(painted, 'rgba(0, 0, 0, 0)');
  const shown = await hoverCard(page, '孙大军');
  assert.match(shown.text, /市委书记/);
  const { position, fontSize, radius } = shown.style;
  assert.deepEqual({ position, fontSize, radius }, { position: 'fixed', fontSize: '13px', radius: '8px' });
  const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  // Firefox itself asks for /favicon.ico, which this CSP's img-src 'none' blocks: the browser's, not ours.
  assert.deepEqual(
    violations.filter((v) => !v.endsWith('/favicon.ico')),
    [],
  );
  await page.close();
});

/** The page the Firefox sidebar shows, or null while it is closed. */
async function sidebarPage(): Promise<string | null> {
  const url = await harness.inBrowserChrome(
    `SidebarController.isOpen ? SidebarController.browser.contentDocument.getElementById('webext-panels-browser').currentURI.spec : ''`,
  );
  return url || null;
}

test('the card’s buttons land the reader on the timeline or the article, in the sidebar or else in a tab', async () => {
  const page = await open('news-portal.html');
  const { tabId } = await pageReport(harness, page.url());
  // Links carry the entity's id; only a name typed into a deep link is resolved by name.
  const entityView = `sidepanel.html?entity=${encodeURIComponent('person:孙大军')}`;

  // Firefox opened the sidebar when the add-on was installed: the timeline replaces its page for this tab.
  assert.equal(await sidebarPage(), harness.extensionUrl('sidepanel.html'));
  await hoverCard(page, '孙大军');
  await harness.card.click(page, 'button.timeline');
  await waitFor(
    async () => ((await sidebarPage()) === harness.extensionUrl(entityView) ? true : null),
    'the sidebar on the timeline',
  );

  // With the sidebar closed, Firefox refuses sidebarAction.open() here (the click reaches the background as a
  // message, not as a user action), so the view opens in a tab beside the page, kept on that page's tab.
  await harness.inBrowserChrome('SidebarController.hide()');
  assert.equal(await sidebarPage(), null);
  await page.bringToFront();
  const [article] = (await hoverCard(page, '孙大军')).related;
  await harness.card.click(page, '.related li > button');
  const panel = await harness.findPage(harness.extensionUrl('sidepanel.html?article='), { prefix: true });
  assert.match(await panel.evaluate(() => location.search), new RegExp(`^\\?article=[^&]+&tab=${tabId}$`));
  await panel.waitForSelector('.ll-reader .ll-reader-body', { timeout: 20_000 });
  assert.equal(await panel.$eval('main h2', (h) => h.textContent), article);
  assert.equal(await sidebarPage(), null, 'the sidebar stays closed');
  await panel.close();
  await page.close();
});

test('from the popup (a user action Firefox sees) Enter opens the sidebar on the chosen result', async () => {
  const page = await open('news-portal.html');
  const { tabId } = await pageReport(harness, page.url());
  await harness.inBrowserChrome('SidebarController.hide()');
  const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
  const box = await popup.waitForSelector('[role=combobox][aria-label="搜索档案"]');
  await box!.type('孙大军');
  await popup.waitForSelector('.ll-search-body[data-state=ready][data-query="孙大军"]', { timeout: 20_000 });
  await popup.keyboard.press('ArrowDown'); // the person, first
  await popup.keyboard.press('Enter');
  await waitFor(async () => ((await sidebarPage()) ? true : null), 'the sidebar to open');
  assert.equal((await popup.$$('.ll-error-box')).length, 0, 'no error opening the sidebar');
  // The view was set for the page's tab: the sidebar shows it when that tab is in front.
  await page.bringToFront();
  const entityView = harness.extensionUrl(`sidepanel.html?entity=${encodeURIComponent('person:孙大军')}`);
  await waitFor(
    async () => ((await sidebarPage()) === entityView ? true : null),
    'the sidebar on the timeline',
  );
  await popup.close();
  await page.close();
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
  const stored = () =>
    harness.probe.evaluate(async () => {
      const { settings } = await browser.storage.local.get('settings');
      return settings as { disabledSites: string[]; highlights: boolean } | undefined;
    });
  await waitFor(async () => ((await stored())?.highlights === false ? true : null), 'the setting saved');
  assert.deepEqual((await stored())?.disabledSites, ['example.com']);

  // Shown again on reload; the site's switch is removed again from its button.
  await harness.navigateExtensionPage(options, 'options.html');
  await options.waitForSelector('.ll-sites li');
  assert.equal(await options.$eval('input[name=highlights]', (i) => (i as HTMLInputElement).checked), false);
  await options.click('.ll-sites li button');
  await waitFor(async () => ((await stored())?.disabledSites.length === 0 ? true : null), 'the site removed');
  await options.close();
});

test('no script of the add-on threw and no page logged an error', () => {
  assert.deepEqual(harness.errors, []);
});
