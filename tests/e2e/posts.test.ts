/**
 * Posts and succession in real Chromium, one browser for the file: the hover card's printed spans and its
 * disagreement with a page that prints the wrong post for the page's date, the post view reached from the
 * card, a span's articles opening the reader, and post questions in the popup's search with the coverage line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { extensionUrl, useExtension, waitFor, waitForPageReport } from '../../scripts/lib/extension-harness';
import { chromiumCard } from '../../scripts/lib/card-reader';
import { mentionCentre } from '../../scripts/lib/in-page';

const harness = useExtension();

async function open(path: string): Promise<Page> {
  const page = await harness.openPage(`${path}`);
  await waitFor(() => page.evaluate(() => CSS.highlights.has('lvliang-person')), 'highlights');
  return page;
}

/** How many elements of the open card match `selector` (the card's root is closed: read over DevTools). */
const countInCard = async (page: Page, selector: string): Promise<number> =>
  (await chromiumCard.inCard(
    page,
    (root, sel: string) => root.querySelectorAll(`.card ${sel}`).length,
    selector,
  )) ?? 0;

async function hover(page: Page, name: string): Promise<string> {
  const at = await page.evaluate(mentionCentre, { text: name, nth: 0 });
  await page.mouse.move(at.x, at.y);
  await waitFor(async () => ((await countInCard(page, '.card-posts')) > 0 ? true : null), 'the card’s posts');
  return (await chromiumCard.waitOpen(page)).text;
}

test('the card says plainly when the page’s post disagrees with the archive on the page’s date', async () => {
  const page = await open('posts-reprint.html');
  // Dated 2020-05-06 (发布时间), a header clock notwithstanding. The archive prints 王立伟 as 市长 then.
  const text = await hover(page, '张广勇');
  assert.match(text, /本页称 张广勇 为市长。而档案中 2020-05-06 前后见报的市长是另一人：/);
  assert.match(text, /王立伟 \(… 2020-04-11 – 2020-05-10 …\)/);
  assert.match(text, /档案中此人此前最后见报的职务是市委副书记/);
  // Honest spans: first and last printing, open ends marked, the rule said in the card.
  assert.match(text, /日期是档案中首次与最后一次见报，不是任期/);
  assert.match(text, /市长 · … 2021-08-11 – 2022-03-26 …/);
  await page.keyboard.press('Escape');
  await chromiumCard.waitClosed(page);

  // The page agrees with the archive about 李正印: no note.
  const agreeing = await hover(page, '李正印');
  assert.doesNotMatch(agreeing, /本页称/);
  assert.match(agreeing, /市委书记 · … 2020-04-11 – 2020-05-10 …/);
  assert.equal(await countInCard(page, '.disagree'), 0);
  await page.close();
});

