/**
 * Smoke test of the built extension in real Chromium: the service worker starts, every extension page renders
 * without page errors, and the content script runs on a page served from 127.0.0.1.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useExtension, waitFor, waitForPageReport } from '../../scripts/lib/extension-harness';

const harness = useExtension();

test('the background service worker starts from the built manifest', async () => {
  assert.match(harness.worker.url(), /^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  const manifest = await harness.worker.evaluate(() => chrome.runtime.getManifest());
  assert.equal(manifest.manifest_version, 3);
  assert.equal(
    manifest.background && 'type' in manifest.background ? manifest.background.type : null,
    'module',
  );
  assert.match(manifest.content_security_policy?.extension_pages ?? '', /'wasm-unsafe-eval'/);
});

test('jieba loads from its own file in the package, not from an inlined copy', async () => {
  // a page asks: the service worker's own messages do not reach its listener
  const probe = await harness.openExtensionPage('options.html');
  const status = await waitFor(
    () =>
      probe.evaluate(async () => {
        const reply = (await chrome.runtime.sendMessage({ type: 'archive/status' })) as {
          data: { search: { tokenizer: string; jiebaError: string | null } };
        };
        return reply.data.search.tokenizer === 'jieba' || reply.data.search.jiebaError ? reply.data : null;
      }),
    'jieba warm in the background',
    30_000,
  );
  assert.equal(status.search.jiebaError, null);
  const files = await harness.worker.evaluate(async () => {
    const wasm = await fetch(chrome.runtime.getURL('/jieba/jieba_rs_wasm_bg.wasm'));
    const background = await (await fetch(chrome.runtime.getURL('/background.js'))).text();
    return { wasm: wasm.ok, backgroundBytes: background.length };
  });
  assert.ok(files.wasm);
  assert.ok(files.backgroundBytes < 3_000_000, `background.js is ${files.backgroundBytes} characters`);
  await probe.close();
});

for (const page of ['popup', 'sidepanel', 'options']) {
  test(`the ${page} page renders without page errors`, async () => {
    const before = harness.pageErrors.length;
    const tab = await harness.openExtensionPage(`${page}.html`);
    const heading = tab.locator('h1');
    await heading.waitFor({ timeout: 10_000 });
    assert.ok((await heading.textContent())?.trim(), `${page} shows a heading`);
    assert.equal(
      await tab.locator('.ll-app-name').textContent(),
      '吕梁镜',
      'the UI follows the zh-CN browser language',
    );
    await tab.waitForTimeout(300); // late errors from effects
    assert.deepEqual(harness.pageErrors.slice(before), []);
    await tab.close();
  });
}

test('the content script runs on a page served from 127.0.0.1 and reports to the background', async () => {
  const tab = await harness.context.newPage();
  const url = `${harness.origin}/news-portal.html`;
  await tab.goto(url);
  const report = await waitForPageReport(harness, url, { what: 'a page report from the content script' });
  const expected = ((await tab.locator('body').innerText()).match(/[吕呂]梁/g) ?? []).length;
  assert.ok(expected > 0);
  assert.equal(report.mentions, expected);
  await tab.close();
});
