/**
 * The background's side of ./to-background.ts: one router answers every message.
 *
 * Every message is `{ type: string, ...payload }`. A message whose type the protocol declares is checked against
 * its schema before its handler runs, so an unknown or malformed message is answered with an error instead of
 * reaching code that assumes a shape. Handlers never throw across the boundary: failures become
 * `{ ok: false, error }`.
 */
import {
  isBackgroundMessageType,
  parseRequest,
  type BackgroundMessageType,
  type ParsedRequestOf,
  type ReplyOf,
} from './to-background';

export type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };
/** 'cancelled': the reader stopped the work the request started (an import). */
export type ErrorCode = 'bad-request' | 'unknown-type' | 'not-ready' | 'not-found' | 'cancelled' | 'internal';

/** Where a message came from, reduced to what handlers need (keeps handlers testable without a browser). */
export interface MessageOrigin {
  tabId?: number;
  frameId?: number;
  url?: string;
  /** The address of the sender's tab (its top page), when the browser discloses it. */
  tabUrl?: string;
  /** True when the sender is one of the extension's own pages (popup, side panel, options), not a web page. */
  extensionPage?: boolean;
}

export interface Handler<Req, Res> {
  /**
   * Returns the typed request, or a string saying what is wrong with it. Only for a type the protocol does not
   * declare (a test's own); a declared type is checked against its schema.
   */
  validate?(raw: Record<string, unknown>): Req | string;
  handle(req: Req, origin: MessageOrigin): Promise<Res> | Res;
}

/** A handler table; `satisfies HandlerTable` keeps each entry's types while allowing a common shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type HandlerTable = Record<string, Handler<any, unknown>>;

/** Handlers of some of the protocol's messages, each typed by its declaration. */
export type BackgroundHandlers<K extends BackgroundMessageType> = {
  [P in K]: Handler<ParsedRequestOf<P>, ReplyOf<P>>;
};

export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function validated(table: HandlerTable, type: string, message: Record<string, unknown>): unknown | string {
  const own = table[type]!.validate;
  if (own) return own(message);
  if (!isBackgroundMessageType(type)) return 'no schema for this message';
  const parsed = parseRequest(type, message);
  return parsed.ok ? parsed.request : parsed.reason;
}

export function createRouter(table: HandlerTable) {
  return async function route(raw: unknown, origin: MessageOrigin = {}): Promise<Reply<unknown>> {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return fail('bad-request', 'A message must be an object with a "type".');
    }
    const message = raw as Record<string, unknown>;
    if (typeof message.type !== 'string') return fail('bad-request', 'A message must have a string "type".');
    if (!Object.prototype.hasOwnProperty.call(table, message.type)) {
      return fail('unknown-type', `Unknown message type "${message.type}".`);
    }
    const request = validated(table, message.type, message);
    if (typeof request === 'string') return fail('bad-request', `${message.type}: ${request}`);
    try {
      return { ok: true, data: await table[message.type]!.handle(request, origin) };
    } catch (error) {
      if (error instanceof MessageError) return fail(error.code, error.message);
      return fail('internal', error instanceof Error ? error.message : String(error));
    }
  };
}

function fail(code: ErrorCode, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}
