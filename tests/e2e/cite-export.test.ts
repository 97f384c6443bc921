/**
 * Cite and export in real Chromium with the built extension: a citation copied from the reader view, the
 * hover card and the search results and read back from the clipboard; a career copied as text; the career
 * (CPED columns), an entity's articles, its TimelineJS timeline and a search's results downloaded and parsed
 * back. One browser for the file.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { CPED_COLUMNS } from '../../core/export/cped';
import {
  extensionUrl,
  useExtension,
  waitFor,
  waitForArchiveReady,
} from '../../scripts/lib/extension-harness';
import { chromiumCard } from '../../scripts/lib/card-reader';
import { mentionCentre } from '../../scripts/lib/in-page';

const harness = useExtension({ setup: prepare });
let panel: Page;

const CLIPBOARD = ['clipboard-read', 'clipboard-write'];

/** The file's own preparation, once the browser is up. */
async function prepare(): Promise<void> {
  // Every origin: an extension page's origin is opaque to the permission API, so it cannot be named.
  await harness.context.grantPermissions(CLIPBOARD);
  panel = await harness.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(extensionUrl(harness, 'sidepanel.html'));
  await waitForArchiveReady(panel);
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Empties the clipboard, so a test reads only what it copied. */
const clearClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.writeText(''));

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  assert.ok(path, 'the download was saved');
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

function csvRows(bytes: Buffer): string[][] {
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark first');
  return parse(bytes.toString('utf8'), { bom: true }) as string[][];
}

test('the reader view copies the citation in Chinese and in English, and says so', async () => {
  await panel.goto(extensionUrl(harness, 'sidepanel.html?article=2021-08-11-p1-a1'));
  await clearClipboard(panel);
  const zh = panel.getByRole('button', { name: '复制中文引文' });
  await zh.click();
  await panel.locator('.ll-reader .ll-copy-status', { hasText: '已复制' }).waitFor();
  assert.equal(
    await clipboard(panel),
    '《吕梁日报》2021年8月11日第1版《孙大军主持召开文明城市创建工作专题汇报会》（李雅萍 王益炜 摄）',
  );

  // By keyboard: Tab from the Chinese button to the English one, Enter.
  await zh.focus();
  await panel.keyboard.press('Tab');
  await panel.keyboard.press('Enter');
  await waitFor(async () => (await clipboard(panel)).startsWith('Lüliang Daily'), 'the English citation');
  const en = await clipboard(panel);
  assert.match(
    en,
    /^Lüliang Daily \(吕梁日报\), 11 Aug 2021, p\. 1, "孙大军主持召开文明城市创建工作专题汇报会" \(Sūn dà jūn /,
  );
  assert.match(en, /\) \[translation\], by Li Yaping; photo Wang Yiwei\.$/);
  assert.deepEqual(harness.pageErrors, []);
});

test('a refused clipboard is said plainly and the citation is shown to copy by hand', async () => {
  await panel.goto(extensionUrl(harness, 'sidepanel.html?article=2021-08-19-p1-a4'));
  await panel.getByRole('button', { name: '复制中文引文' }).waitFor();
  // The browser refuses both ways of writing to the clipboard.
  // (A string, so the bundler's helpers do not travel into the page.)
  await panel.evaluate(`
    Object.defineProperty(navigator.clipboard, 'writeText', {
      value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
    });
    document.execCommand = () => false;
  `);
  await panel.getByRole('button', { name: '复制中文引文' }).click();
  const alert = panel.locator('.ll-copy-failed[role=alert]');
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? '', /浏览器拒绝写入剪贴板（Write permission denied\.）/);
  assert.equal(
    await alert.locator('textarea').inputValue(),
    '《吕梁日报》2021年8月19日第1版《市委召开常委会议 孙大军主持》（李雅萍）',
  );
});

