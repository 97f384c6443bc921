import { useEffect, useState } from 'preact/hooks';
import { askArchive } from '@/lib/archive/client';
import { yearsBetween } from './search-state';

let span: Promise<number[]> | null = null;

/**
 * The years the archive covers, newest first, for the year filter. Found with two filter-only searches (the
 * newest and the oldest article published since year 1), once per page.
 */
function archiveYears(): Promise<number[]> {
  span ??= (async () => {
    const everything = {
      type: 'archive/search',
      query: '',
      from: '0001-01-01',
      sort: 'date',
      limit: 1,
    } as const;
    const newest = await askArchive(everything);
    if (newest.total === 0) return [];
    const oldest =
      newest.total > 1
        ? await askArchive({ ...everything, offset: Math.min(newest.total - 1, 10_000) })
        : newest;
    return yearsBetween(oldest.hits[0]?.date ?? null, newest.hits[0]?.date ?? null);
  })().catch((error: unknown) => {
    span = null;
    throw error;
  });
  return span;
}

export function useArchiveYears(ready: boolean): number[] {
  const [years, setYears] = useState<number[]>([]);
  useEffect(() => {
    if (!ready) return;
    let current = true;
    archiveYears().then(
      (y) => current && setYears(y),
      () => undefined, // the filter then offers "any year" only
    );
    return () => {
      current = false;
    };
  }, [ready]);
  return years;
}
