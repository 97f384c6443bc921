/** The popup's status line for a tab: mention count from the content script, and the per-site switch. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useExtension, waitFor, waitForPageReport } from '../../scripts/lib/extension-harness';

const harness = useExtension();

test('the popup shows what the page mentions and turns the overlay off for its site', async () => {
  const news = await harness.context.newPage();
  const url = `${harness.origin}/news-portal.html`;
  await news.goto(url);
  const { tabId } = await waitForPageReport(harness, url);

  const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
  const status = popup.locator('.ll-status');
  await status.locator('p').first().waitFor();
  assert.match((await status.textContent()) ?? '', /本页提到吕梁 2 次/);

  const toggle = popup.locator('input[name=site-overlay]');
  assert.equal(await toggle.isChecked(), true);
  await toggle.uncheck();
  const stored = await waitFor(
    () =>
      harness.worker.evaluate(async () => {
        const { settings } = await chrome.storage.local.get('settings');
        return (settings as { disabledSites?: string[] } | undefined)?.disabledSites?.length
          ? settings
          : null;
      }),
    'the site switch to be saved',
  );
  assert.deepEqual((stored as { disabledSites: string[] }).disabledSites, ['127.0.0.1']);
  assert.deepEqual(harness.pageErrors, []);
});
