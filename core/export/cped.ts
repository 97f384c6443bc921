/**
 * A person's career spells as CSV in the column layout of CPED (the Chinese Political Elite Database), so a
 * researcher can join it with theirs: 姓名, 经历序号, 起始时间, 终止时间, 地方一级/二级/三级, 职务一级, 具体职务,
 * 备注. Unlike CPED's, the dates are the first and last time the paper printed the post, not the tenure; the
 * last column says so on every row, and 备注 lists the supporting articles' ids.
 */
import { OPEN_ENDS, spansInOrder, unlisted, type CareerSpan } from '../cite/career';
import { toCsv } from './csv';
import { organizationOfPost, placeOfPost } from './places';

export const CPED_COLUMNS = [
  '姓名',
  '经历序号',
  '起始时间',
  '终止时间',
  '地方一级',
  '地方二级',
  '地方三级',
  '职务一级',
  '具体职务',
  '备注',
  '时间口径',
] as const;

export const PRINTING_DATES = '首次/末次见报日期（吕梁日报档案），非任职起止日期';

/** 备注: the post as printed, the open ends, and the supporting articles (the newest, when there are many). */
function remark(span: CareerSpan): string {
  const ids = [...new Set(span.articles)];
  const more = unlisted(span);
  const open = [span.openStart ? OPEN_ENDS.zh.start : '', span.openEnd ? OPEN_ENDS.zh.end : ''].filter(
    Boolean,
  );
  return [
    `具体职务见报为“${span.title}”`,
    ...open,
    `见报文章${more > 0 ? `（最新 ${ids.length} 篇，共 ${ids.length + more} 篇）` : ''}：${ids.join('；')}`,
  ].join('；');
}

export function cpedRows(name: string, spans: readonly CareerSpan[]): string[][] {
  return spansInOrder(spans).map((span, i) => {
    const place = placeOfPost(span);
    return [
      name,
      String(i + 1),
      span.first,
      span.last,
      place.province,
      place.city,
      place.county,
      organizationOfPost(span),
      span.office ?? span.title,
      remark(span),
      PRINTING_DATES,
    ];
  });
}

export function cpedCsv(name: string, spans: readonly CareerSpan[]): string {
  return toCsv(CPED_COLUMNS, cpedRows(name, spans));
}
