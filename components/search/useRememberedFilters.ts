import { useEffect, useState } from 'preact/hooks';
import { storedSearchFilters, storeSearchFilters } from '@/lib/pages/search-filters';
import { NO_FILTERS, readStoredFilters, type Filters } from './search-state';

/**
 * The filters, restored from the last search when the view opens and remembered as they change. `restored`
 * turns true once the stored ones are read (or found missing), so no search runs with defaults meanwhile.
 */
export function useRememberedFilters(): {
  filters: Filters;
  setFilters(filters: Filters): void;
  restored: boolean;
} {
  const [filters, set] = useState<Filters>(NO_FILTERS);
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    let current = true;
    storedSearchFilters().then(
      (stored) => {
        if (!current) return;
        set(readStoredFilters(stored));
        setRestored(true);
      },
      () => current && setRestored(true), // storage unavailable: start from the defaults
    );
    return () => {
      current = false;
    };
  }, []);
  const setFilters = (next: Filters) => {
    set(next);
    void storeSearchFilters(next).catch(() => undefined); // not remembered this time; the search still runs
  };
  return { filters, setFilters, restored };
}
