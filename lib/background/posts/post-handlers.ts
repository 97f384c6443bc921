/** The background's answers about posts, from the post index of the installed archive (see cache.ts). */
import { holdersOn, personPosts, postAnswer, postView, findPost } from '@/core/posts';
import type { BackgroundHandlers } from '../../shared/messages/router';
import type { PostCache } from './cache';

type Handlers = BackgroundHandlers<'posts/post' | 'posts/ask' | 'posts/person' | 'posts/coverage'>;

export function postHandlerTable(cache: PostCache): Handlers {
  return {
    'posts/post': {
      async handle(req) {
        const { index, coverage } = await cache.tables();
        const post = findPost(index, req.id);
        if (!post) return { post: null, on: null, coverage };
        const view = postView(post);
        return { post: view, on: req.date ? holdersOn(view, req.date) : null, coverage };
      },
    },
    'posts/ask': {
      async handle(req) {
        const { index, coverage } = await cache.tables();
        return { answer: postAnswer(index, coverage, req.query) };
      },
    },
    'posts/person': {
      async handle(req) {
        const { index, coverage } = await cache.tables();
        return { posts: personPosts(index, req.entityId), coverage };
      },
    },
    'posts/coverage': {
      async handle() {
        return (await cache.tables()).coverage;
      },
    },
  };
}
