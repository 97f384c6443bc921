/**
 * The page overlay in real Chromium, against the bundled archive: which mentions light up and which do not,
 * pages that change after load, shadow roots, iframes, the per-site switch and the badge.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, useExtension, waitFor, waitForPageReport } from '../../scripts/lib/extension-harness';
import { paintedMentions } from '../../scripts/lib/in-page';

const harness = useExtension();

type Painted = Record<string, string[]>;

/** Entity id by name and alias, from the archive the extension carries. */
let byName: Map<string, string> | null = null;
function entityOf(text: string): string {
  if (!byName) {
    const archive = JSON.parse(readFileSync(join(EXTENSION_DIR, 'archive.json'), 'utf8')) as {
      entities: { id: string; name: string; aliases: string[] }[];
    };
    byName = new Map();
    for (const e of archive.entities)
      for (const n of [e.name, ...e.aliases]) if (!byName.has(n)) byName.set(n, e.id);
  }
  const id = byName.get(text);
  assert.ok(id, `"${text}" is a name in the archive`);
  return id;
}

/** The overlay's highlights in a frame: highlight name → text of each range, in registration order. */
function painted(frame: Page | Frame): Promise<Painted> {
  return frame.evaluate(paintedMentions);
}

const names = (p: Painted, kind: string) => [...new Set(p[`lvliang-${kind}`] ?? [])].sort();

function open(path: string): Promise<Page> {
  // The body as the page built it, before the content script runs (document_idle comes after this).
  return harness.openPage(path, {
    init: () => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { bodyAtLoad: string }).bodyAtLoad = document.body.innerHTML;
      });
    },
  });
}

function paintedSoon(
  frame: Page | Frame,
  what: string,
  ok: (p: Painted) => boolean = (p) => Object.keys(p).length > 0,
) {
  return waitFor(async () => {
    const p = await painted(frame);
    return ok(p) ? p : null;
  }, what);
}

async function tabIdOf(url: string): Promise<number> {
  return (await waitForPageReport(harness, url)).tabId;
}

const badge = (tabId: number) => harness.badge(tabId);

async function setSettings(change: Record<string, unknown>): Promise<void> {
  await harness.worker.evaluate(async (c) => {
    const { settings } = await chrome.storage.local.get('settings');
    const current = {
      highlights: true,
      disabledSites: [],
      hoverDelayMs: 350,
      ...(settings as object | undefined),
    };
    await chrome.storage.local.set({ settings: { ...current, ...c } });
  }, change);
}

test('a news page about Lüliang: people, places in their own highlights; generic words never; DOM untouched', async () => {
  const page = await open('news-portal.html');
  const p = await paintedSoon(
    page,
    'highlights on the news page',
    (x) => (x['lvliang-person'] ?? []).length > 0,
  );
  // The secretary, the mayor, and the city leaders listed after 市领导.
  assert.deepEqual(
    names(p, 'person'),
    ['孙大军', '张广勇', '任凯', '任忠', '乔晓峰', '田安平', '任磊', '油晓峰', '尉文龙'].sort(),
  );
  assert.ok(names(p, 'place').includes('离石区'), 'the county is a place');
  assert.ok(names(p, 'place').includes('柳林县'), 'another county');
  // 孙大军 is named four times on the page; each mention is painted.
  assert.equal((p['lvliang-person'] ?? []).filter((t) => t === '孙大军').length, 4);
  // Generic words (市委, 市长) are never painted on their own.
  const all = Object.values(p).flat();
  for (const generic of ['市委', '市长', '市委书记'])
    assert.ok(!all.includes(generic), `${generic} is not painted`);

  const unchanged = await page.evaluate(
    () => document.body.innerHTML === (window as unknown as { bodyAtLoad: string }).bodyAtLoad,
  );
  assert.equal(unchanged, true, 'the page’s DOM is never rewritten');
  const extra = await page.evaluate(() => [...document.documentElement.children].map((e) => e.tagName));
  assert.deepEqual(extra, ['HEAD', 'BODY']);

  const url = page.url();
  const tabId = await tabIdOf(url);
  // Distinct entities painted: each painted text is a name or an alias of one archive entity.
  const distinct = new Set(Object.values(p).flat().map(entityOf)).size;
  const text = await waitFor(async () => ((await badge(tabId)) !== '' ? badge(tabId) : null), 'the badge');
  assert.equal(Number(text), distinct, 'the badge counts distinct entities');
  const report = await harness.worker.evaluate(
    async (id) =>
      (await chrome.storage.session.get(`page:${id}`))[`page:${id}`] as {
        mentions: number;
        entities: number;
      },
    tabId,
  );
  assert.equal(report.entities, distinct);
  assert.equal(report.mentions, 2, '吕梁 is named twice in the page body');
  assert.deepEqual(harness.pageErrors, []);
  await page.close();
});

