/**
 * Child frames' reports per tab, so the badge (set by the top frame) counts what same-origin iframes mention
 * too. Each frame's content script sees only its own document; the background is where they meet.
 *
 * Reports carry their document's `performance.timeOrigin`: a child document always starts after the top
 * document that contains it, so when the top frame asks with its own time origin, reports from documents of
 * an earlier page in the tab are recognised and dropped.
 */
import type { FrameReport, FramesReply } from './protocol';

export class FrameReports {
  private readonly tabs = new Map<number, Map<number, FrameReport>>();

  set(tabId: number, frameId: number, report: FrameReport): void {
    let frames = this.tabs.get(tabId);
    if (!frames) this.tabs.set(tabId, (frames = new Map()));
    frames.set(frameId, report);
  }

  /** The union of entity ids and the sum of mentions of the tab's child frames loaded since `since`. */
  collect(tabId: number, since: number): FramesReply {
    const frames = this.tabs.get(tabId);
    const ids = new Set<string>();
    let mentions = 0;
    if (!frames) return { ids: [], mentions };
    for (const [frameId, report] of frames) {
      if (report.since < since) {
        frames.delete(frameId);
        continue;
      }
      for (const id of report.ids) ids.add(id);
      mentions += report.mentions;
    }
    if (frames.size === 0) this.tabs.delete(tabId);
    return { ids: [...ids], mentions };
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }
}
