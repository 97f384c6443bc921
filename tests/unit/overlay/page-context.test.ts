import { describe, expect, it } from 'vitest';
import { idsByMentions } from '@/lib/content/overlay/page-context-answer';

const entries = [{ id: 'person:孙大军' }, { id: 'place:离石区' }, { id: 'topic:创城' }];
const mention = (entry: number) => ({ entry });

describe('page context for the side panel', () => {
  it('orders the page’s entities by how often they are highlighted, then by first appearance', () => {
    const result = {
      ids: ['person:孙大军', 'place:离石区', 'topic:创城'],
      entries,
      highlighted: [mention(0), mention(1), mention(1), mention(2), mention(1), mention(0)],
    };
    // Only the fields the ordering reads are given.
    expect(idsByMentions(result as unknown as Parameters<typeof idsByMentions>[0])).toEqual([
      'place:离石区',
      'person:孙大军',
      'topic:创城',
    ]);
  });

  it('is empty before the page has been read', () => {
    expect(idsByMentions(null)).toEqual([]);
  });
});
