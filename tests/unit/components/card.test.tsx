// @vitest-environment happy-dom
/**
 * The hover card's content as the reader sees it, rendered with its real components: a person with posts and
 * related articles, a place, the card while its data loads, and a card that failed; in Chinese and English;
 * its buttons in the keyboard's order and what pressing them asks for.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ask } from '@/lib/shared/messages/client';
import type { CardActions, CardState } from '@/lib/content/overlay/card-view';
import type { CardData } from '@/lib/shared/overlay-protocol';
import { Card } from '@/components/card/Card';
import { answerFrom, readerLanguage } from './fake-background';

vi.mock('@/lib/shared/messages/client', () => ({ ask: vi.fn() }));

const PERSON: CardData = {
  id: 'person:张广勇',
  name: '张广勇',
  pinyin: 'Zhāng Guǎngyǒng',
  kind: 'person',
  posts: [
    {
      label: '市委副书记',
      english: 'Deputy Secretary of the Municipal Party Committee',
      first: '2021-08-11',
      last: '2021-08-19',
    },
    { label: '市长', english: 'Mayor', first: '2021-08-11', last: '2022-03-26' },
  ],
  atDate: {
    date: '2022-03-26',
    posts: [{ label: '市长', english: 'Mayor', first: '2021-08-11', last: '2022-03-26' }],
    held: true,
  },
  firstSeen: '2021-08-11',
  lastSeen: '2022-03-26',
  county: null,
  timeline: { from: '2021-08', counts: [2, 0, 0, 0, 0, 0, 0, 1] },
  related: [
    { id: '2022-03-26-p1-a6', title: '我市召开抓党建促基层治理能力提升动员暨培训会议', date: '2022-03-26' },
    { id: 'saved:1', title: '吕梁市长调研交城县', date: '2022-04-02', saved: true },
  ],
  articleCount: 4,
};

const PLACE: CardData = {
  id: 'place:柳林县',
  name: '柳林县',
  pinyin: 'Liǔlín Xiàn',
  kind: 'place',
  posts: [],
  atDate: null,
  firstSeen: '2021-08-11',
  lastSeen: '2021-08-11',
  county: '柳林县',
  timeline: null,
  related: [],
  articleCount: 1,
};

/** What the card asks its owner (the content script's overlay) to do, recorded. */
function actions() {
  return {
    onPointerEnter: vi.fn<() => void>(),
    onPointerLeave: vi.fn<() => void>(),
    onClose: vi.fn<() => void>(),
    onOpenArticle: vi.fn<(id: string) => void>(),
    onOpenTimeline: vi.fn<(name: string) => void>(),
    onOpenPost: vi.fn<(id: string) => void>(),
  } satisfies CardActions;
}

function show(state: CardState) {
  const acts = actions();
  render(<Card state={state} actions={acts} />);
  return { acts, card: screen.getByRole('dialog') };
}

