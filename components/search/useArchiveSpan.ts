import { useEffect, useState } from 'preact/hooks';
import { askArchive } from '@/lib/shared/archive-client';

/** The first and last publication dates in the archive (YYYY-MM-DD): the date fields' bounds. */
export interface ArchiveSpan {
  first: string;
  last: string;
}

let span: Promise<ArchiveSpan | null> | null = null;

/** Found with two filter-only searches (the newest and the oldest article published since year 1), once per page. */
function archiveSpan(): Promise<ArchiveSpan | null> {
  span ??= (async () => {
    const everything = { type: 'archive/search', query: '', from: '0001-01-01', limit: 1 } as const;
    const [newest, oldest] = await Promise.all([
      askArchive({ ...everything, sort: 'date' }),
      askArchive({ ...everything, sort: 'oldest' }),
    ]);
    const first = oldest.hits[0]?.date;
    const last = newest.hits[0]?.date;
    return first && last ? { first, last } : null;
  })().catch((error: unknown) => {
    span = null;
    throw error;
  });
  return span;
}

export function useArchiveSpan(ready: boolean): ArchiveSpan | null {
  const [value, setValue] = useState<ArchiveSpan | null>(null);
  useEffect(() => {
    if (!ready) return;
    let current = true;
    archiveSpan().then(
      (s) => current && setValue(s),
      () => undefined, // the date fields then go unbounded
    );
    return () => {
      current = false;
    };
  }, [ready]);
  return value;
}
