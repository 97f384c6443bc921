/**
 * The background's record of what each frame of a tab found: tab → frame → report. Every frame's content script
 * sees only its own document and reports to the background once per change; here the reports meet, are summed
 * (entities counted once across frames), and decide the badge and the popup's figures.
 *
 * A report names its document by the document's `performance.timeOrigin` (`document`) and the top document it
 * sits in (`top`). The time origin is unique per document and grows with each new one, so it does two jobs a
 * nonce could only do one of: a late report from a frame's replaced document is older than the one kept and is
 * dropped, and a child frame's report counts only while its `top` is the top frame's current document.
 *
 * The record lives in session storage (not in memory), because the background's service worker is stopped when
 * idle while the page stays open; it is deleted when the tab closes.
 */

export interface FrameFindings {
  /** Highlighted entity ids. */
  ids: readonly string[];
  /** Times the frame names 吕梁/呂梁. */
  mentions: number;
}

export interface FrameReport extends FrameFindings {
  /** `performance.timeOrigin` of the frame's document. */
  document: number;
  /** `performance.timeOrigin` of the top document it belongs to (equal to `document` in the top frame). */
  top: number;
}

/** One tab's reports, by frame id (0 is the top frame), with the top page's stored address. */
export interface TabFrames {
  url: string | null;
  frames: Record<string, FrameReport>;
}

export interface TabTotals {
  url: string;
  /** Distinct entities over every counted frame. */
  entities: number;
  mentions: number;
}

const TOP = '0';

/** Union of entity ids and sum of mentions over the frames' findings. */
export function sumFindings(reports: readonly FrameFindings[]): { entities: number; mentions: number } {
  const ids = new Set<string>();
  let mentions = 0;
  for (const report of reports) {
    for (const id of report.ids) ids.add(id);
    mentions += report.mentions;
  }
  return { entities: ids.size, mentions };
}

/**
 * The tab's record with `report` from `frameId` applied, or null when the report is stale (its document was
 * replaced, or its page is older than the tab's current one). `url` is the reporting top frame's address.
 */
export function applyReport(
  tab: TabFrames,
  frameId: number,
  report: FrameReport,
  url: string | null,
): TabFrames | null {
  const key = String(frameId);
  const kept = tab.frames[key];
  if (kept && kept.document > report.document) return null; // a late report from the frame's previous document
  const top = key === TOP ? report : tab.frames[TOP];
  if (top && report.top < top.document) return null; // the frame belongs to a page the tab has left
  const frames: Record<string, FrameReport> = { [key]: report };
  for (const [other, kept] of Object.entries(tab.frames)) {
    // A new top document drops the frames of the pages before it; frames of a newer page wait for its top frame.
    if (other !== key && (!top || kept.top >= top.document)) frames[other] = kept;
  }
  return { url: key === TOP ? url : tab.url, frames };
}

/** What the tab's page mentions: the top frame and the frames of its document. Null until the top frame reports. */
export function tabTotals(tab: TabFrames): TabTotals | null {
  const top = tab.frames[TOP];
  if (!top || tab.url === null) return null;
  const counted = Object.values(tab.frames).filter((frame) => frame.top === top.document);
  return { url: tab.url, ...sumFindings(counted) };
}

/** The slice of `storage.session` the store uses (a Map in tests). */
export interface KeyValueStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const storeKey = (tabId: number) => `frames:${tabId}`;

export class FrameStore {
  /** Reports are applied one at a time: each reads and writes the tab's record. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly storage: KeyValueStore) {}

  /** Keeps a frame's report; answers the tab's new totals, or null when nothing is to be published. */
  report(tabId: number, frameId: number, report: FrameReport, url: string | null): Promise<TabTotals | null> {
    return this.serially(async () => {
      const key = storeKey(tabId);
      const stored = (await this.storage.get(key))[key] as TabFrames | undefined;
      const next = applyReport(stored ?? { url: null, frames: {} }, frameId, report, url);
      if (!next) return null;
      await this.storage.set({ [key]: next });
      return tabTotals(next);
    });
  }

  /** Drops a closed tab's reports. */
  forget(tabId: number): Promise<void> {
    return this.serially(() => this.storage.remove(storeKey(tabId)));
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
