/**
 * The reader's notes and the search filters in real Chromium: a note written in the side panel and one written
 * in the hover card are found again from the popup's search, after a reload of the popup, after pages are
 * imported into the archive and after the background restarts and installs its archive afresh; the popup's
 * filters (a day range, articles naming two people, the order) are remembered until they are reset.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  askFrom,
  ROOT,
  useExtension,
  waitFor,
  waitForArchiveReady,
  waitForPageReport,
} from '../../scripts/lib/extension-harness';
import { chromiumCard } from '../../scripts/lib/card-reader';
import { mentionCentre } from '../../scripts/lib/in-page';

const harness = useExtension({ setup: prepare });

const ask = askFrom;

const extensionPage = (path: string) => harness.openExtensionPage(path);
const archiveReady = (page: Page) => waitForArchiveReady(page, 90_000, (s) => s.state === 'ready');

/** A fresh popup (as a page) that searched `query`; the rows of the results, by kind. */
async function popupSearch(query: string): Promise<{ popup: Page; notes: string[]; articles: string[] }> {
  const popup = await extensionPage('popup.html');
  await popup.locator('.ll-search[data-filters=restored]').waitFor();
  await popup.getByRole('combobox', { name: '搜索档案' }).pressSequentially(query);
  await popup
    .locator(`.ll-search-body[data-state=ready][data-query="${query}"]`)
    .waitFor({ timeout: 30_000 });
  return {
    popup,
    notes: await popup.locator('[role=option] .ll-row-note').allTextContents(),
    articles: await popup.locator('[role=option] .ll-row-article time').allTextContents(),
  };
}

/** Waits for the note rows of a popup's search, which arrive beside the archive's results. */
async function noteRows(popup: Page, expected: number): Promise<string[]> {
  return waitFor(async () => {
    const rows = await popup.locator('[role=option] .ll-row-note').allTextContents();
    return rows.length === expected ? rows : null;
  }, `${expected} note rows`);
}

/** The file's own preparation, once the browser is up. */
async function prepare(): Promise<void> {
  const page = await extensionPage('popup.html');
  await archiveReady(page);
  await page.close();
}

/** Index among the open card's buttons of the one named `name` (its label, or its text). */
async function cardButton(page: Page, name: string): Promise<number> {
  const index = await chromiumCard.inCard(
    page,
    (root, wanted: string) =>
      [...root.querySelectorAll('button')].findIndex(
        (b) =>
          (b.getAttribute('aria-label') ?? b.textContent?.trim()) === wanted ||
          b.textContent?.trim() === wanted,
      ),
    name,
  );
  assert.ok(index !== null && index >= 0, `a card button named ${name}`);
  return index;
}

