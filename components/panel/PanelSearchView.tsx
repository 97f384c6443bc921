import { messages } from '../i18n';
import { SearchView } from '../search/SearchView';
import { useRoute } from './Router';
import { targetView } from './routes';

/** `?q=<query>`: the popup's search in the side panel (e.g. from the context menu on selected text). */
export function PanelSearchView({ query }: { query: string }) {
  const t = messages();
  const { navigate } = useRoute();
  return (
    // The panel's header names this view; focus goes to the search box, not to a heading.
    <section class="ll-view" aria-label={t.popupTitle}>
      <SearchView
        idPrefix="panel"
        initialQuery={query}
        hint={t.searchHintPanel}
        autoFocus
        onOpen={(target) => navigate(targetView(target))}
        onQueryChange={(q) => navigate({ kind: 'search', query: q })}
      />
    </section>
  );
}
