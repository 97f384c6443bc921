/**
 * The hover card in real Chromium: intent delay, staying open while the pointer moves into it, Esc, the
 * keyboard command, the side panel, and its look on a page whose CSP forbids inline styles.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { useExtension, waitFor, waitForPageReport } from '../../scripts/lib/extension-harness';
import { chromiumCard as card } from '../../scripts/lib/card-reader';
import { mentionCentre as inPageMentionCentre, recordCspViolations } from '../../scripts/lib/in-page';

const STRICT_CSP = "default-src 'none'; style-src 'self'";

const harness = useExtension({ headers: { '/overlay-csp.html': { 'content-security-policy': STRICT_CSP } } });

async function open(path: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.addInitScript(recordCspViolations);
  await page.goto(`${harness.origin}/${path}`);
  await waitFor(() => page.evaluate(() => CSS.highlights.has('lvliang-person')), 'highlights');
  return page;
}

/** Centre of the `nth` painted mention reading `text`, in viewport coordinates. */
function mentionCentre(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(inPageMentionCentre, { text, nth });
}

async function cardText(page: Page): Promise<string> {
  return (await card.waitOpen(page)).text;
}

async function tabIdOf(page: Page): Promise<number> {
  return (await waitForPageReport(harness, page.url())).tabId;
}

test('hovering a mention opens its card after the delay: posts with spans, the post on the page date, related articles', async () => {
  const page = await open('news-portal.html');
  const at = await mentionCentre(page, '张广勇');
  await page.evaluate(() => {
    // Times, in the page, of the last pointer move and of the card's arrival.
    const w = window as unknown as { movedAt: number; cardAt: number };
    document.addEventListener('pointermove', () => (w.movedAt = performance.now()), true);
    new MutationObserver(() => {
      if (!w.cardAt && document.querySelector('lvliang-card')) w.cardAt = performance.now();
    }).observe(document.documentElement, { childList: true });
  });
  await page.mouse.move(at.x, at.y);
  const shown = await card.waitOpen(page);
  const { text } = shown;
  // Not at once: the card waits for the pointer to rest (350 ms by default).
  const waited = await page.evaluate(() => {
    const w = window as unknown as { movedAt: number; cardAt: number };
    return w.cardAt - w.movedAt;
  });
  assert.ok(waited >= 340, `the card came ${waited} ms after the pointer stopped`);
  assert.match(text, /张广勇/);
  assert.match(text, /人物/);
  // Posts as printed spans: first and last printing, open ends marked (…), no span across a year of silence.
  // 2020-04-11 is followed by an issue within a month (2020-05-10) that does not print it: not an open end.
  assert.match(text, /市委副书记 · … 2020-04-11 1 篇报道/);
  assert.match(text, /市委副书记 · … 2022-03-26 …/);
  assert.match(text, /市长 · … 2021-08-11 – 2022-03-26 …/);
  // The page is dated 2021-08-11 (来源：吕梁日报 · 2021年8月11日): both posts were held then.
  assert.match(text, /2021-08-11 时任\s*市长、市委副书记/);
  assert.match(text, /档案中最近出现：2022-03-26/);
  assert.equal(shown.related.length, 3);
  assert.equal(shown.sparklines, 1, 'a sparkline');

  // Placed below the mention, not over it, inside the viewport.
  const { box } = shown;
  assert.ok(box.y > at.y, 'below the mention');
  assert.ok(box.x >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 800, 'inside the viewport');

  // The card's text is text: no markup from the archive or the page is parsed.
  assert.equal(shown.markup, 0);
  await page.close();
});

