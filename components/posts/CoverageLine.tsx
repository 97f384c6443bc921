import type { Coverage } from '@/core/coverage';
import { askArchive } from '@/lib/shared/archive-client';
import { postMessages } from './strings';
import { useAsync } from '../ui/useAsync';

/**
 * Which editions and dates the archive holds and where it has none, wherever an absence could be read as
 * "did not happen": search results, timelines, the post view. Given the coverage, or asks for it.
 */
export function CoverageLine({ coverage }: { coverage?: Coverage }) {
  if (coverage) return <Line coverage={coverage} />;
  return <AskedCoverage />;
}

function AskedCoverage() {
  const state = useAsync(() => askArchive({ type: 'posts/coverage' }), []);
  // A supplement to the view around it: while it loads or if it cannot be had, the view says nothing more.
  return state.status === 'ready' ? <Line coverage={state.value} /> : null;
}

function Line({ coverage }: { coverage: Coverage }) {
  const p = postMessages();
  return (
    <p class="ll-coverage ll-muted ll-small" data-coverage>
      <span class="ll-visually-hidden">{p.coverageTitle}: </span>
      {p.coverageLine(coverage)} {p.coverageNotAbsence}
    </p>
  );
}
