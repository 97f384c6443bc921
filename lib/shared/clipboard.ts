/**
 * Writes text to the clipboard from a click (extension pages and the hover card). The asynchronous Clipboard
 * API comes first; where a page offers none (an http page is no secure context) or the browser refuses it,
 * the text is copied from a hidden text field inside `root` (the card's shadow root or the extension page),
 * never from the page's own DOM. Rejects with the browser's reason when both fail, so the UI can say so and
 * show the text for copying by hand.
 */
export async function copyText(text: string, root: ParentNode | null = document.body): Promise<void> {
  let reason = 'no clipboard on this page';
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch (error) {
      reason = error instanceof Error ? error.message || error.name : String(error);
    }
  }
  if (root && copyFromField(text, root)) return;
  throw new Error(reason);
}

function copyFromField(text: string, root: ParentNode): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.readOnly = true;
  field.setAttribute('aria-hidden', 'true');
  field.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  const focused = (
    root instanceof ShadowRoot ? root.activeElement : document.activeElement
  ) as HTMLElement | null;
  root.append(field);
  try {
    field.select();
    // The deprecated command is the one way left to copy where the Clipboard API is missing or refused.
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
    focused?.focus?.();
  }
}
