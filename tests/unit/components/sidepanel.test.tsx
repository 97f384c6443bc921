// @vitest-environment happy-dom
/**
 * The side panel as the reader sees it, rendered with its real components and router, the background
 * answering through the message client: an entity's timeline, the article reader (and an article the archive
 * no longer has, and one that fails to load), and "this page" where the overlay is off; in Chinese and English.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ArticleView, EntitySummary, Timeline } from '@/lib/shared/archive-protocol';
import { ask } from '@/lib/shared/messages/client';
import { setSiteDisabled } from '@/lib/shared/settings';
import { SidePanel } from '@/components/panel/SidePanel';
import { answerFrom, COVERAGE, readerLanguage, STATUS_READY, type Answers } from './fake-background';

vi.mock('@/lib/shared/messages/client', () => ({ ask: vi.fn() }));

const SUN: EntitySummary = { id: 'person:孙大军', kind: 'person', name: '孙大军', aliases: [], articles: 3 };
const ZHANG: EntitySummary = {
  id: 'person:张广勇',
  kind: 'person',
  name: '张广勇',
  aliases: [],
  articles: 2,
};
const LISHI: EntitySummary = {
  id: 'place:离石区',
  kind: 'place',
  name: '离石区',
  aliases: ['离石'],
  articles: 2,
};

const TIMELINE: Timeline = {
  entity: SUN,
  pinyin: 'Sūn Dàjūn',
  roles: [{ title: '市委书记', first: '2021-08-11', last: '2022-03-26', articles: ['a1', 'a3'] }],
  articles: [
    { id: 'a1', title: '孙大军主持召开文明城市创建工作专题汇报会', date: '2021-08-11', kind: 'news' },
    { id: 'a2', title: '孙大军到离石区调研', date: '2021-08-19', kind: 'news' },
    { id: 'a3', title: '我市召开抓党建促基层治理能力提升动员暨培训会议', date: '2022-03-26', kind: 'news' },
  ],
  perMonth: [
    { month: '2021-08', count: 2 },
    { month: '2022-03', count: 1 },
  ],
  coPeople: [{ id: ZHANG.id, name: '张广勇', count: 2 }],
};

const ARTICLE: ArticleView = {
  article: {
    id: 'a2',
    edition: 'e2',
    kind: 'news',
    headline: '孙大军到离石区调研',
    title: '孙大军到离石区调研',
    reporters: ['李雅萍'],
    photographers: [],
    source: '本报',
    date: '2021-08-18',
    body: '8月18日，市委书记孙大军到离石区调研。\n他强调，要抓好文明城市创建。',
    continued: null,
  },
  edition: { id: 'e2', file: '2021-08-19.txt', date: '2021-08-19', page: 1 },
  date: '2021-08-19',
  entities: [SUN, LISHI],
};

function background(extra: Answers = {}): Answers {
  return {
    'archive/status': STATUS_READY,
    'archive/timeline': (m: { entityId: string }) =>
      m.entityId === SUN.id ? TIMELINE : new Error(`${m.entityId} is not in the archive`),
    'archive/article': ARTICLE,
    'archive/related': { items: [] },
    'archive/entity': { entities: [] },
    'posts/person': { posts: [], coverage: COVERAGE },
    'posts/coverage': COVERAGE,
    'notes/get': { note: null },
    'notes/search': { hits: [], total: 0 },
    'page/state': { url: 'https://news.example.cn/a.html', mentions: 2, entities: 3, at: 1 },
    ...extra,
  };
}

/** Tab 7 holds a web page whose content script does not answer (the overlay is off there): only its report does. */
function tabWithoutContentScript() {
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({
    id: 7,
    url: 'https://news.example.cn/a.html',
  } as never);
}

