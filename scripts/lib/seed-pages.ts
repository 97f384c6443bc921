/** The seed front pages as parser input: the manifest's editions with their text. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageInput } from '../../core/parse/model';

export const SEEDS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../seeds');

interface Manifest {
  editions: { file: string; date: string; page: number }[];
}

export function readSeedPages(dir = SEEDS_DIR): PageInput[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  return manifest.editions.map((e) => ({
    file: e.file,
    date: e.date,
    page: e.page,
    text: readFileSync(join(dir, e.file), 'utf8'),
  }));
}
