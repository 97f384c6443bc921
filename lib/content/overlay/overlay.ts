/**
 * The page overlay in one frame: a session (scan, highlights, hover cards) runs while the reader's settings
 * (the global switch and the per-site one) allow it, switched at once as they change; what it finds is reported
 * to the background. The side panel and the keyboard command reach it through `PageOverlay`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageContext } from '../../shared/messages/to-tab';
import { DEFAULT_SETTINGS, getSettings, settingsItem, type Settings } from '../../shared/settings';
import { OverlaySwitch } from './overlay-switch';
import { isTopFrame, sameOriginAsTop } from './page-url';
import { Reporter } from './page-report';
import { OverlaySession } from './session';

export interface PageOverlay {
  /** Reads the settings and switches the overlay on if they allow; follows their changes from then on. */
  start(): Promise<void>;
  /** The `next-mention` command. */
  nextMention(): void;
  /**
   * What the page is about, for the side panel; undefined when this frame does not answer: only the top frame
   * speaks for the page, and off, the page's text is not read.
   */
  pageContext(): PageContext | undefined;
}

export function createPageOverlay(ctx: ContentScriptContext): PageOverlay {
  const reporter = new Reporter(isTopFrame() ? 'top' : sameOriginAsTop() ? 'child' : 'foreign');
  let settings: Settings = DEFAULT_SETTINGS;
  let session: OverlaySession | null = null;

  const stopSession = (): void => {
    session?.stop();
    session = null;
  };
  const turnTo = (on: boolean): void => {
    if (on && !session) {
      session = new OverlaySession(ctx, {
        hoverDelayMs: () => settings.hoverDelayMs,
        onFindings: (findings) => reporter.update(findings),
      });
      session.start();
    } else if (!on) {
      stopSession();
      // Off means nothing on the tab is read: the frame reports nothing, so the badge and the popup say nothing.
      reporter.update({ ids: [], mentions: 0 });
    }
  };
  const overlaySwitch = new OverlaySwitch(turnTo);

  return {
    async start() {
      settings = await getSettings();
      const unwatch = settingsItem.watch((next) => {
        settings = { ...DEFAULT_SETTINGS, ...next };
        void overlaySwitch.apply(settings);
      });
      ctx.onInvalidated(() => {
        overlaySwitch.cancel();
        unwatch();
        stopSession();
      });
      await overlaySwitch.apply(settings);
    },
    nextMention: () => session?.next(),
    pageContext: () => (isTopFrame() && session ? session.context() : undefined),
  };
}
