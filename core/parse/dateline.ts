/**
 * Datelines. The page prints only month and day (`5月 9日`, `4 月\n10日`, `7月 26—29日`); the year comes from the
 * edition date: the latest year that puts the dateline on or before the publication date, so a January edition
 * reporting a December event gets the previous year.
 */

export interface MonthDay {
  month: number;
  day: number;
}

/** Month and day at the very start of a text; ranges (`26—29日`, `7月30日—8月2日`) give their first day. */
const LEADING_DATE = /^(\d{1,2})\s*月\s*(\d{1,2})\s*(?:日|[—–\-~～至到]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)/u;

export interface LeadingDate extends MonthDay {
  /** Length of the matched date text. */
  length: number;
}

export function matchLeadingDate(text: string): LeadingDate | null {
  const match = LEADING_DATE.exec(text);
  if (match === null) return null;
  const month = Number(match[1]);
  const day = Number(match[2]);
  if (!isPlausibleMonthDay(month, day)) return null;
  return { month, day, length: match[0].length };
}

/**
 * A month and day that opens a sentence after the first (`又是一年春草绿……3月24日，我市正式启动…`): the event
 * an article without a dateline reports. A date inside a sentence (`截至3月24日`, `1938年3月24日`) or marking a
 * span (`3月24日以来`, `3月24日前`) is not one.
 */
const SENTENCE_OPENING_DATE = /[。！？…；”]\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?![前后起以至到—–\-~～])/u;

export function matchOpeningDate(paragraph: string): MonthDay | null {
  const match = SENTENCE_OPENING_DATE.exec(paragraph);
  if (match === null) return null;
  const month = Number(match[1]);
  const day = Number(match[2]);
  return isPlausibleMonthDay(month, day) ? { month, day } : null;
}

function isPlausibleMonthDay(month: number, day: number): boolean {
  return (
    Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= 31
  );
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Parses a YYYY-MM-DD calendar date, rejecting impossible days such as 2021-02-30. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(value);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The full date of a dateline printed in an edition published on `editionDate` (YYYY-MM-DD), or null when
 * the month and day do not exist in that year (e.g. 2月30日).
 */
export function resolveDatelineDate(dateline: MonthDay, editionDate: string): string | null {
  const edition = parseIsoDate(editionDate);
  if (edition === null) return null;
  const afterEdition =
    dateline.month > edition.month || (dateline.month === edition.month && dateline.day > edition.day);
  const year = afterEdition ? edition.year - 1 : edition.year;
  if (dateline.day > daysInMonth(year, dateline.month)) return null;
  return iso(year, dateline.month, dateline.day);
}
