/**
 * The hover card in Firefox (puppeteer-core over WebDriver BiDi), read as in ./card-reader.ts. BiDi serializes
 * closed shadow roots when asked (`includeShadowTree: 'all'`) and hands back a reference to the root, which a
 * second call takes as its argument; the page's own scripts get `shadowRoot === null`.
 */
import type { Page } from 'puppeteer-core';
import { CARD_HOST_TAG } from '../../lib/content/overlay/card-view';
import { cardReader, type CardReader } from './card-reader';

/** The part of puppeteer's BiDi connection used here. */
export interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface RemoteNode {
  type: 'node';
  sharedId?: string;
  value?: { shadowRoot?: RemoteNode | null; mode?: string };
}

type Evaluated =
  | { type: 'success'; result: { type: string; value?: unknown } & Partial<RemoteNode> }
  | { type: 'exception'; exceptionDetails: { text: string } };

/** The browsing context (BiDi's id) of a page's main frame. */
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

export function firefoxCard(connection: BidiConnection): CardReader<Page> {
  const call = async (page: Page, params: object) => {
    const evaluated = (
      await connection.send('script.callFunction', {
        target: { context: contextOf(page) },
        awaitPromise: false,
        ...params,
      })
    ).result as Evaluated;
    if (evaluated.type !== 'success') throw new Error(evaluated.exceptionDetails.text);
    return evaluated.result;
  };
  const shadowRoot = async (page: Page): Promise<RemoteNode | null> => {
    const host = await call(page, {
      functionDeclaration: `() => document.querySelector(${JSON.stringify(CARD_HOST_TAG)})`,
      serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
    });
    return host.type === 'node' ? (host.value?.shadowRoot ?? null) : null;
  };
  return cardReader<Page>({
    async inCard(page, fn, arg) {
      const root = await shadowRoot(page);
      if (!root?.sharedId) return null;
      const result = await call(page, {
        functionDeclaration: `(root, arg) => JSON.stringify((${fn.toString()})(root, JSON.parse(arg)))`,
        arguments: [{ sharedId: root.sharedId }, { type: 'string', value: JSON.stringify(arg) }],
      });
      return JSON.parse(result.value as string) as ReturnType<typeof fn>;
    },
    async mode(page) {
      return (await shadowRoot(page))?.value?.mode ?? null;
    },
    async click(page, at) {
      await page.mouse.click(at.x, at.y);
    },
  });
}
