import type { ComponentChildren } from 'preact';
import { messages } from '../i18n';

/** Nothing to show, said plainly, with what to try next. */
export function EmptyState({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="ll-empty" role="status">
      <p class="ll-empty-title">{title}</p>
      {children}
    </div>
  );
}

/** Something failed: what happened, what to do, and a way to try again when there is one. */
export function ErrorNote({
  message,
  help,
  onRetry,
}: {
  message: string;
  help?: string;
  onRetry?: () => void;
}) {
  const t = messages();
  return (
    <div class="ll-error-box" role="alert">
      <p>{message}</p>
      {help && <p class="ll-muted">{help}</p>}
      {onRetry && (
        <button type="button" class="ll-button" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}

/** Grey lines where content is about to appear; announced once as "loading". */
export function Skeleton({ lines = 3, label }: { lines?: number; label?: string }) {
  const t = messages();
  return (
    <div class="ll-skeleton-group" aria-busy="true" role="status">
      <span class="ll-visually-hidden">{label ?? t.loading}</span>
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} class="ll-skeleton" style={{ width: `${92 - ((i * 17) % 40)}%` }} aria-hidden="true" />
      ))}
    </div>
  );
}
