/**
 * Every message the background answers (`runtime.sendMessage` from content scripts and extension pages), declared
 * once: its type, the schema its payload must pass (which also gives the payload's TypeScript type) and the type
 * of its reply. The router (./router.ts) checks each message against its schema before a handler sees it;
 * senders use `ask` (./client.ts), typed from this table.
 *
 * Content scripts import this file for its types only (`import type`), so the schemas never ride in the content
 * script: the background is where a message from a web page's frame is checked.
 *
 * Until the archive is installed, every archive, post and note message but `archive/status` is answered with the
 * error code 'not-ready'. Poll `archive/status` while `ready` is false to show the load's progress.
 */
import * as v from 'valibot';
import { NoteInputError, readLabel, readNoteText, readTarget, NOTE_LIMITS } from '@/core/notes';
import type { Note, NoteHit, NoteTarget } from '@/core/notes';

type NoteInput = { target: NoteTarget; label: string; text: string };
import type { Citation } from '@/core/cite/article';
import type { Coverage } from '@/core/coverage';
import type { HoldersOn, PersonPost, PostAnswer, PostView } from '@/core/posts';
import type {
  ArticleView,
  EntitySummary,
  RelatedItem,
  SearchResult,
  SortOrder,
  Timeline,
} from '@/core/search';
import { ARTICLE_KINDS } from '@/core/article-kinds';
import type { ArchiveStatus, ImportResult, UserAddition } from '../archive-protocol';
import type { CardData, MatcherReply } from '../overlay-protocol';
import { DATE, LIMITS } from './limits';

/** What the background last published about a tab: shown by the badge, the popup and the side panel. */
export interface PageReport {
  /** The top frame's address without query or fragment (they can hold tokens and are never stored). */
  url: string;
  /** Times the page (its top frame and same-origin frames) names Lüliang or one of its places. */
  mentions: number;
  /** Distinct archive entities the page mentions. */
  entities: number;
  at: number;
}

/** A value the parser of a field refused, with the reason the sender is told. */
export class InvalidRequest extends Error {}

/** The reply's type, carried by the table for the type checker only. */
const reply = <T>(): T => undefined as T;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const id = () => text(LIMITS.id);
const nonEmptyId = () => v.pipe(id(), v.minLength(1, 'must not be empty'));
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const limit = (max: number) => v.optional(int(1, max));
const date = () => v.pipe(v.string(), v.regex(DATE, 'must be a date YYYY-MM-DD'));
const list = <S extends v.GenericSchema>(item: S, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, `has more than ${max} items`));
const nothing = () => v.object({});
/** Null for an absent value, so stored records keep one shape. */
const orNull = <S extends v.GenericSchema<unknown, string>>(schema: S) => v.nullish(schema, null);

/**
 * A payload read by a parser that throws on bad input (the notes' own, in core/notes), its reason becoming the
 * refusal. `Input` is what senders are held to by the type checker.
 */
function parsedBy<Input, T>(parse: (raw: Record<string, unknown>) => T) {
  return v.pipe(
    v.custom<Input>(
      (raw) => typeof raw === 'object' && raw !== null && !Array.isArray(raw),
      'must be an object',
    ),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      try {
        return parse(dataset.value as Record<string, unknown>);
      } catch (error) {
        if (!(error instanceof NoteInputError || error instanceof InvalidRequest)) throw error;
        addIssue({ message: error.message });
        return NEVER;
      }
    }),
  );
}

/** `?article=<id>`, `?entity=<name>` or `?post=<id>`, nothing else: the side panel's entry points. */
export function panelQuery(raw: string): string {
  if (!raw.startsWith('?')) throw new InvalidRequest('"query" must start with "?"');
  const params = [...new URLSearchParams(raw)];
  const [pair] = params;
  if (params.length !== 1 || !pair || !['article', 'entity', 'post'].includes(pair[0])) {
    throw new InvalidRequest('"query" must be ?article=<id>, ?entity=<name> or ?post=<id>');
  }
  const value = pair[1].trim();
  if (!value || value.length > LIMITS.id) throw new InvalidRequest('"query" names no article or entity');
  return `?${new URLSearchParams({ [pair[0]]: value })}`;
}

const SORTS: readonly SortOrder[] = ['relevance', 'date', 'oldest'];

const searchRequest = v.pipe(
  v.object({
    query: text(LIMITS.query),
    limit: limit(LIMITS.results),
    offset: v.optional(int(0, LIMITS.offset)),
    from: v.optional(date()),
    to: v.optional(date()),
    entities: v.optional(list(nonEmptyId(), LIMITS.entities)),
    kinds: v.optional(list(v.picklist(ARTICLE_KINDS), ARTICLE_KINDS.length)),
    sort: v.optional(v.picklist(SORTS)),
  }),
  v.check((r) => !r.from || !r.to || r.from <= r.to, '"from" is after "to"'),
);

