/**
 * The archive's posts (organisation + office, e.g. 市委书记, 市长, 柳林县委书记) and who the paper printed in each,
 * when. Every date here is a printing date: a span runs from the first to the last article that prints the
 * person in the post, which is evidence of the post, not its tenure.
 */

/** An article that prints the person in the post. */
export interface SupportArticle {
  id: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  title: string;
}

/** One stretch of printings of a person in a post, unbroken by a long archive silence (see spans.ts). */
export interface PrintedSpan {
  /** First and last printing, YYYY-MM-DD, inclusive. */
  first: string;
  last: string;
  /**
   * The archive cannot see before the first printing (no issue shortly before it): the person may have held
   * the post earlier. `openEnd` likewise after the last printing.
   */
  openStart: boolean;
  openEnd: boolean;
  /** Oldest first. */
  articles: SupportArticle[];
  /**
   * Set when `articles` keeps only the newest of them (the stored index, `keptForViews`): how many there were.
   */
  articleCount?: number;
}

export interface PostHolder {
  /** Entity id of the person. */
  id: string;
  name: string;
  /** Oldest first. */
  spans: PrintedSpan[];
}

/** A stretch between two printings of the post in which nobody is printed holding it. */
export interface PostGap {
  /** Last printing before the gap and first printing after it (exclusive bounds). */
  after: string;
  before: string;
  /** The archive holds at least one issue inside the gap (else it is the archive's own silence). */
  issues: number;
}

export interface Post {
  /** `post:<title>`, e.g. `post:市委书记`. */
  id: string;
  /** The post as the paper prints it (canonical title): 市委书记, 市长, 市政协副主席. */
  title: string;
  org: string | null;
  office: string;
  /**
   * Several people hold it at once (副市长, 市委常委, or holders printed on overlapping dates): a succession
   * is not read from it.
   */
  plural: boolean;
  /** By first printing. */
  holders: PostHolder[];
  /** Oldest first. */
  gaps: PostGap[];
}

export interface PostIndex {
  /** By id. */
  posts: Record<string, Post>;
  /** Person id → ids of their posts, by first printing. */
  byPerson: Record<string, string[]>;
  /** The archive's issue dates (editions), sorted, distinct. */
  issueDates: string[];
}
