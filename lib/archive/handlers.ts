/** The archive's message handlers: validation, then the engine of the installed archive. */
import { citable, citeArticle } from '@/core/cite/article';
import type { SearchEngine } from '@/core/search';
import { MessageError, type Handler, type HandlerTable } from '../messages/router';
import type { ArchiveRequests, ArchiveStatus } from './protocol';
import {
  validateArticle,
  validateEntity,
  validateRelated,
  validateSearch,
  validateStatus,
  validateTimeline,
} from './validate';

export interface ArchiveBackend {
  status(): ArchiveStatus;
  /** Runs a request against the installed archive's engine; rejects with 'not-ready' while there is none. */
  withEngine<T>(work: (engine: SearchEngine) => Promise<T>): Promise<T>;
}

type Handlers = {
  [K in keyof ArchiveRequests]: Handler<ArchiveRequests[K]['request'], ArchiveRequests[K]['reply']>;
};

function found<T>(value: T | null, what: string): T {
  if (value === null) throw new MessageError('not-found', `${what} is not in the archive.`);
  return value;
}

export function archiveHandlerTable(backend: ArchiveBackend): Handlers & HandlerTable {
  const handlers: Handlers = {
    'archive/status': { validate: validateStatus, handle: () => backend.status() },
    'archive/search': {
      validate: validateSearch,
      handle: (req) => backend.withEngine((engine) => engine.search(req)),
    },
    'archive/entity': {
      validate: validateEntity,
      handle: (req) =>
        backend.withEngine(async (engine) => ({ entities: await engine.findEntities(req.name, req.limit) })),
    },
    'archive/related': {
      validate: validateRelated,
      handle: (req) =>
        backend.withEngine(async (engine) => ({
          items:
            req.articleId !== undefined
              ? found(await engine.relatedToArticle(req.articleId, req.limit), `Article "${req.articleId}"`)
              : await engine.relatedToText(req.text ?? '', req.limit),
        })),
    },
    'archive/timeline': {
      validate: validateTimeline,
      handle: (req) =>
        backend.withEngine(async (engine) =>
          found(await engine.timeline(req.entityId), `Entity "${req.entityId}"`),
        ),
    },
    'archive/article': {
      validate: validateArticle,
      handle: (req) =>
        backend.withEngine(async (engine) => found(await engine.article(req.id), `Article "${req.id}"`)),
    },
    'archive/cite': {
      validate: validateArticle,
      handle: (req) =>
        backend.withEngine(async (engine) =>
          citeArticle(citable(found(await engine.article(req.id), `Article "${req.id}"`))),
        ),
    },
  };
  return handlers;
}
