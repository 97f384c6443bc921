import type { CardPostFacts, Disagreement } from '@/core/posts';
import { postHeading } from '@/core/posts/reads';
import type { CardActions } from '@/lib/content/overlay/card-view';
import { cardMessages } from '../card/strings';
import { detectLang } from '../lang';
import { spanDates } from './format';
import { PostSpans } from './SpanArticles';

/**
 * The hover card's posts as the archive prints them: where the page's post disagrees with the archive on its
 * date, each post's printed spans with their articles, who came before and after, and the post view.
 */
export function CardPosts({
  name,
  facts,
  actions,
}: {
  name: string;
  facts: CardPostFacts;
  actions: CardActions;
}) {
  const lang = detectLang();
  const t = cardMessages(lang);
  return (
    <section class="card-posts">
      {facts.disagreement && <DisagreementNote name={name} found={facts.disagreement} />}
      <p class="muted small">{t.spanNote}</p>
      <ul class="post-spans">
        {facts.posts.map((post) => (
          <li key={post.id}>
            <PostSpans
              post={
                lang === 'en' && post.english
                  ? { ...post, title: postHeading(post.title, post.english) }
                  : post
              }
              name={name}
              link={(article) => (
                <button type="button" class="link" onClick={() => actions.onOpenArticle(article.id)}>
                  {article.title}
                </button>
              )}
            />
            {!post.plural && (post.before || post.after) && (
              <p class="muted small">
                {post.before && t.postBefore(post.before.name, post.before.last)}
                {post.before && post.after && ' · '}
                {post.after && t.postAfter(post.after.name, post.after.first)}
              </p>
            )}
            <button type="button" class="link post-open" onClick={() => actions.onOpenPost(post.id)}>
              {t.postOpen(post.title)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DisagreementNote({ name, found }: { name: string; found: Disagreement }) {
  const t = cardMessages();
  const own = found.own.map((o) => o.title).join('、');
  return (
    <div class="disagree" role="note" data-disagree={found.printed}>
      <p>{t.postDisagree(found.printed, name, found.date)}</p>
      <ul>
        {found.holders.map((h) => (
          <li key={h.id}>
            <strong>{h.name}</strong> ({spanDates(h.span)})
          </li>
        ))}
      </ul>
      {own && <p>{found.own[0]!.held ? t.postDisagreeOwn(own) : t.postDisagreeLast(own)}</p>}
    </div>
  );
}
