import { describe, expect, it } from 'vitest';
import { archiveNotice } from '@/components/archive/notice';
import { messages } from '@/components/i18n';
import type { ArchiveStatus } from '@/lib/shared/archive-protocol';

/** What the background reports before its first archive is in (the shape `ArchiveService.status()` returns). */
function status(over: Partial<ArchiveStatus>): ArchiveStatus {
  return {
    state: 'empty',
    ready: false,
    phase: null,
    progress: 0,
    archive: null,
    error: null,
    fault: null,
    search: { tokenizer: 'quick', jiebaCompileMs: null, jiebaWarmMs: null, jiebaError: null },
    ...over,
  };
}

describe('what the popup says while the archive cannot answer', () => {
  for (const lang of ['zh', 'en'] as const) {
    const t = messages(lang);

    it(`${lang}: a full disk is said as such with what to do, also while the load is retried`, () => {
      // the browser's quota error often has an empty message
      for (const s of [
        status({ state: 'error', error: 'QuotaExceededError', fault: 'storage-full' }),
        status({ state: 'error', error: 'QuotaExceededError', fault: 'storage-full', phase: 'fetch' }),
      ]) {
        const notice = archiveNotice(s, t);
        expect(notice).toEqual({
          kind: 'error',
          message: t.archiveStorageFull,
          help: t.archiveStorageFullHelp,
        });
        expect(notice.kind === 'error' && notice.message).not.toBe(t.archiveLoading);
      }
    });

    it(`${lang}: a damaged archive being restored says so, with the progress of the reinstall`, () => {
      const notice = archiveNotice(
        status({ state: 'loading', fault: 'repairing', phase: 'articles', progress: 0.4 }),
        t,
      );
      expect(notice).toEqual({
        kind: 'progress',
        title: t.archiveRepairing,
        detail: t.archivePhase('articles'),
        progress: 0.4,
        help: t.archiveRepairingHelp,
      });
    });

    it(`${lang}: an error without a message is still an error, not a dangling colon`, () => {
      expect(archiveNotice(status({ state: 'error', error: null }), t)).toMatchObject({
        kind: 'error',
        message: t.archiveError,
      });
      expect(archiveNotice(status({ state: 'error', error: 'archive.json is missing' }), t)).toMatchObject({
        message: `${t.archiveError}: archive.json is missing`,
      });
    });

    it(`${lang}: an ordinary first install shows its progress`, () => {
      expect(archiveNotice(status({ state: 'loading', phase: 'editions', progress: 0.2 }), t)).toEqual({
        kind: 'progress',
        title: t.archiveLoading,
        detail: t.archivePhase('editions'),
        progress: 0.2,
      });
    });
  }

  it('the messages differ between the two languages and from the generic ones', () => {
    const zh = messages('zh');
    const en = messages('en');
    expect(zh.archiveStorageFull).not.toBe(en.archiveStorageFull);
    expect(zh.archiveStorageFull).toMatch(/空间/);
    expect(en.archiveStorageFull).toMatch(/space/);
    expect(zh.archiveRepairing).not.toBe(zh.archiveLoading);
  });
});
