/**
 * The side panel's views in real Chromium, opened as pages on their deep links (a headless browser does not
 * show side panels): an entity's timeline, the reader view with its entity links and history, the search view,
 * "this page", and the context menu and keyboard command that open the panel.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  extensionUrl,
  useExtension,
  waitFor,
  waitForArchiveReady,
  waitForPageReport,
} from '../../scripts/lib/extension-harness';

const harness = useExtension({ setup: prepare });
let panel: Page;

async function openPanel(query: string): Promise<void> {
  await panel.goto(extensionUrl(harness, `sidepanel.html${query}`));
}

const heading = () => panel.locator('main h2');

/** The file's own preparation, once the browser is up. */
async function prepare(): Promise<void> {
  panel = await harness.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(extensionUrl(harness, 'sidepanel.html'));
  await waitForArchiveReady(panel);
}

test('an entity deep link shows its posts, timeline, monthly mentions, articles and companions', async () => {
  await openPanel('?entity=孙大军');
  await panel.locator('.ll-person-posts li').first().waitFor();
  assert.equal(await heading().textContent(), '孙大军');
  assert.equal(await panel.evaluate(() => document.documentElement.lang), 'zh-CN');
  // The posts as the post index prints them: first and last printing, the same spans the timeline draws.
  assert.match(
    (await panel.locator('.ll-person-posts').textContent()) ?? '',
    /市委书记 · (… )?2021-08-11 – 2022-03-26/,
  );

  const timeline = panel.locator('.ll-timeline svg');
  assert.equal(await timeline.locator('.ll-post-span').count(), 1);
  assert.equal(await timeline.locator('a.ll-dot').count(), 4, 'one dot per article');
  assert.match((await timeline.textContent()) ?? '', /市委书记 · 2021–2022/);
  assert.ok((await panel.locator('.ll-monthly rect').count()) >= 2, 'bars for the months');
  assert.match((await panel.locator('.ll-monthly figcaption').textContent()) ?? '', /共 4 篇报道/);

  const dates = () => panel.locator('.ll-entity-view .ll-article-list time').allTextContents();
  assert.deepEqual(await dates(), ['2022-03-26', '2022-03-26', '2021-08-19', '2021-08-11']);
  await panel.getByRole('button', { name: '最早在前' }).click();
  assert.deepEqual(await dates(), ['2021-08-11', '2021-08-19', '2022-03-26', '2022-03-26']);
  assert.equal(await panel.getByRole('button', { name: '最早在前' }).getAttribute('aria-pressed'), 'true');

  const companions = await panel.locator('.ll-chips .ll-chip').allTextContents();
  assert.ok(
    companions.some((c) => c.startsWith('张广勇')),
    `张广勇 appears with him: ${companions.join(' ')}`,
  );
});

test('an unknown entity says so and offers a search instead', async () => {
  await openPanel('?entity=不存在的人');
  const empty = panel.locator('.ll-empty');
  await empty.waitFor();
  assert.match((await empty.textContent()) ?? '', /档案中没有“不存在的人”/);
  await empty.getByRole('link', { name: /在报道中搜索“不存在的人”/ }).click();
  await panel.waitForURL(/\?q=/);
  assert.equal(await panel.getByRole('combobox', { name: '搜索档案' }).inputValue(), '不存在的人');
});

