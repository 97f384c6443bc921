import { describe, expect, it } from 'vitest';
import { archiveMessages } from '@/components/options/strings';
import { decodeImportFile } from '@/core/import/decode';
import { MAX_PAGE_BYTES } from '@/core/parse';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('per-file import errors in the page’s language', () => {
  const files: [name: string, content: Uint8Array][] = [
    ['empty.txt', bytes('')],
    ['page.html', bytes('<!DOCTYPE html><html><body><p>本报讯 吕梁</p></body></html>')],
    ['scan.pdf', bytes('%PDF-1.7 吕梁')],
    ['notes.txt', bytes('今天天气很好。\n我们去公园散步。\n')],
    ['huge.txt', new Uint8Array(MAX_PAGE_BYTES + 1).fill(0x41)],
  ];

  it('words each error core reports by its code, in Chinese and in English, naming the file', () => {
    const zh = archiveMessages('zh').fileError;
    const en = archiveMessages('en').fileError;
    for (const [name, content] of files) {
      const decoded = decodeImportFile(name, content);
      expect(decoded.ok).toBe(false);
      if (decoded.ok) continue;
      const chinese = zh[decoded.error.code](name);
      const english = en[decoded.error.code](name);
      expect(chinese.startsWith(`${name}：`)).toBe(true);
      expect(english.startsWith(`${name}: `)).toBe(true);
      expect(chinese).toMatch(/[\u4e00-\u9fff]{4}/);
      expect(english).toMatch(/[a-z]+ [a-z]+ [a-z]+/);
    }
    expect(zh['too-large']('huge.txt')).toContain('5 MB');
    expect(en['too-large']('huge.txt')).toContain('5 MB');
    expect(zh.html('page.html')).toContain('网页');
  });
});
