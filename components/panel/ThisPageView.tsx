import { askArchive } from '@/lib/shared/archive-client';
import type { EntitySummary, RelatedItem } from '@/lib/shared/archive-protocol';
import type { PageContextResult } from '@/lib/shared/page-context-query';
import { overlayOffFor, type Settings } from '@/lib/shared/settings';
import { ArchiveGate } from '../archive/ArchiveGate';
import { entityTimeline } from '../archive/entities';
import { hostOf, latestPost, type PostLike } from '../format';
import { messages } from '../i18n';
import { ManageArchiveLink } from '../save/ManageArchiveLink';
import { SaveArticle } from '../save/SaveArticle';
import { EmptyState, ErrorNote, Skeleton } from '../ui/Notes';
import { useAsync } from '../ui/useAsync';
import { useSettings } from '../ui/useSettings';
import { EntityCard } from './EntityCard';
import { PageNotRead } from './PageNotRead';
import { RelatedList } from './RelatedList';
import { useRoute } from './Router';
import { usePageContext } from './usePageContext';
import { ViewHeading } from './ViewHeading';

/** Cards shown for the page's entities; the rest are counted. */
const MAX_CARDS = 12;
const RELATED = 6;

interface PageEntity {
  entity: EntitySummary;
  post: PostLike | null;
}

async function pageEntities(ids: readonly string[]): Promise<PageEntity[]> {
  const found = await Promise.all(
    ids.slice(0, MAX_CARDS).map((id) =>
      entityTimeline(id).then(
        (timeline): PageEntity | null => ({
          entity: timeline.entity,
          post: latestPost<PostLike>(timeline.roles),
        }),
        () => null, // an id the archive no longer has (it was updated since the page was read)
      ),
    ),
  );
  return found.filter((e): e is PageEntity => e !== null);
}

function related(text: string | undefined): Promise<RelatedItem[]> {
  if (!text?.trim()) return Promise.resolve([]);
  return askArchive({ type: 'archive/related', text, limit: RELATED }).then((r) => r.items);
}

/** The default view: what the archive knows about the page in the active tab. */
export function ThisPageView() {
  const t = messages();
  const page = usePageContext();
  const settings = useSettings();
  return (
    <article class="ll-view ll-this-page" data-source={page?.source ?? 'pending'}>
      <header class="ll-view-header">
        {/* The page's own title names the view (the panel's header already says "this page"). */}
        <ViewHeading>
          {page?.context ? (page.context.title ?? hostOf(page.context.url)) : t.sidepanelTitle}
        </ViewHeading>
        {page?.context?.title && <p class="ll-muted ll-small ll-page-where">{hostOf(page.context.url)}</p>}
      </header>
      {page === null || settings === null ? (
        <Skeleton lines={4} />
      ) : (
        <PageBody page={page} settings={settings} />
      )}
    </article>
  );
}

function PageBody({ page, settings }: { page: PageContextResult; settings: Settings }) {
  const t = messages();
  const { navigate } = useRoute();
  const { context, report, source } = page;
  if (!context)
    return (
      <>
        <EmptyState title={t.pageOpenNews} />
        <ManageArchiveLink />
      </>
    );
  if (overlayOffFor(settings, context.url)) return <PageNotRead page={page} url={context.url} />;
  return (
    <>
      <SaveArticle tabId={page.tabId} url={context.url} onOpen={(id) => navigate({ kind: 'article', id })} />
      {report && (
        <p class="ll-page-report">
          {report.mentions > 0 ? t.pageMentions(report.mentions) : t.pageNoMentions}
          {report.entities > 0 && <span class="ll-muted"> · {t.pageEntities(report.entities)}</span>}
        </p>
      )}
      <ArchiveGate>
        <section aria-labelledby="ll-page-entities">
          <h3 id="ll-page-entities">{t.pageEntitiesTitle}</h3>
          {source === 'content-script' ? (
            <EntityCards ids={context.entityIds} />
          ) : (
            <p class="ll-note">{t.pageContextPending}</p>
          )}
        </section>
        {/* Without the page's text, its title is the best description of it the panel has; without either,
          there is nothing to relate. */}
        {(context.text ?? context.title) && (
          <section aria-labelledby="ll-page-related">
            <h3 id="ll-page-related">{t.pageRelatedTitle}</h3>
            <RelatedToText text={context.text ?? context.title} />
          </section>
        )}
      </ArchiveGate>
      <ManageArchiveLink />
    </>
  );
}

function EntityCards({ ids }: { ids: readonly string[] }) {
  const t = messages();
  const state = useAsync(() => pageEntities(ids), [ids.join('\n')]);
  if (ids.length === 0) return <p class="ll-muted">{t.pageNoEntities}</p>;
  if (state.status === 'loading') return <Skeleton lines={3} />;
  if (state.status === 'error')
    return <ErrorNote message={t.loadFailed(state.message)} onRetry={state.reload} />;
  return (
    <>
      <ul class="ll-entity-cards">
        {state.value.map(({ entity, post }) => (
          <li key={entity.id}>
            <EntityCard entity={entity} post={post} />
          </li>
        ))}
      </ul>
      {ids.length > MAX_CARDS && (
        <p class="ll-muted ll-small">{t.pageEntitiesMore(ids.length - MAX_CARDS)}</p>
      )}
    </>
  );
}

function RelatedToText({ text }: { text: string | undefined }) {
  const t = messages();
  const state = useAsync(() => related(text), [text]);
  if (!text) return <p class="ll-muted">{t.relatedNone}</p>;
  if (state.status === 'loading') return <Skeleton lines={3} />;
  if (state.status === 'error')
    return <ErrorNote message={t.loadFailed(state.message)} onRetry={state.reload} />;
  return <RelatedList items={state.value} labelledBy="ll-page-related" />;
}
