import type { CardActions, CardState } from '@/lib/content/overlay/card-view';
import type { CardData } from '@/lib/shared/overlay-protocol';
import { cardMessages } from './strings';
import { entityKindName } from '../format';
import { postLine } from './format';
import { Sparkline } from './Sparkline';
import { CardCite } from '../cite/CardCite';
import { NamePinyin } from '../cite/NamePinyin';
import { CardPosts } from '../posts/CardPosts';
import { NoteEditor } from '../notes/NoteEditor';

/**
 * The hover card's content. Every string from the page or the archive goes in as a text child, so Preact
 * renders it as text: nothing here is ever parsed as markup.
 */
export function Card({ state, actions }: { state: CardState; actions: CardActions }) {
  const t = cardMessages();
  const name = state.status === 'ready' ? state.data.name : state.name;
  return (
    <div
      class="card"
      role="dialog"
      aria-label={name}
      onPointerEnter={actions.onPointerEnter}
      onPointerLeave={actions.onPointerLeave}
    >
      <header class="head">
        <div>
          {state.status === 'ready' && <span class="kind">{entityKindName(state.data.kind, t)}</span>}
          <strong class="name">{name}</strong>
          {state.status === 'ready' && <NamePinyin pinyin={state.data.pinyin} class="pinyin" />}
        </div>
        <button
          type="button"
          class="close"
          aria-label={t.cardClose}
          title={t.cardClose}
          onClick={actions.onClose}
        >
          ×
        </button>
      </header>
      {state.status === 'loading' && <p class="muted">{t.cardLoading}</p>}
      {state.status === 'error' && <p class="muted">{t.cardError}</p>}
      {state.status === 'ready' && <Details data={state.data} actions={actions} />}
    </div>
  );
}

function Details({ data, actions }: { data: CardData; actions: CardActions }) {
  const t = cardMessages();
  return (
    <>
      {data.atDate && (
        <p class="at-date">
          <span class="muted">
            {data.atDate.held ? t.cardHeldOn(data.atDate.date) : t.cardLastHeldBefore(data.atDate.date)}
          </span>{' '}
          <strong>{data.atDate.posts.map((p) => p.label).join('、')}</strong>
        </p>
      )}
      {data.posts.length > 0 && !data.postFacts && (
        <section>
          <h3>{t.cardPosts}</h3>
          <ul class="posts">
            {data.posts.map((post) => (
              <li key={`${post.label}|${post.first}`}>{postLine(post)}</li>
            ))}
          </ul>
        </section>
      )}
      {data.postFacts && <CardPosts name={data.name} facts={data.postFacts} actions={actions} />}
      {data.county && <p class="county">{t.cardCounty(data.county)}</p>}
      <p class="muted seen">
        {data.lastSeen && <span>{t.cardLastSeen(data.lastSeen)}</span>}
        {data.articleCount > 0 && <span> · {t.cardArticles(data.articleCount)}</span>}
      </p>
      {data.timeline && <Sparkline timeline={data.timeline} label={t.cardMentionsOverTime} />}
      {data.related.length > 0 && (
        <section>
          <h3>{t.cardRelated}</h3>
          <ul class="related">
            {data.related.map((article) => (
              <li key={article.id}>
                <button type="button" class="link" onClick={() => actions.onOpenArticle(article.id)}>
                  {article.title}
                </button>
                <span class="date">
                  {article.saved && <span class="saved">☆ {t.kindSaved} · </span>}
                  {article.date}
                </span>
                <CardCite id={article.id} title={article.title} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <NoteEditor target={{ kind: 'entity', id: data.id }} label={data.name} compact />
      <footer>
        <button type="button" class="timeline" onClick={() => actions.onOpenTimeline(data.id)}>
          {t.cardTimeline} →
        </button>
      </footer>
    </>
  );
}
