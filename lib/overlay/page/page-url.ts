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
