/**
 * The background as the extension pages' components meet it: the message client (`ask`, lib/shared/messages/client.ts)
 * answered from a table, one answer per message type. Each test file mocks the client's module and hands the
 * mock here; nothing inside the components is replaced.
 */
import { vi, type Mock } from 'vitest';
import { coverage } from '@/core/coverage';
import type { ArchiveStatus, SearchHit, SearchResult } from '@/lib/shared/archive-protocol';

type Message = { type: string } & Record<string, unknown>;
/** An answer: a value (copied for each ask), a function of the message, or an Error to reject with. */
export type Answer = unknown;
export type Answers = Record<string, Answer>;

/**
 * Answers each message by its type from `answers`; a message with no answer rejects, as an unknown message does
 * in the real background. Returns the messages asked, in order.
 */
export function answerFrom(ask: Mock, answers: Answers): Message[] {
  const asked: Message[] = [];
  ask.mockImplementation(async (message: Message) => {
    asked.push(message);
    if (!(message.type in answers)) throw new Error(`unknown message: ${message.type}`);
    const answer = answers[message.type];
    const value = typeof answer === 'function' ? await (answer as (m: Message) => unknown)(message) : answer;
    if (value instanceof Error) throw value;
    return structuredClone(value);
  });
  return asked;
}

/** The UI language the components read (navigator.language): 'zh-CN' or 'en-US'. */
export function readerLanguage(language: 'zh-CN' | 'en-US'): void {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(language);
}

export const STATUS_READY: ArchiveStatus = {
  state: 'ready',
  ready: true,
  phase: null,
  progress: 1,
  archive: {
    version: 'test',
    loadedAt: '2026-01-01T00:00:00.000Z',
    counts: { editions: 3, articles: 12, entities: 40, terms: 900 },
  },
  error: null,
  fault: null,
  search: { tokenizer: 'jieba', jiebaCompileMs: 10, jiebaWarmMs: 10, jiebaError: null },
};

export const STATUS_LOADING: ArchiveStatus = {
  ...STATUS_READY,
  state: 'loading',
  ready: false,
  phase: 'fetch',
  progress: 0.4,
  archive: null,
};

export const STATUS_FAILED: ArchiveStatus = {
  ...STATUS_READY,
  state: 'error',
  ready: false,
  archive: null,
  error: 'archive.json is damaged',
};

export function hit(id: string, title: string, date: string): SearchHit {
  return {
    id,
    title,
    titleSegments: [{ text: title, mark: false }],
    date,
    eventDate: null,
    kind: 'news',
    score: 1,
    snippet: [{ text: `${title}……`, mark: false }],
  };
}

export function results(hits: SearchHit[]): SearchResult {
  return { total: hits.length, hits, tokenizer: 'jieba', normalized: '', terms: [], tookMs: 1 };
}

/** Three editions: what `posts/coverage` answers for a small archive. */
export const COVERAGE = coverage([
  { date: '2021-08-11', page: 1 },
  { date: '2021-08-19', page: 1 },
  { date: '2022-03-26', page: 1 },
]);

/** What every search view asks beside its results, answered as an archive with no notes and no post questions. */
export const SEARCH_EXTRAS: Answers = {
  'notes/search': { hits: [], total: 0 },
  'posts/ask': { answer: null },
  'posts/coverage': COVERAGE,
  'posts/person': { posts: [], coverage: COVERAGE },
};
