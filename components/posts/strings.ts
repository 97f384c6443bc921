/**
 * Strings of the post view, post answers in search and the coverage line, in Chinese and English: extension
 * pages only, kept out of components/i18n.ts so the content script (which carries that table for the hover
 * card) stays within its size budget.
 */
import type { Coverage } from '@/core/coverage';
import { detectLang, type Lang } from '../i18n';

const en = {
  postNoneBefore: 'nobody printed in it before',
  postNoneAfter: 'nobody printed in it after',
  postPlural: 'Several people hold this post at once: no succession is read from it.',
  postViewHeading: (title: string) => `${title}: holders in the archive`,
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

const zh: typeof en = {
  postNoneBefore: '档案中此前无人见报',
  postNoneAfter: '档案中此后无人见报',
  postPlural: '此职务同时由多人担任，不从中推断前后任。',
  postViewHeading: (title: string) => `${title}：档案中的任职者`,
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

export function postMessages(lang: Lang = detectLang()): typeof en {
  return lang === 'zh' ? zh : en;
}
