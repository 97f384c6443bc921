import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { features } from '@/lib/content/features';

// One content-script feature per file, all registered in one list: a feature file nobody registered would be
// dead code that looks alive.
describe('content-script features', () => {
  const dir = new URL('../../../lib/content/features/', import.meta.url);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''));

  it('registers every feature file exactly once, under its file name', () => {
    const ids = features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...files].sort());
  });
});