test('notes written in the side panel (a person, an article) are shown there and found from the popup', async () => {
  const panel = await extensionPage(`sidepanel.html?entity=${encodeURIComponent('person:孙大军')}`);
  const note = panel.getByRole('region', { name: '我关于“孙大军”的笔记' });
  await note.getByRole('button', { name: '添加笔记' }).click();
  const box = note.getByRole('textbox', { name: '我关于“孙大军”的笔记' });
  assert.equal(await panel.evaluate(() => document.activeElement?.tagName), 'TEXTAREA', 'the box has focus');
  await box.fill('任命文件的复印件在档案室第三柜，待核对');
  await box.press('Control+Enter');
  await note.getByRole('status').filter({ hasText: '笔记已保存' }).waitFor();
  assert.match((await note.locator('.ll-note-text').textContent()) ?? '', /复印件在档案室第三柜/);
  // editing keeps one note; Escape leaves the edit without saving
  await note.getByRole('button', { name: '编辑笔记' }).click();
  await box.fill('不会保存的改动');
  await box.press('Escape');
  assert.match((await note.locator('.ll-note-text').textContent()) ?? '', /复印件在档案室第三柜/);
  await panel.close();

  const { popup } = await popupSearch('复印件 档案室');
  const [row] = await noteRows(popup, 1);
  assert.match(row!, /孙大军.*复印件在档案室第三柜/);
  const option = popup.getByRole('option', { name: /孙大军/ }).filter({ has: popup.locator('.ll-row-note') });
  assert.equal(await option.count(), 1, 'the note is an option of its own kind');
  await popup.close();

  // an article's note, written in the reader view, is found by its words and by the headline
  const reader = await extensionPage('sidepanel.html?article=2021-08-11-p1-a1');
  const region = reader.getByRole('region', {
    name: /我关于“孙大军主持召开文明城市创建工作专题汇报会”的笔记/,
  });
  await region.getByRole('button', { name: '添加笔记' }).click();
  await region.getByRole('textbox').fill('第二段列出创建指挥部成员');
  await region.getByRole('button', { name: '保存笔记' }).click();
  await region.getByRole('status').filter({ hasText: '笔记已保存' }).waitFor();
  await reader.close();
  const found = await popupSearch('指挥部成员');
  assert.match((await noteRows(found.popup, 1))[0]!, /孙大军主持召开文明城市创建工作专题汇报会.*指挥部成员/);
  await found.popup.close();
});

test('a note written in the hover card goes to the background, is found from the popup, and its row opens the person', async () => {
  const page = await harness.openPage(`news-portal.html`);
  await waitFor(() => page.evaluate(() => CSS.highlights.has('lvliang-person')), 'highlights');
  const { tabId } = await waitForPageReport(harness, `${harness.origin}/news-portal.html`);
  const at = await page.evaluate(mentionCentre, { text: '张广勇', nth: 0 });
  await page.mouse.move(at.x, at.y);
  // The card's root is closed: the test reads it and presses its buttons as the reader does
  // (scripts/lib/card-reader.ts: DevTools to look, real input to act).
  await chromiumCard.waitOpen(page);
  await chromiumCard.click(page, 'button', await cardButton(page, '添加笔记'));
  assert.equal(
    await waitFor(
      () =>
        chromiumCard.inCard(
          page,
          (root) => root.querySelector('textarea')?.getAttribute('aria-label') ?? null,
          null,
        ),
      'the note box',
    ),
    '我关于“张广勇”的笔记',
  );
  await chromiumCard.click(page, 'textarea');
  await page.keyboard.insertText('2021年8月起见报为市长');
  // the pointer wanders off while the reader writes: the card stays open for the note
  await page.mouse.move(5, 5);
  await page.waitForTimeout(700);
  assert.equal(
    await chromiumCard.inCard(page, (root) => root.querySelector('textarea')?.value ?? null, null),
    '2021年8月起见报为市长',
    'the card stays open while its note is being written',
  );
  // a synthetic click on the save button (as a script holding the button would make) writes nothing
  const forged = await chromiumCard.inCard(
    page,
    (root) => {
      const save = [...root.querySelectorAll('button')].find((b) => b.textContent === '保存笔记');
      save?.click();
      return save !== undefined;
    },
    null,
  );
  assert.equal(forged, true);
  await page.waitForTimeout(300);
  const options = await extensionPage('options.html');
  const target = { kind: 'entity', id: 'person:张广勇' };
  assert.equal((await ask<{ note: unknown }>(options, { type: 'notes/get', target })).note, null);
  await chromiumCard.click(page, 'button', await cardButton(page, '保存笔记'));
  await waitFor(
    () =>
      chromiumCard.inCard(
        page,
        (root) =>
          [...root.querySelectorAll('[role=status]')].some((e) => e.textContent?.includes('笔记已保存'))
            ? true
            : null,
        null,
      ),
    'the saved status',
  );
  const stored = await ask<{ note: { text: string; label: string } }>(options, { type: 'notes/get', target });
  assert.deepEqual([stored.note.text, stored.note.label], ['2021年8月起见报为市长', '张广勇']);
  // the page saw none of it: no markup of the card in the page's DOM, and no page errors
  assert.equal(
    await page.evaluate(() => document.body.textContent?.includes('2021年8月起见报为市长')),
    false,
  );
  await page.close();
  await options.close();

  // the note's row opens the person's timeline in the side panel of the tab the popup belongs to
  const popup = await extensionPage(`popup.html?tab=${tabId}`);
  await popup.getByRole('combobox', { name: '搜索档案' }).pressSequentially('见报为市长');
  assert.match((await noteRows(popup, 1))[0]!, /张广勇/);
  await popup
    .locator('[role=option]')
    .filter({ has: popup.locator('.ll-row-note') })
    .click();
  await waitFor(async () => {
    const options = await harness.worker.evaluate((id) => chrome.sidePanel.getOptions({ tabId: id }), tabId);
    return decodeURIComponent(options.path ?? '') === '/sidepanel.html?entity=person:张广勇' ? true : null;
  }, 'the panel set to the person');
  await popup.close();
});

