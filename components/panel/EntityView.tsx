import type { Timeline } from '@/lib/shared/archive-protocol';
import { nameInId, resolveEntity } from '../archive/entities';
import { writtenAliases } from '../format';
import { messages } from '../i18n';
import { EntityExports } from '../cite/EntityExports';
import { NamePinyin } from '../cite/NamePinyin';
import { EntityKindBadge } from '../ui/KindBadge';
import { EmptyState, ErrorNote, Skeleton } from '../ui/Notes';
import { useAsync } from '../ui/useAsync';
import { ArticleList } from './ArticleList';
import { EntityChips } from './EntityChips';
import { EntityPosts } from '../posts/EntityPosts';
import { usePersonPosts } from '../posts/usePersonPosts';
import { MonthlyChart, monthlyTitle } from './MonthlyChart';
import { ViewLink } from './Router';
import { TimelineChart } from './TimelineChart';
import { ViewHeading } from './ViewHeading';
import { NoteBox } from '../notes/NoteBox';

/** `?entity=<name>`: who or what it is, posts over time, mentions per month, articles, and who appears with it. */
export function EntityView({ entity }: { entity: string }) {
  const t = messages();
  const state = useAsync(() => resolveEntity(entity), [entity]);
  const heading = nameInId(entity);
  if (state.status === 'loading') {
    return (
      <article class="ll-view">
        <ViewHeading>{heading}</ViewHeading>
        <Skeleton lines={6} />
      </article>
    );
  }
  if (state.status === 'error') {
    return (
      <article class="ll-view">
        <ViewHeading>{heading}</ViewHeading>
        <ErrorNote message={t.loadFailed(state.message)} help={t.archiveErrorHelp} onRetry={state.reload} />
      </article>
    );
  }
  const { timeline, suggestions } = state.value;
  if (!timeline) {
    return (
      <article class="ll-view">
        <ViewHeading>{heading}</ViewHeading>
        <EmptyState title={t.entityNotFound(heading)}>
          <ul class="ll-suggestions">
            {suggestions.map((s) => (
              <li key={s.id}>
                <ViewLink to={{ kind: 'entity', entity: s.id }}>{s.name}</ViewLink>
              </li>
            ))}
            <li>
              <ViewLink to={{ kind: 'search', query: heading }}>{t.searchArticlesFor(heading)}</ViewLink>
            </li>
          </ul>
        </EmptyState>
      </article>
    );
  }
  return <EntityDetails timeline={timeline} />;
}

function EntityDetails({ timeline }: { timeline: Timeline }) {
  const t = messages();
  const { entity } = timeline;
  const aliases = writtenAliases(entity.name, entity.aliases);
  const posts = usePersonPosts(entity.id, entity.kind === 'person');
  const printed = posts.status === 'ready' ? posts.value.posts : null;
  return (
    <article class="ll-view ll-entity-view">
      <header class="ll-view-header">
        <ViewHeading>{entity.name}</ViewHeading>
        <NamePinyin pinyin={timeline.pinyin} />
        <p class="ll-row-meta">
          <EntityKindBadge kind={entity.kind} /> {t.articleCount(entity.articles)}
        </p>
        {aliases.length > 0 && <p class="ll-muted ll-small">{t.alsoWritten(aliases.join('、'))}</p>}
      </header>
      <NoteBox target={{ kind: 'entity', id: entity.id }} label={entity.name} />

      <EntityPosts entity={entity} posts={posts} />

      <section aria-labelledby="ll-timeline">
        <h3 id="ll-timeline">{t.timelineTitle}</h3>
        <TimelineChart timeline={timeline} posts={printed ?? []} labelledBy="ll-timeline" />
      </section>

      <section aria-labelledby="ll-monthly">
        <h3 id="ll-monthly">{monthlyTitle(timeline.perMonth)}</h3>
        <MonthlyChart perMonth={timeline.perMonth} labelledBy="ll-monthly" />
      </section>

      <section aria-labelledby="ll-articles">
        <h3 id="ll-articles">
          {t.articlesTitle} <span class="ll-muted">({timeline.articles.length})</span>
        </h3>
        <ArticleList articles={timeline.articles} labelledBy="ll-articles" />
      </section>

      <EntityExports timeline={timeline} posts={printed} />

      {timeline.coPeople.length > 0 && (
        <section aria-labelledby="ll-copeople">
          <h3 id="ll-copeople">{t.coPeopleTitle}</h3>
          <EntityChips
            labelledBy="ll-copeople"
            entities={timeline.coPeople.slice(0, 12).map((p) => ({
              id: p.id,
              name: p.name,
              kind: 'person' as const,
              count: p.count,
              note: t.coPeopleCount(p.count),
            }))}
          />
        </section>
      )}
    </article>
  );
}
