import { describe, expect, it } from 'vitest';
import { IdleRunner } from '@/lib/background/archive/idle';

describe('idle work in the background', () => {
  it('waits until no request is in flight', async () => {
    const idle = new IdleRunner();
    const order: string[] = [];
    let finish!: () => void;
    const request = idle.track(
      () =>
        new Promise<void>((resolve) => {
          finish = () => {
            order.push('request done');
            resolve();
          };
        }),
    );
    const task = idle.whenIdle(() => order.push('warm-up'), 5);
    await new Promise((r) => setTimeout(r, 30));
    expect(order).toEqual([]);
    finish();
    await request;
    await task;
    expect(order).toEqual(['request done', 'warm-up']);
  });

  it('passes a task’s failure on', async () => {
    const idle = new IdleRunner();
    await expect(
      idle.whenIdle(() => {
        throw new Error('no wasm');
      }),
    ).rejects.toThrow('no wasm');
  });
});