test('the reader view links entities; back and forward move between the views', async () => {
  await openPanel('?article=2021-08-11-p1-a1');
  await heading().waitFor();
  assert.equal(await heading().textContent(), '孙大军主持召开文明城市创建工作专题汇报会');
  const meta = (await panel.locator('.ll-reader .ll-view-header').textContent()) ?? '';
  assert.match(meta, /第 1 版/);
  assert.match(meta, /2021年8月11日 出版/);
  assert.match(meta, /记者：李雅萍/);
  assert.match(meta, /摄影：王益炜/);
  const related = panel.locator('#ll-related + .ll-article-list li');
  assert.ok((await related.count()) > 0, 'related articles are listed');
  assert.match((await related.first().textContent()) ?? '', /关联：/);

  const link = panel.locator('.ll-reader-body a.ll-entity-link', { hasText: '孙大军' }).first();
  // links name the entity by id
  assert.equal(
    await link.getAttribute('href'),
    '/sidepanel.html?entity=person%3A%E5%AD%99%E5%A4%A7%E5%86%9B',
  );
  assert.ok((await panel.locator('.ll-reader-body a.ll-entity-link', { hasText: '离石区' }).count()) > 0);
  await link.click();
  await panel.locator('.ll-person-posts').waitFor();
  assert.equal(await heading().textContent(), '孙大军');
  assert.match(panel.url(), /\?entity=person%3A%E5%AD%99%E5%A4%A7%E5%86%9B$/);
  assert.equal(
    await panel.evaluate(() => document.activeElement?.textContent),
    '孙大军',
    'focus moves to the new view’s heading',
  );

  await panel.goBack();
  await panel.locator('.ll-reader').waitFor();
  assert.equal(await heading().textContent(), '孙大军主持召开文明城市创建工作专题汇报会');
  await panel.goForward();
  await panel.locator('.ll-person-posts').waitFor();
  assert.equal(await heading().textContent(), '孙大军');

  // A dot on the timeline opens its article; the panel's own back button returns.
  await panel.locator('.ll-timeline a.ll-dot').first().click();
  await panel.locator('.ll-reader').waitFor();
  assert.equal(await heading().textContent(), '孙大军主持召开文明城市创建工作专题汇报会');
  await panel.getByRole('button', { name: '返回上一视图' }).click();
  await panel.locator('.ll-person-posts').waitFor();
  assert.equal(await heading().textContent(), '孙大军');
});

test('an article that is not in the archive says what to do', async () => {
  await openPanel('?article=1999-01-01-p9-a9');
  const empty = panel.locator('.ll-empty');
  await empty.waitFor();
  assert.match((await empty.textContent()) ?? '', /档案中没有这篇报道/);
});

test('the search view (the context menu’s target) lists results and opens them in place', async () => {
  await openPanel(`?q=${encodeURIComponent('李克强')}`);
  const box = panel.getByRole('combobox', { name: '搜索档案' });
  assert.equal(await box.inputValue(), '李克强');
  await panel.locator('.ll-search-body[data-state=ready][data-query="李克强"]').waitFor({ timeout: 20_000 });
  const dates = await panel.locator('[role=option] .ll-row-article time').allTextContents();
  assert.equal(dates.length, 2);
  for (const date of dates) assert.match(date, /^2020-04-/);

  await box.press('ArrowDown'); // the person
  await box.press('ArrowDown'); // the first article
  await box.press('Enter');
  await panel.locator('.ll-reader').waitFor();
  assert.match(panel.url(), /\?article=2020-04-11-p1-a[56]$/);
  await panel.goBack();
  await panel.locator('.ll-search-body[data-state=ready][data-query="李克强"]').waitFor();
  assert.equal(await box.inputValue(), '李克强');
});

