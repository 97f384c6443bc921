import { useState } from 'preact/hooks';
import { askArchive } from '@/lib/shared/archive-client';
import type { ImportResult } from '@/lib/shared/archive-protocol';
import { ErrorNote } from '../ui/Notes';
import { ConfirmedAction } from './ConfirmedAction';
import { downloadText } from './download';
import { FilePick } from './FilePick';
import { FileErrors } from './ImportPanel';
import { optionsMessages } from './strings';

type Outcome =
  | { kind: 'none' }
  | { kind: 'busy'; what: 'export' | 'reimport' | 'reset' }
  | { kind: 'exported'; fileName: string }
  | { kind: 'reimported'; result: ImportResult }
  | { kind: 'reset'; removed: number }
  | { kind: 'error'; message: string };

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Export of the whole archive as JSON, re-import of such a file, and the reset to the bundled archive. */
export function ExportReset({ additions, onChanged }: { additions: number | null; onChanged: () => void }) {
  const t = optionsMessages();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const busy = outcome.kind === 'busy';

  const exportArchive = async () => {
    setOutcome({ kind: 'busy', what: 'export' });
    try {
      const { json, fileName } = await askArchive({ type: 'archive/export' });
      downloadText(json, fileName);
      setOutcome({ kind: 'exported', fileName });
    } catch (error) {
      setOutcome({ kind: 'error', message: t.exportFailed(reason(error)) });
    }
  };

  const reimport = async ([file]: File[]) => {
    if (!file) return;
    setOutcome({ kind: 'busy', what: 'reimport' });
    try {
      const result = await askArchive({ type: 'archive/import-json', json: await file.text() });
      setOutcome({ kind: 'reimported', result });
      onChanged();
    } catch (error) {
      setOutcome({ kind: 'error', message: t.reimportFailed(file.name, reason(error)) });
    }
  };

  const reset = async () => {
    setOutcome({ kind: 'busy', what: 'reset' });
    try {
      const { removed } = await askArchive({ type: 'archive/reset' });
      setOutcome({ kind: 'reset', removed });
      onChanged();
    } catch (error) {
      setOutcome({ kind: 'error', message: t.resetFailed(reason(error)) });
    }
  };

  return (
    <section aria-labelledby="ll-export-title" class="ll-export">
      <h3 id="ll-export-title">{t.exportTitle}</h3>
      <p class="ll-muted ll-small">{t.exportHelp}</p>
      <div class="ll-row ll-wrap">
        <button type="button" class="ll-button" disabled={busy} onClick={() => void exportArchive()}>
          {outcome.kind === 'busy' && outcome.what === 'export' ? t.exporting : t.exportButton}
        </button>
        <FilePick
          label={t.reimportButton}
          name="import-json"
          accept=".json,application/json"
          disabled={busy}
          onFiles={(files) => void reimport(files)}
        />
      </div>
      <ConfirmedAction
        id="ll-reset"
        label={t.resetButton}
        question={t.resetQuestion(additions ?? 0)}
        detail={t.resetKeepsNotes}
        yes={t.resetYes}
        cancel={t.importCancel}
        disabled={busy || additions === 0}
        nothing={additions === 0 ? t.resetNothing : undefined}
        onConfirm={() => void reset()}
      />
      <div aria-live="polite">
        {outcome.kind === 'busy' && outcome.what !== 'export' && (
          <p role="status" aria-busy="true">
            {outcome.what === 'reset' ? t.resetting : t.importReading}
          </p>
        )}
        {outcome.kind === 'exported' && <p role="status">{t.exportDone(outcome.fileName)}</p>}
        {outcome.kind === 'reimported' && (
          <div role="status">
            <p>{t.importDone(outcome.result.added, outcome.result.skipped, outcome.result.articles)}</p>
            {outcome.result.notes && (
              <p>{t.importNotesDone(outcome.result.notes.added, outcome.result.notes.updated)}</p>
            )}
            <FileErrors
              errors={outcome.result.errors.map((e) => ({
                file: e.fileName,
                code: 'internal' as const,
                message: e.message,
              }))}
            />
          </div>
        )}
        {outcome.kind === 'reset' && <p role="status">{t.resetDone(outcome.removed)}</p>}
        {outcome.kind === 'error' && <ErrorNote message={outcome.message} />}
      </div>
    </section>
  );
}
