/**
 * The popup's search in real Chromium: typing finds articles and people (simplified or traditional), the
 * keyboard opens them in the side panel, filters narrow the results and an empty search says what to try.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  archiveStatus,
  extensionUrl,
  useExtension,
  waitFor,
  waitForPageReport,
} from '../../scripts/lib/extension-harness';

const harness = useExtension({ setup: prepare });
let tabId: number;
let popup: Page;

/** Whether the archive is searchable at this moment. */
const archiveReady = (page: Page) =>
  archiveStatus(page).then(
    (s) => s.ready,
    () => false,
  );

/** Waits until the results on screen are the final ones for `query`. */
async function settled(page: Page, query: string): Promise<void> {
  await page.locator(`.ll-search-body[data-state=ready][data-query="${query}"]`).waitFor({ timeout: 20_000 });
}

/** Clears the box, types `query` key by key, and waits for results (or the empty state) for it. */
async function search(query: string): Promise<number> {
  const box = searchBox();
  await box.fill('');
  await popup.locator('.ll-hint').waitFor();
  const started = Date.now();
  await box.pressSequentially(query);
  await settled(popup, query);
  return Date.now() - started;
}

const searchBox = () => popup.getByRole('combobox', { name: '搜索档案' });
const articleTitles = () => popup.locator('[role=option] .ll-article-title').allTextContents();
const articleDates = () => popup.locator('[role=option] .ll-row-article time').allTextContents();

/** The side panel path the popup set for a tab (the panel opens on it). */
async function panelPath(tab: number): Promise<string> {
  const options = await harness.worker.evaluate((id) => chrome.sidePanel.getOptions({ tabId: id }), tab);
  return decodeURIComponent(options.path ?? '');
}

/** The id of the tab showing `url`, once its content script reported. */
async function reportedTab(url: string): Promise<number> {
  return (await waitForPageReport(harness, url)).tabId;
}

/** The file's own preparation, once the browser is up. */
async function prepare(): Promise<void> {
  const news = await harness.context.newPage();
  const url = `${harness.origin}/news-portal.html`;
  await news.goto(url);
  tabId = await reportedTab(url);
  popup = await harness.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
}

test('the first search in a fresh browser (typed while the archive may still be loading) finds the article', async (t) => {
  await popup.goto(extensionUrl(harness, `popup.html?tab=${tabId}`));
  assert.equal(
    await popup.evaluate(() => document.activeElement?.getAttribute('type')),
    'search',
    'focused on open',
  );
  assert.equal(await popup.evaluate(() => document.documentElement.lang), 'zh-CN');
  const wasReady = await archiveReady(popup);
  const started = Date.now();
  await searchBox().pressSequentially('创建指挥部');
  const first = popup.locator('[role=option]').first();
  await first.waitFor({ timeout: 30_000 });
  t.diagnostic(
    `first results ${Date.now() - started} ms after the first key (archive ready at start: ${wasReady})`,
  );
  assert.equal(await archiveReady(popup), true);
  await settled(popup, '创建指挥部');
  assert.equal((await articleTitles())[0], '孙大军主持召开文明城市创建工作专题汇报会');
  const marks = await first.locator('mark').allTextContents();
  assert.ok(
    marks.some((m) => /创建|指挥/.test(m)),
    `the matched terms are marked: ${JSON.stringify(marks)}`,
  );
});

test('李克强 finds the person and the two April 2020 articles', async (t) => {
  const ms = await search('李克强');
  t.diagnostic(`warm search: results ${ms} ms after the first key`);
  const entity = popup.locator('[role=option] .ll-row-entity').first();
  assert.match((await entity.textContent()) ?? '', /李克强.*人物.*2 篇报道/);
  const dates = await articleDates();
  assert.equal(dates.length, 2);
  for (const date of dates) assert.match(date, /^2020-04-/);
  assert.match((await popup.getByRole('listbox').textContent()) ?? '', /报道（2 篇）/);
});

