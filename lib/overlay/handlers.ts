/**
 * The background's side of the page overlay: the matcher payload for content scripts, hover-card data, the
 * side panel opened from a card, and child frames' counts for the tab's badge.
 */
import { markStart } from '../perf/marks';
import { MessageError, type HandlerTable } from '../messages/router';
import { int, InvalidField, str, validating } from '../messages/validate';
import { cardPosts } from '../posts/card';
import type { PostCache } from '../posts/cache';
import { browserOverlayEnv } from './background-env';
import { buildCardData } from './card-data';
import { cardContext, type OverlayData } from './data';
import { FrameReports } from './frame-reports';
import { createMatcherCache, NO_WORD_EDGES, type Converters, type WordEdges } from './matcher-cache';
import {
  OverlayMessage,
  type CardData,
  type CardRequest,
  type FrameReport,
  type FramesReply,
  type MatcherReply,
} from './protocol';

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
  /** Tells the tab's top frame that a child frame reported. */
  notifyTop(tabId: number): Promise<void>;
}

const ID_MAX = 300;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function strings(raw: Record<string, unknown>, key: string, maxItems: number): string[] | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > maxItems) {
    throw new InvalidField(`"${key}" must be an array of at most ${maxItems} strings`);
  }
  for (const item of value) {
    if (typeof item !== 'string' || item.length > ID_MAX) {
      throw new InvalidField(`"${key}" must hold strings of at most ${ID_MAX} characters`);
    }
  }
  return value as string[];
}

function time(raw: Record<string, unknown>, key: string): number {
  const value = raw[key];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new InvalidField(`"${key}" must be a non-negative number`);
  }
  return value;
}

/** `?article=<id>`, `?entity=<name>` or `?post=<id>`, nothing else: the side panel's entry points. */
export function panelQuery(raw: string): string {
  if (!raw.startsWith('?')) throw new InvalidField('"query" must start with "?"');
  const params = [...new URLSearchParams(raw)];
  const [pair] = params;
  if (params.length !== 1 || !pair || !['article', 'entity', 'post'].includes(pair[0])) {
    throw new InvalidField('"query" must be ?article=<id>, ?entity=<name> or ?post=<id>');
  }
  const value = pair[1].trim();
  if (!value || value.length > ID_MAX) throw new InvalidField('"query" names no article or entity');
  return `?${new URLSearchParams({ [pair[0]]: value })}`;
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
  const frames = new FrameReports();

  return {
    [OverlayMessage.matcher]: {
      validate: () => ({}),
      handle: (): Promise<MatcherReply> => matchers.get(),
    },

    [OverlayMessage.card]: {
      validate: (raw) =>
        validating((): CardRequest => {
          const date = str(raw, 'date', { optional: true, max: 10 });
          if (date !== undefined && !DATE.test(date)) throw new InvalidField('"date" must be YYYY-MM-DD');
          return {
            id: str(raw, 'id', { max: ID_MAX }),
            date,
            context: strings(raw, 'context', 50),
            printed: strings(raw, 'printed', 8),
          };
        }),
      async handle(req: CardRequest): Promise<CardData> {
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
        return postFacts ? { ...card, postFacts } : card;
      },
    },

    [OverlayMessage.openPanel]: {
      validate: (raw) => validating(() => ({ query: panelQuery(str(raw, 'query', { max: 1000 })) })),
      handle(req: { query: string }, origin): Promise<{ opened: true }> {
        if (origin.tabId === undefined)
          throw new MessageError('bad-request', 'Only a tab can open its side panel.');
        // No await before this call: see OverlayEnv.openPanel.
        return env
          .openPanel(origin.tabId, `/sidepanel.html${req.query}`)
          .then(() => ({ opened: true as const }));
      },
    },

    [OverlayMessage.frameReport]: {
      validate: (raw) =>
        validating((): FrameReport => ({
          ids: strings(raw, 'ids', 100_000) ?? [],
          mentions: int(raw, 'mentions', { min: 0, max: 10_000_000 })!,
          since: time(raw, 'since'),
        })),
      async handle(req: FrameReport, origin): Promise<{ stored: boolean }> {
        if (origin.tabId === undefined || (origin.frameId ?? 0) === 0) return { stored: false };
        frames.set(origin.tabId, origin.frameId!, req);
        // The top frame may not be listening yet; it collects on its own first report anyway.
        await env.notifyTop(origin.tabId).catch(() => undefined);
        return { stored: true };
      },
    },

    [OverlayMessage.frames]: {
      validate: (raw) => validating(() => ({ since: time(raw, 'since') })),
      handle(req: { since: number }, origin): FramesReply {
        if (origin.tabId === undefined) return { ids: [], mentions: 0 };
        return frames.collect(origin.tabId, req.since);
      },
    },
  } satisfies HandlerTable;
}
