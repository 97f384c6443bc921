import type { Reply } from './router';
import type { BackgroundMessage, BackgroundMessageType, ReplyOf } from './to-background';

/**
 * Sends a message to the background and unwraps the reply, typed by its declaration in ./to-background.ts.
 * Rejects with the background's error message, so callers can show it as it is.
 */
export async function ask<K extends BackgroundMessageType>(
  message: BackgroundMessage<K>,
): Promise<ReplyOf<K>> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<ReplyOf<K>> | undefined;
  if (!reply) throw new Error('The extension background did not answer.');
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data;
}