test('the timeline copies a career with its evidence and downloads it in CPED columns', async () => {
  await panel.goto(extensionUrl(harness, 'sidepanel.html?entity=张广勇'));
  await clearClipboard(panel);
  await panel.getByRole('button', { name: '复制职务经历及出处' }).click();
  await panel.locator('.ll-cite-exports .ll-copy-status', { hasText: '已复制' }).waitFor();
  const career = (await clipboard(panel)).split('\n');
  assert.match(career[0]!, /^张广勇 职务经历.*首次与末次见报/);
  // The post index's printed spans: the archive holds no issue between April 2020 and August 2021, so the
  // deputy secretary's post is two spans, each end the archive cannot see past said so.
  assert.ok(career.includes('1. 市委副书记：2020-04-11 见报（此前不在档案范围内）'), career.join('\n'));
  assert.ok(career.includes('3. 市委副书记：2022-03-26 见报（前后均在档案范围之外）'), career.join('\n'));
  assert.ok(career.some((l) => /^ {3}- 2021-08-11《孙大军主持召开文明城市创建工作专题汇报会》/.test(l)));

  const file = await downloaded(panel, () =>
    panel.getByRole('button', { name: '职务经历 CSV（CPED 列）' }).click(),
  );
  assert.match(file.name, /^lvliang-张广勇-career-cped-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = csvRows(file.bytes);
  assert.deepEqual(rows[0], [...CPED_COLUMNS]);
  const mayor = rows.find((r) => r[8] === '市长');
  assert.ok(mayor, rows.map((r) => r.join(',')).join('\n'));
  assert.deepEqual(mayor.slice(0, 8).slice(4), ['山西省', '吕梁市', '', '吕梁市政府']);
  assert.match(mayor[9]!, /2021-08-11-p1-a1/);
  assert.match(mayor[10]!, /首次\/末次见报/);
  await panel
    .locator('.ll-cite-exports [role=status]', { hasText: /已下载 lvliang-张广勇-career-cped/ })
    .waitFor();
});

test('an entity’s articles download as CSV and JSON, and its timeline as TimelineJS', async () => {
  await panel.goto(extensionUrl(harness, 'sidepanel.html?entity=孙大军'));
  const csv = await downloaded(panel, () => panel.getByRole('button', { name: '报道列表 CSV' }).click());
  const rows = csvRows(csv.bytes);
  assert.deepEqual(rows[0], ['id', 'date', 'event_date', 'kind', 'title', 'score', 'snippet', 'source']);
  assert.deepEqual(
    rows.slice(1).map((r) => r[1]),
    ['2021-08-11', '2021-08-19', '2022-03-26', '2022-03-26'],
  );

  const json = await downloaded(panel, () => panel.getByRole('button', { name: '报道列表 JSON' }).click());
  const list = JSON.parse(json.bytes.toString('utf8')) as {
    list: string;
    subject: string;
    articles: { id: string }[];
  };
  assert.equal(list.list, 'entity');
  assert.equal(list.subject, '孙大军');
  assert.deepEqual(
    list.articles.map((a) => a.id),
    rows.slice(1).map((r) => r[0]),
  );

  const tl = await downloaded(panel, () =>
    panel.getByRole('button', { name: '时间线 TimelineJS JSON' }).click(),
  );
  const doc = JSON.parse(tl.bytes.toString('utf8')) as {
    title: { text: { headline: string } };
    events: {
      start_date: { year: number; month: number; day: number };
      end_date?: unknown;
      text: { headline: string };
      group: string;
    }[];
  };
  assert.equal(doc.title.text.headline, '孙大军');
  const post = doc.events.find((e) => e.group === '职务');
  assert.deepEqual(post?.start_date, { year: 2021, month: 8, day: 11 });
  assert.equal(post?.text.headline, '市委书记');
  assert.equal(doc.events.filter((e) => e.group === '报道').length, 4);
});

test('search results: the chosen article is cited from the keyboard and the whole list downloads', async () => {
  await panel.goto(extensionUrl(harness, 'sidepanel.html?q=文明城市'));
  await panel
    .locator('.ll-search-body[data-state=ready][data-query="文明城市"]')
    .waitFor({ timeout: 20_000 });
  const box = panel.getByRole('combobox', { name: '搜索档案' });
  await box.focus();
  // Past the names to the first article.
  const names = await panel.locator('[role=group]').first().locator('[role=option]').count();
  const articles = await panel.locator('.ll-row-article').count();
  assert.ok(articles > 0);
  const firstIsArticle =
    (await panel.locator('[role=option]').first().locator('.ll-row-article').count()) > 0;
  for (let i = 0; i <= (firstIsArticle ? 0 : names); i++) await panel.keyboard.press('ArrowDown');
  const chosen =
    (await panel.locator('[role=option][aria-selected=true] .ll-article-title').textContent()) ?? '';
  assert.ok(chosen, 'an article is chosen');
  await panel.locator('.ll-cite-search p', { hasText: `已选：${chosen}` }).waitFor();

  await clearClipboard(panel);
  const cite = panel.locator('.ll-cite-search').getByRole('button', { name: /^复制中文引文/ });
  await cite.focus();
  await panel.keyboard.press('Enter');
  await waitFor(
    async () => (await clipboard(panel)).startsWith('《吕梁日报》'),
    'the citation of the chosen article',
  );
  assert.ok((await clipboard(panel)).includes(`《${chosen}》`), await clipboard(panel));

  const csv = await downloaded(panel, () => panel.getByRole('button', { name: '搜索结果 CSV' }).click());
  const rows = csvRows(csv.bytes);
  assert.equal(rows[0]![0], 'id');
  assert.equal(rows.length - 1, articles, 'every result, one row each');
  assert.ok(rows.slice(1).some((r) => r[4] === chosen));
  assert.ok(rows.slice(1).every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r[1]!) && Number(r[5]) > 0));
});

