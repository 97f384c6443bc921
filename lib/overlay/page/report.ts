/**
 * Tells the background what the page mentions. Only the top frame reports for the tab (`page/report`, which
 * sets the badge); same-origin child frames send their findings to the background, and the top frame adds them
 * in, so the badge counts same-origin iframes too. Cross-origin frames (ads, embeds) are other sites' documents:
 * they report nothing, so the badge, the popup and the side panel count the page alone.
 */
import { ask } from '../../messages/client';
import { OverlayMessage, type FramesReply } from '../protocol';

export interface FrameFindings {
  /** Highlighted entity ids. */
  ids: readonly string[];
  /** Times the frame names 吕梁/呂梁. */
  mentions: number;
}

/** Union of entity ids and sum of mentions: what the tab reports. */
export function combine(own: FrameFindings, frames: FramesReply): { entities: number; mentions: number } {
  const ids = new Set([...own.ids, ...frames.ids]);
  return { entities: ids.size, mentions: own.mentions + frames.mentions };
}

/** The frame's place in the tab: the top page, a frame of the same origin, or another origin's frame. */
export type FrameRole = 'top' | 'child' | 'foreign';

export class Reporter {
  private own: FrameFindings = { ids: [], mentions: 0 };
  /** What was last reported. A child frame with nothing to say sends nothing (most iframes are ads). */
  private sent: string | null;
  private chain: Promise<void> = Promise.resolve();

  private readonly isTop: boolean;

  constructor(private readonly role: FrameRole) {
    this.isTop = role === 'top';
    this.sent = this.isTop ? null : JSON.stringify(this.own);
  }

  update(findings: FrameFindings): void {
    this.own = { ids: [...findings.ids], mentions: findings.mentions };
    this.flush();
  }

  /** Reports again (the top frame, after a child frame reported). Reports go out one at a time, in order. */
  flush(): void {
    this.chain = this.chain
      .then(() => this.send())
      .catch((error: unknown) => console.debug('[lvliang] report failed', error));
  }

  private async send(): Promise<void> {
    if (this.role === 'foreign') return;
    const since = performance.timeOrigin;
    if (!this.isTop) {
      const key = JSON.stringify(this.own);
      if (key === this.sent) return;
      await ask({
        type: OverlayMessage.frameReport,
        ids: this.own.ids as string[],
        mentions: this.own.mentions,
        since,
      });
      this.sent = key;
      return;
    }
    const frames = await ask<FramesReply>({ type: OverlayMessage.frames, since }).catch((): FramesReply => ({
      ids: [],
      mentions: 0,
    }));
    const totals = combine(this.own, frames);
    const key = JSON.stringify(totals);
    if (key === this.sent) return;
    await ask({ type: 'page/report', ...totals });
    this.sent = key;
  }
}
