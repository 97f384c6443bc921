import { askArchive } from '@/lib/shared/archive-client';
import type { ArticleView, RelatedItem } from '@/lib/shared/archive-protocol';
import { longDate } from '../format';
import { detectLang, messages } from '../i18n';
import { CiteButtons } from '../cite/CiteButtons';
import { ArticleKindLabel } from '../ui/KindBadge';
import { EmptyState, ErrorNote, Skeleton } from '../ui/Notes';
import { useAsync } from '../ui/useAsync';
import { EntityChips } from './EntityChips';
import { linkEntities, paragraphs, type LinkableEntity } from './link-entities';
import { RelatedList } from './RelatedList';
import { ViewLink } from './Router';
import { ViewHeading } from './ViewHeading';
import { NoteBox } from '../notes/NoteBox';

const RELATED = 6;
const KIND_ORDER = { person: 0, place: 1, organization: 2, topic: 3 } as const;

interface Loaded {
  view: ArticleView | null;
  related: RelatedItem[];
}

async function loadArticle(id: string): Promise<Loaded> {
  const [view, related] = await Promise.all([
    askArchive({ type: 'archive/article', id }).catch((error: unknown) => {
      if (error instanceof Error && /not in the archive/i.test(error.message)) return null;
      throw error;
    }),
    // Related articles are extra: the article reads fine without them.
    askArchive({ type: 'archive/related', articleId: id, limit: RELATED }).then(
      (r) => r.items,
      (): RelatedItem[] => [],
    ),
  ]);
  return { view, related };
}

/** A paragraph with the article's entities linked to their timelines. */
function Paragraph({ text, entities }: { text: string; entities: readonly LinkableEntity[] }) {
  return (
    <p>
      {linkEntities(text, entities).map((piece, i) =>
        piece.entity ? (
          <ViewLink key={i} to={{ kind: 'entity', entity: piece.entity.id }} class="ll-entity-link">
            {piece.text}
          </ViewLink>
        ) : (
          piece.text
        ),
      )}
    </p>
  );
}

/** `?article=<id>`: the article as printed, its people and places linked, then related articles. */
export function ReaderView({ id }: { id: string }) {
  const t = messages();
  const state = useAsync(() => loadArticle(id), [id]);
  if (state.status === 'loading') {
    return (
      <article class="ll-view">
        <Skeleton lines={8} />
      </article>
    );
  }
  if (state.status === 'error') {
    return (
      <article class="ll-view">
        <ErrorNote message={t.loadFailed(state.message)} help={t.archiveErrorHelp} onRetry={state.reload} />
      </article>
    );
  }
  const { view, related } = state.value;
  if (!view) {
    return (
      <article class="ll-view">
        <EmptyState title={t.articleNotFound} />
      </article>
    );
  }
  const { article, edition } = view;
  const lang = detectLang();
  const entities = [...view.entities].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.articles - a.articles,
  );
  return (
    <article class="ll-view ll-reader">
      <header class="ll-view-header">
        <p class="ll-row-meta">
          <ArticleKindLabel kind={article.kind} />
          {edition && <> · {t.readerPage(edition.page)}</>}
        </p>
        <ViewHeading>{article.headline ?? article.title}</ViewHeading>
        <p class="ll-row-meta">
          <time dateTime={view.date}>{t.readerPublished(longDate(view.date, lang))}</time>
          {article.date && article.date !== view.date && (
            <> · {t.readerDateline(longDate(article.date, lang))}</>
          )}
          {!article.date && article.openingDate && (
            <> · {t.readerOpeningDate(longDate(article.openingDate, lang))}</>
          )}
        </p>
        {(article.source || article.reporters.length > 0 || article.photographers.length > 0) && (
          <p class="ll-bylines ll-small">
            {article.source && <span>{t.readerSource(article.source)}</span>}
            {article.reporters.length > 0 && <span>{t.readerReporters(article.reporters.join('、'))}</span>}
            {article.photographers.length > 0 && (
              <span>{t.readerPhotographers(article.photographers.join('、'))}</span>
            )}
          </p>
        )}
        <CiteButtons id={article.id} />
      </header>
      <NoteBox target={{ kind: 'article', id: article.id }} label={article.headline ?? article.title} />
      <div class="ll-reader-body" lang="zh-CN">
        {paragraphs(article.body).map((text, i) => (
          <Paragraph key={i} text={text} entities={view.entities} />
        ))}
        {article.continued && <p class="ll-muted ll-small">{t.readerContinued(article.continued)}</p>}
      </div>
      {entities.length > 0 && (
        <section aria-labelledby="ll-in-article">
          <h3 id="ll-in-article">{t.readerEntities}</h3>
          <EntityChips labelledBy="ll-in-article" entities={entities} />
        </section>
      )}
      <section aria-labelledby="ll-related">
        <h3 id="ll-related">{t.relatedTitle}</h3>
        <RelatedList items={related} labelledBy="ll-related" />
      </section>
    </article>
  );
}
