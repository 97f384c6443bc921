import type { PostTarget } from '../panel/routes';
import { askArchive } from '@/lib/shared/archive-client';
import { messages } from '../i18n';
import { postMessages } from './strings';
import { useAsync } from '../ui/useAsync';
import { spanDates } from './format';
import './posts.css';

/**
 * Search text that reads as a post (市委书记, 柳林县委书记, who held 市长 on 2020-09-01): the answer above the
 * results, with the post view one click (or Tab and Enter) away. Nothing for any other text.
 */
export function PostAnswer({ query, onOpen }: { query: string; onOpen(target: PostTarget): void }) {
  const t = messages();
  const p = postMessages();
  const text = query.trim();
  const state = useAsync(
    () => (text ? askArchive({ type: 'posts/ask', query: text }) : Promise.resolve({ answer: null })),
    [text],
  );
  if (state.status !== 'ready' || !state.value.answer) return null;
  const { answer } = state.value;
  const target: PostTarget = {
    kind: 'post',
    post: answer.post?.id ?? `post:${answer.title}`,
    ...(answer.date ? { on: answer.date } : {}),
  };
  const holders = answer.post?.holders ?? [];
  return (
    <section
      class="ll-post-answer"
      aria-label={p.postAnswerTitle(answer.title)}
      data-post-answer={answer.title}
    >
      <p>
        <strong>{p.postAnswerTitle(answer.title)}</strong>
        {answer.date && <span class="ll-muted"> · {answer.date}</span>}
      </p>
      {!answer.post && <p>{p.postNotFound(answer.title)}</p>}
      {answer.on &&
        (answer.on.during.length > 0 ? (
          <p>
            {p.postOnDuring(answer.on.date)}{' '}
            {answer.on.during.map((h) => `${h.name} (${spanDates(h.span)})`).join('、')}
          </p>
        ) : (
          <p>
            {p.postOnNobody(answer.on.date)}{' '}
            {answer.on.before && p.postOnBefore(answer.on.before.name, answer.on.before.span.last)}
            {answer.on.before && answer.on.after && ' · '}
            {answer.on.after && p.postOnAfter(answer.on.after.name, answer.on.after.span.first)}
          </p>
        ))}
      {!answer.on && holders.length > 0 && (
        <p>{holders.map((h) => `${h.name} (${h.spans.map(spanDates).join(', ')})`).join(' → ')}</p>
      )}
      <p class="ll-muted ll-small">{t.spanNote}</p>
      {answer.post && (
        <button type="button" class="ll-button" onClick={() => onOpen(target)}>
          {p.postAnswerOpen} →
        </button>
      )}
    </section>
  );
}
