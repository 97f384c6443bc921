/**
 * A saved article's headline. Sites put their name and section in the document title
 * (`标题_民生_吕梁新闻网`, `标题 | 山西新闻网`), in ways Readability does not all strip: a heading printed on the
 * page that the title contains wins; else the title's first part before a separator.
 */
const SEPARATOR = /\s*(?:_|\||｜|——|--|\s-\s)\s*/u;
const MIN_CHARS = 4;

export function headlineFrom(title: string, headings: readonly string[]): string {
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  const whole = clean(title);
  const printed = headings
    .map(clean)
    .filter((text) => [...text].length >= MIN_CHARS && whole.includes(text))
    .sort((a, b) => b.length - a.length)[0];
  if (printed) return printed;
  return whole.split(SEPARATOR).find((part) => [...part].length >= MIN_CHARS) ?? whole;
}