test('the card stays while the pointer moves into it, closes on leaving it and on Esc', async () => {
  const page = await open('news-portal.html');
  const at = await mentionCentre(page, '孙大军');
  await page.mouse.move(at.x, at.y);
  const { box } = await card.waitOpen(page, { loaded: false });
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 12 });
  await page.waitForTimeout(800);
  const still = await card.read(page);
  assert.ok(still && still.box.width > 0 && still.box.height > 0, 'still open with the pointer on it');
  // Leaving the card for blank space closes it.
  await page.mouse.move(1250, 780, { steps: 5 });
  await card.waitClosed(page);

  // Esc closes it too.
  const other = await mentionCentre(page, '离石区');
  await page.mouse.move(other.x, other.y);
  assert.match(await cardText(page), /地点/);
  await page.keyboard.press('Escape');
  await card.waitClosed(page, 1000);
  // The page's own markup is as it was: the card lives outside <body> and is gone.
  assert.deepEqual(await page.evaluate(() => [...document.documentElement.children].map((e) => e.tagName)), [
    'HEAD',
    'BODY',
  ]);
  assert.deepEqual(harness.pageErrors, []);
  await page.close();
});

test('the keyboard command steps through mentions in page order and opens their cards', async () => {
  const manifest = await harness.worker.evaluate(() => chrome.runtime.getManifest());
  assert.equal(manifest.commands?.['next-mention']?.suggested_key?.default, 'Alt+Shift+L');

  const page = await open('news-portal.html');
  const tabId = await tabIdOf(page);
  const step = () =>
    harness.worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'overlay/next-mention' }, { frameId: 0 }),
      tabId,
    );
  const focused = () =>
    page.evaluate(() =>
      [...(CSS.highlights.get('lvliang-focus') ?? [])].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      }),
    );
  await step();
  assert.match(await cardText(page), /吕梁市/, 'the first mention is 吕梁 in the masthead');
  assert.deepEqual(await focused(), ['吕梁']);
  await step();
  await waitFor(async () => ((await focused())[0] === '孙大军' ? true : null), 'the second mention');
  assert.match(await cardText(page), /孙大军/);
  await page.keyboard.press('Escape');
  await card.waitClosed(page, 1000);
  assert.deepEqual(await focused(), []);
  await page.close();
});

test('Timeline and a related article open the side panel on them', async () => {
  const page = await open('news-portal.html');
  const tabId = await tabIdOf(page);
  const at = await mentionCentre(page, '孙大军');
  await page.mouse.move(at.x, at.y);
  await cardText(page);
  const panelPath = () => harness.worker.evaluate((id) => chrome.sidePanel.getOptions({ tabId: id }), tabId);
  await card.click(page, 'button.timeline');
  await waitFor(
    async () =>
      (await panelPath()).path?.endsWith(`sidepanel.html?entity=${encodeURIComponent('person:孙大军')}`)
        ? true
        : null,
    'the side panel on the entity',
  );
  // The panel is really open, on that page (the click's user gesture reached sidePanel.open).
  const cdp = await harness.context.newCDPSession(page);
  const panels = async () =>
    (await cdp.send('Target.getTargets')).targetInfos
      .map((t) => t.url)
      .filter((u) => u.includes('/sidepanel.html'));
  await waitFor(
    async () => ((await panels()).some((u) => u.includes('?entity=')) ? true : null),
    'an open side panel',
  );
  await page.mouse.move(at.x, at.y);
  await card.click(page, '.related button');
  await waitFor(
    async () => (/sidepanel\.html\?article=[^&]+$/.test((await panelPath()).path ?? '') ? true : null),
    'the side panel on an article',
  );
  await waitFor(
    async () => ((await panels()).some((u) => u.includes('?article=')) ? true : null),
    'the panel showing it',
  );
  await page.close();
});

test('on a page whose CSP forbids inline styles the card is styled, and nothing is blocked', async () => {
  const page = await open('overlay-csp.html');
  const at = await mentionCentre(page, '孙大军');
  await page.mouse.move(at.x, at.y);
  const { style } = await card.waitOpen(page);
  assert.deepEqual(style, { position: 'fixed', fontSize: '13px', radius: '8px', bg: 'rgb(255, 253, 249)' });
  // The highlight rules come from the manifest stylesheet, out of the CSP's reach.
  const painted = await page.evaluate(() => {
    const [r] = [...CSS.highlights.get('lvliang-person')!];
    return getComputedStyle(r!.startContainer.parentElement!, '::highlight(lvliang-person)').backgroundColor;
  });
  assert.notEqual(painted, 'rgba(0, 0, 0, 0)');
  assert.deepEqual(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), []);
  assert.deepEqual(harness.pageErrors, []);
  await page.close();
});
