/**
 * Editions are stored a month to a record: the paper prints a dozen or two pages a day, and one record per page
 * made the editions the install's most numerous records (each IndexedDB record costs far more than its bytes).
 * An edition is read only when an article is opened or a page imported, so a month's record (a few hundred small
 * editions) is read seldom. An edition id without a date in it (an archive from elsewhere) keeps a record of its
 * own.
 */
import type { Edition } from '@/core/types';
import type { LensDatabase } from './db';
import { generationRange } from './schema';

/** The first date in an id, e.g. `2020-04-11` in `2020-04-11-p3`; its year and month are the record's key. */
const DATED = /(\d{4}-\d{2})-\d{2}/;

/** The key of the record an edition is kept in: the month of the date in its id (`2020-04`), else its id. */
export function editionMonth(id: string): string {
  return DATED.exec(id)?.[1] ?? id;
}

/**
 * Editions as month records, in the order each month first appears, each month's editions sorted by id (so a
 * record is the same however it was written); a later edition of the same id replaces an earlier one.
 */
export function editionMonths(editions: Iterable<Edition>): [month: string, editions: Edition[]][] {
  const months = new Map<string, Map<string, Edition>>();
  for (const edition of editions) {
    const month = editionMonth(edition.id);
    let records = months.get(month);
    if (!records) months.set(month, (records = new Map()));
    records.set(edition.id, edition);
  }
  const byId = (a: Edition, b: Edition) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [...months].map(([month, records]) => [month, [...records.values()].sort(byId)]);
}

/** Edition `id` as generation `generation` stores it. */
export async function readEdition(
  db: LensDatabase,
  generation: number,
  id: string,
): Promise<Edition | undefined> {
  const month = await db.get('editions', [generation, editionMonth(id)]);
  return month?.find((edition) => edition.id === id);
}

/** Every edition generation `generation` stores. */
export async function readEditions(db: LensDatabase, generation: number): Promise<Edition[]> {
  return (await db.getAll('editions', generationRange(generation))).flat();
}