test('a page in traditional characters lights up the same names', async () => {
  const page = await open('overlay-traditional.html');
  const p = await paintedSoon(page, 'highlights on the traditional page');
  assert.deepEqual(names(p, 'person'), ['孫大軍', '張廣勇'].sort());
  assert.deepEqual(names(p, 'place'), ['柳林縣']);
  await page.close();
});

test('a namesake with no sign of Lüliang, and 权威 as an ordinary word, are not highlighted', async () => {
  const page = await open('overlay-namesake.html');
  const url = page.url();
  const tabId = await tabIdOf(url);
  const report = await harness.worker.evaluate(
    async (id) => (await chrome.storage.session.get(`page:${id}`))[`page:${id}`] as { entities: number },
    tabId,
  );
  assert.equal(report.entities, 0);
  await page.waitForTimeout(300); // a frame or two: highlights would be painted by now
  assert.deepEqual(await painted(page), {});
  assert.equal(await badge(tabId), '');
  await page.close();
});

test('text added after load is read: a single-page app, infinite scroll and edits', async () => {
  const page = await open('overlay-dynamic.html');
  // The article arrives 400 ms after load, into a page that had no Chinese text at all.
  let p = await paintedSoon(page, 'the inserted article', (x) => names(x, 'person').includes('张广勇'));
  // 权威 right after his post is the person; in 权威发布 it is the ordinary word.
  assert.deepEqual(
    p['lvliang-person']?.filter((t) => t === '权威'),
    ['权威'],
  );
  await page.evaluate(() => (window as unknown as { more(): void }).more());
  p = await paintedSoon(page, 'the first story', (x) => names(x, 'person').includes('孙大军'));
  assert.ok(names(p, 'place').includes('离石区'), 'the story’s place');
  await page.evaluate(() => (window as unknown as { more(): void }).more());
  p = await paintedSoon(page, 'the second story', (x) => names(x, 'place').includes('柳林县'));
  // An edit in place: the old mentions go, the new text is read.
  await page.evaluate(() =>
    (window as unknown as { editFirst(t: string): void }).editFirst('市长张广勇到交城县调研。'),
  );
  p = await paintedSoon(page, 'the edited story', (x) => names(x, 'place').includes('交城县'));
  assert.deepEqual(names(p, 'person'), ['张广勇', '权威'].sort());
  assert.ok(!names(p, 'place').includes('离石区'), 'the replaced text’s place is gone');
  await page.close();
});

test('text in open shadow roots is highlighted', async () => {
  const page = await open('overlay-shadow.html');
  const p = await paintedSoon(page, 'shadow-root highlights', (x) => names(x, 'person').length === 2);
  assert.deepEqual(names(p, 'person'), ['孙大军', '张广勇'].sort());
  const inShadow = await page.evaluate(() =>
    [...(CSS.highlights.get('lvliang-person') ?? [])].map(
      (r) => r.startContainer.getRootNode() instanceof ShadowRoot,
    ),
  );
  assert.deepEqual(inShadow, [true, true]);
  await page.close();
});

test('same-origin and srcdoc iframes are highlighted, and the badge counts their entities too', async () => {
  const page = await open('overlay-frames.html');
  const top = await paintedSoon(page, 'top-frame highlights');
  const child = page.frames().find((f) => f.url().endsWith('overlay-frames-child.html'));
  const inline = page.frames().find((f) => f.url() === 'about:srcdoc');
  assert.ok(child && inline, 'both frames are there');
  const fromChild = await paintedSoon(child, 'child-frame highlights');
  const fromInline = await paintedSoon(inline, 'srcdoc-frame highlights');
  assert.deepEqual(names(fromChild, 'person'), ['张广勇']);
  assert.deepEqual(names(fromChild, 'place'), ['柳林县']);
  assert.deepEqual(names(fromInline, 'place'), ['离石区']);
  const ids = (x: Painted) => Object.values(x).flat().map(entityOf);
  const union = new Set([...ids(top), ...ids(fromChild), ...ids(fromInline)]);
  const own = new Set(ids(top));
  assert.ok(union.size > own.size, 'the frames add entities the top page does not name');
  const tabId = await tabIdOf(page.url());
  await waitFor(async () => (Number(await badge(tabId)) === union.size ? true : null), `badge ${union.size}`);
  await page.close();
});

