/** An archive service over fake IndexedDB with the fixture bundle, and a jieba whose warm-up the test releases. */
import { ArchiveService, type ArchiveServiceDeps } from '@/lib/background/archive/archive-service';
import { archiveHandlerTable } from '@/lib/background/archive/archive-handlers';
import { createRouter } from '@/lib/shared/messages/router';
import type { Bundle } from '@/lib/background/storage/loader';
import { openLensDB } from '@/lib/background/storage';
import { nodeJieba } from '@/scripts/lib/jieba-node';
import { fixtureBundle, freshName } from './helpers';

export interface Harness {
  service: ArchiveService;
  route: ReturnType<typeof createRouter>;
  /** Lets jieba's (blocking) warm-up happen; until then searches take the quick path. */
  releaseJieba(): void;
  setBundle(bundle: Bundle | Error): void;
  /** Makes the next bundle reads wait until the returned function is called. */
  holdFetch(): () => void;
  fetches(): number;
  name: string;
}

export function harness(
  options: { name?: string; bundle?: Bundle | Error } & Pick<ArchiveServiceDeps, 'bundleId' | 'retryMs'> = {},
): Harness {
  let bundle: Bundle | Error = options.bundle ?? fixtureBundle();
  let fetches = 0;
  let hold: Promise<void> = Promise.resolve();
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const name = options.name ?? freshName();
  const deps: ArchiveServiceDeps = {
    openDb: (onClose) => openLensDB({ name, onClose }),
    fetchBundle: async () => {
      fetches++;
      await hold;
      if (bundle instanceof Error) throw bundle;
      return bundle;
    },
    compileJieba: async () => {
      await gate;
      return 1;
    },
    warmJieba: () => ({ tokenizer: nodeJieba(), warmMs: 2 }),
    log: () => {},
    bundleId: options.bundleId,
    retryMs: options.retryMs,
  };
  const service = new ArchiveService(deps);
  return {
    service,
    route: createRouter(archiveHandlerTable(service)),
    releaseJieba: () => release(),
    setBundle: (b) => (bundle = b),
    holdFetch: () => {
      let open!: () => void;
      hold = new Promise<void>((resolve) => (open = resolve));
      return () => open();
    },
    fetches: () => fetches,
    name,
  };
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
