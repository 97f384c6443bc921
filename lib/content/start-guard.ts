/**
 * WXT stops a content script when another instance of it announces its start with a DOM event on `document`.
 * The page shares that document and can dispatch the same event, so it could switch the overlay off in its own
 * frame. This extension never injects a second instance into a live document (manifest scripts only, and the
 * browser discards an updated extension's old scripts itself), so start announcements arriving after ours are
 * stopped before they reach WXT's listener. Losing the extension is still detected (`runtime.id` is gone).
 */
export function ignoreLaterStartAnnouncements(eventName: string, target: Window = window): () => void {
  const swallow = (event: Event) => event.stopImmediatePropagation();
  // Capture on window runs before any listener on document.
  target.addEventListener(eventName, swallow, { capture: true });
  return () => target.removeEventListener(eventName, swallow, { capture: true });
}
