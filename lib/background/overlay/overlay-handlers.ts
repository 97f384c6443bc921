/**
 * The background's side of the page overlay: the matcher payload for content scripts, hover-card data and the
 * side panel opened from a card. (What frames report is the page's: lib/background/page/page-report-handlers.ts.)
 */
import { markStart } from '../perf/marks';
import { MessageError, type BackgroundHandlers } from '../../shared/messages/router';
import { cardPosts } from '../posts/card';
import type { PostCache } from '../posts/cache';
import { browserOverlayEnv } from './background-env';
import { buildCardData } from './card-data';
import { cardContext, type OverlayData } from './overlay-data';
import { createMatcherCache, NO_WORD_EDGES, type Converters, type WordEdges } from './matcher-cache';
import type { CardData, MatcherReply } from '../../shared/overlay-protocol';

export { panelQuery } from '../../shared/messages/to-background';

export interface OverlayEnv {
  /** Character converters for the matcher payload; called once per build. */
  converters(): Converters;
  /** Word boundaries for the matcher payload (the build's `word-edges.json`). */
  wordEdges?(): Promise<WordEdges>;
  /**
   * Opens a tab's side panel on `path`. Must make its browser calls before awaiting anything: Chrome honours
   * `sidePanel.open()` only while the click that sent the message still counts as a user gesture.
   */
  openPanel(tabId: number, path: string): Promise<void>;
}

export function createOverlayHandlers(
  data: OverlayData,
  env: OverlayEnv = browserOverlayEnv(),
  /** The post index, for the card's spans and the disagreement rule. */
  posts?: PostCache,
) {
  const matchers = createMatcherCache(
    data,
    () => env.converters(),
    async () => (await env.wordEdges?.()) ?? NO_WORD_EDGES,
  );
  const handlers: BackgroundHandlers<'overlay/matcher' | 'overlay/card' | 'overlay/open-panel'> = {
    'overlay/matcher': {
      handle: (): Promise<MatcherReply> => matchers.get(),
    },

    'overlay/card': {
      async handle(req): Promise<CardData> {
        markStart('card-request');
        const others = (req.context ?? []).filter((id) => id !== req.id).slice(0, 20);
        const entity = await data.entity(req.id);
        markStart('card-profile-read');
        if (!entity) throw new MessageError('not-found', `No entity "${req.id}" in the archive.`);
        const context = await cardContext(data, entity, others);
        markStart('card-context-read');
        const card = buildCardData({ entity, pageDate: req.date ?? null, context });
        markStart('card-built');
        const postFacts =
          entity.kind === 'person' ? await cardPosts(posts, entity.id, req.date, req.printed) : undefined;
        // the post index is one record for the whole archive, read by a restarted worker's first card
        markStart('card-posts-read');
        return postFacts ? { ...card, postFacts } : card;
      },
    },

    'overlay/open-panel': {
      handle(req, origin): Promise<{ opened: true }> {
        if (origin.tabId === undefined)
          throw new MessageError('bad-request', 'Only a tab can open its side panel.');
        // No await before this call: see OverlayEnv.openPanel.
        return env
          .openPanel(origin.tabId, `/sidepanel.html${req.query}`)
          .then(() => ({ opened: true as const }));
      },
    },
  };
  return handlers;
}
