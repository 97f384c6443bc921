/**
 * One browser for a test file: `perFile` starts it in a `before` hook and closes it in an `after` hook, and hands
 * back at once a stand-in that forwards to the live object. The file's tests use the stand-in as if it were the
 * harness itself, so a file's setup is one line.
 */
import { after, before } from 'node:test';

/**
 * Registers the hooks that run `start` before the file's first test and `stop` after its last, and returns a
 * stand-in for what `start` returns. Reading it before the hook ran (at the top level of the file) throws.
 * `setup` runs once the stand-in is live: a file's own preparation goes there, not in a `before` hook of its own,
 * because Node 20 starts a file's top-level `before` hooks together instead of one after the other.
 */
export function perFile<T extends object>(
  start: () => Promise<T>,
  stop: (live: T) => Promise<void>,
  setup?: () => Promise<void>,
): T {
  let live: T | null = null;
  let failed: unknown = null;
  before(async () => {
    try {
      live = await start();
    } catch (error) {
      failed = error;
      throw error;
    }
    await setup?.();
  });
  after(async () => {
    if (live) await stop(live);
    live = null;
  });
  return new Proxy({} as T, {
    get(_, key) {
      if (!live) {
        throw failed
          ? new Error(
              `the browser did not start: ${failed instanceof Error ? failed.message : String(failed)}`,
            )
          : new Error(`the browser is not started yet (reading "${String(key)}" outside a test or hook)`);
      }
      const value = Reflect.get(live, key) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(live) : value;
    },
    has: (_, key) => live !== null && key in live,
  });
}