test('the hover card copies a related article’s citation', async () => {
  const page = await harness.openPage(`news-portal.html`);
  await waitFor(() => page.evaluate(() => CSS.highlights.has('lvliang-person')), 'highlights');
  await page.evaluate(() => navigator.clipboard.writeText(''));
  const at = await page.evaluate(mentionCentre, { text: '孙大军', nth: 0 });
  await page.mouse.move(at.x, at.y);
  // The card's root is closed: it is read and clicked as the reader sees it (scripts/lib/card-reader.ts).
  const card = await chromiumCard.waitOpen(page);
  const title = card.related[0] ?? '';
  assert.ok(title, 'the card lists related articles');
  const label = `复制《${title}》的引文`;
  const copy = await chromiumCard.inCard(
    page,
    (root, name: string) =>
      [...root.querySelectorAll('.related li:first-child button')].findIndex(
        (b) => b.getAttribute('aria-label') === name,
      ),
    label,
  );
  assert.ok(copy !== null && copy >= 0, `a button named ${label}`);
  const at2 = await chromiumCard.centre(page, '.related li:first-child button', copy);
  await page.mouse.move(at2.x, at2.y, { steps: 8 });
  await chromiumCard.click(page, '.related li:first-child button', copy);
  await waitFor(
    () =>
      chromiumCard.inCard(
        page,
        (root) =>
          root.querySelector('.related li:first-child .ll-copy-status')?.textContent?.includes('已复制')
            ? true
            : null,
        null,
      ),
    'the copied status',
  );
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /^《吕梁日报》\d{4}年\d{1,2}月\d{1,2}日第1版《/);
  assert.ok(text.includes(`《${title}》`), text);
  assert.ok(await chromiumCard.read(page), 'the card stays open');
  await page.close();
  assert.deepEqual(harness.pageErrors, []);
});

test('English readers see pinyin beside the name, English posts, and copy an English career', async () => {
  const english = await harness.context.newPage();
  await english.setViewportSize({ width: 420, height: 900 });
  // The UI follows the browser's language (components/i18n.ts); this page reports English.
  await english.addInitScript(
    `Object.defineProperty(Navigator.prototype, 'language', { get: () => 'en-US' });`,
  );
  await english.goto(extensionUrl(harness, 'sidepanel.html?entity=张广勇'));
  await english.locator('.ll-person-posts li').first().waitFor();
  assert.equal(await english.locator('.ll-entity-view .ll-pinyin').textContent(), 'Zhāng Guǎngyǒng');
  const posts = await english.locator('.ll-person-posts > li').allTextContents();
  assert.ok(
    posts.some((p) =>
      p.startsWith('市委副书记 (Deputy Party Secretary of the Municipal Committee) · … 2020-04-11'),
    ),
    posts.join(' | '),
  );
  assert.ok(
    posts.some((p) => p.startsWith('市长 (Mayor) · … 2021-08-11 – 2022-03-26 …')),
    posts.join(' | '),
  );

  await clearClipboard(english);
  await english.getByRole('button', { name: 'Copy career with evidence' }).click();
  await english.locator('.ll-copy-status', { hasText: 'Copied' }).waitFor();
  const career = await clipboard(english);
  assert.match(career, /^Zhāng Guǎngyǒng \(张广勇\): posts in the Lüliang Daily archive/);
  assert.match(
    career,
    /\n2\. 市长 \(Mayor\): printed 2021-08-11 to 2022-03-26 \(the archive does not reach before or after\)\n/,
  );
  await english.close();
});
