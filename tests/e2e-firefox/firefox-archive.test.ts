/**
 * The archive that grows, in real Firefox ESR: two front pages (one UTF-8, one GB18030, dated by their names)
 * imported through the options page's file input are previewed and found by search; a served news page saved
 * from the popup is found by search as saved; the reset to the bundled archive removes them and leaves the
 * bundled archive answering.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ElementHandle, Page } from 'puppeteer-core';
import { ROOT, waitFor } from '../../scripts/lib/extension-harness';
import { archiveReady, pageReport, useFirefox } from './harness';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'import');

const harness = useFirefox();

interface Hit {
  id: string;
  title: string;
  date: string;
  kind: string;
}
const hits = async (query: string) =>
  (await harness.ask<{ hits: Hit[] }>({ type: 'archive/search', query, limit: 20 })).hits;

const text = (page: Page, selector: string) =>
  page.$eval(selector, (el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '');

/** Waits until `selector` shows text matching `pattern`; returns the text. */
const shows = (page: Page, selector: string, pattern: RegExp, timeout = 60_000) =>
  waitFor(
    async () => {
      const found = await page.$(selector);
      const said = found ? await found.evaluate((el) => el.textContent ?? '') : '';
      return pattern.test(said) ? said : null;
    },
    `${selector} to show ${pattern}`,
    timeout,
  );

/** The first button whose text is `label`. */
async function button(page: Page, label: string): Promise<ElementHandle<HTMLButtonElement>> {
  return waitFor(async () => {
    for (const b of await page.$$('button')) {
      if ((await b.evaluate((el) => el.textContent?.trim())) === label)
        return b as ElementHandle<HTMLButtonElement>;
    }
    return null;
  }, `the button “${label}”`);
}

let options: Page;

test('two front pages imported through the options page are previewed, then found by search', async () => {
  await archiveReady(harness);
  options = await harness.openExtensionPage('options.html#archive');
  const before = (
    await harness.ask<{ archive: { counts: { articles: number } } }>({ type: 'archive/status' })
  ).archive.counts.articles;
  assert.equal((await hits('学生公交专线')).length, 1, 'the bundled report alone');

  const input = (await options.waitForSelector(
    'input[name=import-files]',
  )) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(join(FIXTURES, '2023-08-11.txt'), join(FIXTURES, '20230326.txt'));
  const preview = await shows(options, '.ll-import-preview', /预览：2 个版面，5 篇报道/);
  assert.match(preview, /2023-08-11\.txt.*2023-08-11 第 1 版 · 日期取自文件名/s);
  assert.match(preview, /20230326\.txt.*GB18030/s, 'the GB18030 file decoded, not refused');

  await (await button(options, '导入 2 个版面')).click();
  await shows(options, '.ll-import-result', /已导入 2 个版面（5 篇报道）/, 90_000);
  const after = (await harness.ask<{ archive: { counts: { articles: number } } }>({ type: 'archive/status' }))
    .archive.counts.articles;
  assert.equal(after, before + 5);
  const found = await hits('学生公交专线');
  assert.ok(
    found.some((hit) => hit.date === '2023-03-26'),
    `the imported article: ${found.map((h) => h.date).join(', ')}`,
  );
});

test('a served news page saved from the popup is found by search, marked as saved', async () => {
  const page = await harness.openPage('saved-article.html');
  const { tabId } = await pageReport(harness, page.url());
  const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
  await (await button(popup, '将本文保存到档案')).click();
  await shows(popup, '.ll-save-article [role=status]', /已保存到档案：吕梁市区公交车4月1日起全民免费乘坐/);
  const saved = (await hits('学生公交专线')).filter((hit) => hit.kind === 'saved');
  assert.equal(saved.length, 1);
  assert.equal(saved[0]!.date, '2022-03-25', "the page's own publication line");
  await popup.close();
  await page.close();
});

test('the reset to the bundled archive removes what was added; the bundled archive still answers', async () => {
  // a fresh page: the list as the background has it now, the saved article included
  await options.close();
  options = await harness.openExtensionPage('options.html#archive');
  await options.waitForSelector('.ll-additions-list li:nth-child(3)');
  assert.equal((await hits('学生公交专线')).length, 3);

  await (await button(options, '恢复为内置档案…')).click();
  assert.match(await text(options, '[role=alertdialog]'), /全部 3 项内容/);
  await (await button(options, '移除我添加的内容')).click();
  await shows(options, 'body', /已移除 3 项内容/);
  await archiveReady(harness);
  const left = await hits('学生公交专线');
  assert.deepEqual(
    left.map((hit) => hit.kind === 'saved' || hit.date !== '2022-03-26'),
    [false],
    'only the bundled report',
  );
  assert.ok((await hits('孙大军')).length >= 4, 'the bundled archive answers');
  await options.close();
});

test('no script of the add-on threw and no page logged an error', () => {
  assert.deepEqual(harness.errors, []);
});
