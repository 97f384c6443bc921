/**
 * Strings of the options page's Archive section (import, additions, export, reset), in Chinese and English.
 * Apart from components/i18n.ts because only the options page shows them: the content script, which carries
 * the shared table for the hover card, stays within its size budget.
 */
import { MAX_PAGE_BYTES, type PageErrorCode } from '@/core/parse';
import { detectLang, messages, type Lang } from '../i18n';

const LIMIT_MB = MAX_PAGE_BYTES / (1024 * 1024);

/** A file left out of an import, by the code core gives it (the CLI prints core's English message). */
type FileErrorText = Record<PageErrorCode, (file: string) => string>;

const en = {
  archiveTitle: 'Archive',
  archiveHolds: (articles: number, editions: number) =>
    `The archive holds ${articles === 1 ? '1 article' : `${articles} articles`} from ${editions === 1 ? '1 page' : `${editions} pages`}.`,
  archiveLocal: 'Everything you add stays in this browser.',
  importTitle: 'Import front pages',
  importHelp:
    'Text files of front pages in the format of the bundled pages (text as extracted from the printed paper), in UTF-8, GB18030/GBK or UTF-16. Each page’s date comes from a manifest.json picked with it, from its file name (2021-08-11 or 20210811), or from the date you give below.',
  importPickFiles: 'Add files',
  importPickFolder: 'Add a folder',
  importReading: 'Reading the files…',
  importDateLabel: 'Date for pages without one',
  importNeedsDate: (files: string) => `Give a date for: ${files}`,
  importPreviewTitle: (pages: number, articles: number) =>
    `Preview: ${articles === 1 ? '1 article' : `${articles} articles`} on ${pages === 1 ? '1 page' : `${pages} pages`}`,
  importNothingReady: 'No page is ready to import.',
  importPreviewProgress: 'Preview progress',
  importParsing: (parsed: number, total: number) => `Reading page ${parsed} of ${total}…`,
  importPageWhere: (date: string, page: number) => `${date}, page ${page}`,
  importDateFrom: (source: string): string =>
    (
      ({
        manifest: 'date from manifest.json',
        'file-name': 'date from the file name',
        form: 'date from the form',
      }) as Record<string, string>
    )[source] ?? '',
  importNoArticles: 'No articles found on this page.',
  importNoHeadline: 'no printed headline',
  importWarnings: (n: number) => (n === 1 ? '1 warning' : `${n} warnings`),
  importConfirm: (n: number) => (n === 1 ? 'Import 1 page' : `Import ${n} pages`),
  importCancel: 'Cancel',
  importStop: 'Stop the import',
  importStopping: 'Stopping…',
  importProgressLabel: 'Import progress',
  importPhase: (phase: string, pages: number): string =>
    (
      ({
        'import-parse': `Reading the articles of ${pages === 1 ? '1 page' : `${pages} pages`}`,
        'import-entities': 'Finding people, places and topics',
        'import-index': 'Adding to the search index',
        'import-write': 'Writing the new archive',
      }) as Record<string, string>
    )[phase] ?? 'Starting',
  importRunningNote: 'The archive keeps answering as it was until the import is complete.',
  importDone: (added: number, skipped: number, articles: number) =>
    `Imported ${added === 1 ? '1 page' : `${added} pages`} (${articles === 1 ? '1 article' : `${articles} articles`})` +
    (skipped > 0 ? `; ${skipped === 1 ? '1 was' : `${skipped} were`} already in the archive.` : '.'),
  importCancelled: 'Import stopped: the archive is as it was.',
  importFailed: (reason: string) =>
    `The import did not finish here (${reason}). The archive kept answering as it was meanwhile.`,
  importSettling: 'Waiting for the archive…',
  importSettled:
    'The archive answers again. An import cut off by a restart of the extension is completed when it starts again: the list below shows what the archive now holds.',
  importAnother: 'Import more',
  fileErrorsTitle: (n: number) => (n === 1 ? '1 file not imported:' : `${n} files not imported:`),
  additionsTitle: 'Your additions',
  additionsEmpty: 'Nothing added yet: the archive is the bundled front pages.',
  additionPage: 'Imported page',
  additionAdded: (date: string) => `added ${date}`,
  remove: 'Remove',
  removing: 'Removing…',
  removeAddition: (label: string) => `Remove “${label}” from the archive`,
  removeFailed: (label: string, reason: string) => `“${label}” could not be removed (${reason}).`,
  exportTitle: 'Export and reset',
  exportHelp:
    'Export writes the whole archive (bundled, imported and saved) and your notes as one archive JSON file to your downloads; nothing is sent anywhere. Importing such a file adds what it has that the archive lacks.',
  exportButton: 'Export the archive',
  exporting: 'Exporting…',
  exportDone: (file: string) => `Saved as ${file}.`,
  exportFailed: (reason: string) => `The export failed (${reason}).`,
  reimportButton: 'Import an exported archive',
  reimportFailed: (file: string, reason: string) => `${file} could not be imported (${reason}).`,
  resetButton: 'Reset to the bundled archive…',
  resetQuestion: (n: number) =>
    `Remove ${n === 1 ? 'your 1 addition' : `all ${n} of your additions`} (imported pages and saved articles)? This cannot be undone; export first to keep a copy.`,
  resetYes: 'Remove my additions',
  resetNothing: 'Nothing to reset.',
  resetting: 'Resetting…',
  resetDone: (n: number) =>
    n === 1
      ? '1 addition removed: back to the bundled archive.'
      : `${n} additions removed: back to the bundled archive.`,
  resetFailed: (reason: string) => `The reset failed (${reason}); nothing was removed.`,
  // Notes
  resetKeepsNotes: 'Your notes are kept.',
  importNotesDone: (added: number, updated: number) =>
    `Notes: ${added} added, ${updated} replaced by newer ones from the file.`,
  notesClearButton: 'Delete all notes…',
  notesClearQuestion: (n: number) =>
    `Delete ${n === 1 ? 'your 1 note' : `all ${n} of your notes`}? This cannot be undone; export first to keep a copy. The archive and your additions stay as they are.`,
  notesClearYes: 'Delete my notes',
  notesClearNone: 'No notes to delete.',
  notesClearing: 'Deleting notes…',
  notesClearDone: (n: number) => (n === 1 ? '1 note deleted.' : `${n} notes deleted.`),
  notesClearFailed: (reason: string) => `The notes could not be deleted (${reason}); none was.`,
  // Per-file import errors, by code
  fileError: {
    'too-large': (file) => `${file}: larger than ${LIMIT_MB} MB, the limit for one page`,
    binary: (file) => `${file}: not a text file (a binary file, an image or a document)`,
    encoding: (file) => `${file}: the text could not be decoded (not UTF-8, GB18030/GBK or UTF-16)`,
    empty: (file) => `${file}: the file is empty`,
    html: (file) => `${file}: a web page (HTML), not text extracted from a printed page`,
    'no-markers': (file) =>
      `${file}: no article markers (本报讯, 新华社…电, □ 本报记者, 本报评论员 or a photo credit 记者 … 摄)`,
    'no-articles': (file) => `${file}: no article was found on the page`,
    'no-date': (file) => `${file}: no date (not in a manifest, not in the file name, none given in the form)`,
    'bad-entry': (file) => `${file}: its entry in manifest.json is incomplete or wrong`,
    'missing-file': (file) => `${file}: listed in manifest.json but not picked`,
    'duplicate-edition': (file) => `${file}: the same date and page as another file or a page of the archive`,
    internal: (file) => `${file}: the page could not be read`,
  } satisfies FileErrorText as FileErrorText,
};

