/**
 * Renders the extension icon (the character 镜 on the archive's brown) with Chromium and writes the PNG sizes
 * the manifest uses to public/icon/. Run by hand when the icon changes; the PNGs are committed.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './lib/extension-harness';

const SIZES = [16, 32, 48, 128];

async function main() {
  const dir = join(ROOT, 'public', 'icon');
  mkdirSync(dir, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<body style="margin:0;background:transparent"><div style="width:${size}px;height:${size}px;` +
          `border-radius:${size * 0.2}px;background:#8a5a2b;color:#fbf8f3;display:grid;place-items:center;` +
          `font:700 ${Math.round(size * 0.72)}px/1 'WenQuanYi Micro Hei',sans-serif">镜</div></body>`,
      );
      await page.screenshot({ path: join(dir, `${size}.png`), omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`icons written to ${dir}: ${SIZES.join(', ')} px`);
}

void main();
