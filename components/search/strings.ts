/**
 * Strings of the search's filters and of the reader's notes among its results, in Chinese and English. Apart
 * from components/i18n.ts because only extension pages show them: the content script, which carries the shared
 * table for the hover card, stays within its size budget.
 */
import { detectLang, type Lang } from '../i18n';

const en = {
  noteKind: (kind: 'entity' | 'post' | 'article') =>
    ({ entity: 'Note on a name', post: 'Note on a post', article: 'Note on an article' })[kind],
  resultsNotes: 'Your notes',
  filterFromDate: 'From',
  filterToDate: 'To',
  filterNaming: 'Articles naming',
  filterNamingPlaceholder: 'a person, place or topic, e.g. 孙大军',
  filterNamingList: 'Every result names all of these',
  filterAddName: 'Add',
  filterRemoveName: (name: string) => `Stop requiring ${name}`,
  filterNameNotFound: (name: string) => `The archive knows no person, place or topic called “${name}”.`,
  filterNameLookupFailed: 'The name could not be looked up; try again.',
  filterNamesMax: (n: number) => `At most ${n} names at once.`,
  resetFilters: 'Reset filters',
  sortRelevance: 'Best match',
};

const zh: typeof en = {
  noteKind: (kind: 'entity' | 'post' | 'article') =>
    ({ entity: '人物、地点等的笔记', post: '职务的笔记', article: '报道的笔记' })[kind],
  resultsNotes: '我的笔记',
  filterFromDate: '起始日期',
  filterToDate: '截止日期',
  filterNaming: '同时提到',
  filterNamingPlaceholder: '人物、地点或主题，如 孙大军',
  filterNamingList: '每条结果都提到以下各项',
  filterAddName: '添加',
  filterRemoveName: (name: string) => `不再要求提到“${name}”`,
  filterNameNotFound: (name: string) => `档案中没有名为“${name}”的人物、地点或主题。`,
  filterNameLookupFailed: '无法查找该名称，请重试。',
  filterNamesMax: (n: number) => `最多同时 ${n} 项。`,
  resetFilters: '重置筛选',
  sortRelevance: '最相关',
};

export function searchMessages(lang: Lang = detectLang()): typeof en {
  return lang === 'zh' ? zh : en;
}
