import type { PageContextResult } from '@/lib/shared/page-context-query';
import { messages } from '../i18n';
import { ManageArchiveLink } from '../save/ManageArchiveLink';
import { SaveArticle } from '../save/SaveArticle';
import { useRoute } from './Router';

/**
 * "This page" where the overlay is off: nothing on the page was read, so the view says so instead of claiming
 * the page names no Lüliang. Saving the article stays: it reads the page only when the reader asks.
 */
export function PageNotRead({ page, url }: { page: PageContextResult; url: string }) {
  const t = messages();
  const { navigate } = useRoute();
  return (
    <>
      <SaveArticle tabId={page.tabId} url={url} onOpen={(id) => navigate({ kind: 'article', id })} />
      <p class="ll-page-report ll-page-not-read">{t.pageNotRead}</p>
      <ManageArchiveLink />
    </>
  );
}
