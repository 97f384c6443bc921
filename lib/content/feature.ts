/**
 * A content-script feature: one file, one capability, registered in `features/index.ts`. Each gets the
 * content-script context so it can stop its work when the extension is reloaded or the page goes away.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface ContentFeature {
  /** Stable, kebab-case; matches the file name. */
  id: string;
  /** Runs once per frame. Failures are logged and do not stop other features. */
  start(ctx: ContentScriptContext): void | Promise<void>;
}
