/**
 * How a post reads wherever it is shown: lists and result rows (by year), the hover card (by month), the
 * panel's chart, career text and timeline exports. The post is printed as the paper prints it, its English
 * (from the glossary) in brackets for English readers.
 */

/** `市长 (Mayor)`, or the title alone when there is no English to give. */
export function postHeading(title: string, english?: string | null): string {
  return english ? `${title} (${english})` : title;
}

/** `2021–2022`, or `2021` when a span starts and ends in the same year. */
export function yearSpan(first: string, last: string): string {
  const a = first.slice(0, 4);
  const b = last.slice(0, 4);
  return a === b ? a : `${a}–${b}`;
}

/** `2021-08 – 2022-03`, or one month when the post was seen in a single month. */
export function monthSpan(first: string, last: string): string {
  const a = first.slice(0, 7);
  const b = last.slice(0, 7);
  return a === b ? a : `${a} – ${b}`;
}

/** `市委书记 · 2021–2022`: a post and the span it was printed in (`yearSpan` or `monthSpan`). */
export function postWithSpan(title: string, english: string | null | undefined, span: string): string {
  return `${postHeading(title, english)} · ${span}`;
}
