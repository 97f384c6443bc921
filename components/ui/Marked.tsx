import type { Segment } from '@/lib/shared/archive-protocol';
import { displaySegments } from './segments';

/** Text with the matched terms in <mark>. Segments are text: each one is a text node, never markup. */
export function Marked({ segments, class: className }: { segments: readonly Segment[]; class?: string }) {
  return (
    <span class={className}>
      {displaySegments(segments).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}
    </span>
  );
}
