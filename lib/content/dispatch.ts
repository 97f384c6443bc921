/**
 * The content script's one listener for messages from the extension (lib/shared/messages/to-tab.ts), dispatching from
 * a table that must name every declared message: a message added to the protocol without a handler here is a
 * type error. A handler answers undefined when this frame does not answer (a child frame, the overlay off).
 */
import type { TabMessageType, TabReplyOf, TabRequestOf } from '../shared/messages/to-tab';

export type TabHandlers = {
  [K in TabMessageType]: (
    request: TabRequestOf<K>,
  ) => TabReplyOf<K> | Promise<TabReplyOf<K>> | undefined | void;
};

export function dispatchTabMessages(handlers: TabHandlers): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): boolean => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, type)) return false;
    const handle = handlers[type as TabMessageType] as (request: unknown) => unknown;
    const answer = handle(message);
    if (answer === undefined) return false;
    void Promise.resolve(answer).then(sendResponse);
    return true; // answered asynchronously
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
