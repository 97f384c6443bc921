/**
 * The page overlay in one frame: scans the page, paints highlights, opens hover cards, reports counts, and
 * follows the reader's settings (the global switch and the per-site one) as they change, at once.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findPageDate, type Matcher } from '@/core/match';
import { ask } from '../../messages/client';
import { printedBefore } from '../../posts/printed';
import { DEFAULT_SETTINGS, getSettings, isSiteDisabled, settingsItem, type Settings } from '../../settings';
import { OverlayMessage, TabMessage, type MatcherReply } from '../protocol';
import { cardViewFactory } from './card-view';
import { canHighlight } from './highlights';
import { Hover } from './hover';
import { createMatcherSliced, PageScanner, type ScanResult } from './page-scanner';
import { pageContext } from './page-context';
import { isTopFrame, pageUrl, sameOriginAsTop } from './page-url';
import { Reporter } from './report';
import { ViewportPainter } from './viewport-paint';

let matcher: Promise<Matcher> | null = null;

function loadMatcher(): Promise<Matcher> {
  matcher ??= ask<MatcherReply>({ type: OverlayMessage.matcher }).then((reply) =>
    createMatcherSliced(reply.data),
  );
  matcher.catch(() => (matcher = null));
  return matcher;
}

const today = (): string => new Date().toISOString().slice(0, 10);

interface Session {
  scanner: PageScanner;
  hover: Hover | null;
  painter: ViewportPainter | null;
  result: ScanResult | null;
  pageDate?: string | null;
}

export async function startPageOverlay(ctx: ContentScriptContext): Promise<void> {
  const reporter = new Reporter(isTopFrame() ? 'top' : sameOriginAsTop() ? 'child' : 'foreign');
  let settings: Settings = await getSettings();
  let session: Session | null = null;

  const enable = (): void => {
    const card = cardViewFactory()?.(ctx) ?? null;
    const current: Session = {
      scanner: new PageScanner({ loadMatcher, onResult: (result) => show(current, result) }),
      hover: null,
      painter: null,
      result: null,
    };
    if (canHighlight()) {
      current.painter = new ViewportPainter((mention) => current.result?.entries[mention.entry]?.kind);
    }
    if (card) {
      current.hover = new Hover(ctx, {
        card,
        delayMs: () => settings.hoverDelayMs,
        lookup: (node) => current.scanner.store.at(node),
        shadowRoots: () => current.scanner.roots,
        entityOf: (mention) => current.result?.entries[mention.entry]?.id ?? null,
        context: (id) => {
          current.pageDate ??= findPageDate(current.scanner.opening.toString(), { today: today() });
          const others = (current.result?.ids ?? []).filter((other) => other !== id).slice(0, 20);
          const printed = printedBefore(current.result?.highlighted ?? [], current.result?.entries ?? [], id);
          return { ...(current.pageDate ? { date: current.pageDate } : {}), context: others, printed };
        },
      });
      current.hover.attach();
    }
    session = current;
    current.scanner.start();
  };

  const show = (current: Session, result: ScanResult): void => {
    if (session !== current) return;
    current.result = result;
    current.painter?.update(result.highlighted);
    current.hover?.setMentions(result.highlighted);
    reporter.update({ ids: result.ids, mentions: result.lvliang });
  };

  const disable = (): void => {
    if (!session) return;
    session.scanner.stop();
    session.hover?.detach();
    session.painter?.stop();
    session = null;
  };

  /**
   * Whether the overlay is off for this tab. A frame that can read the top page's address decides itself; a
   * cross-origin frame asks the background, which knows the tab's address.
   */
  const isOff = async (): Promise<boolean> => {
    if (!settings.highlights) return true;
    if (sameOriginAsTop()) return isSiteDisabled(settings, pageUrl());
    const reply = await ask<{ off: boolean }>({ type: 'page/off' }).catch(() => ({ off: true }));
    return reply.off;
  };

  let applying = 0;
  const apply = async (): Promise<void> => {
    const turn = ++applying;
    const off = await isOff();
    if (turn !== applying) return; // the settings changed again meanwhile
    if (!off && !session) enable();
    else if (off) {
      disable();
      // Off means nothing on the tab is read: the page reports nothing, so the badge and the popup say nothing.
      reporter.update({ ids: [], mentions: 0 });
    }
  };

  const unwatch = settingsItem.watch((next) => {
    settings = { ...DEFAULT_SETTINGS, ...next };
    void apply();
  });
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): false => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === TabMessage.nextMention) session?.hover?.next();
    else if (type === TabMessage.framesChanged) reporter.flush();
    // Only the top frame speaks for the page; child frames stay silent so its answer is the one received. Off,
    // there is no session and no answer: the page's text is not read for the side panel either.
    else if (type === TabMessage.pageContext && isTopFrame() && session)
      sendResponse(pageContext(session?.result ?? null));
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    applying++;
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
    disable();
  });
  await apply();
}
