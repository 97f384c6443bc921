/**
 * The matcher payload, built once per archive version and word-edges file, kept in memory and stored with the
 * archive. Content scripts in every frame of every page ask for it, so building it (a pass over all entities plus
 * character conversion) must not happen per request, nor after each restart of the background; concurrent first
 * requests share one build. The stored payload is keyed by both inputs: an extension update that ships another
 * word-edges file (same archive) builds it again.
 */
import { buildMatcherData, compile, entriesFromEntities, packAutomaton } from '@/core/match';
import { fnv1a } from '@/core/search/hash';
import type { OverlayData } from './overlay-data';
import type { MatcherReply } from '../../shared/overlay-protocol';

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
  // read once per background life: the file changes only with the extension, which restarts the background
  let edges: Promise<{ edges: WordEdges; digest: string }> | null = null;
  const edgesOnce = () =>
    (edges ??= wordEdges()
      .catch(() => NO_WORD_EDGES)
      .then((e) => ({ edges: e, digest: edgesDigest(e) })));
  return {
    async get() {
      const [archive, { edges, digest }] = await Promise.all([data.version(), edgesOnce()]);
      // `packed`: replies stored before they carried the compiled automaton are built again
      const version = `${archive}#edges-${digest}#packed`;
      if (cached?.version !== version) {
        const reply = build(data, { version, archive }, converters, edges);
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

/** Names the word-edges data's content. */
function edgesDigest(edges: WordEdges): string {
  const text = JSON.stringify([edges.blocks, Object.entries(edges.shortForms).sort()]);
  return (fnv1a(text) >>> 0).toString(16) + (fnv1a(text, 0x5bd1e995) >>> 0).toString(16);
}

async function build(
  data: OverlayData,
  { version, archive }: { version: string; archive: string },
  lazy: () => Converters,
  edges: WordEdges,
): Promise<MatcherReply> {
  const stored = await data.storedMatcher?.(version).catch(() => undefined);
  if (stored) return stored;
  const converters = lazy();
  const entities = await data.entities();
  const entries = entriesFromEntities(entities, {
    toTraditional: converters.toTraditional,
    shortForms: edges.shortForms,
  });
  const payload = buildMatcherData(entries, { toSimplified: converters.toSimplified, blocks: edges.blocks });
  const reply = { version, data: payload, automaton: packAutomaton(compile(payload)) };
  // storing is an optimisation for the next start: a failure changes nothing now
  void data.storeMatcher?.(reply, archive).catch(() => undefined);
  return reply;
}
