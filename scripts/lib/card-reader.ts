/**
 * Reads the hover card the way the reader sees it. Its shadow root is closed, so no page script can see into it
 * (tests/e2e/hardening.test.ts checks that); the tests reach it through the browser's debugging protocol
 * instead: Chromium's DevTools protocol here, Firefox's WebDriver BiDi in ./card-reader-bidi.ts. Clicks on
 * its buttons are real input at the button's place, as a reader's would be.
 */
import type { CDPSession, Page } from 'playwright-core';
import { CARD_HOST_TAG } from '../../lib/content/overlay/card-view';
import { waitFor } from './extension-harness';
import { cardControlCentre, describeCard, type CardSnapshot } from './in-page';

export type { CardSnapshot };

/** How one browser's protocol reaches the card. */
export interface CardRoute<P> {
  /** Runs `fn` (self-contained) on the card's shadow root with `arg`; null when the page has no card. */
  inCard<A, R>(page: P, fn: (root: ParentNode, arg: A) => R, arg: A): Promise<R | null>;
  /** The card's shadow-root mode as the browser reports it ('open' or 'closed'); null without a card. */
  mode(page: P): Promise<string | null>;
  /** A real, trusted click at viewport coordinates. */
  click(page: P, at: { x: number; y: number }): Promise<void>;
}

export interface CardReader<P> {
  /** The open card, or null. */
  read(page: P): Promise<CardSnapshot | null>;
  /** Waits for a card (by default one whose data has arrived) and returns it. */
  waitOpen(page: P, options?: { loaded?: boolean; timeoutMs?: number }): Promise<CardSnapshot>;
  /** Waits until no card is shown. */
  waitClosed(page: P, timeoutMs?: number): Promise<void>;
  /** Viewport centre of the `nth` element of the card matching `selector`, once there. */
  centre(page: P, selector: string, nth?: number): Promise<{ x: number; y: number }>;
  /** Clicks the `nth` element of the card matching `selector` (once there) with real input at its centre. */
  click(page: P, selector: string, nth?: number): Promise<void>;
  mode(page: P): Promise<string | null>;
  /** Runs `fn` (self-contained) on the card's shadow root with `arg`; null when the page has no card. */
  inCard<A, R>(page: P, fn: (root: ParentNode, arg: A) => R, arg: A): Promise<R | null>;
}

export function cardReader<P>(route: CardRoute<P>): CardReader<P> {
  const read = (page: P) => route.inCard(page, describeCard, null);
  const centre = (page: P, selector: string, nth = 0) =>
    waitFor(
      () => route.inCard(page, cardControlCentre, { selector, nth }),
      `"${selector}" in the card`,
      10_000,
    );
  return {
    read,
    waitOpen(page, { loaded = true, timeoutMs = 10_000 } = {}) {
      return waitFor(
        async () => {
          const card = await read(page);
          return card && (!loaded || card.kind !== null) ? card : null;
        },
        loaded ? 'the card with its data' : 'the card',
        timeoutMs,
      );
    },
    async waitClosed(page, timeoutMs = 2000) {
      await waitFor(async () => ((await read(page)) ? null : true), 'the card to close', timeoutMs);
    },
    centre,
    async click(page, selector, nth = 0) {
      await route.click(page, await centre(page, selector, nth));
    },
    mode: route.mode,
    inCard: route.inCard,
  };
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** The card host's shadow root as DevTools sees it: `DOM.describeNode` with `pierce` lists closed roots too. */
async function cardShadowRoot(cdp: CDPSession): Promise<{ backendNodeId: number; mode: string } | null> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: CARD_HOST_TAG });
  if (!nodeId) return null;
  const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  return shadow ? { backendNodeId: shadow.backendNodeId, mode: shadow.shadowRootType ?? '' } : null;
}

/** The card in Chromium (playwright-core), through the DevTools protocol. */
export const chromiumCard = cardReader<Page>({
  async inCard(page, fn, arg) {
    const cdp = await cdpOf(page);
    const shadow = await cardShadowRoot(cdp);
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    try {
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
        arguments: [{ value: arg }],
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value as ReturnType<typeof fn>;
    } finally {
      await cdp.send('Runtime.releaseObject', { objectId: object.objectId! }).catch(() => undefined);
    }
  },
  async mode(page) {
    return (await cardShadowRoot(await cdpOf(page)))?.mode ?? null;
  },
  async click(page, at) {
    await page.mouse.click(at.x, at.y);
  },
});