test('“before / after in the archive” opens the post view, whose spans’ articles open the reader', async () => {
  const page = await open('news-portal.html');
  const { tabId } = await waitForPageReport(harness, page.url());
  const text = await hover(page, '孙大军');
  assert.match(text, /档案中的前任：李正印（最后见报 2020-05-10）/);
  // A span's articles are one click away in the card.
  await chromiumCard.click(page, '.card-posts summary');
  await waitFor(
    async () => ((await countInCard(page, '.ll-span-articles li')) >= 3 ? true : null),
    'the articles',
  );
  const secretary = await chromiumCard.inCard(
    page,
    (root) =>
      [...root.querySelectorAll('button.post-open')].findIndex((b) => b.textContent?.includes('市委书记')),
    null,
  );
  assert.ok(secretary !== null && secretary >= 0);
  await chromiumCard.click(page, 'button.post-open', secretary);
  const panelPath = () => harness.worker.evaluate((id) => chrome.sidePanel.getOptions({ tabId: id }), tabId);
  const query = `?post=${encodeURIComponent('post:市委书记')}`;
  await waitFor(
    async () => ((await panelPath()).path?.endsWith(query) ? true : null),
    'the panel on the post',
  );
  await page.close();

  // Headless Chromium shows no side panel: the same view, opened on the path the card gave it.
  const panel = await harness.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(extensionUrl(harness, `sidepanel.html${query}`));
  await panel.locator('.ll-post-view').waitFor();
  assert.equal(await panel.locator('main h2').textContent(), '市委书记：档案中的任职者');
  assert.deepEqual(
    await panel
      .locator('.ll-post-holders > li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-holder'))),
    ['李正印', '孙大军'],
  );
  // Holders as spans on one axis, the gap between them drawn as the archive's silence.
  assert.equal(await panel.locator('.ll-post-chart .ll-post-span').count(), 2);
  assert.equal(await panel.locator('.ll-post-chart .ll-gap-silent').count(), 1);
  assert.match(
    (await panel.locator('.ll-post-gaps').textContent()) ?? '',
    /2020-05-10 – 2021-08-11：档案中没有这段时间的报纸/,
  );
  assert.match(
    (await panel.locator('[data-coverage]').first().textContent()) ?? '',
    /5 个头版，2020-04-11 … 2022-03-26；2020-05 至 2021-08、2021-08 至 2022-03 之间没有报纸/,
  );
  // Keyboard: the span opens with Enter on its summary, its first article with Enter on the link.
  const summary = panel.locator('[data-holder=孙大军] summary');
  await summary.focus();
  await panel.keyboard.press('Enter');
  const link = panel.locator('[data-holder=孙大军] .ll-span-articles a').first();
  const title = (await link.textContent()) ?? '';
  await link.focus();
  await panel.keyboard.press('Enter');
  await waitFor(
    async () => (new URL(panel.url()).searchParams.get('article') ? true : null),
    'the reader view',
  );
  assert.equal(await panel.locator('main h2').textContent(), title);
  assert.deepEqual(harness.pageErrors, []);
  await panel.close();
});

test('a post question in the popup answers with the holders, the day asked and the coverage', async () => {
  const popup = await harness.openExtensionPage('popup.html');
  const box = popup.getByRole('combobox', { name: '搜索档案' });
  await box.fill('2020年9月1日的市长是谁');
  const answer = popup.locator('[data-post-answer=市长]');
  await answer.waitFor({ timeout: 20_000 });
  const text = (await answer.textContent()) ?? '';
  assert.match(text, /档案中 2020-09-01 前后没有此职务的任职者见报/);
  assert.match(text, /此前最后见报：王立伟（2020-05-10）/);
  assert.match(text, /此后首次见报：张广勇（2021-08-11）/);
  await popup.locator('[data-coverage]').waitFor();

  await box.fill('柳林县委书记');
  await popup.locator('[data-post-answer=柳林县委书记]').waitFor();
  assert.match(
    (await popup.locator('[data-post-answer=柳林县委书记]').textContent()) ?? '',
    /档案中没有见报的柳林县委书记/,
  );
  await popup.close();

  // The side panel's post view answers for a day too.
  const panel = await harness.context.newPage();
  await panel.goto(
    extensionUrl(harness, `sidepanel.html?post=${encodeURIComponent('post:市长')}&on=2020-05-01`),
  );
  await panel.locator('[data-on="2020-05-01"]').waitFor();
  assert.match(
    (await panel.locator('[data-on]').textContent()) ?? '',
    /2020-05-01 前后见报的任职者： 王立伟/,
  );
  assert.equal(await panel.locator('.ll-on-day').count(), 1);
  await panel.close();
});

test('the timeline lists a person’s posts as printed spans with a link to each post', async () => {
  const panel = await harness.openExtensionPage(
    `sidepanel.html?entity=${encodeURIComponent('person:张广勇')}`,
  );
  const posts = panel.locator('.ll-person-posts');
  await posts.waitFor();
  const text = (await posts.textContent()) ?? '';
  assert.match(text, /市委副书记 · … 2020-04-11/);
  assert.match(text, /市长 · … 2021-08-11 – 2022-03-26 …/);
  assert.match(text, /档案中的前任：王立伟/);
  await panel.locator('.ll-person-posts a', { hasText: '市长：档案中的前后任' }).click();
  await panel.locator('.ll-post-view[data-post="post:市长"]').waitFor();
  await panel.locator('[data-coverage]').waitFor();
  await panel.close();
});