const zh: typeof en = {
  archiveTitle: '档案',
  archiveHolds: (articles: number, editions: number) => `档案共有 ${editions} 个版面的 ${articles} 篇报道。`,
  archiveLocal: '你添加的内容只保存在本浏览器中。',
  importTitle: '导入版面',
  importHelp:
    '与内置版面格式相同的头版文本文件（从印刷版面提取的文字），编码可为 UTF-8、GB18030/GBK 或 UTF-16。每个版面的日期取自一同选择的 manifest.json、文件名（2021-08-11 或 20210811），或下方填写的日期。',
  importPickFiles: '添加文件',
  importPickFolder: '添加文件夹',
  importReading: '正在读取文件…',
  importDateLabel: '无日期版面的日期',
  importNeedsDate: (files: string) => `请为以下文件填写日期：${files}`,
  importPreviewTitle: (pages: number, articles: number) => `预览：${pages} 个版面，${articles} 篇报道`,
  importNothingReady: '没有可导入的版面。',
  importPreviewProgress: '预览进度',
  importParsing: (parsed: number, total: number) => `正在读取第 ${parsed} / ${total} 个版面…`,
  importPageWhere: (date: string, page: number) => `${date} 第 ${page} 版`,
  importDateFrom: (source: string): string =>
    (
      ({
        manifest: '日期取自 manifest.json',
        'file-name': '日期取自文件名',
        form: '日期取自填写',
      }) as Record<string, string>
    )[source] ?? '',
  importNoArticles: '此版面未找到报道。',
  importNoHeadline: '无印刷标题',
  importWarnings: (n: number) => `${n} 条提示`,
  importConfirm: (n: number) => `导入 ${n} 个版面`,
  importCancel: '取消',
  importStop: '停止导入',
  importStopping: '正在停止…',
  importProgressLabel: '导入进度',
  importPhase: (phase: string, pages: number): string =>
    (
      ({
        'import-parse': `正在解析 ${pages} 个版面的报道`,
        'import-entities': '正在识别人物、地点和专题',
        'import-index': '正在加入搜索索引',
        'import-write': '正在写入新档案',
      }) as Record<string, string>
    )[phase] ?? '正在启动',
  importRunningNote: '导入完成前，档案仍按原样提供查询。',
  importDone: (added: number, skipped: number, articles: number) =>
    `已导入 ${added} 个版面（${articles} 篇报道）` + (skipped > 0 ? `；${skipped} 个版面已在档案中。` : '。'),
  importCancelled: '导入已停止，档案保持原样。',
  importFailed: (reason: string) => `导入未在此完成（${reason}）。期间档案一直按原样提供查询。`,
  importSettling: '正在等待档案…',
  importSettled: '档案已恢复响应。因扩展重启而中断的导入会在扩展再次启动时完成，下方列表显示档案现有的内容。',
  importAnother: '继续导入',
  fileErrorsTitle: (n: number) => `${n} 个文件未导入：`,
  additionsTitle: '你添加的内容',
  additionsEmpty: '尚未添加任何内容：档案为内置版面。',
  additionPage: '导入的版面',
  additionAdded: (date: string) => `添加于 ${date}`,
  remove: '移除',
  removing: '正在移除…',
  removeAddition: (label: string) => `从档案中移除“${label}”`,
  removeFailed: (label: string, reason: string) => `无法移除“${label}”（${reason}）。`,
  exportTitle: '导出与重置',
  exportHelp:
    '导出会把整个档案（内置、导入和收藏的内容）和你的笔记保存为一个档案 JSON 文件到下载目录，不会发送到任何地方。导入这样的文件会补入档案中没有的内容。',
  exportButton: '导出档案',
  exporting: '正在导出…',
  exportDone: (file: string) => `已保存为 ${file}。`,
  exportFailed: (reason: string) => `导出失败（${reason}）。`,
  reimportButton: '导入已导出的档案',
  reimportFailed: (file: string, reason: string) => `无法导入 ${file}（${reason}）。`,
  resetButton: '恢复为内置档案…',
  resetQuestion: (n: number) =>
    `移除你添加的全部 ${n} 项内容（导入的版面和收藏的文章）？此操作无法撤销，可先导出保留副本。`,
  resetYes: '移除我添加的内容',
  resetNothing: '没有可重置的内容。',
  resetting: '正在重置…',
  resetDone: (n: number) => `已移除 ${n} 项内容，档案恢复为内置版面。`,
  resetFailed: (reason: string) => `重置失败（${reason}），未移除任何内容。`,
  // Notes
  resetKeepsNotes: '你的笔记会保留。',
  importNotesDone: (added: number, updated: number) =>
    `笔记：新增 ${added} 条，${updated} 条由文件中更新的版本替换。`,
  notesClearButton: '删除全部笔记…',
  notesClearQuestion: (n: number) =>
    `删除你的全部 ${n} 条笔记？此操作无法撤销，如需保留请先导出。档案和你添加的内容不受影响。`,
  notesClearYes: '删除我的笔记',
  notesClearNone: '没有可删除的笔记。',
  notesClearing: '正在删除笔记…',
  notesClearDone: (n: number) => `已删除 ${n} 条笔记。`,
  notesClearFailed: (reason: string) => `笔记未能删除（${reason}），一条也没有删。`,
  // Per-file import errors, by code
  fileError: {
    'too-large': (file) => `${file}：超过 ${LIMIT_MB} MB（单个版面的上限）`,
    binary: (file) => `${file}：不是文本文件（二进制文件、图片或文档）`,
    encoding: (file) => `${file}：无法识别文字编码（不是 UTF-8、GB18030/GBK 或 UTF-16）`,
    empty: (file) => `${file}：文件为空`,
    html: (file) => `${file}：这是网页（HTML），不是从报纸版面提取的文本`,
    'no-markers': (file) =>
      `${file}：找不到文章标记（本报讯、新华社…电、□ 本报记者、本报评论员或“记者 … 摄”）`,
    'no-articles': (file) => `${file}：版面上没有找到文章`,
    'no-date': (file) => `${file}：没有日期（manifest.json 和文件名中都没有，表单中也未填写）`,
    'bad-entry': (file) => `${file}：manifest.json 中的条目不完整或有误`,
    'missing-file': (file) => `${file}：manifest.json 列出了该文件，但未选中`,
    'duplicate-edition': (file) => `${file}：与另一文件或档案中的版面日期、版次相同`,
    internal: (file) => `${file}：无法读取该版面`,
  },
};

export function archiveMessages(lang: Lang = detectLang()): typeof en {
  return lang === 'zh' ? zh : en;
}

/** The shared strings and the Archive section's, for the section's components. */
export function optionsMessages(lang: Lang = detectLang()) {
  return { ...messages(lang), ...archiveMessages(lang) };
}
