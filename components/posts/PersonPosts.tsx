import type { PersonPost } from '@/core/posts';
import { postTitle } from '../format';
import { messages } from '../i18n';
import { postMessages } from './strings';
import { ViewLink } from '../panel/Router';
import { Skeleton } from '../ui/Notes';
import type { PersonPostsState } from './usePersonPosts';
import { CoverageLine } from './CoverageLine';
import { PostSpans } from './SpanArticles';
import './posts.css';

/**
 * A person's posts in the timeline, as printed spans: each span's articles one click away, and each post a
 * link to its holders in the archive (who came before and after). Then what the archive holds.
 */
export function PersonPosts({ state, name }: { state: PersonPostsState; name: string }) {
  const t = messages();
  const p = postMessages();
  return (
    <section aria-labelledby="ll-person-posts" class="ll-person-posts-section">
      <h3 id="ll-person-posts">{p.postPersonTitle}</h3>
      <p class="ll-muted ll-small">{t.spanNote}</p>
      {state.status === 'loading' && <Skeleton lines={2} />}
      {state.status === 'error' && <p class="ll-muted">{t.loadFailed(state.message)}</p>}
      {state.status === 'ready' && (
        <>
          {state.value.posts.length === 0 ? (
            <p class="ll-muted">{t.postsNone}</p>
          ) : (
            <ul class="ll-person-posts">
              {state.value.posts.map((post) => (
                <PersonPostItem key={post.id} post={post} name={name} />
              ))}
            </ul>
          )}
          <CoverageLine coverage={state.value.coverage ?? undefined} />
        </>
      )}
    </section>
  );
}

function PersonPostItem({ post, name }: { post: PersonPost; name: string }) {
  const t = messages();
  const p = postMessages();
  return (
    <li data-post={post.id}>
      <PostSpans
        post={{ ...post, title: postTitle(post.title) }}
        name={name}
        link={(article) => <ViewLink to={{ kind: 'article', id: article.id }}>{article.title}</ViewLink>}
      />
      <p class="ll-small">
        {!post.plural && (
          <>
            <span class="ll-muted">
              {post.before ? t.postBefore(post.before.name, post.before.last) : p.postNoneBefore} ·{' '}
              {post.after ? t.postAfter(post.after.name, post.after.first) : p.postNoneAfter}
            </span>{' '}
          </>
        )}
        <ViewLink to={{ kind: 'post', post: post.id }}>{t.postOpen(post.title)}</ViewLink>
      </p>
    </li>
  );
}
