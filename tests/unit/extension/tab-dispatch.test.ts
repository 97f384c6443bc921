/**
 * The content script's one listener for the extension's messages: each declared message reaches its handler,
 * a frame that does not answer leaves the channel to the one that does, and anything else is ignored.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatchTabMessages, type TabHandlers } from '@/lib/content/dispatch';
import { checkTabReply } from '@/lib/shared/messages/to-tab';

type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean;

function listen(handlers: TabHandlers): {
  send(message: unknown): Promise<{ kept: boolean; reply: unknown }>;
} {
  let listener: Listener | undefined;
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation(
    (l) => void (listener = l as Listener),
  );
  dispatchTabMessages(handlers);
  return {
    async send(message) {
      let answer: (value: unknown) => void = () => {};
      const reply = new Promise<unknown>((resolve) => (answer = resolve));
      const kept = listener!(message, {}, answer);
      return { kept, reply: kept ? await reply : undefined };
    },
  };
}

describe('tab message dispatch', () => {
  beforeEach(() => fakeBrowser.reset());

  it('hands each declared message to its handler and sends back what it answers', async () => {
    const next = vi.fn();
    const tab = listen({
      'overlay/next-mention': next,
      'overlay/page-context': () => ({ url: 'https://x.cn/a', entityIds: ['person:孙大军'] }),
      'page/save-article': async ({ notify }) => ({
        ok: false as const,
        reason: 'no-article' as const,
        message: notify ? 'told' : 'quiet',
      }),
    });
    expect(await tab.send({ type: 'overlay/next-mention' })).toEqual({ kept: false, reply: undefined });
    expect(next).toHaveBeenCalledTimes(1);
    expect(await tab.send({ type: 'overlay/page-context' })).toEqual({
      kept: true,
      reply: { url: 'https://x.cn/a', entityIds: ['person:孙大军'] },
    });
    expect((await tab.send({ type: 'page/save-article', notify: true })).reply).toMatchObject({
      message: 'told',
    });
  });

  it('leaves unknown messages and frames that do not answer alone', async () => {
    const tab = listen({
      'overlay/next-mention': () => undefined,
      'overlay/page-context': () => undefined,
      'page/save-article': () => undefined,
    });
    for (const message of [{ type: 'overlay/page-context' }, { type: 'toString' }, { type: 7 }, null, 'x']) {
      expect(await tab.send(message)).toEqual({ kept: false, reply: undefined });
    }
  });

  it('checks what a page answers before the extension believes it', () => {
    expect(
      checkTabReply('page/save-article', { ok: true, articleId: 'saved:1', duplicate: false, title: 'T' }),
    ).toEqual({ ok: true, articleId: 'saved:1', duplicate: false, title: 'T' });
    expect(
      checkTabReply('page/save-article', { ok: true, articleId: 1, duplicate: false, title: 'T' }),
    ).toBeNull();
    expect(checkTabReply('page/save-article', { ok: false, reason: 'pwned', message: 'x' })).toBeNull();
    expect(checkTabReply('overlay/page-context', { url: 'https://x', entityIds: 'a' })).toBeNull();
  });
});