test('a traditional-character query finds 孙大军 and his articles', async () => {
  await search('孫大軍');
  const entity = popup.locator('[role=option] .ll-row-entity').first();
  await entity.locator('.ll-post').waitFor(); // the last post arrives with the person's timeline
  assert.match((await entity.textContent()) ?? '', /孙大军.*市委书记 · 2021–2022.*4 篇报道/);
  const titles = await articleTitles();
  assert.equal(titles.length, 4);
  assert.ok(titles.includes('孙大军主持召开文明城市创建工作专题汇报会'));
  assert.ok(titles.includes('市委召开常委会议 孙大军主持'));
});

test('↓ and Enter open the active result in the side panel', async () => {
  await search('孙大军');
  const box = searchBox();
  await box.press('ArrowDown');
  const active = await box.getAttribute('aria-activedescendant');
  assert.ok(active);
  assert.equal(await popup.locator(`#${active}`).getAttribute('aria-selected'), 'true');
  assert.match((await popup.locator(`#${active}`).textContent()) ?? '', /^孙大军/);
  await box.press('ArrowDown'); // the first article, under the person
  await box.press('ArrowUp');
  assert.equal(await box.getAttribute('aria-activedescendant'), active, '↑ comes back to the person');
  await box.press('Enter');
  await waitFor(
    async () => (await panelPath(tabId)) === '/sidepanel.html?entity=person:孙大军',
    'the panel set to the entity',
  );
  assert.equal(await popup.locator('.ll-error-box').count(), 0, 'no error opening the panel');
  await box.press('ArrowUp');
  assert.equal(
    await box.getAttribute('aria-activedescendant'),
    null,
    '↑ from the first result returns to the box',
  );
});

test('Enter on an article opens the reader view for it', async () => {
  // Another tab: headless Chromium does not survive a path change of a side panel it has open.
  const other = await harness.context.newPage();
  const url = `${harness.origin}/copies/second/news-portal.html`;
  await other.goto(url);
  const otherTab = await reportedTab(url);
  const page = await harness.openExtensionPage(`popup.html?tab=${otherTab}`);
  const box = page.getByRole('combobox', { name: '搜索档案' });
  await box.pressSequentially('创建指挥部');
  await settled(page, '创建指挥部');
  await box.press('ArrowDown');
  await box.press('Enter');
  await waitFor(
    async () => (await panelPath(otherTab)) === '/sidepanel.html?article=2021-08-11-p1-a1',
    'the panel set to the article',
  );
  await page.close();
});

test('the date and kind filters narrow the results; the empty state offers to remove them', async () => {
  await search('孙大军');
  await popup.locator('input[name=from]').fill('2022-01-01');
  await popup.locator('input[name=to]').fill('2022-12-31');
  await waitFor(async () => (await articleDates()).length === 2, 'two 2022 articles');
  for (const date of await articleDates()) assert.match(date, /^2022-/);

  await popup.locator('select[name=kind]').selectOption('photo');
  const empty = popup.locator('.ll-empty');
  await empty.waitFor();
  assert.match((await empty.textContent()) ?? '', /在当前筛选条件下没有找到“孙大军”的报道/);
  await empty.getByRole('button', { name: '去掉筛选条件再搜索' }).click();
  await waitFor(async () => (await articleDates()).length === 4, 'all four articles again');
  assert.equal(await popup.locator('select[name=kind]').inputValue(), '');
});

test('a query without results says so and suggests a shorter one', async () => {
  await search('文明宇宙飞船');
  const empty = popup.locator('.ll-empty');
  assert.match((await empty.textContent()) ?? '', /没有找到“文明宇宙飞船”的结果/);
  await empty.getByRole('button', { name: /更短的关键词“文明”/ }).click();
  await settled(popup, '文明');
  assert.equal(await searchBox().inputValue(), '文明');
  assert.ok((await articleTitles()).length > 0, 'the shorter query finds articles');
  assert.equal(await popup.evaluate(() => document.activeElement?.id), 'popup-q', 'focus is back in the box');
});

test('only the reply to the latest query is shown', async () => {
  const box = searchBox();
  await box.fill('李');
  await box.fill('孙大军'); // replaces the query before the first one's reply could arrive
  await settled(popup, '孙大军');
  await popup.waitForTimeout(800); // a late reply to the first query would land now
  const titles = await articleTitles();
  assert.equal(titles.length, 4);
  assert.equal(await popup.locator('[role=option] .ll-row-entity strong').first().textContent(), '孙大军');
  assert.deepEqual(harness.pageErrors, []);
});
