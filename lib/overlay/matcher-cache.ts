/**
 * The matcher payload, built once per archive version, kept in memory and stored with the archive. Content
 * scripts in every frame of every page ask for it, so building it (a pass over all entities plus character
 * conversion) must not happen per request, nor after each restart of the background; concurrent first requests
 * share one build.
 */
import { buildMatcherData, entriesFromEntities } from '@/core/match';
import type { OverlayData } from './data';
import type { MatcherReply } from './protocol';

export interface Converters {
  /** Simplified → traditional: adds traditional forms of names and posts. */
  toTraditional?: (text: string) => string;
  /** Traditional → simplified: folds page text so each name is stored once. */
  toSimplified?: (text: string) => string;
}

/** Computed at build time from jieba's dictionary (`word-edges.json`): see core/match/word-edges.ts. */
export interface WordEdges {
  /** Words across names' edges. */
  blocks: readonly string[];
  /** Township → short form. */
  shortForms: Readonly<Record<string, string>>;
}

export const NO_WORD_EDGES: WordEdges = { blocks: [], shortForms: {} };

export interface MatcherCache {
  get(): Promise<MatcherReply>;
}

export function createMatcherCache(
  data: OverlayData,
  converters: () => Converters = () => ({}),
  /** Word boundaries computed at build time (`word-edges.json`); none when absent. */
  wordEdges: () => Promise<WordEdges> = async () => NO_WORD_EDGES,
): MatcherCache {
  let cached: { version: string; reply: Promise<MatcherReply> } | null = null;
  return {
    async get() {
      const version = await data.version();
      if (cached?.version !== version) {
        const reply = build(data, version, converters, wordEdges);
        cached = { version, reply };
        // A failed build must not stick: the next request tries again.
        reply.catch(() => {
          if (cached?.reply === reply) cached = null;
        });
      }
      return cached.reply;
    },
  };
}

async function build(
  data: OverlayData,
  version: string,
  lazy: () => Converters,
  wordEdges: () => Promise<WordEdges>,
): Promise<MatcherReply> {
  const stored = await data.storedMatcher?.(version).catch(() => undefined);
  if (stored) return stored;
  const converters = lazy();
  const [entities, edges] = await Promise.all([data.entities(), wordEdges().catch(() => NO_WORD_EDGES)]);
  const entries = entriesFromEntities(entities, {
    toTraditional: converters.toTraditional,
    shortForms: edges.shortForms,
  });
  const payload = buildMatcherData(entries, { toSimplified: converters.toSimplified, blocks: edges.blocks });
  const reply = { version, data: payload };
  // storing is an optimisation for the next start: a failure changes nothing now
  void data.storeMatcher?.(reply).catch(() => undefined);
  return reply;
}
