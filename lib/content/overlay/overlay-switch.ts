/**
 * Whether the overlay runs in this frame: the reader's global switch and the per-site one, applied as the
 * settings change. Each change is decided on the latest settings only: an answer that arrives after a newer
 * change is dropped.
 */
import { ask } from '../../shared/messages/client';
import { isSiteDisabled, type Settings } from '../../shared/settings';
import { pageUrl, sameOriginAsTop } from './page-url';

/**
 * Whether the overlay is off for this tab. A frame that can read the top page's address decides itself; a
 * cross-origin frame asks the background, which knows the tab's address.
 */
export async function overlayOff(settings: Settings): Promise<boolean> {
  if (!settings.highlights) return true;
  if (sameOriginAsTop()) return isSiteDisabled(settings, pageUrl());
  const reply = await ask({ type: 'page/off' }).catch(() => ({ off: true }));
  return reply.off;
}

export class OverlaySwitch {
  private turn = 0;

  constructor(private readonly turnTo: (on: boolean) => void) {}

  /** Decides on `settings`; does nothing when a newer decision started meanwhile. */
  async apply(settings: Settings): Promise<void> {
    const turn = ++this.turn;
    const off = await overlayOff(settings);
    if (turn === this.turn) this.turnTo(!off);
  }

  /** Drops any decision still running (the content script is going away). */
  cancel(): void {
    this.turn++;
  }
}
