import { useState } from 'preact/hooks';
import { messages } from '../i18n';
import { useRoute } from './Router';

/**
 * The side panel's own navigation (a side panel has no address bar or back button): back, "this page", and
 * a search field that opens the search view.
 */
export function PanelNav() {
  const t = messages();
  const { view, navigate, depth } = useRoute();
  const [query, setQuery] = useState('');
  return (
    <nav class="ll-panel-nav" aria-label={t.panelNav}>
      <button
        type="button"
        class="ll-button ll-icon-button"
        onClick={() => history.back()}
        disabled={depth === 0}
        aria-label={t.backTo}
        title={t.backTo}
      >
        <span aria-hidden="true">←</span> {t.back}
      </button>
      <button
        type="button"
        class="ll-button"
        aria-current={view.kind === 'page' ? 'page' : undefined}
        onClick={() => navigate({ kind: 'page' })}
      >
        {t.sidepanelTitle}
      </button>
      {view.kind !== 'search' && (
        <form
          class="ll-nav-search"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            navigate({ kind: 'search', query: query.trim() });
            setQuery('');
          }}
        >
          <input
            type="search"
            name="panel-q"
            aria-label={t.popupTitle}
            placeholder={t.panelSearch}
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </form>
      )}
    </nav>
  );
}
