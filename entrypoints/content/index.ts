import './highlights.css';
import { createCardView } from '@/components/card/mount';
import { showSaveNoticeInPage } from '@/components/save/notice';
import { features } from '@/lib/content/features';
import { ignoreLaterStartAnnouncements } from '@/lib/content/start-guard';
import { provideCardView } from '@/lib/overlay/page/card-view';
import { provideSaveNotice } from '@/lib/save/notice';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // srcdoc and about:blank frames take their parent's origin: read them too.
  matchAboutBlank: true,
  matchOriginAsFallback: { chrome: true },
  runAt: 'document_idle',
  // The ::highlight() rules go in the manifest, out of reach of page CSPs; the card styles its own shadow root.
  cssInjectionMode: 'manifest',
  // WXT's start announcement by window.postMessage would tell every page script the extension's id.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const startEvent = (ctx.constructor as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: string })
      .SCRIPT_STARTED_MESSAGE_TYPE;
    if (startEvent) ctx.onInvalidated(ignoreLaterStartAnnouncements(startEvent));
    provideCardView(createCardView);
    provideSaveNotice(showSaveNoticeInPage);
    for (const feature of features) {
      try {
        await feature.start(ctx);
      } catch (error) {
        // One broken feature must not take the others down, nor throw into the page's console as uncaught.
        console.debug(`[lvliang] ${feature.id} failed`, error);
      }
    }
  },
});
