/**
 * A mention's StaticRange, made when it is first painted or focused and kept on the mention. The scan does not
 * make one per mention: a long page holds tens of thousands of mentions (35 000 on the benchmark's 1 MB page),
 * making their ranges cost more than matching the whole page, and only those near the screen are ever painted.
 */
import type { PageMention } from './page-scanner';

export function rangeOf(mention: PageMention): StaticRange {
  return (mention.range ??= new StaticRange({
    startContainer: mention.nodes[0]!,
    startOffset: mention.startOffset,
    endContainer: mention.nodes[mention.nodes.length - 1]!,
    endOffset: mention.endOffset,
  }));
}
