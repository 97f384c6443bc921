import './highlights.css';
import { createCardView } from '@/components/card/mount';
import { showSaveNoticeInPage } from '@/components/save/notice';
import { dispatchTabMessages } from '@/lib/content/dispatch';
import { articleSaver } from '@/lib/content/features/save-article';
import { ignoreLaterStartAnnouncements } from '@/lib/content/start-guard';
import { provideCardView } from '@/lib/content/overlay/card-view';
import { createPageOverlay } from '@/lib/content/overlay/overlay';
import { provideSaveNotice } from '@/lib/content/save/save-notice';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // srcdoc and about:blank frames take their parent's origin: read them too.
  matchAboutBlank: true,
  matchOriginAsFallback: { chrome: true },
  // As soon as the document is parsed: the highlights on screen are shown without waiting for the page's load.
  runAt: 'document_end',
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
    const overlay = createPageOverlay(ctx);
    // Listening starts first: saving an article never waits on the overlay's start.
    ctx.onInvalidated(
      dispatchTabMessages({
        'page/save-article': articleSaver(),
        'overlay/next-mention': () => overlay.nextMention(),
        'overlay/page-context': () => overlay.pageContext(),
      }),
    );
    try {
      await overlay.start();
    } catch (error) {
      // A failed start must not throw into the page's console as uncaught.
      console.debug('[lvliang] the page overlay failed', error);
    }
  },
});
