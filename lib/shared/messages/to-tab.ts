/**
 * Every message the extension sends to a page's content script (`tabs.sendMessage`, to the top frame), declared
 * once: its type, its payload and the schema of the content script's answer. The background and the extension
 * pages send them with `askTab` and check the answer against the schema, since whatever answers in a web page
 * is not trusted. The content script imports this file for its types only and dispatches from one table
 * (lib/content/dispatch.ts), so the schemas stay out of its bundle; what it receives comes from the extension
 * itself (no web page can send to it).
 */
import * as v from 'valibot';
import { LIMITS } from './limits';

/** The top frame's answer to the side panel's "This page" view (see lib/shared/page-context-query.ts). */
const pageContext = v.pipe(
  v.object({
    url: v.string(),
    entityIds: v.array(v.unknown()),
    title: v.optional(v.unknown()),
    text: v.optional(v.unknown()),
  }),
  // Bad ids are dropped and sizes cut rather than the whole answer refused: the page is read as far as it can be.
  v.transform((raw) => {
    const ids = raw.entityIds.filter(
      (id): id is string => typeof id === 'string' && id.length > 0 && id.length <= LIMITS.id,
    );
    const context: { url: string; entityIds: string[]; title?: string; text?: string } = {
      url: raw.url.slice(0, LIMITS.url),
      entityIds: [...new Set(ids)].slice(0, LIMITS.contextIds),
    };
    if (typeof raw.title === 'string' && raw.title.trim())
      context.title = raw.title.trim().slice(0, LIMITS.title);
    if (typeof raw.text === 'string' && raw.text.trim()) context.text = raw.text.slice(0, LIMITS.contextText);
    return context;
  }),
);

const saveOutcome = v.variant('ok', [
  v.object({ ok: v.literal(true), articleId: v.string(), duplicate: v.boolean(), title: v.string() }),
  v.object({ ok: v.literal(false), reason: v.picklist(['no-article', 'failed']), message: v.string() }),
]);

export const toTab = {
  /** The `next-mention` command: step to the next mention and open its card. No answer. */
  'overlay/next-mention': { request: v.object({}), reply: v.undefined() },
  /**
   * What the page is about, for the side panel. Only the top frame answers, and only while the overlay is on
   * (off, the page's text is not read).
   */
  'overlay/page-context': { request: v.object({}), reply: pageContext },
  /**
   * "Save this article": the top frame extracts its article and sends it to the archive. `notify` asks the
   * page to show the outcome itself (a context-menu click has no other place to show it).
   */
  'page/save-article': { request: v.object({ notify: v.optional(v.boolean()) }), reply: saveOutcome },
} as const;

type Table = typeof toTab;
export type TabMessageType = keyof Table;
export type TabRequestOf<K extends TabMessageType> = v.InferInput<Table[K]['request']>;
/** What the content script answers (before the sender's check). */
export type TabReplyOf<K extends TabMessageType> = v.InferInput<Table[K]['reply']>;
/** The answer as the sender reads it, once checked. */
export type CheckedTabReplyOf<K extends TabMessageType> = v.InferOutput<Table[K]['reply']>;
export type TabMessage<K extends TabMessageType> = { type: K } & TabRequestOf<K>;

export type PageContext = CheckedTabReplyOf<'overlay/page-context'>;
export type SaveOutcome = CheckedTabReplyOf<'page/save-article'>;

/** The content script's answer checked against its declaration: null when it does not fit. */
export function checkTabReply<K extends TabMessageType>(type: K, raw: unknown): CheckedTabReplyOf<K> | null {
  const result = v.safeParse(toTab[type].reply as v.GenericSchema, raw);
  return result.success ? (result.output as CheckedTabReplyOf<K>) : null;
}

/**
 * Sends a message to the tab's top frame. Rejects when no content script listens there (a browser page, a tab
 * opened before the extension was installed); answers null when the answer does not fit its declaration.
 */
export async function askTab<K extends TabMessageType>(
  tabId: number,
  message: TabMessage<K>,
): Promise<CheckedTabReplyOf<K> | null> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  return checkTabReply(message.type, raw);
}
