/**
 * Reads the files a reader picked (a file input, one or many files or a folder) into bytes for core/import.
 * A file over the size limit is refused before it is read, so a stray video in a folder is never loaded.
 */
import { isHiddenPath, refuseBySize, type PickedFile } from '@/core/import';
import type { PageError } from '@/core/parse';

export interface ReadFiles {
  files: PickedFile[];
  errors: PageError[];
}

/** The path a file was picked under: its folder path in a folder pick, else its name. */
export function pickedPath(file: File): string {
  return file.webkitRelativePath || file.name;
}

export async function readPickedFiles(list: Iterable<File>): Promise<ReadFiles> {
  const files: PickedFile[] = [];
  const errors: PageError[] = [];
  for (const file of list) {
    const path = pickedPath(file);
    if (isHiddenPath(path)) continue;
    const tooLarge = refuseBySize(path, file.size);
    if (tooLarge) {
      errors.push(tooLarge);
      continue;
    }
    try {
      files.push({ path, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch (error) {
      errors.push({
        file: file.name,
        code: 'missing-file',
        message: `${file.name}: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return { files, errors };
}
