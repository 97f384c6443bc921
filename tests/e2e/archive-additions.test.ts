/**
 * The archive that grows, in real Chromium: two front pages imported through the options page's file input
 * (one UTF-8, one GB18030, dated by their names) are found by the popup's search and extend their officials'
 * posts on the hover card; a served news page saved from the popup is found by search, marked as saved, and
 * related to the paper's own report; the archive exported, reset and imported again is the same archive; and
 * a service worker killed in the middle of an import leaves the previous archive answering.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  archiveStatus,
  askFrom,
  extensionUrl,
  ROOT,
  useExtension,
  waitFor,
  waitForArchiveReady,
  waitForPageReport,
} from '../../scripts/lib/extension-harness';
import { chromiumCard } from '../../scripts/lib/card-reader';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'import');
const PAGE_A = join(FIXTURES, '2023-08-11.txt'); // UTF-8; 孙大军, 任凯, 张稳科 on 2023-08-10
const PAGE_B = join(FIXTURES, '20230326.txt'); // GB18030; 孙大军, 马慧健, 张广勇 on 2023-03-25

const harness = useExtension({ setup: prepare });
let newsTab: number;
let options: Page;

const ask = askFrom;

const status = archiveStatus;
const ready = (page: Page) => waitForArchiveReady(page, 90_000, (s) => s.state === 'ready');

interface Hit {
  id: string;
  title: string;
  date: string;
  kind: string;
}
const searchHits = async (page: Page, query: string) =>
  (await ask<{ hits: Hit[] }>(page, { type: 'archive/search', query, limit: 20 })).hits;

/** The popup, opened as a page for the news tab, searching `query` as a reader types it. */
async function popupSearch(query: string): Promise<{ popup: Page; rows: string[] }> {
  const popup = await harness.openExtensionPage(`popup.html?tab=${newsTab}`);
  await popup.getByRole('combobox', { name: '搜索档案' }).pressSequentially(query);
  await popup
    .locator(`.ll-search-body[data-state=ready][data-query="${query}"]`)
    .waitFor({ timeout: 30_000 });
  const rows = await popup.locator('[role=option] .ll-row-article').allTextContents();
  return { popup, rows };
}

async function cardOf(name: string): Promise<string> {
  const page = await harness.context.newPage();
  const openedAt = Date.now();
  await page.goto(`${harness.origin}/news-portal.html`);
  const tabId = (
    await waitForPageReport(harness, `${harness.origin}/news-portal.html`, {
      accept: (report) => report.at >= openedAt && report.tabId !== newsTab,
    })
  ).tabId;
  await waitFor(() => page.evaluate(() => CSS.highlights.has('lvliang-person')), 'highlights');
  // Steps through the mentions with the keyboard command until the card is the one for `name`.
  const text = await waitFor(async () => {
    await harness.worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'overlay/next-mention' }, { frameId: 0 }),
      tabId,
    );
    const shown = await chromiumCard.waitOpen(page);
    return shown.name.includes(name) ? shown.text : null;
  }, `the card of ${name}`);
  await page.close();
  return text;
}

/** The file's own preparation, once the browser is up. */
async function prepare(): Promise<void> {
  await harness.openPage('news-portal.html');
  newsTab = (await waitForPageReport(harness, `${harness.origin}/news-portal.html`)).tabId;
  options = await harness.openExtensionPage('options.html#archive');
  await ready(options);
}