beforeEach(() => {
  answerFrom(vi.mocked(ask), { 'notes/get': { note: null } });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('in Chinese', () => {
  beforeEach(() => readerLanguage('zh-CN'));

  test('a person: kind, name, the post held on the page’s date, every post, articles, related', () => {
    const { card } = show({ status: 'ready', data: PERSON });
    expect(card.getAttribute('aria-label')).toBe('张广勇');
    expect(within(card).getByText('人物')).toBeTruthy();
    expect(within(card).getByText('2022-03-26 时任')).toBeTruthy();
    const posts = within(card).getByRole('heading', { name: '职务' }).parentElement!;
    expect(
      within(posts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('市委副书记'), expect.stringContaining('市长')]);
    expect(within(card).getByText('档案中 4 篇报道', { exact: false })).toBeTruthy();
    // The sparkline is named with what it shows: the months and the articles in them.
    expect(within(card).getByRole('img', { name: /^每月报道数: 2021-08 – 2022-03, 3$/ })).toBeTruthy();
    const related = within(card).getByRole('heading', { name: '相关报道' }).parentElement!;
    // Each related article is a button named by its title, with a button beside it to copy its citation.
    for (const title of ['我市召开抓党建促基层治理能力提升动员暨培训会议', '吕梁市长调研交城县']) {
      expect(within(related).getByRole('button', { name: title })).toBeTruthy();
      expect(within(related).getByRole('button', { name: `复制《${title}》的引文` })).toBeTruthy();
    }
    expect(within(related).getByText(/☆/).textContent).toContain('收藏');
  });

  test('the keyboard reaches close, each related article and the timeline, and pressing them asks for them', async () => {
    const { acts } = show({ status: 'ready', data: PERSON });
    const close = screen.getByRole('button', { name: '关闭' });
    close.focus();
    const order: string[] = [];
    for (let i = 0; i < 12 && document.activeElement; i++) {
      order.push(
        document.activeElement.getAttribute('aria-label') ?? document.activeElement.textContent ?? '',
      );
      await userEvent.tab();
    }
    const first = order.indexOf('我市召开抓党建促基层治理能力提升动员暨培训会议');
    const timeline = order.findIndex((label) => label.startsWith('时间线'));
    expect(order[0]).toBe('关闭');
    expect(first).toBeGreaterThan(0);
    expect(timeline).toBeGreaterThan(first);

    screen.getByRole('button', { name: '我市召开抓党建促基层治理能力提升动员暨培训会议' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(acts.onOpenArticle).toHaveBeenCalledWith('2022-03-26-p1-a6');
    screen.getByRole('button', { name: /时间线/ }).focus();
    await userEvent.keyboard(' ');
    expect(acts.onOpenTimeline).toHaveBeenCalledWith('person:张广勇');
    await userEvent.click(close);
    expect(acts.onClose).toHaveBeenCalledTimes(1);
  });

  test('a place: its county, no posts', () => {
    const { card } = show({ status: 'ready', data: PLACE });
    expect(within(card).getByText('地点')).toBeTruthy();
    expect(within(card).getByText('所属县（市、区）：柳林县')).toBeTruthy();
    expect(within(card).queryByRole('heading', { name: '职务' })).toBeNull();
    expect(within(card).queryByRole('heading', { name: '相关报道' })).toBeNull();
  });

  test('loading: the name and “loading”, nothing claimed yet', () => {
    const { card } = show({ status: 'loading', name: '孙大军' });
    expect(within(card).getByText('孙大军')).toBeTruthy();
    expect(within(card).getByText('加载中…')).toBeTruthy();
    expect(within(card).queryByText('人物')).toBeNull();
    expect(within(card).queryByRole('button', { name: /时间线/ })).toBeNull();
  });

  test('an error: said plainly, and the card can still be closed', async () => {
    const { card, acts } = show({ status: 'error', name: '孙大军', message: 'TypeError: x is undefined' });
    expect(within(card).getByText('卡片加载失败。')).toBeTruthy();
    expect(card.textContent).not.toContain('TypeError');
    await userEvent.click(within(card).getByRole('button', { name: '关闭' }));
    expect(acts.onClose).toHaveBeenCalled();
  });
});

describe('in English', () => {
  beforeEach(() => readerLanguage('en-US'));

  test('a person reads in English, the name with its pinyin', () => {
    const { card } = show({ status: 'ready', data: PERSON });
    expect(within(card).getByText('Person')).toBeTruthy();
    expect(card.textContent).toContain('Zhāng Guǎngyǒng');
    expect(within(card).getByText('On 2022-03-26')).toBeTruthy();
    expect(within(card).getByText('4 articles in the archive', { exact: false })).toBeTruthy();
    expect(within(card).getByRole('heading', { name: 'Related articles' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: /Timeline/ })).toBeTruthy();
  });

  test('loading and error, in English', () => {
    show({ status: 'loading', name: '孙大军' });
    expect(screen.getByText('Loading…')).toBeTruthy();
    cleanup();
    show({ status: 'error', name: '孙大军', message: 'x' });
    expect(screen.getByText('This card could not be loaded.')).toBeTruthy();
  });
});
