/** The archive's message handlers: validation, then the engine of the installed archive. */
import { citable, citeArticle } from '@/core/cite/article';
import type { SearchEngine } from '@/core/search';
import { MessageError, type BackgroundHandlers } from '../../shared/messages/router';
import type { ArchiveStatus } from '../../shared/archive-protocol';

export interface ArchiveBackend {
  status(): ArchiveStatus;
  /** Runs a request against the installed archive's engine; rejects with 'not-ready' while there is none. */
  withEngine<T>(work: (engine: SearchEngine) => Promise<T>): Promise<T>;
}

type Handlers = BackgroundHandlers<
  | 'archive/status'
  | 'archive/search'
  | 'archive/entity'
  | 'archive/related'
  | 'archive/timeline'
  | 'archive/article'
  | 'archive/cite'
>;

function found<T>(value: T | null, what: string): T {
  if (value === null) throw new MessageError('not-found', `${what} is not in the archive.`);
  return value;
}

export function archiveHandlerTable(backend: ArchiveBackend): Handlers {
  const handlers: Handlers = {
    'archive/status': { handle: () => backend.status() },
    'archive/search': {
      handle: (req) => backend.withEngine((engine) => engine.search(req)),
    },
    'archive/entity': {
      handle: (req) =>
        backend.withEngine(async (engine) => ({ entities: await engine.findEntities(req.name, req.limit) })),
    },
    'archive/related': {
      handle: (req) =>
        backend.withEngine(async (engine) => ({
          items:
            req.articleId !== undefined
              ? found(await engine.relatedToArticle(req.articleId, req.limit), `Article "${req.articleId}"`)
              : await engine.relatedToText(req.text ?? '', req.limit),
        })),
    },
    'archive/timeline': {
      handle: (req) =>
        backend.withEngine(async (engine) =>
          found(await engine.timeline(req.entityId), `Entity "${req.entityId}"`),
        ),
    },
    'archive/article': {
      handle: (req) =>
        backend.withEngine(async (engine) => found(await engine.article(req.id), `Article "${req.id}"`)),
    },
    'archive/cite': {
      handle: (req) =>
        backend.withEngine(async (engine) =>
          citeArticle(citable(found(await engine.article(req.id), `Article "${req.id}"`))),
        ),
    },
  };
  return handlers;
}
