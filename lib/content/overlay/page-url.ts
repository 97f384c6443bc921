/**
 * The address the per-site switch applies to. In a frame it is the top page's (a reader turns the overlay off
 * for the site they are on, not for each embedded document); srcdoc and about:blank frames have no address of
 * their own and take the one of the page that made them.
 */
export function pageUrl(): string {
  try {
    if (window.top && window.top !== window) return window.top.location.href;
  } catch {
    // A cross-origin top page: its address is not readable from here.
  }
  if (location.protocol === 'about:')
    return location.ancestorOrigins?.[0] ?? document.referrer ?? location.href;
  return location.href;
}

export const isTopFrame = (): boolean => window.top === window;

/**
 * Whether this frame's document shares the top page's origin (srcdoc and about:blank frames inherit it). A
 * cross-origin frame (an ad, an embed) is someone else's document: it is not counted as the page.
 */
export function sameOriginAsTop(): boolean {
  if (isTopFrame()) return true;
  try {
    // The documents' origins: `location.origin` of an about:srcdoc frame is "null", its document's is the parent's.
    return window.top?.origin === window.origin;
  } catch {
    return false; // the top page's location is not readable across origins
  }
}
