import { describe, expect, it } from 'vitest';
import { MAX_PAGE_BYTES } from '@/core/parse';
import { pickedPath, readPickedFiles } from '@/components/options/picked-files';

/** A picked file as the browser gives it; `webkitRelativePath` is set in folder picks. */
function picked(name: string, text: string, folder = ''): File {
  const file = new File([text], name, { type: 'text/plain' });
  Object.defineProperty(file, 'webkitRelativePath', { value: folder ? `${folder}/${name}` : '' });
  return file;
}

describe('readPickedFiles', () => {
  it('reads files under their folder path and leaves hidden files out', async () => {
    const read = await readPickedFiles([
      picked('2023-08-11.txt', '本报讯', 'papers'),
      picked('.DS_Store', 'x', 'papers'),
      picked('manifest.json', '{}', 'papers'),
    ]);
    expect(read.errors).toEqual([]);
    expect(read.files.map((f) => [f.path, new TextDecoder().decode(f.bytes)])).toEqual([
      ['papers/2023-08-11.txt', '本报讯'],
      ['papers/manifest.json', '{}'],
    ]);
    expect(pickedPath(picked('a.txt', ''))).toBe('a.txt');
  });

  it('refuses an oversized file by its size, without reading it', async () => {
    const huge = picked('scan.txt', '');
    Object.defineProperty(huge, 'size', { value: MAX_PAGE_BYTES + 1 });
    Object.defineProperty(huge, 'arrayBuffer', {
      value: () => Promise.reject(new Error('an oversized file must not be read')),
    });
    const read = await readPickedFiles([huge, picked('ok.txt', '本报讯')]);
    expect(read.errors).toEqual([expect.objectContaining({ file: 'scan.txt', code: 'too-large' })]);
    expect(read.files.map((f) => f.path)).toEqual(['ok.txt']);
  });
});
