import { exportFileName, articleListCsv, articleListJson, type ListedArticle } from '@/core/export/lists';
import { askArchive } from '@/lib/shared/archive-client';
import { LIMITS, type SearchHit } from '@/lib/shared/archive-protocol';
import { messages } from '../i18n';
import type { SearchResults } from '../search/useSearch';
import { CiteButtons } from './CiteButtons';
import { DownloadButtons } from './DownloadButtons';
import { CSV_TYPE, JSON_TYPE, today } from './useDownload';

/** A search exports at most this many results (pages of LIMITS.results). */
const MAX_EXPORTED = 2000;

function listed(hit: SearchHit): ListedArticle {
  return {
    id: hit.id,
    date: hit.date,
    eventDate: hit.eventDate,
    kind: hit.kind,
    title: hit.title,
    score: hit.score,
    snippet: hit.snippet.map((s) => s.text).join(''),
  };
}

/** Every result of the search on screen (not only the page shown), asked again page by page. */
async function allResults(results: SearchResults): Promise<ListedArticle[]> {
  const hits: SearchHit[] = [];
  const total = Math.min(results.articles.total, MAX_EXPORTED);
  while (hits.length < total) {
    const page = await askArchive({
      type: 'archive/search',
      ...results.request,
      limit: LIMITS.results,
      offset: hits.length,
    });
    if (page.hits.length === 0) break;
    hits.push(...page.hits);
  }
  return hits.slice(0, total).map(listed);
}

/**
 * Below the results: the chosen article's citation (the list is driven from the search box, so its options
 * hold no buttons of their own) and the whole result list as CSV or JSON.
 */
export function SearchExports({ results, activeKey }: { results: SearchResults; activeKey: string | null }) {
  const t = messages();
  const chosen = activeKey?.startsWith('a:')
    ? results.articles.hits.find((h) => `a:${h.id}` === activeKey)
    : undefined;
  const subject = results.request.query || 'search';
  const file = (ext: string) => exportFileName(subject, 'results', today(), ext);
  if (results.articles.total === 0) return null;
  return (
    <section class="ll-cite-search ll-small" aria-label={t.citeExportsTitle}>
      <p class="ll-muted">{chosen ? t.citeChosenArticle(chosen.title) : t.citeChooseArticle}</p>
      {chosen && <CiteButtons id={chosen.id} title={chosen.title} />}
      <DownloadButtons
        choices={[
          {
            label: t.citeResultsCsv,
            make: async () => ({
              text: articleListCsv(await allResults(results)),
              fileName: file('csv'),
              type: CSV_TYPE,
            }),
          },
          {
            label: t.citeResultsJson,
            make: async () => ({
              text: articleListJson({
                list: 'search',
                subject,
                exportedAt: new Date().toISOString(),
                articles: await allResults(results),
              }),
              fileName: file('json'),
              type: JSON_TYPE,
            }),
          },
        ]}
      />
    </section>
  );
}
