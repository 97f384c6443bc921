import { useState } from 'preact/hooks';
import { isWebPage } from '@/lib/shared/page-context-query';
import type { SaveOutcome } from '@/lib/shared/save-protocol';
import { NoPageScriptError, saveArticleInTab } from '@/lib/pages/save-request';
import { messages } from '../i18n';
import { outcomeText } from './notice';

type State =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'done'; outcome: SaveOutcome }
  | { kind: 'error'; message: string };

/**
 * "Save this article to the archive" for the page in a tab (popup and side panel): the page's content script
 * extracts the article and sends it to the archive; the outcome is said here, with a way to open the saved
 * article.
 */
export function SaveArticle({
  tabId,
  url,
  onOpen,
}: {
  tabId: number | null;
  url: string | null | undefined;
  onOpen?: (articleId: string) => void;
}) {
  const t = messages();
  const [state, setState] = useState<State>({ kind: 'idle' });
  if (tabId === null || !isWebPage(url ?? undefined)) return null;

  const save = async () => {
    setState({ kind: 'saving' });
    try {
      setState({ kind: 'done', outcome: await saveArticleInTab(tabId) });
    } catch (error) {
      setState({
        kind: 'error',
        message:
          error instanceof NoPageScriptError
            ? t.saveNoScript
            : t.saveFailed(error instanceof Error ? error.message : String(error)),
      });
    }
  };

  const outcome = state.kind === 'done' ? state.outcome : null;
  return (
    <div class="ll-save-article">
      <button
        type="button"
        class="ll-button"
        name="save-article"
        disabled={state.kind === 'saving'}
        aria-busy={state.kind === 'saving'}
        onClick={() => void save()}
      >
        {state.kind === 'saving' ? t.saving : t.saveArticle}
      </button>
      <div aria-live="polite">
        {outcome && (
          <p role={outcome.ok ? 'status' : 'alert'} class={outcome.ok ? undefined : 'll-error'}>
            {outcomeText(outcome, t)}{' '}
            {outcome.ok && onOpen && (
              <button type="button" class="ll-link-button" onClick={() => onOpen(outcome.articleId)}>
                {t.openSaved}
              </button>
            )}
          </p>
        )}
        {state.kind === 'error' && (
          <p role="alert" class="ll-error">
            {state.message}
          </p>
        )}
      </div>
    </div>
  );
}
