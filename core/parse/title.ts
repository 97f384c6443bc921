/**
 * Titles for articles printed without a headline: the first sentence of the lead, without the dateline,
 * trimmed at a clause boundary so that it reads as a title.
 */
import { matchLeadingDate } from './dateline';

const MAX_TITLE_LENGTH = 32;
const UNTITLED = '（无标题）';

const DAY_PART = /^(?:上午|下午|晚上|晚|早上|凌晨|中午|前后|期间)/u;
const CLOSING_MARKS = /[。！？…，、；：”’」』\s]+$/u;

function withoutDateline(text: string): string {
  const date = matchLeadingDate(text);
  if (date === null) return text;
  return text
    .slice(date.length)
    .replace(DAY_PART, '')
    .replace(/^[，,、\s]+/u, '');
}

function firstSentence(text: string): string {
  const match = /^.*?[。！？]+[”’」』]*/u.exec(text);
  return match === null ? text : match[0];
}

/** `“以史为鉴，可以知兴替。”` → `以史为鉴，可以知兴替`: quotes go only when they enclose the whole sentence. */
function clean(text: string): string {
  const result = text.trim();
  const quoted = /^[“‘「『]([^“”‘’「」『』]*)[”’」』]$/u.exec(result.replace(/[。！？…]+(?=[”’」』]$)/u, ''));
  return (quoted?.[1] ?? result).replace(CLOSING_MARKS, '');
}

/** Accumulates clauses while the title stays short; a single long clause is cut with an ellipsis. */
function shorten(sentence: string, maxLength: number): string {
  const chars = [...sentence];
  if (chars.length <= maxLength) return sentence;
  const clauses = sentence.split(/(?<=[，；：])/u);
  let title = '';
  for (const clause of clauses) {
    if ([...(title + clause)].length > maxLength) break;
    title += clause;
  }
  title = clean(title);
  if ([...title].length >= 6) return title;
  return `${chars.slice(0, maxLength - 1).join('')}…`;
}

/** A short readable title from an article body ("\n"-separated paragraphs). Never empty. */
export function deriveTitle(body: string, maxLength = MAX_TITLE_LENGTH): string {
  const lead = body
    .split('\n')
    .map((paragraph) => paragraph.trim())
    .find((paragraph) => paragraph !== '');
  if (lead === undefined) return UNTITLED;
  const sentence = clean(firstSentence(withoutDateline(lead)));
  if (sentence === '') return clean(lead) || UNTITLED;
  return shorten(sentence, maxLength) || UNTITLED;
}
