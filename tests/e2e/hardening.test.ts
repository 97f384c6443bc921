/**
 * What a hostile page or a compromised renderer can get from the extension: no extension id by postMessage,
 * no way to switch the overlay off with a forged start event, no other tab's address.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { setOverlayOn, useExtension, waitFor, waitForPageReport } from '../../scripts/lib/extension-harness';
import { chromiumCard as card } from '../../scripts/lib/card-reader';
import { mentionCentre, paintedMentions } from '../../scripts/lib/in-page';

const harness = useExtension();

/** The text of every range the overlay highlights on the page. */
const highlighted = async (page: Page) => Object.values(await page.evaluate(paintedMentions)).flat();

/** Runs `expression` in the extension's content-script world of `page`, as a compromised renderer could. */
async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp = await harness.context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = await waitFor(
    async () =>
      contexts.find(
        (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${harness.extensionId}`,
      ),
    'the content script world',
  );
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  assert.equal(exceptionDetails, undefined, JSON.stringify(exceptionDetails));
  return result.value;
}

test('the page never hears the extension id, and a forged start event does not stop the overlay', async () => {
  const page = await harness.openPage('hardening-start.html');
  await waitFor(async () => (await highlighted(page)).includes('张广勇'), 'the first highlight');
  const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
  assert.ok(
    !heard.some((m) => m.includes(harness.extensionId) || m.includes('content-script-started')),
    heard.join(),
  );

  // Knowing the id anyway (it is public for a store extension), the page forges WXT's start announcement.
  await page.evaluate((id) => {
    for (const name of [`${id}:content:wxt:content-script-started`, `${id}:content:content-script-started`]) {
      document.dispatchEvent(
        new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }),
      );
    }
    (window as unknown as { more(html: string): void }).more('市委书记孙大军到离石区调研。');
  }, harness.extensionId);
  await waitFor(
    async () => (await highlighted(page)).includes('孙大军'),
    'a highlight added after the forged event',
  );
  await page.close();
});

test("a content script reads its own tab's state only, and a closed tab's state is dropped", async () => {
  const first = await harness.openPage('hardening-start.html?session=s3cret#section');
  const second = await harness.openPage('overlay-namesake.html');
  const bare = `${harness.origin}/hardening-start.html`;
  const firstReport = await waitForPageReport(harness, bare, { accept: (r) => r.entities > 0 });
  const secondReport = await waitForPageReport(harness, `${harness.origin}/overlay-namesake.html`);
  assert.equal(firstReport.url, bare, 'no query string or fragment is stored');

  const ask = (tabId: number) =>
    inContentScript(second, `chrome.runtime.sendMessage({ type: 'page/state', tabId: ${tabId} })`);
  assert.deepEqual(await ask(firstReport.tabId), { ok: true, data: null });
  const own = (await ask(secondReport.tabId)) as { ok: boolean; data: { url: string } | null };
  assert.equal(own.data?.url, `${harness.origin}/overlay-namesake.html`);

  await first.close();
  await waitFor(
    () =>
      harness.worker.evaluate(
        async (key) => !(key in (await chrome.storage.session.get(null))),
        `page:${firstReport.tabId}`,
      ),
    "the closed tab's record to be dropped",
  );
  await second.close();
});

/** Loads the many-node page and returns the worst lateness of the page's own 20 ms timer while `until` runs. */
async function timerLateness(
  until: (page: Page) => Promise<unknown>,
): Promise<{ worst: number; ticks: number }> {
  const page = await harness.openPage('overlay-many-nodes.html');
  await waitFor(
    () => page.evaluate(() => typeof (window as { renderedAt?: number }).renderedAt === 'number'),
    'render',
  );
  await until(page);
  const lateness = await page.evaluate(() => (window as unknown as { lateness: number[] }).lateness);
  await page.close();
  return { worst: Math.round(Math.max(0, ...lateness)), ticks: lateness.length };
}

/**
 * Pairs measured before the overlay is judged to starve the page's timers. On a shared machine the system can
 * pause the renderer for 100 ms and more whatever the page runs; a pause the overlay causes comes back in every
 * pair, a pause of the machine does not. Each pair measures the overlay on and then off over the same stretch of
 * time, in a fresh tab each (so every run compiles the content script's matcher and reads the whole page again).
 */
const TIMER_PAIRS = 3;

test("the page's own timers keep running while the overlay reads a page of 200 000 nodes", async () => {
  const bound = (off: number) => Math.max(3 * off, 100);
  const pairs: { on: number; off: number; readMs: number; ticks: number }[] = [];
  try {
    for (let pair = 0; pair < TIMER_PAIRS; pair++) {
      await setOverlayOn(harness, true);
      let readMs = 0;
      const on = await timerLateness(async (page) => {
        const started = Date.now();
        await waitForPageReport(harness, page.url(), {
          accept: (r) => r.entities >= 7,
          what: 'the report of the many-node page',
          timeoutMs: 60_000,
        });
        readMs = Date.now() - started;
      });
      // The same stretch of time without the overlay (at least 3 s): as many chances for the machine to pause it.
      await setOverlayOn(harness, false);
      const off = await timerLateness((page) => page.waitForTimeout(Math.max(3000, readMs)));
      pairs.push({ on: on.worst, off: off.worst, readMs, ticks: on.ticks });
      console.log(
        `200 000-node page: timer lateness ${on.worst} ms with the overlay (read in ~${readMs} ms, ${on.ticks} ` +
          `ticks), ${off.worst} ms without it`,
      );
      if (on.worst < 1000 && on.worst <= bound(off.worst)) break;
    }
  } finally {
    await setOverlayOn(harness, true); // the file's other tests read with the overlay on
  }
  const said = pairs.map((p) => `${p.on} ms late with the overlay, ${p.off} ms without`).join('; ');
  assert.ok(
    pairs.every((p) => p.ticks > 0),
    'the page’s timer ticked while the overlay read the page',
  );
  assert.ok(
    pairs.some((p) => p.on < 1000),
    `the page's timer was a second late in every run: ${said}`,
  );
  assert.ok(
    pairs.some((p) => p.on <= bound(p.off)),
    `in every run: ${said}`,
  );
});

