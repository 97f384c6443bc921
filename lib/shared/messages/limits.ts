/**
 * Sizes every message is held to, named once for both sides: the background rejects longer or larger values with
 * 'bad-request', and pages cut what they send to the same numbers. (Note sizes are the notes' own: NOTE_LIMITS
 * in core/notes/types.ts.)
 */
export const LIMITS = {
  /** Any archive id: entity (`person:孙大军`), article, post, addition. */
  id: 300,
  /** An entity name as typed or printed. */
  name: 100,
  /** A search box's text. */
  query: 500,
  /** Page text sent for related articles (only the first 20 000 characters are read). */
  text: 200_000,
  /** Search results per request, and search offset. */
  results: 100,
  offset: 10_000,
  related: 50,
  /** Entities a search may require. */
  entities: 10,
  /** Other entities on the page sent with a card request, and the printed words before a name. */
  cardContext: 50,
  cardPrinted: 8,
  /** A page address (saved article, page context). */
  url: 4_096,
  title: 500,
  /** Times a page names Lüliang, and entity ids a frame reports. */
  mentions: 10_000_000,
  frameIds: 100_000,
  /** What a page's content script tells the side panel: entity ids and readable text. */
  contextIds: 500,
  contextText: 20_000,
  /** An import: pages per request, characters per page, bytes of exported JSON, characters of a saved article. */
  importPages: 1_000,
  pageChars: 6_000_000,
  json: 512 * 1024 * 1024,
  articleChars: 500_000,
} as const;

/** A date as messages carry it. */
export const DATE = /^\d{4}-\d{2}-\d{2}$/;
