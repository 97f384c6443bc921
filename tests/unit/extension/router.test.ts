import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { createRouter, MessageError, type HandlerTable } from '@/lib/shared/messages/router';
import { describeIssues } from '@/lib/shared/messages/to-background';

const echo = v.object({
  text: v.pipe(v.string(), v.maxLength(10)),
  n: v.optional(v.pipe(v.number(), v.integer())),
});

const table = {
  echo: {
    validate: (raw) => {
      const parsed = v.safeParse(echo, raw);
      return parsed.success ? parsed.output : describeIssues(parsed.issues);
    },
    handle: (req: { text: string; n?: number }) => `${req.text}:${req.n ?? 0}`,
  },
  missing: {
    validate: () => ({}),
    handle: () => {
      throw new MessageError('not-found', 'no such thing');
    },
  },
  broken: {
    validate: () => ({}),
    handle: () => {
      throw new TypeError('boom');
    },
  },
} satisfies HandlerTable;

describe('message router', () => {
  const route = createRouter(table);

  it('answers a valid message with its handler result', async () => {
    expect(await route({ type: 'echo', text: 'hi', n: 2 })).toEqual({ ok: true, data: 'hi:2' });
  });

  it.each([
    [null, 'bad-request'],
    ['echo', 'bad-request'],
    [[1, 2], 'bad-request'],
    [{}, 'bad-request'],
    [{ type: 7 }, 'bad-request'],
    [{ type: 'nope' }, 'unknown-type'],
    [{ type: 'toString' }, 'unknown-type'],
    [{ type: '__proto__' }, 'unknown-type'],
    [{ type: 'echo' }, 'bad-request'],
    [{ type: 'echo', text: 5 }, 'bad-request'],
    [{ type: 'echo', text: 'x'.repeat(11) }, 'bad-request'],
    [{ type: 'echo', text: 'ok', n: 1.5 }, 'bad-request'],
  ])('rejects %j with %s instead of crashing', async (message, code) => {
    const reply = await route(message);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe(code);
  });

  it('turns handler failures into error replies', async () => {
    expect(await route({ type: 'missing' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'no such thing' },
    });
    expect(await route({ type: 'broken' })).toEqual({
      ok: false,
      error: { code: 'internal', message: 'boom' },
    });
  });
});
