import { describe, expect, it } from 'vitest';
import { poll } from '@/scripts/lib/bench-browser';

describe('the benchmark’s wait for a browser’s answer', () => {
  it('asks again after a failed probe, until an answer comes', async () => {
    let asked = 0;
    const answer = await poll(
      async () => {
        asked++;
        if (asked < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
        return asked === 3 ? 'ready' : null;
      },
      'an answer',
      5_000,
      1,
    );
    expect(answer).toBe('ready');
    expect(asked).toBe(3);
  });

  it('stops at once when the browser has gone, instead of waiting out the time allowed', async () => {
    const started = Date.now();
    await expect(
      poll(
        () => Promise.reject(new Error('page.evaluate: Target page, context or browser has been closed')),
        'archive/status ready',
        60_000,
        1,
      ),
    ).rejects.toThrow(/browser closed while waiting for archive\/status ready/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('gives up when the time allowed has passed', async () => {
    await expect(poll(async () => null, 'nothing', 20, 5)).rejects.toThrow(/timed out waiting for nothing/);
  });
});
