/**
 * The kinds of article the archive holds, once for the data model, the search index, the archive validators,
 * the search filter and the command line.
 */

/**
 * Every kind, in the order the search index codes them: a kind's code is its position, so new kinds are
 * appended and stored document tables keep their meaning. 'saved' is a web article the reader saved into the
 * archive (it has `url` and `site`, and no edition).
 */
export const ARTICLE_KINDS = ['news', 'feature', 'commentary', 'photo', 'saved'] as const;

export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** The kinds a printed page holds: what the search filter and the command line offer (saved articles are not printed). */
export const PRINTED_KINDS: readonly ArticleKind[] = ARTICLE_KINDS.filter((kind) => kind !== 'saved');

export function isArticleKind(value: unknown): value is ArticleKind {
  return typeof value === 'string' && (ARTICLE_KINDS as readonly string[]).includes(value);
}
