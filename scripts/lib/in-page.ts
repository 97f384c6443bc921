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

/** What the reader sees of the hover card (see describeCard). */
export interface CardSnapshot {
  /** The card's whole text, as in the DOM (whitespace not collapsed). */
  text: string;
  name: string;
  /** The entity's kind (人物, 地点…); null while the card's data is still loading. */
  kind: string | null;
  /** Titles of the related articles it lists. */
  related: string[];
  /** Sparklines drawn (the mentions over time). */
  sparklines: number;
  /** Elements that would mean archive or page text was parsed as markup (script, img, iframe, a). */
  markup: number;
  /** The card's box in viewport coordinates. */
  box: { x: number; y: number; width: number; height: number };
  style: { position: string; fontSize: string; radius: string; bg: string };
}

/**
 * Runs on the card's shadow root, which a test reaches through the browser's debugging protocol (the root is
 * closed, so the page itself cannot): the card as the reader sees it, or null when the root holds none.
 */
export function describeCard(root: ParentNode): CardSnapshot | null {
  const card = root.querySelector<HTMLElement>('.card');
  if (!card) return null;
  const rect = card.getBoundingClientRect();
  const style = getComputedStyle(card);
  return {
    text: card.textContent ?? '',
    name: card.querySelector('.name')?.textContent ?? '',
    kind: card.querySelector('.kind')?.textContent ?? null,
    related: [...card.querySelectorAll('.related li > button')].map((b) => b.textContent?.trim() ?? ''),
    sparklines: card.querySelectorAll('svg polyline').length,
    markup: card.querySelectorAll('script, img, iframe, a').length,
    box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
    style: {
      position: style.position,
      fontSize: style.fontSize,
      radius: style.borderTopLeftRadius,
      bg: style.backgroundColor,
    },
  };
}

/** Runs on the card's shadow root: viewport centre of the `nth` element matching `selector`, or null. */
export function cardControlCentre(
  root: ParentNode,
  { selector, nth }: { selector: string; nth: number },
): { x: number; y: number } | null {
  const element = root.querySelectorAll(selector)[nth];
  if (!element) return null;
  // The card scrolls when it is taller than the room it has: bring the control into view, as a reader would.
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = element.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}
