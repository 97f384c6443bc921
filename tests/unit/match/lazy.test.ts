import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../core/match/matcher';
import { payload } from './reference';

// That lazy contexts equal eager ones wherever the text is cut is a property in stream.test.ts.
describe('lazy context', () => {
  it('folds the context only when read, and reads it from the text it was found in', () => {
    const matcher = createMatcher(payload([['孙大军']], '呂吕'), { context: 6 });
    const [match] = matcher.scan('呂梁市政府秘書長孙大军', 0, undefined, true);
    expect(match).toMatchObject({ start: 8, end: 11, entryIndex: 0 });
    expect(match!.before).toBe('市政府秘書長');
    const [near] = matcher.scan('呂梁孙大军', 0, undefined, true);
    expect(near!.before).toBe('吕梁');
  });
});
