import type { PageError } from '@/core/parse';
import { articleKindName } from '../format';
import { ProgressBar } from '../ui/ProgressBar';
import { FilePick } from './FilePick';
import { useImport, type ImportPreview } from './useImport';
import { optionsMessages } from './strings';

/** "Import front pages": pick files or a folder, check the preview, confirm, follow the progress. */
export function ImportPanel({ onImported }: { onImported: () => void }) {
  const t = optionsMessages();
  const flow = useImport(onImported);
  const { state } = flow;
  const busy = state.step === 'reading' || state.step === 'importing';
  const onFiles = (files: File[]) => void flow.pick(files);

  return (
    <section aria-labelledby="ll-import-title" class="ll-import">
      <h3 id="ll-import-title">{t.importTitle}</h3>
      <p class="ll-muted ll-small">{t.importHelp}</p>
      <div class="ll-row ll-import-pickers">
        <FilePick
          label={t.importPickFiles}
          name="import-files"
          multiple
          accept=".txt,.json,text/plain,application/json"
          disabled={busy}
          onFiles={onFiles}
        />
        <FilePick label={t.importPickFolder} name="import-folder" folder disabled={busy} onFiles={onFiles} />
      </div>

      {state.step === 'reading' && (
        <p role="status" aria-busy="true">
          {t.importReading}
        </p>
      )}

      {state.step === 'preview' && !flow.preview && (
        <p role="status" aria-busy="true">
          {t.importReading}
        </p>
      )}
      {state.step === 'preview' && flow.preview && (
        <PreviewBlock
          preview={flow.preview}
          formDate={flow.formDate}
          onDate={flow.setFormDate}
          onConfirm={() => void flow.confirm()}
          onCancel={flow.reset}
        />
      )}

      {state.step === 'importing' && (
        <div class="ll-import-running" aria-live="polite">
          <ProgressBar
            label={t.importProgressLabel}
            detail={
              state.stopping ? t.importStopping : t.importPhase(flow.progress?.phase ?? '', state.pages)
            }
            value={flow.progress?.phase?.startsWith('import-') ? flow.progress.progress : 0}
          />
          <p class="ll-muted ll-small">{t.importRunningNote}</p>
          <button type="button" class="ll-button" disabled={state.stopping} onClick={() => void flow.stop()}>
            {t.importStop}
          </button>
        </div>
      )}

      {state.step === 'done' && (
        <div class="ll-import-result" role="status">
          <p>{t.importDone(state.result.added, state.result.skipped, state.result.articles)}</p>
          <FileErrors
            errors={[
              ...state.errors,
              ...state.result.errors.map((e) => ({
                file: e.fileName,
                code: e.code,
                message: e.message.startsWith(e.fileName) ? e.message : `${e.fileName}: ${e.message}`,
              })),
            ]}
          />
          <button type="button" class="ll-button" onClick={flow.reset}>
            {t.importAnother}
          </button>
        </div>
      )}
      {state.step === 'cancelled' && (
        <div role="status">
          <p>{t.importCancelled}</p>
          <button type="button" class="ll-button" onClick={flow.reset}>
            {t.importAnother}
          </button>
        </div>
      )}
      {state.step === 'failed' && (
        <div class="ll-error-box" role="alert">
          <p>{t.importFailed(state.message)}</p>
          <p class="ll-muted" aria-busy={!state.settled}>
            {state.settled ? t.importSettled : t.importSettling}
          </p>
          <button type="button" class="ll-button" onClick={flow.reset}>
            {t.importAnother}
          </button>
        </div>
      )}
    </section>
  );
}

function PreviewBlock({
  preview,
  formDate,
  onDate,
  onConfirm,
  onCancel,
}: {
  preview: ImportPreview;
  formDate: string;
  onDate: (date: string) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = optionsMessages();
  const articles = preview.ready.reduce((n, r) => n + r.preview.articles.length, 0);
  return (
    <div class="ll-import-preview">
      {(preview.undated.length > 0 || formDate) && (
        <div class="ll-import-date">
          <label class="ll-row">
            <span>{t.importDateLabel}</span>
            <input
              type="date"
              name="import-date"
              value={formDate}
              onInput={(e) => onDate(e.currentTarget.value)}
            />
          </label>
          {preview.undated.length > 0 && (
            <p class="ll-note" role="status">
              {t.importNeedsDate(preview.undated.map((p) => p.fileName).join(', '))}
            </p>
          )}
        </div>
      )}
      <h4 id="ll-preview-title">{t.importPreviewTitle(preview.ready.length, articles)}</h4>
      {preview.parsed < preview.total && (
        <ProgressBar
          label={t.importPreviewProgress}
          detail={t.importParsing(preview.parsed, preview.total)}
          value={preview.parsed / preview.total}
        />
      )}
      {preview.ready.length === 0 ? (
        preview.parsed === preview.total && <p class="ll-muted">{t.importNothingReady}</p>
      ) : (
        <ol class="ll-preview-pages" aria-labelledby="ll-preview-title">
          {preview.ready.map(({ page, preview: p }) => (
            <li key={page.path} class="ll-preview-page">
              <p class="ll-preview-file">
                <strong>{page.fileName}</strong>{' '}
                <span class="ll-muted">
                  {t.importPageWhere(page.date, page.page)} · {t.importDateFrom(page.dateSource ?? 'form')}
                  {page.encoding !== 'utf-8' && ` · ${page.encoding.toUpperCase()}`}
                </span>
              </p>
              {p.articles.length === 0 ? (
                <p class="ll-muted">{t.importNoArticles}</p>
              ) : (
                <ul class="ll-preview-articles">
                  {p.articles.map((a) => (
                    <li key={a.id}>
                      <span class="ll-preview-headline">{a.title}</span>
                      <span class="ll-row-meta ll-small">
                        <span class="ll-article-kind">{articleKindName(a.kind)}</span>
                        {a.date && <span>{a.date}</span>}
                        {a.reporters.length > 0 && <span>{t.readerReporters(a.reporters.join('、'))}</span>}
                        {a.photographers.length > 0 && (
                          <span>{t.readerPhotographers(a.photographers.join('、'))}</span>
                        )}
                        {!a.printedHeadline && <span class="ll-muted">{t.importNoHeadline}</span>}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              {p.warnings.length > 0 && (
                <details class="ll-preview-warnings">
                  <summary>{t.importWarnings(p.warnings.length)}</summary>
                  <ul>
                    {p.warnings.map((w) => (
                      <li key={w}>{w}</li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
      <FileErrors errors={preview.errors} />
      <div class="ll-row">
        <button
          type="button"
          class="ll-button ll-primary"
          disabled={preview.parsed < preview.total || preview.ready.length === 0}
          onClick={onConfirm}
        >
          {t.importConfirm(preview.ready.length)}
        </button>
        <button type="button" class="ll-button" onClick={onCancel}>
          {t.importCancel}
        </button>
      </div>
    </div>
  );
}

/** Files left out, each with its reason: the other files still import. */
export function FileErrors({ errors }: { errors: readonly PageError[] }) {
  const t = optionsMessages();
  if (errors.length === 0) return null;
  return (
    <div class="ll-file-errors" role="alert">
      <p>{t.fileErrorsTitle(errors.length)}</p>
      <ul>
        {errors.map((error, i) => (
          <li key={`${error.file}-${i}`} data-file={error.file} data-code={error.code}>
            {t.fileError[error.code](error.file)}
          </li>
        ))}
      </ul>
    </div>
  );
}
