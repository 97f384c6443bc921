/**
 * The overlay on the test corpus (tests/corpus) in real Chromium with the built extension: every page not about
 * Lüliang stays plain, the pages about it light up with precision and recall of at least 0.97, no string that
 * must stay plain is painted, and the hover card dates the post by the page's own date (or by none).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { useExtension, waitForPageReport } from '../../scripts/lib/extension-harness';
import { chromiumCard as card } from '../../scripts/lib/card-reader';
import { loadCorpus, scoreCorpus, type CorpusPage, type PageOutcome } from '../corpus/corpus';

const harness = useExtension();

const corpus = loadCorpus();

/** Every painted mention in the overlay's highlights: its text and the centre of its first box. */
function painted(page: Page): Promise<{ text: string; x: number; y: number }[]> {
  return page.evaluate(() => {
    const out: { text: string; x: number; y: number }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('lvliang-') || name === 'lvliang-focus') continue;
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const rect = range.getClientRects()[0];
        out.push({
          text: range.toString(),
          x: (rect?.left ?? 0) + (rect?.width ?? 0) / 2,
          y: (rect?.top ?? 0) + (rect?.height ?? 0) / 2,
        });
      }
    }
    return out;
  });
}

async function read(file: string): Promise<{ page: Page; highlighted: string[] }> {
  const page = await harness.openPage(`corpus/${file}`);
  // The report follows the page's decision; the highlights are painted before it is sent.
  await waitForPageReport(harness, page.url(), { what: `the report for ${file}` });
  await page.waitForTimeout(100);
  return { page, highlighted: (await painted(page)).map((m) => m.text) };
}

const outcomes: PageOutcome[] = [];

test('every page of the corpus: negatives plain, the rest with precision and recall ≥ 0.97', async () => {
  for (const entry of corpus) {
    const { page, highlighted } = await read(entry.file);
    outcomes.push({ page: entry, highlighted });
    await page.close();
  }
  const score = scoreCorpus(outcomes);
  console.info(
    `corpus in Chromium: ${corpus.length} pages, precision ${score.precision.toFixed(3)}, ` +
      `recall ${score.recall.toFixed(3)} (${score.truePositives} right, ${score.falsePositives} extra, ` +
      `${score.falseNegatives} missed); negative pages lit: ${score.litNegatives.length} of ${score.negativePages}`,
  );
  if (score.problems.length > 0) console.info(score.problems.join('\n'));
  assert.deepEqual(score.litNegatives, []);
  assert.deepEqual(
    score.problems.filter((p) => p.includes('must stay plain')),
    [],
  );
  assert.ok(score.precision >= 0.97, `precision ${score.precision}`);
  assert.ok(score.recall >= 0.97, `recall ${score.recall}`);
  assert.deepEqual(harness.pageErrors, []);
});

/** A person the page must highlight, whose card shows the post held on the page's date. */
function personOn(entry: CorpusPage): string | undefined {
  const people = ['孙大军', '孫大軍', '张广勇', '張穩科', '杨巨才'];
  return people.find((name) => entry.highlights.includes(name));
}

test('the hover card uses the page’s own date, or none', async () => {
  const dated = corpus.filter((entry) => entry.class !== 'negative' && personOn(entry));
  assert.ok(dated.length >= 5, 'pages with an official to hover');
  for (const entry of dated) {
    const name = personOn(entry)!;
    const { page } = await read(entry.file);
    const at = (await painted(page)).find((m) => m.text === name);
    assert.ok(at, `${entry.file}: ${name} is painted`);
    await page.mouse.move(at.x, at.y);
    const { text } = await card.waitOpen(page);
    // 「<date> 时任」 for a post held that day, 「<date> 前最后所任」 for the last one before it.
    const shown = /(\d{4}-\d{2}-\d{2}) (?:时任|前最后所任)/.exec(text)?.[1] ?? null;
    assert.equal(shown, entry.date, `${entry.file}: the card's date`);
    await page.close();
  }
});
