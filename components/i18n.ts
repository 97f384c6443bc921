/**
 * UI strings in Chinese and English. The language follows the browser's (any zh-* → Chinese); everything else
 * reads English. Kept as plain objects so a missing translation is a type error, not a blank label.
 */
import type { Coverage } from '@/core/coverage';
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
  pageNotRead: 'The overlay is off here: this page is not read.',
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
  cardPerson: 'Person',
  cardPlace: 'Place',
  cardOrganization: 'Organisation',
  cardTopic: 'Topic',
  cardPosts: 'Posts',
  cardHeldOn: (date: string) => `On ${date}`,
  cardLastHeldBefore: (date: string) => `Last known post before ${date}`,
  cardCounty: (county: string) => `County: ${county}`,
  cardLastSeen: (date: string) => `Last seen in the archive: ${date}`,
  cardArticles: (n: number) => (n === 1 ? '1 article in the archive' : `${n} articles in the archive`),
  cardMentionsOverTime: 'Articles per month',
  cardRelated: 'Related articles',
  cardTimeline: 'Timeline',
  cardClose: 'Close',
  cardLoading: 'Loading…',
  cardError: 'This card could not be loaded.',
  // Search (popup and side panel)
  searchPlaceholder: 'Names, places, topics or words…',
  searchHint:
    'Type a name, a place or words from an article. ↑ ↓ to choose, Enter to open in the side panel.',
  searchHintPanel: 'Type a name, a place or words from an article. ↑ ↓ to choose, Enter to open.',
  searching: 'Searching…',
  refining: 'Refining the results…',
  resultsEntities: 'People, places and topics',
  resultsArticles: (shown: number, total: number) =>
    shown < total ? `Articles (${shown} of ${total})` : total === 1 ? '1 article' : `Articles (${total})`,
  resultsCount: (n: number) => (n === 1 ? '1 result' : `${n} results`),
  articleCount: (n: number) => (n === 1 ? '1 article' : `${n} articles`),
  filtersLabel: 'Filters',
  filterFrom: 'From year',
  filterTo: 'To year',
  filterAnyYear: 'Any year',
  filterKind: 'Kind',
  filterAnyKind: 'All kinds',
  clearFilters: 'Clear filters',
  kindNews: 'News',
  kindFeature: 'Feature',
  kindCommentary: 'Commentary',
  kindPhoto: 'Photo',
  kindSaved: 'Saved from the web',
  noResults: (query: string) => `No results for “${query}”`,
  noResultsFiltered: (query: string) => `No results for “${query}” with these filters`,
  noArticles: (query: string) => `No articles for “${query}”`,
  noArticlesFiltered: (query: string) => `No articles for “${query}” with these filters`,
  tryLabel: 'Try:',
  tryShorter: (shorter: string) => `a shorter query, “${shorter}”`,
  tryWithoutFilters: 'the same search without filters',
  tryNames: 'a person’s or place’s name, such as 孙大军 or 离石',
  searchFailed: (reason: string) =>
    `The search failed (${reason}). Try again; if it keeps failing, restart the browser.`,
  retry: 'Try again',
  // Archive loading
  archivePhase: (phase: string): string =>
    (
      ({
        fetch: 'Reading the bundled front pages',
        index: 'Checking what is installed',
        editions: 'Storing the editions',
        articles: 'Storing the articles',
        entities: 'Storing people, places and topics',
        postings: 'Building the search index',
        'search-index': 'Building the search index',
        finalize: 'Finishing',
      }) as Record<string, string>
    )[phase] ?? 'Starting',
  archiveProgressLabel: 'Archive preparation',
  archiveWaiting:
    'Your search runs as soon as the archive is ready. This happens once, after installing or updating.',
  archiveErrorHelp:
    'Restart the browser to load it again. If it keeps failing, remove and reinstall the extension; your settings are kept.',
  archiveStorageFull: 'There is not enough disk space to store the archive.',
  archiveStorageFullHelp:
    'Free some space on this computer (or clear other sites’ data in the browser settings). The archive is stored automatically as soon as it fits; there is no need to reinstall.',
  archiveRepairing: 'The stored archive was damaged or deleted and is being restored…',
  archiveRepairingHelp: 'Search works again once this finishes; your settings and saved articles are kept.',
  backgroundSilent: 'The extension is not answering. Close this and open it again, or restart the browser.',
  // Side panel
  back: 'Back',
  backTo: 'Back to the previous view',
  panelNav: 'Side panel views',
  panelSearch: 'Search',
  loading: 'Loading…',
  loadFailed: (reason: string) => `Could not load this (${reason}).`,
  entityNotFound: (name: string) => `“${name}” is not in the archive.`,
  searchArticlesFor: (name: string) => `Search the articles for “${name}”`,
  alsoWritten: (names: string) => `Also written ${names}`,
  posts: 'Posts held',
  postsNone: 'No posts recorded in the archive.',
  timelineTitle: 'Timeline',
  timelineDescription: (posts: number, articles: number, from: string, to: string) =>
    `${posts === 1 ? '1 post' : `${posts} posts`} and ${articles === 1 ? '1 article' : `${articles} articles`}, ${from} to ${to}. Each bar is a post; each dot an article.`,
  timelineArticles: 'Articles',
  monthlyTitle: 'Mentions per month',
  monthlyTitleYearly: 'Mentions per year',
  monthlyDescription: (total: number, periods: number, peak: string, peakCount: number) =>
    `${total === 1 ? '1 article' : `${total} articles`} over ${periods} periods; most in ${peak} (${peakCount}).`,
  articlesTitle: 'Articles',
  sortNewest: 'Newest first',
  sortOldest: 'Oldest first',
  sortLabel: 'Order',
  coPeopleTitle: 'Appears most with',
  coPeopleCount: (n: number) => (n === 1 ? 'in 1 shared article' : `in ${n} shared articles`),
  readerPage: (page: number) => `Page ${page}`,
  readerPublished: (date: string) => `Published ${date}`,
  readerDateline: (date: string) => `Dateline ${date}`,
  readerReporters: (names: string) => `Reporters: ${names}`,
  readerPhotographers: (names: string) => `Photos: ${names}`,
  readerSource: (source: string) => `Source: ${source}`,
  readerContinued: (where: string) => `Continued on ${where} (not in the archive)`,
  readerEntities: 'In this article',
  articleNotFound:
    'This article is not in the archive; it may have left with an archive update. Search for its title instead.',
  relatedTitle: 'Related articles',
  relatedReason: (reason: string) => `Shared: ${reason}`,
  relatedNone: 'No related articles in the archive.',
  pageEntitiesTitle: 'Named on this page',
  pageRelatedTitle: 'From the archive',
  pageNoEntities: 'No people, places or topics from the archive were found on this page.',
  pageContextPending:
    'The list of names on this page is not available from this page yet. Hover a highlighted name on the page to see its card, or search above.',
  pageOpenNews: 'Open a news page about Lüliang to see what the archive knows about it.',
  pageEntitiesMore: (n: number) => `and ${n} more`,
  openFailed: (reason: string) =>
    `The side panel could not be opened (${reason}). Use the toolbar’s side panel button instead.`,
  contextMenuSearch: 'Search the Lüliang archive for “%s”',
  openArticle: (title: string) => `Open “${title}”`,
  openEntity: (name: string) => `Open the timeline of ${name}`,
  manageArchive: 'Import pages, export, manage the archive',
  // Saving web articles
  saveArticle: 'Save this article to the archive',
  saving: 'Saving…',
  savedArticle: (title: string) => `Saved to the archive: ${title}`,
  savedAlready: (title: string) => `Already in the archive: ${title}`,
  saveFailed: (reason: string) => `This page could not be saved (${reason}).`,
  saveNoArticle: 'No article text was found on this page.',
  saveNotAPage: 'Only web pages (http and https) can be saved.',
  saveNoScript:
    'The page does not answer: reload it (it was opened before the extension was installed or updated) and try again.',
  saveEdition: (page: number, section: string | null) =>
    section ? `Page ${page} · ${section}` : `Page ${page}`,
  openSaved: 'Open it in the side panel',
  savedBadge: 'Saved',
  contextMenuSave: 'Save this article to the Lüliang archive',
  // Posts and succession, honest spans, the coverage line
  spanNote:
    'Dates are first and last printing in the archive, not a term of office; … marks an end the archive cannot see past.',
  spanOpenStart: 'the archive cannot see earlier',
  spanOpenEnd: 'the archive cannot see later',
  spanPrintings: (n: number) => (n === 1 ? '1 article' : `${n} articles`),
  spanMore: (n: number) => `and ${n} earlier`,
  spanArticlesOf: (name: string, span: string) => `Articles printing ${name}, ${span}`,
  postBefore: (name: string, date: string) => `Before, in the archive: ${name} (last printed ${date})`,
  postAfter: (name: string, date: string) => `After, in the archive: ${name} (first printed ${date})`,
  postNoneBefore: 'nobody printed in it before',
  postNoneAfter: 'nobody printed in it after',
  postOpen: (title: string) => `${title}: before / after in the archive →`,
  postPlural: 'Several people hold this post at once: no succession is read from it.',
  postDisagree: (printed: string, name: string, date: string) =>
    `This page calls ${name} ${printed}. On ${date} the archive prints someone else as ${printed}:`,
  postDisagreeOwn: (posts: string) => `The archive has ${posts} for this person then.`,
  postDisagreeLast: (posts: string) => `The archive last printed this person as ${posts} before then.`,
  postViewHeading: (title: string) => `${title}: holders in the archive`,
  postHolders: 'Holders, as printed',
  postAxis: (title: string, from: string, to: string) => `${title}, holders from ${from} to ${to}`,
  postGaps: 'Gaps',
  postGapNoIssue: (from: string, to: string) => `${from} – ${to}: the archive holds no issue`,
  postGapNobody: (from: string, to: string, n: number) =>
    `${from} – ${to}: ${n === 1 ? '1 issue prints' : `${n} issues print`} nobody in this post`,
  postNotFound: (title: string) => `The archive prints nobody as ${title}.`,
  postOnDuring: (date: string) => `Printed in this post around ${date}:`,
  postOnNobody: (date: string) => `Nobody is printed in this post around ${date}.`,
  postOnBefore: (name: string, date: string) => `Last before: ${name} (${date})`,
  postOnAfter: (name: string, date: string) => `First after: ${name} (${date})`,
  postAnswerTitle: (title: string) => `Post: ${title}`,
  postAnswerOpen: 'Open the post view',
  postPersonTitle: 'Posts as printed',
  coverageTitle: 'What the archive holds',
  coverageLine: (c: Coverage) => {
    if (!c.first || !c.last) return 'The archive holds no dated issue.';
    const pages = c.frontPagesOnly
      ? `${c.pages} front page${c.pages === 1 ? '' : 's'}`
      : `${c.pages} page${c.pages === 1 ? '' : 's'} on ${c.days} day${c.days === 1 ? '' : 's'}`;
    const span = c.first === c.last ? c.first : `${c.first} … ${c.last}`;
    const gaps = [...c.gaps]
      .sort((a, b) => (a.after < b.after ? -1 : 1))
      .slice(0, 3)
      .map((g) => `${g.after.slice(0, 7)} and ${g.before.slice(0, 7)}`);
    const more = c.gaps.length > 3 ? ` (and ${c.gaps.length - 3} more gaps)` : '';
    return gaps.length
      ? `${pages}, ${span}; nothing between ${gaps.join(', ')}${more}.`
      : `${pages}, ${span}.`;
  },
  coverageNotAbsence: 'Not in the archive does not mean it did not happen.',
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
  pageNotRead: '此处已停用：不读取本页。',
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
  cardPerson: '人物',
  cardPlace: '地点',
  cardOrganization: '机构',
  cardTopic: '专题',
  cardPosts: '职务',
  cardHeldOn: (date: string) => `${date} 时任`,
  cardLastHeldBefore: (date: string) => `${date} 前最后所任`,
  cardCounty: (county: string) => `所属县（市、区）：${county}`,
  cardLastSeen: (date: string) => `档案中最近出现：${date}`,
  cardArticles: (n: number) => `档案中 ${n} 篇报道`,
  cardMentionsOverTime: '每月报道数',
  cardRelated: '相关报道',
  cardTimeline: '时间线',
  cardClose: '关闭',
  cardLoading: '加载中…',
  cardError: '卡片加载失败。',
  // 搜索（弹出窗口和侧边栏）
  searchPlaceholder: '人名、地名、专题或关键词…',
  searchHint: '输入人名、地名或报道中的词语。↑ ↓ 选择，回车在侧边栏中打开。',
  searchHintPanel: '输入人名、地名或报道中的词语。↑ ↓ 选择，回车打开。',
  searching: '正在搜索…',
  refining: '正在优化结果…',
  resultsEntities: '人物、地点与专题',
  resultsArticles: (shown: number, total: number) =>
    shown < total ? `报道（共 ${total} 篇，显示 ${shown} 篇）` : `报道（${total} 篇）`,
  resultsCount: (n: number) => `${n} 条结果`,
  articleCount: (n: number) => `${n} 篇报道`,
  filtersLabel: '筛选',
  filterFrom: '起始年份',
  filterTo: '截止年份',
  filterAnyYear: '不限',
  filterKind: '体裁',
  filterAnyKind: '全部体裁',
  clearFilters: '清除筛选',
  kindNews: '消息',
  kindFeature: '通讯',
  kindCommentary: '评论',
  kindPhoto: '图片',
  kindSaved: '网页收藏',
  noResults: (query: string) => `没有找到“${query}”的结果`,
  noResultsFiltered: (query: string) => `在当前筛选条件下没有找到“${query}”的结果`,
  noArticles: (query: string) => `没有找到“${query}”的报道`,
  noArticlesFiltered: (query: string) => `在当前筛选条件下没有找到“${query}”的报道`,
  tryLabel: '试试：',
  tryShorter: (shorter: string) => `更短的关键词“${shorter}”`,
  tryWithoutFilters: '去掉筛选条件再搜索',
  tryNames: '人名或地名，例如 孙大军、离石',
  searchFailed: (reason: string) => `搜索失败（${reason}）。请重试；如仍失败，请重启浏览器。`,
  retry: '重试',
  // 档案加载
  archivePhase: (phase: string): string =>
    (
      ({
        fetch: '正在读取内置版面',
        index: '正在检查已安装的档案',
        editions: '正在存储版面',
        articles: '正在存储报道',
        entities: '正在存储人物、地点和专题',
        postings: '正在建立搜索索引',
        'search-index': '正在建立搜索索引',
        finalize: '即将完成',
      }) as Record<string, string>
    )[phase] ?? '正在启动',
  archiveProgressLabel: '档案准备进度',
  archiveWaiting: '档案就绪后会自动搜索。只在安装或更新后进行一次。',
  archiveErrorHelp: '请重启浏览器重新加载。如仍失败，请移除并重新安装扩展（设置会保留）。',
  archiveStorageFull: '磁盘空间不足，无法存储档案。',
  archiveStorageFullHelp:
    '请清理本机的磁盘空间（或在浏览器设置中清除其他网站的数据）。空间足够后档案会自动存储，无需重新安装扩展。',
  archiveRepairing: '已存储的档案已损坏或被删除，正在恢复…',
  archiveRepairingHelp: '恢复完成后即可再次搜索；设置和已保存的文章会保留。',
  backgroundSilent: '扩展没有响应。请关闭后重新打开，或重启浏览器。',
  // 侧边栏
  back: '返回',
  backTo: '返回上一视图',
  panelNav: '侧边栏视图',
  panelSearch: '搜索',
  loading: '正在加载…',
  loadFailed: (reason: string) => `加载失败（${reason}）。`,
  entityNotFound: (name: string) => `档案中没有“${name}”。`,
  searchArticlesFor: (name: string) => `在报道中搜索“${name}”`,
  alsoWritten: (names: string) => `又作 ${names}`,
  posts: '担任职务',
  postsNone: '档案中没有职务记录。',
  timelineTitle: '时间线',
  timelineDescription: (posts: number, articles: number, from: string, to: string) =>
    `${from} 至 ${to}：${posts} 个职务、${articles} 篇报道。横条表示职务，圆点表示报道。`,
  timelineArticles: '报道',
  monthlyTitle: '每月报道数',
  monthlyTitleYearly: '每年报道数',
  monthlyDescription: (total: number, periods: number, peak: string, peakCount: number) =>
    `${periods} 个时段共 ${total} 篇报道；最多在 ${peak}（${peakCount} 篇）。`,
  articlesTitle: '报道',
  sortNewest: '最新在前',
  sortOldest: '最早在前',
  sortLabel: '排序',
  coPeopleTitle: '最常一同出现',
  coPeopleCount: (n: number) => `同见于 ${n} 篇报道`,
  readerPage: (page: number) => `第 ${page} 版`,
  readerPublished: (date: string) => `${date} 出版`,
  readerDateline: (date: string) => `电头日期 ${date}`,
  readerReporters: (names: string) => `记者：${names}`,
  readerPhotographers: (names: string) => `摄影：${names}`,
  readerSource: (source: string) => `来源：${source}`,
  readerContinued: (where: string) => `转${where}（未收入档案）`,
  readerEntities: '本文涉及',
  articleNotFound: '档案中没有这篇报道，可能已随档案更新移除。请搜索它的标题。',
  relatedTitle: '相关报道',
  relatedReason: (reason: string) => `关联：${reason}`,
  relatedNone: '档案中没有相关报道。',
  pageEntitiesTitle: '本页提到',
  pageRelatedTitle: '档案中的相关报道',
  pageNoEntities: '本页没有找到档案中的人物、地点或专题。',
  pageContextPending:
    '暂时无法从本页获取提到的名称列表。将鼠标悬停在页面上标注的名称上可查看卡片，或在上方搜索。',
  pageOpenNews: '打开一篇有关吕梁的新闻网页，查看档案中的相关内容。',
  pageEntitiesMore: (n: number) => `等 ${n} 个`,
  openFailed: (reason: string) => `无法打开侧边栏（${reason}）。请使用工具栏中的侧边栏按钮。`,
  contextMenuSearch: '在吕梁档案中搜索“%s”',
  openArticle: (title: string) => `打开《${title}》`,
  openEntity: (name: string) => `打开 ${name} 的时间线`,
  manageArchive: '导入版面、导出、管理档案',
  // 保存网页文章
  saveArticle: '将本文保存到档案',
  saving: '正在保存…',
  savedArticle: (title: string) => `已保存到档案：${title}`,
  savedAlready: (title: string) => `已在档案中：${title}`,
  saveFailed: (reason: string) => `无法保存此网页（${reason}）。`,
  saveNoArticle: '此网页上没有找到文章正文。',
  saveNotAPage: '只能保存网页（http 和 https）。',
  saveNoScript: '网页没有响应：请刷新页面（它在扩展安装或更新之前打开）后重试。',
  saveEdition: (page: number, section: string | null) =>
    section ? `第 ${page} 版 · ${section}` : `第 ${page} 版`,
  openSaved: '在侧边栏中打开',
  savedBadge: '已收藏',
  contextMenuSave: '将本文保存到吕梁档案',
  // 职务与任职、如实的跨度、档案覆盖范围
  spanNote: '日期是档案中首次与最后一次见报，不是任期；… 表示档案在此之外没有可查的报纸。',
  spanOpenStart: '档案看不到更早的情况',
  spanOpenEnd: '档案看不到之后的情况',
  spanPrintings: (n: number) => `${n} 篇报道`,
  spanMore: (n: number) => `另有更早的 ${n} 篇`,
  spanArticlesOf: (name: string, span: string) => `刊载 ${name} 的报道，${span}`,
  postBefore: (name: string, date: string) => `档案中的前任：${name}（最后见报 ${date}）`,
  postAfter: (name: string, date: string) => `档案中的后任：${name}（首次见报 ${date}）`,
  postNoneBefore: '档案中此前无人见报',
  postNoneAfter: '档案中此后无人见报',
  postOpen: (title: string) => `${title}：档案中的前后任 →`,
  postPlural: '此职务同时由多人担任，不从中推断前后任。',
  postDisagree: (printed: string, name: string, date: string) =>
    `本页称 ${name} 为${printed}。而档案中 ${date} 前后见报的${printed}是另一人：`,
  postDisagreeOwn: (posts: string) => `档案中此人当时的职务是${posts}。`,
  postDisagreeLast: (posts: string) => `档案中此人此前最后见报的职务是${posts}。`,
  postViewHeading: (title: string) => `${title}：档案中的任职者`,
  postHolders: '任职者（按见报）',
  postAxis: (title: string, from: string, to: string) => `${title}，${from} 至 ${to} 的任职者`,
  postGaps: '空档',
  postGapNoIssue: (from: string, to: string) => `${from} – ${to}：档案中没有这段时间的报纸`,
  postGapNobody: (from: string, to: string, n: number) =>
    `${from} – ${to}：有 ${n} 期报纸，未见此职务的任职者`,
  postNotFound: (title: string) => `档案中没有见报的${title}。`,
  postOnDuring: (date: string) => `${date} 前后见报的任职者：`,
  postOnNobody: (date: string) => `档案中 ${date} 前后没有此职务的任职者见报。`,
  postOnBefore: (name: string, date: string) => `此前最后见报：${name}（${date}）`,
  postOnAfter: (name: string, date: string) => `此后首次见报：${name}（${date}）`,
  postAnswerTitle: (title: string) => `职务：${title}`,
  postAnswerOpen: '打开职务视图',
  postPersonTitle: '职务（按见报）',
  coverageTitle: '档案收录范围',
  coverageLine: (c: Coverage) => {
    if (!c.first || !c.last) return '档案中没有带日期的报纸。';
    const pages = c.frontPagesOnly ? `${c.pages} 个头版` : `${c.days} 天的 ${c.pages} 个版面`;
    const span = c.first === c.last ? c.first : `${c.first} … ${c.last}`;
    const gaps = [...c.gaps]
      .sort((a, b) => (a.after < b.after ? -1 : 1))
      .slice(0, 3)
      .map((g) => `${g.after.slice(0, 7)} 至 ${g.before.slice(0, 7)}`);
    const more = c.gaps.length > 3 ? `（另有 ${c.gaps.length - 3} 处空缺）` : '';
    return gaps.length
      ? `${pages}，${span}；${gaps.join('、')} 之间没有报纸${more}。`
      : `${pages}，${span}。`;
  },
  coverageNotAbsence: '档案中没有，不等于没有发生。',
};

export type Lang = 'zh' | 'en';

export function detectLang(language: string | undefined = globalThis.navigator?.language): Lang {
  return language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function messages(lang: Lang = detectLang()): Messages {
  return lang === 'zh' ? zh : en;
}