test('notes are found again after a reload, an import of pages, and a fresh install of the archive', async () => {
  const found = async () => {
    const { popup } = await popupSearch('复印件');
    const rows = await noteRows(popup, 1);
    await popup.close();
    return rows[0]!;
  };
  assert.match(await found(), /孙大军/);

  // pages added to the archive: the archive is rebuilt with them
  const options = await extensionPage('options.html');
  const text = readFileSync(join(ROOT, 'tests/fixtures/import/2023-08-11.txt'), 'utf8');
  const imported = await ask<{ added: number }>(options, {
    type: 'archive/import',
    pages: [{ fileName: '2023-08-11.txt', date: '2023-08-11', page: 1, text }],
  });
  assert.equal(imported.added, 1);
  assert.match(await found(), /孙大军/);
  const before = await archiveReady(options);

  // the stored archive is gone (as after a damaged profile) and the background restarts: it installs the
  // bundled archive afresh and lays the additions over it again
  await options.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('lvliang-lens');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('meta', 'readwrite');
      tx.objectStore('meta').delete('archive');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  const cdp = await harness.context.newCDPSession(options);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await options.close();
  const page = await extensionPage('popup.html');
  const after = await archiveReady(page);
  assert.notEqual(after.archive!.loadedAt, before.archive!.loadedAt, 'the archive was installed again');
  await page.close();
  assert.match(await found(), /孙大军/);
  const { popup } = await popupSearch('见报为市长');
  assert.match((await noteRows(popup, 1))[0]!, /张广勇/);
  await popup.close();
});

test('the options page deletes every note after asking, and the archive still answers', async () => {
  const options = await extensionPage('options.html');
  const clear = options.getByRole('button', { name: '删除全部笔记…' });
  await waitFor(
    async () => ((await clear.isEnabled()) ? true : null),
    'the button enabled once notes are counted',
  );
  await clear.click();
  const dialog = options.getByRole('alertdialog');
  const question = (await dialog.locator('p').first().textContent()) ?? '';
  const count = Number(/全部 (\d+) 条笔记/.exec(question)?.[1]);
  assert.ok(count >= 3, question);
  // the confirmation's answer takes the focus: Enter deletes
  await options.keyboard.press('Enter');
  await options
    .getByRole('status')
    .filter({ hasText: `已删除 ${count} 条笔记。` })
    .waitFor();
  // the count is read again after the deletion is reported: the button follows it
  await waitFor(async () => ((await clear.isDisabled()) ? true : null), 'nothing left to delete');
  await options.close();

  const { popup } = await popupSearch('复印件');
  assert.deepEqual(await popup.locator('[role=option] .ll-row-note').allTextContents(), []);
  await popup.close();
  const sun = await popupSearch('孙大军');
  assert.ok(sun.articles.length > 0, 'the archive still answers');
  await sun.popup.close();
});

