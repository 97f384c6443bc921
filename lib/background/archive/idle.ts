/**
 * Runs background work that blocks the thread (jieba's dictionary build, the converter's tables) only while no
 * request is being answered, so a reader's first query is never queued behind it.
 */
export class IdleRunner {
  private inFlight = 0;

  /** Wraps a request: while it runs, idle work waits. */
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await work();
    } finally {
      this.inFlight--;
    }
  }

  /** Runs `task` at the first moment no request is in flight, checking every `pollMs`. */
  whenIdle<T>(task: () => T, pollMs = 20): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const attempt = () => {
        if (this.inFlight > 0) {
          setTimeout(attempt, pollMs);
          return;
        }
        try {
          resolve(task());
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
      setTimeout(attempt, 0);
    });
  }
}
