/** The options page in real Chromium: settings are saved to extension storage and shown again on reload. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useExtension } from '../../scripts/lib/extension-harness';

const harness = useExtension();

test('a reader turns the overlay off for a site and back on', async () => {
  const page = await harness.openExtensionPage('options.html');
  const site = page.locator('input[name=site]');
  await site.fill('https://www.Example.com/news/1.html');
  await page.keyboard.press('Enter');
  await page.locator('.ll-sites li', { hasText: 'example.com' }).waitFor();

  await site.fill('not a site');
  await page.getByRole('button', { name: /添加网站|Add site/ }).click();
  assert.match((await page.getByRole('alert').textContent()) ?? '', /not a site/);

  await page.locator('input[name=highlights]').uncheck();
  const stored = await harness.worker.evaluate(() => chrome.storage.local.get('settings'));
  assert.deepEqual((stored.settings as { disabledSites: string[] }).disabledSites, ['example.com']);
  assert.equal((stored.settings as { highlights: boolean }).highlights, false);

  await page.reload();
  await page.locator('.ll-sites li', { hasText: 'example.com' }).waitFor();
  assert.equal(await page.locator('input[name=highlights]').isChecked(), false);
  await page.getByRole('button', { name: /example\.com/ }).click();
  await page.locator('.ll-sites li').waitFor({ state: 'detached' });
  const after = await harness.worker.evaluate(() => chrome.storage.local.get('settings'));
  assert.deepEqual((after.settings as { disabledSites: string[] }).disabledSites, []);
  assert.deepEqual(harness.pageErrors, []);
});
