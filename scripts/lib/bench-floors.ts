/**
 * What the browser itself costs, measured beside the figures it bounds (as `scan.floorMs` is for the matcher):
 *
 * - `install.textFloorMs`: IndexedDB storing the synthetic archive's article text alone, as plain strings in
 *   records of `ARTICLE_CHUNK` articles, 512 records a transaction with relaxed durability (as the install
 *   writes). No install can be faster than storing its text; the install also stores editions, entities and the
 *   index, and structured-clones objects rather than strings.
 * - `scan.pageBusyMs` (bench-scan.ts): how long after DOMContentLoaded a task the page itself queues then runs.
 */
import type { Browser } from 'playwright-core';
import { ARTICLE_CHUNK } from '../../lib/background/storage/schema';
import { serve } from './bench-browser';

const RECORDS_PER_TRANSACTION = 512;

/** Writes `chars` characters of Han text (distinct strings, so nothing compresses away) and deletes them. */
export async function idbTextFloor(browser: Browser, chars: number, articles: number): Promise<number> {
  const server = await serve({
    '/': { type: 'text/html; charset=utf-8', body: () => '<!doctype html><title>floor</title>' },
  });
  const page = await browser.newPage();
  try {
    await page.goto(`${server.origin}/`);
    const perRecord = Math.max(1, Math.round((chars / Math.max(1, articles)) * ARTICLE_CHUNK));
    const records = Math.ceil(chars / perRecord);
    // no named functions inside: the page cannot see the helpers tsx wraps them with
    return await page.evaluate(
      async ({ records, perRecord, perTransaction }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('text-floor', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('text');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        // 64 random texts, each record one of them with its own number appended
        const pool: string[] = [];
        for (let p = 0; p < 64; p++) {
          const codes = new Uint16Array(perRecord);
          for (let i = 0; i < perRecord; i++) codes[i] = 0x4e00 + Math.floor(Math.random() * 3500);
          let text = '';
          for (let i = 0; i < perRecord; i += 8192)
            text += String.fromCharCode(...codes.subarray(i, i + 8192));
          pool.push(text);
        }
        const started = performance.now();
        for (let first = 0; first < records; first += perTransaction) {
          const tx = db.transaction('text', 'readwrite', { durability: 'relaxed' });
          const store = tx.objectStore('text');
          for (let r = first; r < Math.min(records, first + perTransaction); r++)
            store.put(pool[r % 64]! + r, r);
          await new Promise<void>((resolve, reject) => {
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
        }
        const ms = performance.now() - started;
        db.close();
        await new Promise((resolve) => {
          const drop = indexedDB.deleteDatabase('text-floor');
          drop.onsuccess = drop.onerror = resolve;
        });
        return ms;
      },
      { records, perRecord, perTransaction: RECORDS_PER_TRANSACTION },
    );
  } finally {
    await page.close();
    await server.close();
  }
}
