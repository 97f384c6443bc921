import { describe, expect, it } from 'vitest';
import { displaySegments, plainSegments, segmentsToText } from '@/components/ui/segments';

describe('snippet and title segments for display', () => {
  it('keeps the text and the marks as they are', () => {
    const segments = [
      { text: '市委书记', mark: false },
      { text: '孙大军', mark: true },
      { text: '主持', mark: false },
    ];
    expect(displaySegments(segments)).toEqual(segments);
  });

  it('never interprets markup: it stays text', () => {
    const out = displaySegments([{ text: '<b>孙大军</b>', mark: true }]);
    expect(out).toEqual([{ text: '<b>孙大军</b>', mark: true }]);
  });

  it('shows line breaks and runs of spaces as one space', () => {
    expect(displaySegments([{ text: '第一段。\n\n第二段  开始', mark: false }])).toEqual([
      { text: '第一段。 第二段 开始', mark: false },
    ]);
  });

  it('merges neighbours with the same marking and drops empty pieces', () => {
    expect(
      displaySegments([
        { text: '创建', mark: true },
        { text: '', mark: false },
        { text: '指挥部', mark: true },
        { text: '各', mark: false },
        { text: '指挥', mark: false },
      ]),
    ).toEqual([
      { text: '创建指挥部', mark: true },
      { text: '各指挥', mark: false },
    ]);
  });

  it('does not mark whitespace alone', () => {
    expect(
      displaySegments([
        { text: 'a', mark: false },
        { text: ' ', mark: true },
        { text: 'b', mark: false },
      ]),
    ).toEqual([{ text: 'a b', mark: false }]);
  });

  it('reads back as plain text, and builds unmarked segments', () => {
    expect(
      segmentsToText(
        displaySegments([
          { text: '李克强', mark: true },
          { text: '总理', mark: false },
        ]),
      ),
    ).toBe('李克强总理');
    expect(plainSegments('标题')).toEqual([{ text: '标题', mark: false }]);
    expect(plainSegments('')).toEqual([]);
  });
});