function openPanel(query: string) {
  history.replaceState(null, '', `/sidepanel.html${query}`);
  render(<SidePanel />);
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('in Chinese', () => {
  beforeEach(() => readerLanguage('zh-CN'));

  test('an entity’s timeline: its name, the months, its articles newest first, the order switched by a button', async () => {
    answerFrom(vi.mocked(ask), background());
    openPanel(`?entity=${encodeURIComponent(SUN.id)}`);
    expect(await screen.findByRole('heading', { level: 2, name: '孙大军' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('时间线');
    const list = () =>
      [...document.querySelectorAll('.ll-entity-view .ll-article-list time')].map((t) => t.textContent);
    await waitFor(() => expect(list()).toEqual(['2022-03-26', '2021-08-19', '2021-08-11']));
    const oldest = screen.getByRole('button', { name: '最早在前' });
    await userEvent.click(oldest);
    expect(list()).toEqual(['2021-08-11', '2021-08-19', '2022-03-26']);
    expect(oldest.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('张广勇', { exact: false, selector: '.ll-chip, .ll-chip *' })).toBeTruthy();
  });

  test('the article reader: headline, edition, bylines, its people and places linked to their timelines', async () => {
    answerFrom(vi.mocked(ask), background());
    openPanel('?article=a2');
    expect(await screen.findByRole('heading', { level: 2, name: '孙大军到离石区调研' })).toBeTruthy();
    expect(screen.getByText('第 1 版', { exact: false })).toBeTruthy();
    expect(screen.getByText('记者：李雅萍')).toBeTruthy();
    const body = document.querySelector('.ll-reader-body') as HTMLElement;
    const links = within(body).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['孙大军', '离石区']);
    // A link is followed in place: the reader lands on the timeline, focus on its heading.
    await userEvent.click(links[0]!);
    const heading = await screen.findByRole('heading', { level: 2, name: '孙大军' });
    expect(location.search).toBe(`?entity=${encodeURIComponent(SUN.id)}`);
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  test('an article the archive no longer has says so, and how to find it', async () => {
    answerFrom(vi.mocked(ask), background({ 'archive/article': new Error('a9 is not in the archive') }));
    openPanel('?article=a9');
    expect(
      await screen.findByText('档案中没有这篇报道，可能已随档案更新移除。请搜索它的标题。'),
    ).toBeTruthy();
  });

  test('an article that fails to load: said, with a retry that works', async () => {
    let fail = true;
    answerFrom(
      vi.mocked(ask),
      background({ 'archive/article': () => (fail ? new Error('读取失败') : ARTICLE) }),
    );
    openPanel('?article=a2');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('读取失败');
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('heading', { level: 2, name: '孙大军到离石区调研' })).toBeTruthy();
  });

  test('this page, with the overlay off for its site: says it is not read, claims nothing about it', async () => {
    answerFrom(vi.mocked(ask), background());
    await setSiteDisabled('https://news.example.cn/a.html', true);
    tabWithoutContentScript();
    openPanel('?tab=7');
    expect(await screen.findByText('此处已停用：不读取本页。')).toBeTruthy();
    expect(document.querySelector('#ll-page-entities')).toBeNull();
    expect(screen.queryByText(/本页提到/)).toBeNull();
    expect(screen.getByRole('button', { name: /保存/ })).toBeTruthy();
  });
});

describe('in English', () => {
  beforeEach(() => readerLanguage('en-US'));

  test('the timeline and the reader read in English', async () => {
    answerFrom(vi.mocked(ask), background());
    openPanel(`?entity=${encodeURIComponent(SUN.id)}`);
    expect(await screen.findByRole('heading', { level: 2, name: '孙大军' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Timeline');
    cleanup();
    openPanel('?article=a2');
    expect(await screen.findByRole('heading', { level: 2, name: '孙大军到离石区调研' })).toBeTruthy();
    expect(screen.getByText('Reporters: 李雅萍')).toBeTruthy();
  });

  test('this page, not read, in English', async () => {
    answerFrom(vi.mocked(ask), background());
    await setSiteDisabled('https://news.example.cn/a.html', true);
    tabWithoutContentScript();
    openPanel('?tab=7');
    expect(await screen.findByText('The overlay is off here: this page is not read.')).toBeTruthy();
  });
});
