/**
 * Functions the E2E suites run inside a served page (passed to `evaluate`, so each is self-contained), shared by
 * the Chromium suite (playwright-core) and the Firefox one (puppeteer-core).
 */

/** The overlay's highlights: highlight name → text of each range, in registration order. */
export function paintedMentions(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('lvliang-')) continue;
    out[name] = [...highlight].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  }
  return out;
}

/** Run before the page's own scripts: collects its CSP violations in `window.violations`. */
export function recordCspViolations(): void {
  const seen: string[] = [];
  (window as unknown as { violations: string[] }).violations = seen;
  document.addEventListener('securitypolicyviolation', (e) =>
    seen.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
}

/**
 * Viewport centre of the `nth` painted mention reading `text`, in reading order (top to bottom, then left to
 * right); the keyboard's focus highlight is not a mention.
 */
export function mentionCentre({ text, nth = 0 }: { text: string; nth?: number }): { x: number; y: number } {
  const found: DOMRect[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('lvliang-') || name === 'lvliang-focus') continue;
    for (const r of highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (range.toString() === text) found.push(range.getClientRects()[0]!);
    }
  }
  const rect = found.sort((a, b) => a.top - b.top || a.left - b.left)[nth];
  if (!rect) throw new Error(`no painted mention "${text}"`);
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}
