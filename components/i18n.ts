/**
 * UI strings in Chinese and English. The language follows the browser's (any zh-* → Chinese); everything else
 * reads English. Kept as plain objects so a missing translation is a type error, not a blank label.
 */
const en = {
  appName: 'Lüliang Lens',
  tagline: 'The Lüliang Daily archive, offline, beside every page you read.',
  popupTitle: 'Search the archive',
  sidepanelTitle: 'This page',
  optionsTitle: 'Settings',
  archiveLoading: 'Preparing the archive…',
  archiveReady: 'Archive ready',
  archiveError: 'The archive could not be loaded',
  pageMentions: (n: number) =>
    n === 1 ? 'This page names Lüliang once.' : `This page names Lüliang ${n} times.`,
  pageNoMentions: 'This page does not mention Lüliang.',
  pageUnknown: 'No report from this page yet.',
  settingHighlights: 'Highlight people, places, organisations and campaigns on pages about Lüliang',
  settingHoverDelay: 'Hover delay before a card opens (ms)',
  disabledSitesTitle: 'Sites where the overlay is off',
  disabledSitesEmpty: 'None: the overlay works on every site.',
  addSite: 'Add site',
  addSitePlaceholder: 'e.g. example.com',
  removeSite: (site: string) => `Turn the overlay back on for ${site}`,
  invalidSite: (input: string) => `“${input}” is not a site name or address.`,
  saved: 'Saved',
  pageEntities: (n: number) =>
    n === 1 ? '1 person, place or topic from the archive' : `${n} people, places and topics from the archive`,
  overlayOnSite: (site: string) => `Highlights on ${site}`,
  openSidePanel: 'Open side panel',
  notAPage: 'The overlay works on web pages (http and https).',
};

type Messages = typeof en;

const zh: Messages = {
  appName: '吕梁镜',
  tagline: '《吕梁日报》档案，离线可用，随时陪你读新闻。',
  popupTitle: '搜索档案',
  sidepanelTitle: '本页',
  optionsTitle: '设置',
  archiveLoading: '正在准备档案…',
  archiveReady: '档案已就绪',
  archiveError: '档案加载失败',
  pageMentions: (n: number) => `本页提到吕梁 ${n} 次。`,
  pageNoMentions: '本页未提到吕梁。',
  pageUnknown: '尚未收到本页的信息。',
  settingHighlights: '在有关吕梁的网页上标出人物、地名、机构和专题',
  settingHoverDelay: '悬停多久后显示卡片（毫秒）',
  disabledSitesTitle: '已停用的网站',
  disabledSitesEmpty: '无：所有网站都启用。',
  addSite: '添加网站',
  addSitePlaceholder: '例如 example.com',
  removeSite: (site: string) => `在 ${site} 上重新启用`,
  invalidSite: (input: string) => `“${input}”不是有效的网站名或网址。`,
  saved: '已保存',
  pageEntities: (n: number) => `档案中的人物、地点和专题 ${n} 个`,
  overlayOnSite: (site: string) => `在 ${site} 上标注`,
  openSidePanel: '打开侧边栏',
  notAPage: '标注仅适用于网页（http 和 https）。',
};

export type Lang = 'zh' | 'en';

export function detectLang(language: string | undefined = globalThis.navigator?.language): Lang {
  return language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function messages(lang: Lang = detectLang()): Messages {
  return lang === 'zh' ? zh : en;
}
