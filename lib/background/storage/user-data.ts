/**
 * The reader's own data: settings and additions. Kept in stores no archive load or bundled-store migration
 * touches, so it survives archive updates and schema upgrades.
 */
import type { Addition } from '@/core/additions/types';
import type { LensDatabase } from './db';

export async function getSetting<T>(db: LensDatabase, key: string): Promise<T | undefined> {
  return (await db.get('settings', key)) as T | undefined;
}

export async function setSetting(db: LensDatabase, key: string, value: unknown): Promise<void> {
  await db.put('settings', value, key);
}

/** Every addition, oldest first (the order their documents are numbered in). */
export async function additions(db: LensDatabase): Promise<Addition[]> {
  const all = await db.getAll('additions');
  return all.sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.id < b.id ? -1 : 1));
}
