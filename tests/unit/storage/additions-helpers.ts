/** An archive service whose bundled archive is four seed front pages; the fifth is imported by the tests. */
import { buildArchive } from '@/core/archive';
import type { ImportPage } from '@/core/additions/types';
import { buildSearchIndex, type PackedIndex } from '@/core/search';
import type { Archive } from '@/core/types';
import type { ImportPhase } from '@/lib/background/archive/additions';
import { ArchiveService } from '@/lib/background/archive/archive-service';
import { archiveHandlerTable } from '@/lib/background/archive/archive-handlers';
import { userArchiveHandlerTable } from '@/lib/background/archive/user-handlers';
import { createRouter, type MessageOrigin } from '@/lib/shared/messages/router';
import { notesHandlerTable } from '@/lib/background/notes/note-handlers';
import { openLensDB } from '@/lib/background/storage';
import { nodeJieba } from '@/scripts/lib/jieba-node';
import { readSeedPages } from '@/scripts/lib/seed-pages';
import { freshName } from './helpers';
import { until } from './service-helpers';

const seeds = readSeedPages();
/** The page the tests import: 2022-03-26, where 张广勇 is 市长 (the bundled pages show him up to 2021-08). */
export const LATER = seeds.find((p) => p.date === '2022-03-26')!;

export function importPage(page = LATER, fileName = page.file): ImportPage {
  return { fileName, date: page.date, page: page.page, text: page.text };
}

let bundled: { archive: Archive; index: PackedIndex } | null = null;
export function earlierBundle(): { archive: Archive; index: PackedIndex; version: string } {
  if (!bundled) {
    const { archive } = buildArchive(seeds.filter((p) => p !== LATER));
    bundled = { archive, index: buildSearchIndex(archive, nodeJieba()) };
  }
  return { ...bundled, version: 'seeds-4' };
}

export interface AdditionsHarness {
  service: ArchiveService;
  /** Asks as an extension page would, unless another origin (a content script's) is given. */
  ask<T = unknown>(message: Record<string, unknown>, origin?: MessageOrigin): Promise<T>;
  /** The reply's error code, or null when it succeeded. */
  failure(message: Record<string, unknown>, origin?: MessageOrigin): Promise<string | null>;
  name: string;
}

export interface HarnessOptions {
  name?: string;
  bundle?: { archive: Archive; index?: PackedIndex; version: string };
  checkpoint?: (phase: ImportPhase) => void | Promise<void>;
}

export async function startedService(options: HarnessOptions = {}): Promise<AdditionsHarness> {
  const name = options.name ?? freshName();
  const bundle = options.bundle ?? earlierBundle();
  const tokenizer = nodeJieba();
  const service = new ArchiveService({
    openDb: (onClose) => openLensDB({ name, onClose }),
    fetchBundle: async () => bundle,
    compileJieba: async () => 1,
    warmJieba: () => ({ tokenizer, warmMs: 1 }),
    log: () => {},
    importCheckpoint: options.checkpoint,
  });
  const route = createRouter({
    ...archiveHandlerTable(service),
    ...userArchiveHandlerTable(service),
    ...notesHandlerTable(service),
  });
  const page: MessageOrigin = { extensionPage: true };
  await service.start();
  await until(() => service.status().state === 'ready');
  return {
    service,
    name,
    async ask<T>(message: Record<string, unknown>, origin = page): Promise<T> {
      const reply = await route(message, origin);
      if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
      return reply.data as T;
    },
    async failure(message, origin = page) {
      const reply = await route(message, origin);
      return reply.ok ? null : reply.error.code;
    },
  };
}
