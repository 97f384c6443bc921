import type { Reply } from './router';

/**
 * Sends a message to the background and unwraps the reply. Rejects with the background's error message, so
 * callers can show it as it is.
 */
export async function ask<T>(message: { type: string } & Record<string, unknown>): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
  if (!reply) throw new Error('The extension background did not answer.');
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data;
}
