import { useEffect, useRef, useState } from 'preact/hooks';
import { askArchive } from '@/lib/shared/archive-client';
import type { ArchiveStatus } from '@/lib/shared/archive-protocol';
import { useAsync } from '../ui/useAsync';
import { AdditionsList } from './AdditionsList';
import { ExportReset } from './ExportReset';
import { NotesClear } from './NotesClear';
import { ImportPanel } from './ImportPanel';
import { ARCHIVE_SECTION_ID } from './sections';
import { optionsMessages } from './strings';

/**
 * The options page's "Archive" section: what the archive holds, the import of front pages, the reader's
 * additions, export, re-import and reset.
 */
export function ArchiveSection() {
  const t = optionsMessages();
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const additions = useAsync(
    () => askArchive({ type: 'archive/additions' }).then((r) => r.additions),
    [version],
  );
  const [status, setStatus] = useState<ArchiveStatus | null>(null);
  useEffect(() => {
    void askArchive({ type: 'archive/status' }).then(setStatus, () => setStatus(null));
  }, [version]);

  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Opened as options.html#archive (from the side panel): bring the section into view and focus.
    if (location.hash === `#${ARCHIVE_SECTION_ID}`) {
      heading.current?.scrollIntoView();
      heading.current?.focus();
    }
  }, []);

  const counts = status?.archive?.counts;
  return (
    <section id={ARCHIVE_SECTION_ID} aria-labelledby="ll-archive-title" class="ll-archive-section">
      <h2 id="ll-archive-title" tabIndex={-1} ref={heading}>
        {t.archiveTitle}
      </h2>
      <p class="ll-muted">
        {counts ? t.archiveHolds(counts.articles, counts.editions) : t.archiveLoading} {t.archiveLocal}
      </p>
      <ImportPanel onImported={changed} />
      <AdditionsList state={additions} onChanged={changed} />
      <ExportReset
        additions={additions.status === 'ready' ? additions.value.length : null}
        onChanged={changed}
      />
      <NotesClear />
    </section>
  );
}
