import { describe, expect, it } from 'vitest';
import {
  exportedNote,
  mergeNotes,
  noteKey,
  readNotesSection,
  searchNotes,
  type Note,
  type NoteTarget,
} from '@/core/notes';

function note(target: NoteTarget, text: string, label: string, updatedAt = '2024-05-01T08:00:00.000Z'): Note {
  return { key: noteKey(target), target, label, text, createdAt: '2024-05-01T08:00:00.000Z', updatedAt };
}

const SUN = { kind: 'entity', id: 'person:孙大军' } as const;
const MAYOR = { kind: 'post', id: 'post:市政府|市长' } as const;
const A5 = { kind: 'article', id: '2021-08-11-p1-a1' } as const;

const notes = [
  note(
    SUN,
    '2021年8月起见报为市委书记。任命文件待核对，见 Xinhua 报道。',
    '孙大军',
    '2024-05-02T08:00:00.000Z',
  ),
  note(MAYOR, '王立伟之后是张广勇；交接日期不明。', '市长', '2024-05-03T08:00:00.000Z'),
  note(A5, '创建指挥部的名单在第二段。'.repeat(8), '孙大军主持召开文明城市创建工作专题汇报会'),
];

describe('searching notes', () => {
  it('needs every word, in the text or in what the note is about', () => {
    expect(searchNotes(notes, '核对').map((h) => h.target)).toEqual([SUN]);
    expect(searchNotes(notes, '孙大军').map((h) => h.target)).toEqual([SUN, A5]);
    expect(searchNotes(notes, '市长 交接').map((h) => h.target)).toEqual([MAYOR]);
    expect(searchNotes(notes, '市长 核对')).toEqual([]);
    expect(searchNotes(notes, '   ')).toEqual([]);
  });

  it('reads traditional characters, full-width forms and letter case as search does', () => {
    expect(searchNotes(notes, '任命文件待核對').map((h) => h.target)).toEqual([SUN]);
    expect(searchNotes(notes, 'ｘｉｎｈｕａ').map((h) => h.target)).toEqual([SUN]);
    expect(searchNotes(notes, '張廣勇').map((h) => h.target)).toEqual([MAYOR]);
  });

  it('marks the words where they are written, and shows a passage around the first one', () => {
    const [hit] = searchNotes(notes, 'xinhua');
    expect(hit!.snippet.filter((s) => s.mark).map((s) => s.text)).toEqual(['Xinhua']);
    const [long] = searchNotes(notes, '第二段');
    const text = long!.snippet.map((s) => s.text).join('');
    expect(text.length).toBeLessThan(100);
    expect(text.endsWith('…')).toBe(true);
    expect(long!.labelSegments.map((s) => s.text).join('')).toBe('孙大军主持召开文明城市创建工作专题汇报会');
  });

  it('lists the most recently edited first, up to the limit', () => {
    expect(searchNotes(notes, '。', 2).map((h) => h.target.kind)).toEqual(['post', 'entity']);
  });
});

describe('notes read back from a file', () => {
  const exported = notes.map(exportedNote);

  it('reads what was exported, and an absent section as no notes', () => {
    expect(readNotesSection(JSON.parse(JSON.stringify(exported)))).toEqual(notes);
    expect(readNotesSection(undefined)).toEqual([]);
  });

  it('keeps the newer note per target, never the older', () => {
    const older = { ...notes[0]!, text: '旧', updatedAt: '2024-01-01T00:00:00.000Z' };
    const newer = { ...notes[1]!, text: '新', updatedAt: '2025-01-01T00:00:00.000Z' };
    const other = note({ kind: 'entity', id: 'person:张广勇' }, '另一人', '张广勇');
    const merge = mergeNotes(notes, [older, newer, other, notes[2]!]);
    expect(merge).toMatchObject({ added: 1, updated: 1, kept: 2 });
    expect(merge.write.map((n) => n.text)).toEqual(['新', '另一人']);
  });

  it('refuses a time that is no ISO time, and an edit before the note was written', () => {
    expect(() => readNotesSection([{ ...exported[0], createdAt: '2024-05-01' }])).toThrow(/ISO time/);
    expect(() => readNotesSection([{ ...exported[0], updatedAt: '2020-01-01T00:00:00.000Z' }])).toThrow(
      /before "createdAt"/,
    );
    expect(() => readNotesSection([{ ...exported[0], label: 5 }])).toThrow(/"label" must be a string/);
  });
});
