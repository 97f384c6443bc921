/**
 * Storage faults in real Chromium, as an unlucky reader meets them: the disk too full to store the archive at
 * install (the extension origin's quota lowered over the DevTools protocol as the browser starts), and the
 * archive's database deleted under the running extension. The popup says what happened and what to do, never a
 * raw error or an endless "starting 0%", and the archive comes back and answers search by itself once it can.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CDPSession, Page } from 'playwright-core';
import { useExtension, waitFor } from '../../scripts/lib/extension-harness';
import { DB_NAME } from '../../lib/background/storage/schema';

const harness = useExtension({ setup: prepare });
let cdp: CDPSession;
let origin: string;
/** The file's own preparation, once the browser is up. */
async function prepare(): Promise<void> {
  // At once, before the bundled archive is written: the browser refuses it more than a few kilobytes.
  const blank = await harness.context.newPage();
  cdp = await harness.context.newCDPSession(blank);
  origin = `chrome-extension://${harness.extensionId}`;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 200_000 });
}

interface Status {
  state: string;
  ready: boolean;
  fault: string | null;
}

const status = async (page: Page): Promise<Status> =>
  ((await page.evaluate(() => chrome.runtime.sendMessage({ type: 'archive/status' }))) as { data: Status })
    .data;

/** Opens the popup and types `query` into its search box. */
async function popupSearching(query: string): Promise<Page> {
  const popup = await harness.openExtensionPage('popup.html');
  await popup.getByRole('combobox', { name: '搜索档案' }).pressSequentially(query);
  return popup;
}

/** Reads the popup's search area until `done` holds; returns every text it showed on the way. */
async function watchSearch(popup: Page, done: (text: string) => boolean, what: string, timeoutMs: number) {
  const seen = new Set<string>();
  await waitFor(
    async () => {
      const text = ((await popup.locator('.ll-search-body').textContent()) ?? '').trim();
      seen.add(text);
      return done(text);
    },
    what,
    timeoutMs,
  );
  return [...seen];
}

/** Error text no reader should meet: an exception's name, or the storage layer's own words. */
const RAW_ERROR = /TypeError|QuotaExceededError|DOMException|missing its stats|undefined/;
/** A result of searching 张广勇: the report of the 2022 meeting he spoke at. */
const FOUND = '全市脱贫攻坚问题整改工作推进会议召开';

test('a full disk at install is said as such, with what to do, and the archive installs by itself once space returns', async () => {
  const popup = await popupSearching('张广勇');
  const full = await watchSearch(
    popup,
    (text) => text.includes('磁盘空间不足，无法存储档案。'),
    'the popup to say the disk is full',
    30_000,
  );
  assert.ok(!full.some((text) => text.includes(FOUND)), 'the archive was not installed before the quota');
  const said = (await popup.locator('.ll-search-body').textContent()) ?? '';
  assert.match(said, /空间/, 'what to do: free space');
  assert.doesNotMatch(said, /正在启动|0%/, 'not an endless start');
  const stalled = await status(popup);
  assert.deepEqual([stalled.state, stalled.fault], ['error', 'storage-full']);

  // Space returns; nobody touches the popup: the background tries again and the waiting search answers.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  const after = await watchSearch(popup, (text) => text.includes(FOUND), 'search to answer', 60_000);
  assert.deepEqual(
    [...full, ...after].filter((text) => RAW_ERROR.test(text)),
    [],
    'no raw error text on the way',
  );
  assert.deepEqual(await status(popup).then((s) => [s.state, s.fault]), ['ready', null]);
  await popup.close();
});

test('a database deleted under the running extension is detected, installed again and searched again', async () => {
  const popup = await popupSearching('孙大军');
  await watchSearch(popup, (text) => text.includes('孙大军'), 'search before the fault', 20_000);
  const deleted = await popup.evaluate(
    (name) =>
      new Promise<string>((resolve) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = () => resolve('deleted');
        request.onerror = () => resolve(`not deleted: ${request.error?.message}`);
      }),
    DB_NAME,
  );
  assert.equal(deleted, 'deleted');

  // The next query finds the archive gone: it is told so in words, and the repair has begun.
  const reply = (await popup.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'archive/search', query: '张广勇' }),
  )) as { ok: boolean; error?: { code: string; message: string } };
  assert.equal(reply.ok, false);
  assert.equal(reply.error?.code, 'not-ready');
  assert.match(reply.error?.message ?? '', /damaged and is being installed again/);
  assert.doesNotMatch(reply.error?.message ?? '', RAW_ERROR);

  // A reader searching now gets the answer once the archive is back, with no raw error on the way.
  const again = await popupSearching('张广勇');
  const seen = await watchSearch(again, (text) => text.includes(FOUND), 'search to answer again', 60_000);
  assert.deepEqual(
    seen.filter((text) => RAW_ERROR.test(text)),
    [],
    'no raw error text',
  );
  assert.deepEqual(await status(again).then((s) => [s.state, s.fault]), ['ready', null]);
  await again.close();
  await popup.close();
});
