/** The bundled archive (the five seed pages), parsed once per test file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive } from '@/core/archive';
import type { Archive } from '@/core/types';

const ROOT = join(__dirname, '..', '..', '..');

/** Parsing the five pages takes a second alone, much longer on a machine shared with other builds. */
export const SEED_BUILD_MS = 60_000;

export function seedArchive(): Archive {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'seeds', 'manifest.json'), 'utf8')) as {
    editions: { file: string; date: string; page: number }[];
  };
  return buildArchive(
    manifest.editions.map((e) => ({ ...e, text: readFileSync(join(ROOT, 'seeds', e.file), 'utf8') })),
  ).archive;
}
