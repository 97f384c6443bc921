/**
 * The reader's own data: settings and saved pages. Kept in stores no archive load or bundled-store migration
 * touches, so it survives archive updates and schema upgrades.
 */
import type { LensDatabase } from './db';
import type { UserPage } from './schema';

export async function getSetting<T>(db: LensDatabase, key: string): Promise<T | undefined> {
  return (await db.get('settings', key)) as T | undefined;
}

export async function setSetting(db: LensDatabase, key: string, value: unknown): Promise<void> {
  await db.put('settings', value, key);
}

export async function saveUserPage(db: LensDatabase, page: UserPage): Promise<void> {
  await db.put('userPages', page);
}

export function userPages(db: LensDatabase): Promise<UserPage[]> {
  return db.getAll('userPages');
}