test('the popup remembers a day range, two people to name and the order, until they are reset', async () => {
  const popup = await extensionPage('popup.html');
  await popup.locator('.ll-search[data-filters=restored]').waitFor();
  await popup.locator('input[name=from]').fill('2021-08-11');
  await popup.locator('input[name=to]').fill('2022-03-26');
  await popup.locator('select[name=sort]').selectOption('oldest');
  const naming = popup.getByRole('textbox', { name: '同时提到' });
  for (const name of ['孙大军', 'zhangguangyong']) {
    await naming.fill(name);
    await naming.press('Enter');
  }
  const chips = popup.getByRole('list', { name: '每条结果都提到以下各项' }).locator('li > span');
  await waitFor(async () => ((await chips.count()) === 2 ? true : null), 'two names');
  assert.deepEqual(await chips.allTextContents(), ['孙大军', '张广勇']);
  await naming.fill('没有这个人');
  await naming.press('Enter');
  await popup.getByText('档案中没有名为“没有这个人”的人物、地点或主题。').waitFor();

  const expected = await ask<{ hits: { date: string }[] }>(popup, {
    type: 'archive/search',
    query: '',
    from: '2021-08-11',
    to: '2022-03-26',
    entities: ['person:孙大军', 'person:张广勇'],
    sort: 'oldest',
  });
  assert.ok(expected.hits.length >= 2, `articles naming both: ${expected.hits.length}`);
  const shown = async (page: Page) => page.locator('[role=option] .ll-row-article time').allTextContents();
  await waitFor(async () => ((await shown(popup)).length === expected.hits.length ? true : null), 'results');
  const dates = await shown(popup);
  assert.deepEqual(
    dates,
    expected.hits.map((h) => h.date),
  );
  assert.deepEqual(dates, [...dates].sort(), 'oldest first');
  await popup.close();

  // a new popup starts where the last left off
  const again = await extensionPage('popup.html');
  await again.locator('.ll-search[data-filters=restored]').waitFor();
  assert.equal(await again.locator('input[name=from]').inputValue(), '2021-08-11');
  assert.equal(await again.locator('input[name=to]').inputValue(), '2022-03-26');
  assert.equal(await again.locator('select[name=sort]').inputValue(), 'oldest');
  assert.deepEqual(
    await again.getByRole('list', { name: '每条结果都提到以下各项' }).locator('li > span').allTextContents(),
    ['孙大军', '张广勇'],
  );
  await waitFor(async () => ((await shown(again)).length === expected.hits.length ? true : null), 'results');
  // the words typed narrow further, within the same filters
  await again.getByRole('combobox', { name: '搜索档案' }).pressSequentially('基层治理');
  await again.locator('.ll-search-body[data-state=ready][data-query="基层治理"]').waitFor();
  const narrowed = await shown(again);
  assert.ok(narrowed.length >= 1 && narrowed.length < expected.hits.length, `${narrowed.length} articles`);
  // one name removed by keyboard
  await again.getByRole('button', { name: '不再要求提到“张广勇”' }).focus();
  await again.keyboard.press('Enter');
  assert.equal(await again.getByRole('list', { name: '每条结果都提到以下各项' }).locator('li').count(), 1);
  await again.getByRole('button', { name: '重置筛选' }).click();
  assert.equal(await again.locator('input[name=from]').inputValue(), '');
  assert.equal(await again.locator('select[name=sort]').inputValue(), 'relevance');
  await again.close();

  const reset = await extensionPage('popup.html');
  await reset.locator('.ll-search[data-filters=restored]').waitFor();
  assert.equal(await reset.locator('input[name=from]').inputValue(), '');
  assert.equal(await reset.locator('select[name=sort]').inputValue(), 'relevance');
  assert.equal(await reset.getByRole('list', { name: '每条结果都提到以下各项' }).count(), 0);
  await reset.close();
  assert.deepEqual(harness.pageErrors, []);
});
