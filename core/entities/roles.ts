/**
 * A person's posts over time, from the observations gathered in every article. Each distinct title is one
 * role whose first/last dates are the earliest and latest articles showing it, so 张广勇 as 市委副书记 in
 * 2020 and 市长 in 2021–2022 has two roles with their own spans.
 *
 * Posts printed without an organisation (副主任…, 孙大军书记) join the person's full title with the same
 * office nearest in time; a bare post printed before the name that matches nothing stays as printed, a
 * name-before-post form (X书记) that matches nothing is only a mention (it is a form of address).
 */
import type { TitleObservation } from './people';
import type { Designation, RoleRecord } from './types';

export interface RoleObservation extends TitleObservation {
  article: string;
  date: string;
}

interface Span {
  title: string;
  office: string;
  org?: string;
  first: string;
  last: string;
  /** Insertion-ordered set: a Set keeps merging linear for people with thousands of articles. */
  articles: Set<string>;
}

function extend(
  span: { first: string; last: string; articles: Set<string> },
  date: string,
  article: string,
): void {
  if (date < span.first) span.first = date;
  if (date > span.last) span.last = date;
  span.articles.add(article);
}

function dayNumber(date: string): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;
}

/** Days between `date` and a span (0 inside it). */
function distance(span: Span, date: string): number {
  if (date >= span.first && date <= span.last) return 0;
  return Math.min(
    Math.abs(dayNumber(date) - dayNumber(span.first)),
    Math.abs(dayNumber(date) - dayNumber(span.last)),
  );
}

/** Builds roles from a person's observations (in archive order). */
export function buildRoles(observations: readonly RoleObservation[]): RoleRecord[] {
  const spans = new Map<string, Span>();
  const add = (title: string, office: string, org: string | undefined, o: RoleObservation) => {
    const span = spans.get(title);
    if (span) extend(span, o.date, o.article);
    else
      spans.set(title, {
        title,
        office,
        ...(org ? { org } : {}),
        first: o.date,
        last: o.date,
        articles: new Set([o.article]),
      });
  };
  for (const o of observations) if (!o.bare) add(o.title, o.office, o.org, o);
  const full = [...spans.values()];
  for (const o of observations) {
    if (!o.bare) continue;
    const candidates = full.filter((s) => s.office === o.office);
    if (candidates.length > 0) {
      candidates.sort(
        (a, b) =>
          distance(a, o.date) - distance(b, o.date) ||
          b.articles.size - a.articles.size ||
          a.title.localeCompare(b.title),
      );
      extend(candidates[0]!, o.date, o.article);
    } else if (o.form === 'before') add(o.title, o.office, undefined, o);
  }
  return [...spans.values()]
    .sort((a, b) => a.first.localeCompare(b.first) || a.title.localeCompare(b.title))
    .map((s) => ({
      title: s.title,
      ...(s.org ? { org: s.org } : {}),
      office: s.office,
      first: s.first,
      last: s.last,
      articles: [...s.articles],
    }));
}

export interface DesignationObservation {
  label: string;
  article: string;
  date: string;
}

/** Spans of designations such as 市领导, same shape as roles. */
export function buildDesignations(observations: readonly DesignationObservation[]): Designation[] {
  const spans = new Map<string, { label: string; first: string; last: string; articles: Set<string> }>();
  for (const o of observations) {
    const span = spans.get(o.label);
    if (!span)
      spans.set(o.label, { label: o.label, first: o.date, last: o.date, articles: new Set([o.article]) });
    else extend(span, o.date, o.article);
  }
  return [...spans.values()]
    .sort((a, b) => a.first.localeCompare(b.first) || a.label.localeCompare(b.label))
    .map((s) => ({ ...s, articles: [...s.articles] }));
}
