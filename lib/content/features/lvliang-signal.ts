import type { ContentFeature } from '../feature';

/** 吕梁 in simplified and traditional characters: the plainest sign that a page is about Lüliang. */
const LVLIANG = /[吕呂]梁/g;

/**
 * Counts how often the page names Lüliang and reports it to the background, which keeps it for the popup's
 * status line. Reads text only; never touches the page's DOM.
 */
export const lvliangSignal: ContentFeature = {
  id: 'lvliang-signal',
  async start(ctx) {
    const text = document.body?.innerText ?? '';
    const mentions = text.match(LVLIANG)?.length ?? 0;
    if (ctx.isInvalid) return;
    await browser.runtime.sendMessage({ type: 'page/report', mentions, entities: 0 });
  },
};
