/**
 * User Timing marks of the page scan's milestones in a frame: `npm run bench` reads them from the page (a
 * content script shares the page's performance timeline) to time the content script's path end to end; the
 * product never reads them. Each is set once per frame, so the timeline holds two entries at most.
 */
const done = new Set<string>();

/** `lens:first-paint`: the first highlights painted; `lens:page-read`: the frame read and decided once. */
export function markOnce(milestone: 'first-paint' | 'page-read'): void {
  if (done.has(milestone)) return;
  done.add(milestone);
  try {
    performance.mark(`lens:${milestone}`);
  } catch {
    // a frame without User Timing just goes unmeasured
  }
}
