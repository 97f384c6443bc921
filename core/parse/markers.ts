/**
 * Article markers: the printed conventions that open an article.
 *  - `本报讯（记者 李雅萍 罗丽） 5月 9日，…` and `本报讯 5月 7日，…` (local news, byline in brackets or at the end)
 *  - `新华社北京 4月 10日电 …` (agency dispatch)
 *  - `□ 本报记者 穆佳妮` followed by `通 讯 员 薛番彦` (feature byline on its own lines)
 *  - `□ 本报评论员` (commentary)
 */
import { parseNames, ROLE } from './bylines';
import { matchLeadingDate, type MonthDay } from './dateline';

export type MarkerKind = 'local-dispatch' | 'agency-dispatch' | 'feature-byline' | 'commentary';

const LOCAL_DISPATCH = /^本报(?:讯|[\p{Script=Han}]{0,6}\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电讯])/u;
const AGENCY_DISPATCH = /^(新华社|中新社)[\p{Script=Han}]{0,8}?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*电/u;
const BOX = /^[□■◇◆○●]\s*/u;
const COMMENTARY = /^[□■◇◆○●]?\s*本报(?:特约)?评论员\s*$/u;

/** The marker a line opens with, if any. */
export function markerKindOf(text: string): MarkerKind | null {
  const line = text.trim();
  if (LOCAL_DISPATCH.test(line)) return 'local-dispatch';
  if (AGENCY_DISPATCH.test(line)) return 'agency-dispatch';
  if (COMMENTARY.test(line)) return 'commentary';
  if (BOX.test(line) && ROLE.test(line.replace(BOX, ''))) return 'feature-byline';
  return null;
}

/** The start of a dispatch marker that a narrow column wraps before its 电 or 讯 (`新华社北京 4月 10日` / `电 …`). */
const DISPATCH_START =
  /^(?:新华社|中新社|本报)[\p{Script=Han}]{0,8}?(?:\s*\d{1,2}(?:\s*月(?:\s*\d{1,2}\s*日?)?)?)?$/u;

/** The marker of a line that holds only the wrapped start of a dispatch marker, completed by the next line. */
export function markerWrappedOf(text: string, next: string | undefined): MarkerKind | null {
  const line = text.trim();
  if (next === undefined || !DISPATCH_START.test(line)) return null;
  const kind = markerKindOf(`${line}${next.trim()}`);
  return kind === 'agency-dispatch' || kind === 'local-dispatch' ? kind : null;
}

/** A line holding only a role and names (`通 讯 员 薛番彦`), continuing a feature byline. */
export function bylineLineNames(text: string): string[] | null {
  const line = text.trim().replace(BOX, '');
  if (!ROLE.test(line)) return null;
  const names = parseNames(line);
  return names !== null && names.length > 0 ? names : null;
}

export interface DispatchLead {
  source: string;
  reporters: string[];
  dateline: MonthDay | null;
  /** Place of an agency dateline (`北京`), or null. */
  place: string | null;
  /** The lead paragraph without the marker (and, for agency dispatches, without the dateline). */
  rest: string;
}

const LOCAL_LEAD = /^本报讯\s*(?:[（(]([^（）()]*)[）)])?\s*/u;
const LOCAL_DATED_LEAD =
  /^本报([\p{Script=Han}]{0,6}?)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[电讯]\s*(?:[（(]([^（）()]*)[）)])?\s*/u;
const AGENCY_LEAD =
  /^(新华社|中新社)([\p{Script=Han}]{0,8}?)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*电\s*(?:[（(]([^（）()]*)[）)])?\s*/u;

function namesIn(byline: string | undefined): string[] {
  if (byline === undefined) return [];
  return parseNames(byline) ?? [];
}

/**
 * Splits the lead paragraph of a dispatch (spaces still in place, so names stay apart) into marker, byline,
 * dateline and the text that follows. Local datelines stay in the text (`5月9日，市委…` is a sentence);
 * agency datelines (`新华社北京4月10日电`) are removed with the marker.
 */
export function parseDispatchLead(text: string): DispatchLead | null {
  const trimmed = text.trim();
  const agency = AGENCY_LEAD.exec(trimmed);
  if (agency !== null) {
    return {
      source: agency[1] ?? '新华社',
      reporters: namesIn(agency[5]),
      dateline: { month: Number(agency[3]), day: Number(agency[4]) },
      place: agency[2] === undefined || agency[2] === '' ? null : agency[2],
      rest: trimmed.slice(agency[0].length),
    };
  }
  const dated = LOCAL_DATED_LEAD.exec(trimmed);
  if (dated !== null) {
    return {
      source: '本报',
      reporters: namesIn(dated[4]),
      dateline: { month: Number(dated[2]), day: Number(dated[3]) },
      place: dated[1] === undefined || dated[1] === '' ? null : dated[1],
      rest: trimmed.slice(dated[0].length),
    };
  }
  const local = LOCAL_LEAD.exec(trimmed);
  if (local === null) return null;
  const rest = trimmed.slice(local[0].length);
  const date = matchLeadingDate(rest);
  return {
    source: '本报',
    reporters: namesIn(local[1]),
    dateline: date === null ? null : { month: date.month, day: date.day },
    place: null,
    rest,
  };
}
