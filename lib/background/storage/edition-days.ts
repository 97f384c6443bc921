/**
 * Editions are stored a day to a record: the paper prints a dozen or two pages a day, and one record per page
 * made the editions the install's most numerous records (each IndexedDB record costs far more than its bytes).
 * An edition id that does not start with its date (an archive from elsewhere) keeps a record of its own.
 */
import type { Edition } from '@/core/types';
import type { LensDatabase } from './db';
import { generationRange } from './schema';

const DATED = /^\d{4}-\d{2}-\d{2}/;

/** The key of the record an edition is kept in: its day for the paper's ids (`2020-04-11-p3`), else its id. */
export function editionDay(id: string): string {
  return DATED.test(id) ? id.slice(0, 10) : id;
}

/** Editions as day records, in the order each day first appears; a later edition of the same id replaces one. */
export function editionDays(editions: Iterable<Edition>): [day: string, editions: Edition[]][] {
  const days = new Map<string, Map<string, Edition>>();
  for (const edition of editions) {
    const day = editionDay(edition.id);
    let records = days.get(day);
    if (!records) days.set(day, (records = new Map()));
    records.set(edition.id, edition);
  }
  return [...days].map(([day, records]) => [day, [...records.values()]]);
}

/** Edition `id` as generation `generation` stores it. */
export async function readEdition(
  db: LensDatabase,
  generation: number,
  id: string,
): Promise<Edition | undefined> {
  const day = await db.get('editions', [generation, editionDay(id)]);
  return day?.find((edition) => edition.id === id);
}

/** Every edition generation `generation` stores. */
export async function readEditions(db: LensDatabase, generation: number): Promise<Edition[]> {
  return (await db.getAll('editions', generationRange(generation))).flat();
}
