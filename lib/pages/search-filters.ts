import { storage } from 'wxt/utils/storage';

/**
 * The search filters the reader set last (popup and side panel share them), kept in extension storage so the
 * next search starts where the last one left off. Stored as given; the search view checks what it reads back.
 */
const lastFilters = storage.defineItem<unknown>('local:searchFilters', { fallback: null });

export function storedSearchFilters(): Promise<unknown> {
  return lastFilters.getValue();
}

export function storeSearchFilters(filters: unknown): Promise<void> {
  return lastFilters.setValue(filters);
}
