/**
 * The best `k` of `n` candidates without sorting all of them: a bounded heap whose root is the worst kept
 * candidate. A query matching most of a large archive (会议) needs its first page, not a sorted archive.
 */

/** `better(a, b)`: candidate a ranks before candidate b (a strict order). */
export function topK(n: number, k: number, better: (a: number, b: number) => boolean): number[] {
  const heap: number[] = [];
  const worse = (a: number, b: number) => better(b, a);
  const siftUp = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heap.length && worse(heap[l]!, heap[w]!)) w = l;
      if (r < heap.length && worse(heap[r]!, heap[w]!)) w = r;
      if (w === i) return;
      [heap[i], heap[w]] = [heap[w]!, heap[i]!];
      i = w;
    }
  };
  if (k <= 0) return [];
  for (let c = 0; c < n; c++) {
    if (heap.length < k) {
      heap.push(c);
      siftUp(heap.length - 1);
    } else if (better(c, heap[0]!)) {
      heap[0] = c;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}
