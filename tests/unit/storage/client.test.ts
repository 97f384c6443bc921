import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askArchive } from '@/lib/shared/archive-client';
import { harness, until } from './service-helpers';

describe('asking the background from a page', () => {
  beforeAll(async () => {
    const h = harness();
    // the background's listener, as entrypoints/background.ts installs it
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      void h.route(message).then(sendResponse);
      return true;
    });
    await h.service.start();
    await until(() => h.service.status().ready);
  });

  it('gets typed replies', async () => {
    const status = await askArchive({ type: 'archive/status' });
    expect(status.ready).toBe(true);
    const result = await askArchive({ type: 'archive/search', query: '党史学习教育', kinds: ['commentary'] });
    expect(result.hits.map((h) => h.id)).toEqual(['a8']);
    const timeline = await askArchive({ type: 'archive/timeline', entityId: 'p-zhangwenke' });
    expect(timeline.articles.map((a) => a.id)).toEqual(['a3', 'a6']);
  });

  it('rejects with the background’s message', async () => {
    await expect(askArchive({ type: 'archive/article', id: 'missing' })).rejects.toThrow(
      'Article "missing" is not in the archive.',
    );
  });
});