/** The cross-origin ad frame of overlay-foreign-*.html (served from localhost, the page from 127.0.0.1). */
async function adFrame(page: Page): Promise<Frame> {
  return waitFor(
    async () =>
      page.frames().find((f) => f.url().includes('localhost') && f.url().endsWith('overlay-foreign-ad.html')),
    'the cross-origin ad frame',
  );
}

test('a cross-origin ad naming Lüliang is highlighted in its frame but counts nothing for the page', async () => {
  const page = await open('overlay-foreign-host.html');
  const ad = await adFrame(page);
  const fromAd = await paintedSoon(ad, 'highlights in the ad frame');
  assert.deepEqual(names(fromAd, 'person'), ['张广勇'], 'the overlay does run in the ad frame');
  const tabId = await tabIdOf(page.url());
  // The frame has painted, so it would have reported by now; give the top frame time to add it in.
  await page.waitForTimeout(800);
  const report = await waitForPageReport(harness, page.url());
  assert.equal(report.mentions, 0, 'the popup and side panel count the page, not the ad');
  assert.equal(report.entities, 0);
  assert.equal(await badge(tabId), '');
  const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
  const status = popup.locator('.ll-status p').first();
  await status.waitFor();
  assert.equal(await status.textContent(), '本页未提到吕梁。', 'the popup counts the page alone');
  await popup.close();
  await page.close();
});

test('off for the site: a cross-origin frame is not highlighted, the page is not read, the badge stays empty', async () => {
  await setSettings({ disabledSites: ['127.0.0.1'] });
  try {
    const page = await open('overlay-foreign-off.html');
    const ad = await adFrame(page);
    const report = await waitForPageReport(harness, page.url());
    await page.waitForTimeout(800);
    assert.deepEqual(await painted(ad), {}, 'no highlights in the ad frame');
    assert.deepEqual(await painted(page), {}, 'none in the page');
    const again = await waitForPageReport(harness, page.url());
    assert.equal(again.mentions, 0, 'the page names 吕梁 twice, but it is not read');
    assert.equal(again.entities, 0);
    assert.equal(report.mentions, 0);
    assert.equal(await badge(report.tabId), '');
    const popup = await harness.openExtensionPage(`popup.html?tab=${report.tabId}`);
    const status = popup.locator('.ll-status p').first();
    await status.waitFor();
    assert.equal(
      await status.textContent(),
      '此处已停用：不读取本页。',
      'the popup says the page is not read',
    );
    await popup.close();
    // The side panel's "this page" says the same, and the page's text never reached it.
    const panel = await harness.openExtensionPage(`sidepanel.html?tab=${report.tabId}`);
    const said = panel.locator('.ll-this-page .ll-page-report');
    await said.waitFor();
    assert.equal(
      await said.textContent(),
      '此处已停用：不读取本页。',
      'the side panel says the page is not read',
    );
    assert.equal(
      await panel.locator('.ll-this-page').getAttribute('data-source'),
      'report',
      'no answer from the page',
    );
    assert.equal(await panel.locator('#ll-page-entities').count(), 0, 'no claim about its entities');
    await panel.close();
    await page.close();
  } finally {
    await setSettings({ disabledSites: [] });
  }
});

test('turning the overlay off for the site removes highlights at once; turning it on brings them back', async () => {
  const page = await open('news-portal.html');
  await paintedSoon(page, 'highlights before the switch');
  const tabId = await tabIdOf(page.url());
  await setSettings({ disabledSites: ['127.0.0.1'] });
  const started = Date.now();
  await waitFor(
    async () => (Object.keys(await painted(page)).length === 0 ? true : null),
    'highlights gone',
    2000,
  );
  const tookMs = Date.now() - started;
  assert.ok(tookMs < 1000, `highlights went in ${tookMs} ms`);
  await waitFor(async () => ((await badge(tabId)) === '' ? true : null), 'badge cleared');
  // They stay away, also on the next visit.
  await page.reload();
  await waitFor(
    () =>
      harness.worker.evaluate(
        async (id) => (await chrome.storage.session.get(`page:${id}`))[`page:${id}`],
        tabId,
      ),
    'a report after reload',
  );
  await page.waitForTimeout(500);
  assert.deepEqual(await painted(page), {});
  await setSettings({ disabledSites: [] });
  await paintedSoon(page, 'highlights back');
  // The global switch does the same.
  await setSettings({ highlights: false });
  await waitFor(
    async () => (Object.keys(await painted(page)).length === 0 ? true : null),
    'highlights off',
    2000,
  );
  await setSettings({ highlights: true });
  await paintedSoon(page, 'highlights on again');
  await page.close();
});