test('"this page" shows what the active page names and what the archive has about it', async () => {
  const news = await harness.context.newPage();
  const url = `${harness.origin}/news-portal.html`;
  await news.goto(url);
  const { tabId } = await waitForPageReport(harness, url);
  await openPanel(`?tab=${tabId}`);
  const view = panel.locator('.ll-this-page');
  await waitFor(async () => (await view.getAttribute('data-source')) !== 'pending', 'the page context');
  assert.match((await view.locator('.ll-page-report').textContent()) ?? '', /本页提到吕梁 2 次/);
  // The page's content script answers with the entities it highlighted and the page's text.
  assert.equal(await view.getAttribute('data-source'), 'content-script');
  await view.locator('.ll-entity-card').first().waitFor();
  assert.equal(await view.locator('.ll-entity-card', { hasText: '孙大军' }).count(), 1);
  assert.equal(await view.locator('.ll-entity-card', { hasText: '离石区' }).count(), 1);
  const related = view.locator('#ll-page-related ~ .ll-article-list li');
  await related.first().waitFor();
  assert.ok(
    (await related.allTextContents()).some((r) => r.includes('孙大军主持召开文明城市创建工作专题汇报会')),
    'the archive article the page reports on is among the related ones',
  );
  // Moving to another view keeps the tab the panel describes.
  await panel.getByRole('searchbox', { name: '搜索档案' }).fill('孙大军');
  await panel.getByRole('searchbox', { name: '搜索档案' }).press('Enter');
  await panel.waitForURL(/\?q=.*&tab=/);
  await panel.getByRole('button', { name: '本页' }).click();
  await panel.waitForURL(new RegExp(`\\?tab=${tabId}$`));
  await news.close();
});

test('"this page" lists the page’s entities and related articles from the page context', async () => {
  const news = await harness.context.newPage();
  const url = `${harness.origin}/copies/context/news-portal.html`;
  await news.goto(url);
  const { tabId } = await waitForPageReport(harness, url);
  const context = {
    url,
    title: await news.title(),
    entityIds: ['person:孙大军', 'person:张广勇', 'place:离石区', 'topic:文明城市创建', 'person:不在档案中'],
    text: await news.locator('article').innerText(),
  };
  // The page's answer to `overlay/page-context`, exactly as lib/shared/page-context-query.ts documents it.
  const page = await harness.context.newPage();
  // A script as text: the test runner's transpiler would add helpers to a function that the page lacks.
  await page.addInitScript({
    content: `{
      const send = chrome.tabs.sendMessage.bind(chrome.tabs);
      chrome.tabs.sendMessage = function (tabId, message, options) {
        if (message && message.type === 'overlay/page-context') return Promise.resolve(${JSON.stringify(context)});
        return send(tabId, message, options);
      };
    }`,
  });
  await page.goto(extensionUrl(harness, `sidepanel.html?tab=${tabId}`));
  const view = page.locator('.ll-this-page[data-source=content-script]');
  await view.locator('.ll-entity-card').first().waitFor();
  assert.equal(await view.locator('h2').textContent(), context.title);
  const cards = await view.locator('.ll-entity-card').allTextContents();
  assert.equal(cards.length, 4, 'an id the archive does not have is left out');
  assert.match(cards[0]!, /孙大军.*市委书记 · 2021–2022.*4 篇报道/);
  assert.ok(cards.some((c) => c.startsWith('离石区')));
  const related = view.locator('#ll-page-related ~ .ll-article-list li');
  await related.first().waitFor();
  assert.match(
    (await related.first().textContent()) ?? '',
    /孙大军主持召开文明城市创建工作专题汇报会.*关联：/,
  );
  await view.getByRole('link', { name: '打开 孙大军 的时间线' }).click();
  await page.locator('.ll-person-posts').waitFor();
  assert.match(page.url(), /\?entity=.*&tab=/);
  await page.close();
  await news.close();
});

test('the context menu item and the keyboard command are registered', async () => {
  const commands = await harness.worker.evaluate(() => chrome.commands.getAll());
  const open = commands.find((c) => c.name === 'open-side-panel');
  assert.ok(open, 'the open-side-panel command exists');
  assert.ok(
    commands.some((c) => c.name === 'next-mention'),
    'the overlay’s command is kept',
  );
  // update() fails for an id that was never created: this proves the item exists.
  const updated = await harness.worker.evaluate(
    () =>
      new Promise<string>((resolve) =>
        chrome.contextMenus.update('lvliang-search-selection', { contexts: ['selection'] }, () =>
          resolve(chrome.runtime.lastError?.message ?? 'ok'),
        ),
      ),
  );
  assert.equal(updated, 'ok');
  assert.deepEqual(harness.pageErrors, []);
});
