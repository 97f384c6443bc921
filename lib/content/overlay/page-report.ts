/**
 * Tells the background what this frame mentions (`page/report`), once per change. Every frame of the page's
 * origin reports for itself, the top frame and same-origin child frames alike; the background sums them for the
 * badge (lib/background/overlay/frame-reports.ts). Cross-origin frames (ads, embeds) are other sites' documents: they
 * report nothing, so the badge, the popup and the side panel count the page alone.
 */
import { ask } from '../../shared/messages/client';
import type { FrameFindings } from '../../background/overlay/frame-reports';

/** The frame's place in the tab: the top page, a frame of the same origin, or another origin's frame. */
export type FrameRole = 'top' | 'child' | 'foreign';

/** `performance.timeOrigin` of the top document, read from a same-origin frame; null when it cannot be read. */
function topDocumentStart(): number | null {
  try {
    return window.top ? window.top.performance.timeOrigin : null;
  } catch {
    return null;
  }
}

export class Reporter {
  /** What was last sent. A child frame with nothing to say sends nothing (most iframes are ads). */
  private sent: string | null;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly role: FrameRole) {
    this.sent = role === 'top' ? null : JSON.stringify({ ids: [], mentions: 0 });
  }

  /** Reports the frame's findings if they changed. Reports go out one at a time, in order. */
  update(findings: FrameFindings): void {
    const own = { ids: [...findings.ids], mentions: findings.mentions };
    this.chain = this.chain
      .then(() => this.send(own))
      .catch((error: unknown) => console.debug('[lvliang] report failed', error));
  }

  private async send(own: { ids: string[]; mentions: number }): Promise<void> {
    if (this.role === 'foreign') return;
    const key = JSON.stringify(own);
    if (key === this.sent) return;
    const document = performance.timeOrigin;
    const top = this.role === 'top' ? document : topDocumentStart();
    if (top === null) return;
    await ask({ type: 'page/report', ...own, document, top });
    this.sent = key;
  }
}
