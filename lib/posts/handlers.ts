/** The background's answers about posts, from the post index of the installed archive (see cache.ts). */
import { holdersOn, personPosts, postAnswer, postView, findPost } from '@/core/posts';
import type { PostRequests } from '@/lib/archive/protocol';
import { LIMITS } from '@/lib/archive/protocol';
import type { Handler, HandlerTable } from '../messages/router';
import { InvalidField, str, validating } from '../messages/validate';
import type { PostCache } from './cache';

type Handlers = { [K in keyof PostRequests]: Handler<PostRequests[K]['request'], PostRequests[K]['reply']> };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function postHandlerTable(cache: PostCache): Handlers & HandlerTable {
  return {
    'posts/post': {
      validate: (raw) =>
        validating(() => {
          const date = str(raw, 'date', { optional: true, max: 10 });
          if (date !== undefined && !DATE.test(date)) throw new InvalidField('"date" must be YYYY-MM-DD');
          return { id: str(raw, 'id', { max: LIMITS.id }), ...(date ? { date } : {}) };
        }),
      async handle(req) {
        const { index, coverage } = await cache.tables();
        const post = findPost(index, req.id);
        if (!post) return { post: null, on: null, coverage };
        const view = postView(post);
        return { post: view, on: req.date ? holdersOn(view, req.date) : null, coverage };
      },
    },
    'posts/ask': {
      validate: (raw) => validating(() => ({ query: str(raw, 'query', { max: LIMITS.query }) })),
      async handle(req) {
        const { index, coverage } = await cache.tables();
        return { answer: postAnswer(index, coverage, req.query) };
      },
    },
    'posts/person': {
      validate: (raw) => validating(() => ({ entityId: str(raw, 'entityId', { max: LIMITS.id }) })),
      async handle(req) {
        const { index, coverage } = await cache.tables();
        return { posts: personPosts(index, req.entityId), coverage };
      },
    },
    'posts/coverage': {
      validate: () => ({}),
      async handle() {
        return (await cache.tables()).coverage;
      },
    },
  };
}