const savedArticle = v.object({
  url: v.pipe(text(LIMITS.url), v.regex(/^https?:\/\//i, 'must be an http(s) address')),
  title: text(LIMITS.title),
  site: text(200),
  date: orNull(date()),
  byline: orNull(text(200)),
  text: v.pipe(
    text(LIMITS.articleChars),
    v.check((t) => t.trim() !== '', 'is empty: there is no article to save'),
  ),
  edition: v.optional(v.object({ page: int(1, 1000), section: orNull(text(100)) })),
});

const importPage = v.object({
  fileName: text(500),
  // checked per file by the parser, so a bad date is that file's error, not a refused request
  date: text(40),
  page: int(0, 100_000),
  text: text(LIMITS.pageChars),
});

export const toBackground = {
  // The page a tab shows: every frame's findings, summed for the badge, the popup and the side panel.
  /**
   * A frame's findings, sent whenever they change. `document` is the frame's document's `performance.timeOrigin`
   * and `top` the top document's (equal in the top frame): they tell a replaced document's late report from the
   * current one, and which page a child frame belongs to. The reply says whether the tab's report was published.
   */
  'page/report': {
    request: v.object({
      ids: list(id(), LIMITS.frameIds),
      mentions: int(0, LIMITS.mentions),
      document: v.pipe(v.number(), v.finite(), v.minValue(0)),
      top: v.pipe(v.number(), v.finite(), v.minValue(0)),
    }),
    reply: reply<{ stored: boolean }>(),
  },
  /** What the tab's page last reported; a content script may ask about its own tab only. */
  'page/state': {
    request: v.object({ tabId: int(0, Number.MAX_SAFE_INTEGER) }),
    reply: reply<PageReport | null>(),
  },
  /** Whether the overlay is off for the asking frame's tab (the global switch, or the site switch of its top page). */
  'page/off': { request: nothing(), reply: reply<{ off: boolean }>() },

  // The page overlay.
  /** The compiled-on-arrival matcher payload. */
  'overlay/matcher': { request: nothing(), reply: reply<MatcherReply>() },
  /** What the hover card shows for one entity. */
  'overlay/card': {
    request: v.object({
      id: id(),
      /** The page's publication date, when it carries one. */
      date: v.optional(date()),
      /** Other entities highlighted on the page: articles naming them too rank as more related. */
      context: v.optional(list(id(), LIMITS.cardContext)),
      /** What the page prints right before the name (up to 24 characters each): posts the card checks. */
      printed: v.optional(list(id(), LIMITS.cardPrinted)),
    }),
    reply: reply<CardData>(),
  },
  /** Opens the side panel on an article, an entity or a post (from a click in the card). */
  'overlay/open-panel': {
    request: v.object({ query: v.pipe(text(1000), v.rawTransform(panelQueryIssue)) }),
    reply: reply<{ opened: true }>(),
  },

  // The archive.
  'archive/status': { request: nothing(), reply: reply<ArchiveStatus>() },
  'archive/search': { request: searchRequest, reply: reply<SearchResult>() },
  /** Entities by name, traditional characters, pinyin or initials; exact spellings first. */
  'archive/entity': {
    request: v.object({ name: text(LIMITS.name), limit: limit(LIMITS.results) }),
    reply: reply<{ entities: EntitySummary[] }>(),
  },
  /** Articles related to a page's text (the first 20 000 characters are read) or to an article. */
  'archive/related': {
    request: v.pipe(
      v.object({
        text: v.optional(text(LIMITS.text)),
        articleId: v.optional(id()),
        limit: limit(LIMITS.related),
      }),
      v.check(
        (r) => (r.text === undefined) !== (r.articleId === undefined),
        'give exactly one of "text" and "articleId"',
      ),
    ),
    reply: reply<{ items: RelatedItem[] }>(),
  },
  'archive/timeline': { request: v.object({ entityId: nonEmptyId() }), reply: reply<Timeline>() },
  'archive/article': { request: v.object({ id: nonEmptyId() }), reply: reply<ArticleView>() },
  /** An article's citation in Chinese and in English (pinyin computed here, not in the content script). */
  'archive/cite': { request: v.object({ id: nonEmptyId() }), reply: reply<Citation>() },

  // The reader's own additions. The background re-parses what it is sent: a commit never trusts a preview.
  /** Parses, extracts entities, merges and indexes the pages, then switches to the new generation. */
  'archive/import': {
    request: v.object({
      pages: v.pipe(
        v.array(importPage),
        v.minLength(1, `must hold 1 to ${LIMITS.importPages} pages`),
        v.maxLength(LIMITS.importPages, `must hold 1 to ${LIMITS.importPages} pages`),
      ),
    }),
    reply: reply<ImportResult>(),
  },
  /** Readies the background for an import (jieba, pinyin, traditional forms) while the reader sees the preview. */
  'archive/import-prepare': { request: nothing(), reply: reply<{ ready: true }>() },
  /** Stops a running import; the previous archive keeps answering. */
  'archive/import-cancel': { request: nothing(), reply: reply<{ cancelled: boolean }>() },
  /** Saves a web article as an article of kind 'saved'. `duplicate` when the same URL and text are stored. */
  'archive/save-article': {
    request: v.object({ article: savedArticle }),
    reply: reply<{ articleId: string; duplicate: boolean }>(),
  },
  'archive/additions': { request: nothing(), reply: reply<{ additions: UserAddition[] }>() },
  'archive/remove-addition': { request: v.object({ id: id() }), reply: reply<{ removed: boolean }>() },
  /** The whole archive (bundled + imported + saved) in the format of docs/archive-format.md, as JSON text. */
  'archive/export': { request: nothing(), reply: reply<{ json: string; fileName: string }>() },
  /** Imports an exported archive JSON: its articles not already in the archive become additions. */
  'archive/import-json': { request: v.object({ json: text(LIMITS.json) }), reply: reply<ImportResult>() },
  /** Removes every addition: back to the bundled archive. */
  'archive/reset': { request: nothing(), reply: reply<{ removed: number }>() },

  // Posts and succession, from the post index. Every date is a printing date.
  /** One post (`post:市委书记`, or its title): holders as spans, gaps; with `date`, who was printed then. */
  'posts/post': {
    request: v.object({ id: id(), date: v.optional(date()) }),
    reply: reply<{ post: PostView | null; on: HoldersOn | null; coverage: Coverage }>(),
  },
  /** A search box's text read as a post question (市委书记, who held 市长 on 2020-09-01), or null. */
  'posts/ask': {
    request: v.object({ query: text(LIMITS.query) }),
    reply: reply<{ answer: PostAnswer | null }>(),
  },
  /** A person's posts as printed spans, with who came before and after them in each. */
  'posts/person': {
    request: v.object({ entityId: id() }),
    reply: reply<{ posts: PersonPost[]; coverage: Coverage }>(),
  },
  /** Which editions and dates the archive holds, and its gaps. */
  'posts/coverage': { request: nothing(), reply: reply<Coverage>() },

  // The reader's private notes (sizes: NOTE_LIMITS). Content scripts may read, write and delete one note by its
  // target; only extension pages search them.
  'notes/get': {
    request: parsedBy<{ target: NoteTarget }, { target: NoteTarget }>((raw) => ({
      target: readTarget(raw['target']),
    })),
    reply: reply<{ note: Note | null }>(),
  },
  /** Writes the note on `target` (a new one or an edit); `label` names the target where it is not shown. */
  'notes/save': {
    request: parsedBy<NoteInput, NoteInput>((raw) => ({
      target: readTarget(raw['target']),
      label: readLabel(raw),
      text: readNoteText(raw),
    })),
    reply: reply<{ note: Note }>(),
  },
  'notes/delete': {
    request: parsedBy<{ target: NoteTarget }, { target: NoteTarget }>((raw) => ({
      target: readTarget(raw['target']),
    })),
    reply: reply<{ deleted: boolean }>(),
  },
  /** Notes whose text or label holds every word of the query, the most recently edited first. */
  'notes/search': {
    request: v.object({ query: text(NOTE_LIMITS.query), limit: limit(NOTE_LIMITS.results) }),
    reply: reply<{ hits: NoteHit[]; total: number }>(),
  },
  /** How many notes the reader has (the options page's "delete all notes"). Extension pages only. */
  'notes/count': { request: nothing(), reply: reply<{ count: number }>() },
  /** Deletes every note at once; the archive and the additions are untouched. Extension pages only. */
  'notes/clear': { request: nothing(), reply: reply<{ removed: number }>() },
} as const;

function panelQueryIssue({ dataset, addIssue, NEVER }: v.RawTransformContext<string>): string {
  try {
    return panelQuery(dataset.value);
  } catch (error) {
    if (!(error instanceof InvalidRequest)) throw error;
    addIssue({ message: error.message });
    return NEVER;
  }
}

type Table = typeof toBackground;
export type BackgroundMessageType = keyof Table;
/** What a sender puts in a message of type K (besides `type`). */
export type RequestOf<K extends BackgroundMessageType> = v.InferInput<Table[K]['request']>;
/** What the handler of K receives: the payload as its schema returns it. */
export type ParsedRequestOf<K extends BackgroundMessageType> = v.InferOutput<Table[K]['request']>;
export type ReplyOf<K extends BackgroundMessageType> = Table[K]['reply'];
export type BackgroundMessage<K extends BackgroundMessageType> = { type: K } & RequestOf<K>;

/** The payload of a message of type `type`, or the reasons it is refused. */
export function parseRequest<K extends BackgroundMessageType>(
  type: K,
  raw: Record<string, unknown>,
): { ok: true; request: ParsedRequestOf<K> } | { ok: false; reason: string } {
  const result = v.safeParse(toBackground[type].request as v.GenericSchema, raw);
  if (result.success) return { ok: true, request: result.output as ParsedRequestOf<K> };
  return { ok: false, reason: describeIssues(result.issues) };
}

/** `"field.sub": reason; …`, the way the sender reads it. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `"${path}" ${issue.message}` : issue.message;
    })
    .join('; ');
}

export function isBackgroundMessageType(type: string): type is BackgroundMessageType {
  return Object.prototype.hasOwnProperty.call(toBackground, type);
}
