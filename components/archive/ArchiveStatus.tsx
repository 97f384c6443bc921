import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { askArchive } from '@/lib/shared/archive-client';
import type { ArchiveStatus } from '@/lib/shared/archive-protocol';

export interface ArchiveStatusState {
  /** The background's last answer, or null before the first. */
  status: ArchiveStatus | null;
  /** Why the background did not answer the last poll, or null when it did. */
  unreachable: string | null;
}

/** How often the status is asked while the archive is being prepared (the background's protocol suggests it). */
export const POLL_MS = 500;
/** How often it is asked once ready: a damaged archive found later is restored, and the page should say so. */
export const READY_POLL_MS = 5_000;

const Context = createContext<ArchiveStatusState>({ status: null, unreachable: null });

/**
 * Polls `archive/status` until the archive is ready, then now and then (it may need restoring), once per page: every view below reads the same state, so
 * a page makes one poll however many parts of it wait for the archive.
 */
export function ArchiveStatusProvider({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<ArchiveStatusState>({ status: null, unreachable: null });
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        // The request type intersects `{ type }` with an empty record, which no literal satisfies: hence the cast.
        const status = await askArchive({ type: 'archive/status' });
        if (stopped) return;
        setState({ status, unreachable: null });
        if (status.ready) {
          timer = setTimeout(() => void poll(), READY_POLL_MS);
          return;
        }
      } catch (error) {
        if (stopped) return;
        setState((s) => ({ ...s, unreachable: error instanceof Error ? error.message : String(error) }));
      }
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return <Context.Provider value={state}>{children}</Context.Provider>;
}

export function useArchiveStatus(): ArchiveStatusState {
  return useContext(Context);
}

export function useArchiveReady(): boolean {
  return useContext(Context).status?.ready === true;
}
