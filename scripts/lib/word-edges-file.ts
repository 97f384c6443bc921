/**
 * Build step: the words that straddle the edges of the archive's names (core/match/word-edges.ts), from
 * jieba's dictionary as @node-rs/jieba ships it, written as `word-edges.json` next to the archive. The
 * background passes them to the matcher payload, so pages are matched with them and without jieba.
 * Traditional forms are added here (opencc-js), since pages in traditional characters fold only the
 * characters of the names themselves.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { shortTextConverter } from '../../core/entities/traditional';
import { entriesFromEntities, type EntityInput } from '../../core/match/build';
import { parseDictionary, townshipShortForms, wordEdgeBlocks } from '../../core/match/word-edges';
import { toSimplified } from '../../core/simplified';
import type { BundledFile } from './bundle-archive';
import { readLargeJson } from './large-json';

export const WORD_EDGES_FILE = 'word-edges.json';

export interface WordEdgesFile {
  v: 1;
  /** Digest of the names and the dictionary the blocks were computed from. */
  key: string;
  blocks: string[];
  /** Township → short form (蔡家崖乡 → 蔡家崖). */
  shortForms: Record<string, string>;
}

export function dictionaryPath(): string {
  return createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
}

/**
 * Names as the matcher payload stores them (every surface, folded to simplified characters) whose false
 * matches a reader would see: places, topics and Lüliang's named bodies. People's full names rarely sit
 * inside other words, generic words (市委) are never highlighted, and every block costs the page matcher
 * states, so neither gets blocks.
 */
export function matcherNames(entities: readonly EntityInput[], options: { all?: boolean } = {}): string[] {
  const toTraditional = shortTextConverter('t');
  const names = new Set<string>();
  for (const entry of entriesFromEntities(entities, { toTraditional })) {
    if (!options.all && (entry.kind === 'person' || entry.flags.generic)) continue;
    for (const surface of entry.surfaces) names.add(toSimplified(surface));
  }
  return [...names].sort();
}

export function computeShortForms(
  entities: readonly EntityInput[],
  dictionary: string,
): Record<string, string> {
  const townships = entities.filter((e) => e.kind === 'place' && e.county).map((e) => e.name);
  const taken = new Set(matcherNames(entities, { all: true }));
  return Object.fromEntries(townshipShortForms(parseDictionary(dictionary), townships, { taken }));
}

export function computeWordEdges(
  entities: readonly EntityInput[],
  dictionary: string,
  shortForms: Record<string, string> = {},
): string[] {
  const toTraditional = shortTextConverter('t');
  const blocks = new Set<string>();
  const names = [...matcherNames(entities), ...Object.values(shortForms)];
  for (const block of wordEdgeBlocks(parseDictionary(dictionary), names)) {
    blocks.add(block);
    const [head = '', rest = ''] = block.split('|');
    blocks.add(`${toTraditional(head)}|${toTraditional(rest)}`);
  }
  return [...blocks].sort();
}

/** Writes `word-edges.json` for the archive at `archivePath`, reusing the last one when nothing changed. */
export function writeWordEdges(outDir: string, archivePath: string): BundledFile {
  // line by line: the benchmark's largest archives are longer than one string can be
  const { entities } = readLargeJson<{ entities: EntityInput[] }>(archivePath);
  const dictionary = readFileSync(dictionaryPath(), 'utf8');
  const key = createHash('sha256')
    .update(JSON.stringify(matcherNames(entities)))
    .update(dictionary)
    .update(readFileSync(new URL('../../core/match/word-edges.ts', import.meta.url)))
    .digest('hex')
    .slice(0, 16);
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, WORD_EDGES_FILE);
  if (existsSync(path)) {
    const old = JSON.parse(readFileSync(path, 'utf8')) as Partial<WordEdgesFile>;
    if (old.key === key) return { relativeDest: WORD_EDGES_FILE, absoluteSrc: path };
  }
  const shortForms = computeShortForms(entities, dictionary);
  const blocks = computeWordEdges(entities, dictionary, shortForms);
  const file: WordEdgesFile = { v: 1, key, blocks, shortForms };
  writeFileSync(path, JSON.stringify(file));
  return { relativeDest: WORD_EDGES_FILE, absoluteSrc: path };
}
