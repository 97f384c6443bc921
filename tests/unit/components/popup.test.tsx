// @vitest-environment happy-dom
/**
 * The popup as the reader sees it, rendered with its real components and the background answering through the
 * message client: the archive still loading, an empty archive, a search with no results, one with results, and
 * a background that fails; in Chinese and in English.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ask } from '@/lib/shared/messages/client';
import { Popup } from '@/components/popup/Popup';
import {
  answerFrom,
  hit,
  readerLanguage,
  results,
  SEARCH_EXTRAS,
  STATUS_FAILED,
  STATUS_LOADING,
  STATUS_READY,
  type Answers,
} from './fake-background';

vi.mock('@/lib/shared/messages/client', () => ({ ask: vi.fn() }));

const HITS = [
  hit('2021-08-11-p1-a1', '孙大军主持召开文明城市创建工作专题汇报会', '2021-08-11'),
  hit('2022-03-26-p1-a6', '我市召开抓党建促基层治理能力提升动员暨培训会议', '2022-03-26'),
];

/** An archive that answers: a page report for tab 7, and searches from `search`. */
function archive(search: (m: { query?: string }) => unknown, extra: Answers = {}): Answers {
  return {
    ...SEARCH_EXTRAS,
    'archive/status': STATUS_READY,
    'archive/search': search,
    'archive/entity': { entities: [] },
    'page/state': { url: 'https://news.example.cn/a.html', mentions: 3, entities: 2, at: 1 },
    ...extra,
  };
}

/** The result options, once the list is on screen. */
async function resultOptions(): Promise<HTMLElement[]> {
  return within(await screen.findByRole('listbox')).getAllByRole('option');
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** The empty state ("no results for …"), with the ways to go on it offers. */
const emptyState = () => screen.findByText(/没有找到|No results for/, { selector: '.ll-empty-title' });

const everything = (m: { query?: string }) => (m.query ? results(HITS) : results(HITS.slice(0, 1)));

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/popup.html?tab=7');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('in Chinese', () => {
  beforeEach(() => readerLanguage('zh-CN'));

  test('before a key is pressed: the box has focus, a hint, and the page’s report', async () => {
    answerFrom(vi.mocked(ask), archive(everything));
    render(<Popup />);
    const box = screen.getByRole('combobox', { name: '搜索档案' });
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(await screen.findByText('本页提到吕梁 3 次。', { exact: false })).toBeTruthy();
    const onSite = screen.getByRole('switch', { name: '在 news.example.cn 上标注' });
    expect((onSite as HTMLInputElement).checked).toBe(true);
  });

  test('while the archive loads, a search says it waits, with the load’s progress', async () => {
    answerFrom(vi.mocked(ask), archive(everything, { 'archive/status': STATUS_LOADING }));
    render(<Popup />);
    await userEvent.type(screen.getByRole('combobox', { name: '搜索档案' }), '孙大军');
    expect(await screen.findByText('正在准备档案…')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: '档案准备进度' })).toBeTruthy();
    expect(screen.getByText('档案就绪后会自动搜索。只在安装或更新后进行一次。')).toBeTruthy();
  });

  test('results: the articles as options of a list the arrow keys walk through', async () => {
    answerFrom(vi.mocked(ask), archive(everything));
    render(<Popup />);
    const box = screen.getByRole('combobox', { name: '搜索档案' });
    await userEvent.type(box, '文明城市');
    const options = await resultOptions();
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringContaining('孙大军主持召开文明城市创建工作专题汇报会'),
      expect.stringContaining('我市召开抓党建促基层治理能力提升动员暨培训会议'),
    ]);
    expect(screen.getByText('2 条结果')).toBeTruthy();
    // Focus stays in the box; ↓ makes the first result the active one, ↓ again the second. The first key comes
    // before the frame that showed the results has ended: the choice outlives that frame's effects.
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    await waitFor(() => expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id));
    await nextFrame();
    await nextFrame();
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    await waitFor(() => expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id));
    expect(document.activeElement).toBe(box);
  });

  test('no results: said with the query, and what to try', async () => {
    answerFrom(
      vi.mocked(ask),
      archive((m) => (m.query ? results([]) : results(HITS.slice(0, 1)))),
    );
    render(<Popup />);
    await userEvent.type(screen.getByRole('combobox', { name: '搜索档案' }), '深圳');
    expect((await emptyState()).textContent).toBe('没有找到“深圳”的结果');
    expect(screen.queryByRole('listbox')).toBeNull();
    // What to try instead.
    expect(screen.getByText('试试：')).toBeTruthy();
    expect(screen.getByText('人名或地名，例如 孙大军、离石')).toBeTruthy();
  });

  test('a failing search says so, with a way to try again that works', async () => {
    let fail = true;
    answerFrom(
      vi.mocked(ask),
      archive((m) => {
        if (m.query && fail) return new Error('索引损坏');
        return m.query ? results(HITS) : results(HITS.slice(0, 1));
      }),
    );
    render(<Popup />);
    await userEvent.type(screen.getByRole('combobox', { name: '搜索档案' }), '孙大军');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('搜索失败（索引损坏）');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await resultOptions()).toHaveLength(2);
  });

  test('an archive that failed to load says what happened and what to do, never a raw error', async () => {
    answerFrom(vi.mocked(ask), archive(everything, { 'archive/status': STATUS_FAILED }));
    render(<Popup />);
    await userEvent.type(screen.getByRole('combobox', { name: '搜索档案' }), '孙大军');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('archive.json is damaged');
  });

  test('a background that does not answer is said plainly', async () => {
    answerFrom(
      vi.mocked(ask),
      archive(everything, { 'archive/status': new Error('Could not establish connection') }),
    );
    render(<Popup />);
    await userEvent.type(screen.getByRole('combobox', { name: '搜索档案' }), '孙大军');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('扩展没有响应。');
  });
});

describe('in English', () => {
  beforeEach(() => readerLanguage('en-US'));

  test('results and the page report read in English', async () => {
    answerFrom(vi.mocked(ask), archive(everything));
    render(<Popup />);
    expect(await screen.findByText('This page names Lüliang 3 times.', { exact: false })).toBeTruthy();
    await userEvent.type(screen.getByRole('combobox', { name: 'Search the archive' }), '孙大军');
    expect(await resultOptions()).toHaveLength(2);
    expect(screen.getByText('2 results')).toBeTruthy();
  });

  test('no results, in English', async () => {
    answerFrom(
      vi.mocked(ask),
      archive((m) => (m.query ? results([]) : results(HITS.slice(0, 1)))),
    );
    render(<Popup />);
    await userEvent.type(screen.getByRole('combobox', { name: 'Search the archive' }), 'Shenzhen');
    expect((await emptyState()).textContent).toBe('No results for “Shenzhen”');
  });
});
