import { useEffect, useRef, useState } from 'preact/hooks';
import { prepareImport, previewPage, type PagePreview, type PreparedPage } from '@/core/import';
import type { PageError } from '@/core/parse';
import { askArchive } from '@/lib/shared/archive-client';
import type { ArchiveStatus, ImportResult } from '@/lib/shared/archive-protocol';
import { readPickedFiles, type ReadFiles } from './picked-files';

export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; read: ReadFiles }
  | { step: 'importing'; pages: number; stopping: boolean }
  | { step: 'done'; result: ImportResult; errors: PageError[] }
  | { step: 'cancelled' }
  /** No reply: the background failed or restarted. `settled` once it answers searches again. */
  | { step: 'failed'; message: string; settled: boolean };

export interface ImportPreview {
  /** Pages ready to import, with what the parser found on each. */
  ready: Array<{ page: PreparedPage & { date: string }; preview: PagePreview }>;
  /** Pages still waiting for a date from the form. */
  undated: PreparedPage[];
  /** Files that will not be imported, each with its reason. */
  errors: PageError[];
  /** Pages parsed so far, of `total`: a large folder is previewed a slice at a time, the page staying live. */
  parsed: number;
  total: number;
}

/** How often the background's progress is asked during an import. */
const PROGRESS_MS = 300;

/** Milliseconds of parsing per slice before the page gets to paint and answer input. */
const SLICE_MS = 40;

/**
 * The preview of the picked files, delivered slice by slice (each slice a new object) until every page is
 * parsed; `onUpdate` is not called after `signal` aborts.
 */
function previewInSlices(
  read: ReadFiles,
  formDate: string | null,
  onUpdate: (preview: ImportPreview) => void,
  signal: AbortSignal,
): void {
  const prepared = prepareImport(read.files, formDate);
  const errors = [...read.errors, ...prepared.errors];
  const ready: ImportPreview['ready'] = [];
  const undated = prepared.pages.filter((page) => page.date === null);
  const dated = prepared.pages.filter((page): page is PreparedPage & { date: string } => page.date !== null);
  let next = 0;
  const slice = () => {
    if (signal.aborted) return;
    const until = performance.now() + SLICE_MS;
    while (next < dated.length && performance.now() < until) {
      const page = dated[next++]!;
      const preview = previewPage(page);
      if (preview.error) errors.push(preview.error);
      else ready.push({ page, preview });
    }
    onUpdate({ ready: [...ready], undated, errors: [...errors], parsed: next, total: dated.length });
    if (next < dated.length) setTimeout(slice, 0);
  };
  slice();
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The import as the reader goes through it: pick files → preview (the parser's findings per page, files that
 * will not import and why) → confirm → progress with the background's phases → result. Cancel is offered at
 * the preview and while the background works; either way the archive stays as it was.
 */
export function useImport(onImported: () => void) {
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  const [formDate, setFormDate] = useState('');
  const [progress, setProgress] = useState<ArchiveStatus | null>(null);
  const stopping = useRef(false);

  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const previewing = state.step === 'preview' ? state.read : null;
  useEffect(() => {
    setPreview(null);
    if (!previewing) return;
    const stop = new AbortController();
    previewInSlices(previewing, formDate || null, setPreview, stop.signal);
    // the background readies what an import needs while the reader looks at the preview; a failure here only
    // means the import will do it itself
    askArchive({ type: 'archive/import-prepare' }).catch(() => undefined);
    return () => stop.abort();
  }, [previewing, formDate]);

  const importing = state.step === 'importing';
  useEffect(() => {
    if (!importing) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const status = await askArchive({ type: 'archive/status' });
        if (!stopped) setProgress(status);
      } catch {
        // The background restarting mid-import answers again shortly; the import's own reply says how it ended.
      }
      if (!stopped) timer = setTimeout(() => void poll(), PROGRESS_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
      setProgress(null);
    };
  }, [importing]);

  const pick = async (files: File[]) => {
    setState({ step: 'reading' });
    setState({ step: 'preview', read: await readPickedFiles(files) });
  };

  const confirm = async () => {
    if (!preview || preview.parsed < preview.total || preview.ready.length === 0) return;
    const pages = preview.ready.map(({ page }) => ({
      fileName: page.fileName,
      date: page.date,
      page: page.page,
      text: page.text,
    }));
    const errors = [...preview.errors, ...preview.undated.map(undatedError)];
    stopping.current = false;
    setState({ step: 'importing', pages: pages.length, stopping: false });
    try {
      const result = await askArchive({ type: 'archive/import', pages });
      setState({ step: 'done', result, errors });
      onImported();
    } catch (error) {
      if (stopping.current) {
        setState({ step: 'cancelled' });
        return;
      }
      setState({ step: 'failed', message: reason(error), settled: false });
      // A background that restarted mid-import finishes the commit on its own start; once it is back, the
      // additions list shows what the archive holds.
      await untilSettled();
      setState((s) => (s.step === 'failed' ? { ...s, settled: true } : s));
      onImported();
    }
  };

  const stop = async () => {
    stopping.current = true;
    setState((s) => (s.step === 'importing' ? { ...s, stopping: true } : s));
    try {
      await askArchive({ type: 'archive/import-cancel' });
    } catch {
      // The import's reply tells how it ended either way.
    }
  };

  const reset = () => {
    setFormDate('');
    setState({ step: 'idle' });
  };

  return { state, preview, progress, formDate, setFormDate, pick, confirm, stop, reset };
}

/** Waits until the background answers and no import or update is running (at most about a minute). */
async function untilSettled(): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    try {
      const status = await askArchive({ type: 'archive/status' });
      if (status.state === 'ready' || status.state === 'error') return;
    } catch {
      // restarting
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function undatedError(page: PreparedPage): PageError {
  return {
    file: page.fileName,
    code: 'no-date',
    message: `${page.fileName}: no date (not in a manifest, not in the file name, none given in the form)`,
  };
}