test('two front pages imported through the options page: previewed, searchable, and extending posts', async () => {
  assert.match(
    (await cardOf('孙大军')) ?? '',
    /市委书记 · … 2021-08-11 – 2022-03-26 …/,
    'the bundled span first',
  );
  const before = (await status(options)).archive!.counts;

  const fixture = (path: string) => ({
    name: path.split('/').pop()!,
    mimeType: 'text/plain',
    buffer: readFileSync(path),
  });
  await options.locator('input[name=import-files]').setInputFiles([
    fixture(PAGE_A),
    fixture(PAGE_B),
    {
      name: 'saved-page.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<!doctype html><html><body><p>本报讯 吕梁</p></body></html>'),
    },
  ]);
  // the preview fills in as each file is read: wait for all of it
  const preview = options.locator('.ll-import-preview', { hasText: /预览：2 个版面/ });
  await preview.waitFor({ timeout: 60_000 });
  const shown = (await preview.textContent()) ?? '';
  assert.match(shown, /预览：2 个版面，5 篇报道/);
  assert.match(shown, /2023-08-11\.txt.*2023-08-11 第 1 版 · 日期取自文件名/s);
  assert.match(shown, /20230326\.txt.*GB18030/s);
  assert.match(
    shown,
    /孙大军主持召开文明城市创建工作专题汇报会|市委书记孙大军主持召开文明城市创建工作专题汇报会/,
  );
  assert.match(shown, /记者：李雅萍/);
  assert.match(
    (await preview.locator('.ll-file-errors').textContent()) ?? '',
    /saved-page\.html：这是网页（HTML），不是从报纸版面提取的文本/,
  );

  await options.getByRole('button', { name: '导入 2 个版面' }).click();
  const result = options.locator('.ll-import-result');
  await result.waitFor({ timeout: 90_000 });
  assert.match((await result.textContent()) ?? '', /已导入 2 个版面（5 篇报道）/);
  await options.locator('.ll-additions-list li').nth(1).waitFor();
  assert.equal(await options.locator('.ll-additions-list li[data-kind=page]').count(), 2);
  const after = (await status(options)).archive!.counts;
  assert.equal(after.articles, before.articles + 5);
  assert.equal(after.editions, before.editions + 2);

  const { popup, rows } = await popupSearch('学生公交专线');
  assert.ok(
    rows.some((row) => row.includes('2023-03-26')),
    `an imported article: ${rows.join(' | ')}`,
  );
  assert.ok(
    rows.some((row) => row.includes('2022-03-26')),
    'and the bundled one',
  );
  await popup.close();

  const card = await cardOf('孙大军');
  // 2022-03-26 to 2023-03-26 is a year without an issue, not more: one span of printings.
  assert.match(
    card,
    /市委书记 · … 2021-08-11 – 2023-08-11 …/,
    'the post seen again in 2023 extends to one span',
  );
  assert.deepEqual(harness.pageErrors, []);
});

test('a folder with its manifest.json is dated by it; pages already in the archive are skipped', async () => {
  const before = (await status(options)).archive!.counts;
  await options.locator('input[name=import-folder]').setInputFiles(join(ROOT, 'seeds'));
  const preview = options.locator('.ll-import-preview', { hasText: /预览：5 个版面/ });
  await preview.waitFor({ timeout: 60_000 });
  const shown = (await preview.textContent()) ?? '';
  assert.match(shown, /003_db375bca74bf85d3\.txt.*2021-08-11 第 1 版 · 日期取自 manifest\.json/s);
  await options.getByRole('button', { name: '导入 5 个版面' }).click();
  const result = options.locator('.ll-import-result');
  await result.waitFor({ timeout: 90_000 });
  assert.match((await result.textContent()) ?? '', /已导入 0 个版面（0 篇报道）；5 个版面已在档案中/);
  assert.deepEqual((await status(options)).archive!.counts, before);
  await options.getByRole('button', { name: '继续导入' }).click();
});

