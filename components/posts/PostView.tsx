import type { HoldersOn, PostView as Post } from '@/core/posts';
import { askArchive } from '@/lib/shared/archive-client';
import { messages } from '../i18n';
import { postMessages } from './strings';
import { ViewLink } from '../panel/Router';
import { ViewHeading } from '../panel/ViewHeading';
import { EmptyState, ErrorNote, Skeleton } from '../ui/Notes';
import { useAsync } from '../ui/useAsync';
import { NoteBox } from '../notes/NoteBox';
import { CoverageLine } from './CoverageLine';
import { spanDates } from './format';
import { PostChart } from './PostChart';
import { SpanArticles } from './SpanArticles';
import './posts.css';

const titleOf = (post: string): string => post.replace(/^post:/, '');

/** `?post=<id>[&on=<day>]`: who the archive prints in a post over time, the gaps, and each span's articles. */
export function PostView({ post, on }: { post: string; on?: string }) {
  const t = messages();
  const p = postMessages();
  const state = useAsync(
    () => askArchive({ type: 'posts/post', id: post, ...(on ? { date: on } : {}) }),
    [post, on],
  );
  const heading = p.postViewHeading(titleOf(post));
  if (state.status === 'loading') {
    return (
      <article class="ll-view">
        <ViewHeading>{heading}</ViewHeading>
        <Skeleton lines={5} />
      </article>
    );
  }
  if (state.status === 'error') {
    return (
      <article class="ll-view">
        <ViewHeading>{heading}</ViewHeading>
        <ErrorNote message={t.loadFailed(state.message)} onRetry={state.reload} />
      </article>
    );
  }
  const { post: view, on: answer, coverage } = state.value;
  if (!view) {
    return (
      <article class="ll-view">
        <ViewHeading>{heading}</ViewHeading>
        <EmptyState title={p.postNotFound(titleOf(post))}>
          <CoverageLine coverage={coverage} />
          <ViewLink to={{ kind: 'search', query: titleOf(post) }}>
            {t.searchArticlesFor(titleOf(post))}
          </ViewLink>
        </EmptyState>
      </article>
    );
  }
  return (
    <article class="ll-view ll-post-view" data-post={view.id}>
      <header class="ll-view-header">
        <ViewHeading>{p.postViewHeading(view.title)}</ViewHeading>
        <p class="ll-muted ll-small">{t.spanNote}</p>
        <CoverageLine coverage={coverage} />
      </header>
      {answer && <OnDay answer={answer} />}
      {view.plural && <p class="ll-note">{p.postPlural}</p>}
      <NoteBox target={{ kind: 'post', id: view.id }} label={view.title} />
      <section aria-labelledby="ll-post-holders">
        <h3 id="ll-post-holders">{t.postHolders}</h3>
        <PostChart post={view} on={on} labelledBy="ll-post-holders" />
        <Holders post={view} />
      </section>
      {view.gaps.length > 0 && (
        <section aria-labelledby="ll-post-gaps">
          <h3 id="ll-post-gaps">{p.postGaps}</h3>
          <ul class="ll-post-gaps">
            {view.gaps.map((gap) => (
              <li key={gap.after} class={gap.issues === 0 ? 'll-gap-silent' : undefined}>
                {gap.issues === 0
                  ? p.postGapNoIssue(gap.after, gap.before)
                  : p.postGapNobody(gap.after, gap.before, gap.issues)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function Holders({ post }: { post: Post }) {
  return (
    <ol class="ll-post-holders">
      {post.holders.map((holder) => (
        <li key={holder.id} data-holder={holder.name}>
          <ViewLink class="ll-holder-name" to={{ kind: 'entity', entity: holder.id }}>
            {holder.name}
          </ViewLink>
          {holder.spans.map((span) => (
            <SpanArticles
              key={span.first}
              name={holder.name}
              span={span}
              link={(article) => (
                <ViewLink to={{ kind: 'article', id: article.id }}>{article.title}</ViewLink>
              )}
            />
          ))}
        </li>
      ))}
    </ol>
  );
}

function OnDay({ answer }: { answer: HoldersOn }) {
  const p = postMessages();
  return (
    <section class="ll-post-on" aria-label={answer.date} data-on={answer.date}>
      {answer.during.length > 0 ? (
        <p>
          {p.postOnDuring(answer.date)}{' '}
          {answer.during.map((h, i) => (
            <span key={h.id}>
              {i > 0 && '、'}
              <strong>{h.name}</strong> <span class="ll-muted ll-small">({spanDates(h.span)})</span>
            </span>
          ))}
        </p>
      ) : (
        <>
          <p>{p.postOnNobody(answer.date)}</p>
          <ul class="ll-small">
            {answer.before && <li>{p.postOnBefore(answer.before.name, answer.before.span.last)}</li>}
            {answer.after && <li>{p.postOnAfter(answer.after.name, answer.after.span.first)}</li>}
          </ul>
        </>
      )}
    </section>
  );
}
