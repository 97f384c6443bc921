/**
 * The browser side of the overlay's background handlers: character converters for the matcher payload and the
 * side panel. Kept apart so the handlers are tested with fakes.
 */
import type { PublicPath } from 'wxt/browser';
import { shortTextConverter } from '@/core/entities/traditional';
import { toSimplified } from '@/core/simplified';
import { openSidePanel } from '../../shared/open-side-panel';
import type { OverlayEnv } from './overlay-handlers';
import type { WordEdges } from './matcher-cache';

export function browserOverlayEnv(): OverlayEnv {
  let converters: ReturnType<OverlayEnv['converters']> | null = null;
  return {
    converters() {
      // Built on first use. Names and posts are short: converted from the dictionary entries they can match, not
      // a trie of the whole dictionary (seconds and tens of megabytes).
      converters ??= {
        toTraditional: shortTextConverter('t'),
        // The converter search uses, so a traditional page folds as a traditional query does.
        toSimplified,
      };
      return converters;
    },
    wordEdges: loadWordEdges,
    openPanel,
  };
}

function openPanel(tabId: number, path: string): Promise<void> {
  return openSidePanel({ id: tabId }, path);
}

/** The build's word-edges file; an extension built without it matches names without word boundaries. */
async function loadWordEdges(): Promise<WordEdges> {
  const response = await fetch(browser.runtime.getURL('/word-edges.json' as PublicPath));
  if (!response.ok) return { blocks: [], shortForms: {} };
  const file = (await response.json()) as { blocks?: unknown; shortForms?: unknown };
  const blocks = Array.isArray(file.blocks)
    ? file.blocks.filter((b): b is string => typeof b === 'string')
    : [];
  const shortForms: Record<string, string> = {};
  if (file.shortForms && typeof file.shortForms === 'object')
    for (const [name, short] of Object.entries(file.shortForms))
      if (typeof short === 'string') shortForms[name] = short;
  return { blocks, shortForms };
}