test('a served news page saved from the popup is searchable, marked as saved, and related to the paper’s report', async () => {
  const url = `${harness.origin}/saved-article.html`;
  const page = await harness.context.newPage();
  await page.goto(url);
  const tabId = (await waitForPageReport(harness, url)).tabId;
  const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.getByRole('button', { name: '将本文保存到档案' }).click();
  const said = popup.locator('.ll-save-article [role=status]');
  await said.waitFor({ timeout: 30_000 });
  assert.match((await said.textContent()) ?? '', /已保存到档案：吕梁市区公交车4月1日起全民免费乘坐/);

  // Saved again: the archive says it already has it, and keeps one copy.
  await popup.getByRole('button', { name: '将本文保存到档案' }).click();
  await waitFor(async () => /已在档案中/.test((await said.textContent()) ?? '') || null, 'the repeat');
  const saved = (await searchHits(popup, '学生公交专线')).filter((hit) => hit.kind === 'saved');
  assert.equal(saved.length, 1);
  // The page's own publication line, not the header's clock nor the related links' dates.
  assert.equal(saved[0]!.date, '2022-03-25');
  assert.equal(saved[0]!.title, '吕梁市区公交车4月1日起全民免费乘坐');
  await popup.close();

  const { popup: searching } = await popupSearch('学生公交专线');
  const mark = searching.locator('[role=option] .ll-saved-mark');
  assert.equal(await mark.count(), 1);
  assert.match((await mark.textContent()) ?? '', /网页收藏/);
  await searching.close();

  // The paper's own report names the saved copy among its related articles, marked as saved.
  const panel = await harness.openExtensionPage(`sidepanel.html?article=2022-03-26-p1-a6&tab=${tabId}`);
  const related = panel.locator('li', { has: panel.locator('.ll-saved-mark') });
  await related.first().waitFor({ timeout: 30_000 });
  assert.match((await related.first().textContent()) ?? '', /吕梁市区公交车4月1日起全民免费乘坐/);
  await panel.close();
  await page.close();
  assert.deepEqual(harness.pageErrors, []);
});

test('the side panel saves the page too, and leads to the import; the context menu’s save is told on the page', async () => {
  const url = `${harness.origin}/saved-article.html`;
  const openedAt = Date.now();
  const page = await harness.context.newPage();
  await page.goto(url);
  const tabId = (await waitForPageReport(harness, url, { accept: (r) => r.at >= openedAt })).tabId;

  const panel = await harness.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await panel.getByRole('button', { name: '将本文保存到档案' }).click();
  const said = panel.locator('.ll-save-article [role=status]');
  await said.waitFor({ timeout: 30_000 });
  assert.match((await said.textContent()) ?? '', /已在档案中：吕梁市区公交车4月1日起全民免费乘坐/);
  await panel.getByRole('button', { name: '在侧边栏中打开' }).click();
  await panel.getByRole('heading', { name: '吕梁市区公交车4月1日起全民免费乘坐' }).waitFor();

  const opened = harness.context.waitForEvent('page');
  await panel.goto(extensionUrl(harness, `sidepanel.html?tab=${tabId}`));
  await panel.getByRole('link', { name: '导入版面、导出、管理档案' }).click();
  const settings = await opened;
  await settings.waitForLoadState();
  assert.match(settings.url(), /options\.html#archive$/);
  await waitFor(
    () => settings.evaluate(() => document.activeElement?.id === 'll-archive-title' || null),
    'the Archive section in focus',
  );
  await settings.close();
  await panel.close();

  // The context menu's item sends the page this message; the outcome shows on the page itself.
  await harness.worker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'page/save-article', notify: true }, { frameId: 0 }),
    tabId,
  );
  const notice = await waitFor(
    () =>
      page.evaluate(() => {
        const host = document.querySelector('lvliang-save-notice');
        return host ? 'shown' : null;
      }),
    'the notice on the page',
  );
  assert.equal(notice, 'shown');
  const menus = await harness.worker.evaluate(() => chrome.runtime.getManifest().permissions);
  assert.ok(menus?.includes('contextMenus'));
  await page.close();
  assert.deepEqual(harness.pageErrors, []);
});