test("a page's synthetic pointer events never open a card; the reader's pointer does", async () => {
  const page = await harness.openPage('hardening-start.html');
  await waitFor(async () => (await highlighted(page)).includes('张广勇'), 'the highlight');
  const at = await page.evaluate(mentionCentre, { text: '张广勇' });
  await page.evaluate(({ x, y }) => {
    const target = document.elementFromPoint(x, y)!;
    for (let i = 0; i < 5; i++) {
      target.dispatchEvent(
        new PointerEvent('pointermove', { clientX: x + i, clientY: y, bubbles: true, composed: true }),
      );
    }
  }, at);
  await page.waitForTimeout(1200); // well past the hover delay
  assert.equal(await page.locator('lvliang-card').count(), 0, 'no card for synthetic events');
  await page.mouse.move(at.x, at.y);
  await card.waitOpen(page, { loaded: false });
  await page.close();
});

test("a page script can neither read the open card nor press its buttons; the reader's click does", async () => {
  const page = await harness.openPage('hardening-start.html');
  await waitFor(async () => (await highlighted(page)).includes('张广勇'), 'the highlight');
  const { tabId } = await waitForPageReport(harness, page.url());
  const panelPath = async () =>
    (await harness.worker.evaluate((id) => chrome.sidePanel.getOptions({ tabId: id }), tabId)).path;
  const at = await page.evaluate(mentionCentre, { text: '张广勇' });
  await page.mouse.move(at.x, at.y);
  const shown = await card.waitOpen(page);
  assert.match(shown.text, /市长/, 'the reader sees the card');
  assert.equal(await card.mode(page), 'closed');

  // What the page's own scripts get of it: the host element and nothing inside.
  const seen = await page.evaluate(() => {
    const host = document.querySelector('lvliang-card')!;
    return {
      shadowRoot: host.shadowRoot,
      text: host.textContent,
      html: host.innerHTML,
      inside: document.querySelectorAll('.card, button').length,
    };
  });
  assert.deepEqual(seen, { shadowRoot: null, text: '', html: '', inside: 0 });

  // The page forges every way of pressing "Timeline" it has: events at the button's place, clicks on what it
  // finds there, the keyboard.
  const before = await panelPath();
  const button = await card.centre(page, 'button.timeline');
  const target = await page.evaluate(({ x, y }) => {
    const host = document.querySelector('lvliang-card') as HTMLElement;
    const there = document.elementFromPoint(x, y) as HTMLElement;
    const init = { clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true };
    for (const type of ['pointerover', 'pointerenter', 'pointermove', 'pointerdown', 'pointerup'])
      there.dispatchEvent(new PointerEvent(type, init));
    for (const type of ['mousedown', 'mouseup', 'click']) there.dispatchEvent(new MouseEvent(type, init));
    there.click();
    host.click();
    (host.shadowRoot?.querySelector('button.timeline') as HTMLElement | null)?.click();
    host.focus();
    for (const key of ['Tab', 'Enter', ' '])
      there.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    return there.tagName;
  }, button);
  assert.equal(target, 'LVLIANG-CARD', 'at the button the page finds only the host');
  await page.waitForTimeout(800);
  assert.equal(await panelPath(), before, 'the forged clicks pressed nothing');
  assert.ok(await card.read(page), 'nor did they close the card');

  // The reader's own click at the same place does press it.
  await card.click(page, 'button.timeline');
  await waitFor(
    async () => ((await panelPath())?.includes('?entity=') ? true : null),
    'the side panel on the timeline',
  );
  await page.close();
});
