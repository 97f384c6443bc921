/**
 * User Timing marks of the background's own phases: a restarted worker's way to its first hover card, and each
 * commit of the reader's additions. `npm run bench` reads them from the service worker
 * (`performance.getEntriesByType('mark')`) to say where the time goes; the product itself never reads them.
 * Start marks are set once per background life and a commit's marks replace the previous commit's, so the
 * timeline holds a few dozen entries at most, however long the background lives.
 */

/** Every mark's name starts with this. */
export const MARK_PREFIX = 'lens:';

const once = new Set<string>();

function put(name: string): void {
  try {
    performance.mark(`${MARK_PREFIX}${name}`);
  } catch {
    // a context without User Timing (or with its buffer full) just goes unmeasured
  }
}

/** Marks a step of the background's start (and its first card); only the first time it happens. */
export function markStart(step: string): void {
  if (once.has(step)) return;
  once.add(step);
  put(`start:${step}`);
}

/** Marks the beginning of a phase of a commit of additions; `first` clears the previous commit's marks. */
export function markCommit(phase: string, first = false): void {
  if (first) {
    try {
      for (const entry of performance.getEntriesByType('mark'))
        if (entry.name.startsWith(`${MARK_PREFIX}commit:`)) performance.clearMarks(entry.name);
    } catch {
      // see put()
    }
  }
  put(`commit:${phase}`);
}