test('export, reset to the bundled archive, and import of the export give the same archive back', async () => {
  await options.reload();
  await options.locator('.ll-additions-list li').nth(2).waitFor();
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: '导出档案' }).click();
  const file = await download;
  const exported = readFileSync((await file.path())!, 'utf8');
  const archive = JSON.parse(exported) as { articles: { id: string; kind: string }[] };
  const ids = archive.articles.map((a) => a.id).sort();
  assert.ok(ids.includes('2023-08-11-p1-a1') && ids.includes('2023-03-26-p1-a3'), 'imported pages exported');
  assert.equal(archive.articles.filter((a) => a.kind === 'saved').length, 1, 'the saved article exported');

  await options.getByRole('button', { name: '恢复为内置档案…' }).click();
  const question = options.getByRole('alertdialog');
  assert.match((await question.textContent()) ?? '', /全部 3 项内容/);
  await options.getByRole('button', { name: '移除我添加的内容' }).click();
  await options.getByText('已移除 3 项内容').waitFor({ timeout: 60_000 });
  await options.getByText('尚未添加任何内容').waitFor();
  assert.equal((await searchHits(options, '学生公交专线')).length, 1, 'only the bundled article is left');

  await options.locator('input[name=import-json]').setInputFiles({
    name: file.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await options.locator('.ll-export [role=status]', { hasText: '已导入' }).waitFor({ timeout: 90_000 });
  await options.locator('.ll-additions-list li').nth(2).waitFor();
  assert.equal((await searchHits(options, '学生公交专线')).length, 3);

  const again = options.waitForEvent('download');
  await options.getByRole('button', { name: '导出档案' }).click();
  const second = JSON.parse(readFileSync((await (await again).path())!, 'utf8')) as typeof archive;
  assert.deepEqual(second.articles.map((a) => a.id).sort(), ids, 'the round trip keeps every article');
  assert.deepEqual(harness.pageErrors, []);
});

/** The bundled pages again, under new dates: new pages to the archive, enough work to be caught mid-way. */
function redatedSeeds() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'seeds', 'manifest.json'), 'utf8')) as {
    editions: { file: string }[];
  };
  return manifest.editions.map((edition, i) => ({
    name: `2024-01-0${i + 1}.txt`,
    mimeType: 'text/plain',
    buffer: readFileSync(join(ROOT, 'seeds', edition.file)),
  }));
}

async function startImportOfSeeds(): Promise<void> {
  await options.reload();
  await options.locator('input[name=import-files]').setInputFiles(redatedSeeds());
  await options.getByRole('button', { name: '导入 5 个版面' }).click();
  await waitFor(
    async () => ((await status(options)).phase?.startsWith('import-') ? true : null),
    'the import under way',
    30_000,
  );
}

test('stopping an import leaves the archive as it was', async () => {
  const before = (await status(options)).archive!.counts;
  await startImportOfSeeds();
  await options.getByRole('progressbar', { name: '导入进度' }).waitFor();
  await options.getByRole('button', { name: '停止导入' }).click();
  await options.getByText('导入已停止，档案保持原样。').waitFor({ timeout: 60_000 });
  await ready(options);
  assert.deepEqual((await status(options)).archive!.counts, before);
  const additions = await ask<{ additions: unknown[] }>(options, { type: 'archive/additions' });
  assert.equal(additions.additions.length, 3);
});

test('a service worker killed in the middle of an import leaves the previous archive answering', async (t) => {
  const before = (await status(options)).archive!.counts;
  await startImportOfSeeds();
  const cdp = await harness.context.newCDPSession(options);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');

  // The restarted worker answers at once, from the archive as it was before the import.
  const answered = await searchHits(options, '学生公交专线');
  assert.ok(answered.length >= 3, 'searches are answered right after the restart');
  const counts = (await status(options)).archive!.counts;
  assert.ok(
    counts.articles === before.articles || counts.articles === before.articles + 29,
    `never a partial archive: ${counts.articles}`,
  );

  // The page says the import did not finish there; once the archive answers again, it holds either the
  // archive as it was or all five pages (the next start finishes a commit a crash cut off), never a part.
  await options.locator('.ll-error-box', { hasText: '档案已恢复响应' }).waitFor({ timeout: 90_000 });
  await ready(options);
  const after = (await status(options)).archive!.counts;
  const additions = (await ask<{ additions: unknown[] }>(options, { type: 'archive/additions' })).additions;
  t.diagnostic(after.articles === before.articles ? 'the import was dropped' : 'the next start finished it');
  if (after.articles === before.articles) {
    assert.deepEqual(after, before);
    assert.equal(additions.length, 3);
  } else {
    assert.equal(after.articles, before.articles + 29);
    assert.equal(after.editions, before.editions + 5);
    assert.equal(additions.length, 8);
  }
  assert.equal(
    (await searchHits(options, '学生公交专线')).length,
    after.articles === before.articles ? 3 : 4,
  );
});
