/**
 * The hover card's post facts: the person's posts as printed spans with who came before and after, and the
 * disagreement rule against the posts the page prints before the name. Never fails the card: without the
 * post index the card shows what it always did.
 */
import { cardPostFacts, type CardPostFacts } from '@/core/posts';
import type { PostCache } from './cache';

export async function cardPosts(
  cache: PostCache | undefined,
  personId: string,
  pageDate: string | undefined,
  printed: readonly string[] | undefined,
): Promise<CardPostFacts | undefined> {
  if (!cache) return undefined;
  try {
    const { index } = await cache.tables();
    if (!index.byPerson[personId]) return undefined;
    return cardPostFacts(index, personId, pageDate, printed ?? []);
  } catch (error) {
    console.debug('[lvliang] posts for the card', error);
    return undefined;
  }
}
