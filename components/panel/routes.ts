/**
 * The side panel's views are addressed by the URL's query, so a deep link (`sidepanel.html?entity=孙大军`),
 * the history (back and forward) and a reload all show the same view:
 *
 *   (nothing)          this page: the active tab's entities and related articles
 *   ?q=<query>         search results
 *   ?entity=<id>       an entity's timeline: every link in the extension names the entity by id (a reporter
 *                      and an official of the same name are two entities); a name or written alias typed
 *                      into a deep link (`?entity=孙大军`) is resolved by name
 *   ?article=<id>      the reader view
 *   ?post=<id>[&on=<YYYY-MM-DD>]   a post's holders in the archive (`post:市委书记`), optionally on one day
 *
 * `?tab=<id>` names the tab "this page" describes (the panel opened as a page in tests and the demo has no
 * active tab of its own); it is kept across navigation.
 */

export type View =
  | { kind: 'page' }
  | { kind: 'search'; query: string }
  | { kind: 'entity'; entity: string }
  | { kind: 'article'; id: string }
  | PostTarget;

/** A post's view: `post` is its id (or title), `on` a day to answer for. */
export type PostTarget = { kind: 'post'; post: string; on?: string };

/** What a result row or a link opens. */
export type OpenTarget =
  | { kind: 'entity'; entity: string }
  | { kind: 'article'; id: string }
  | PostTarget
  | { kind: 'search'; query: string };

const KEPT = ['tab'] as const;
const MAX_VALUE = 300;

function param(params: URLSearchParams, key: string): string | null {
  const value = params.get(key)?.trim();
  return value ? value.slice(0, MAX_VALUE) : null;
}

/** The view a URL query shows. The most specific parameter wins when a URL carries several. */
export function parseView(search: string): View {
  const params = new URLSearchParams(search);
  const article = param(params, 'article');
  if (article) return { kind: 'article', id: article };
  const entity = param(params, 'entity');
  if (entity) return { kind: 'entity', entity };
  const post = param(params, 'post');
  if (post) {
    const on = param(params, 'on');
    return on && /^\d{4}-\d{2}-\d{2}$/.test(on) ? { kind: 'post', post, on } : { kind: 'post', post };
  }
  const query = params.get('q');
  if (query !== null) return { kind: 'search', query: query.slice(0, MAX_VALUE) };
  return { kind: 'page' };
}

/** The URL query for a view, keeping `tab` from the current query. */
export function viewSearch(view: View, current = ''): string {
  const params = new URLSearchParams();
  if (view.kind === 'article') params.set('article', view.id);
  else if (view.kind === 'entity') params.set('entity', view.entity);
  else if (view.kind === 'search') params.set('q', view.query);
  else if (view.kind === 'post') {
    params.set('post', view.post);
    if (view.on) params.set('on', view.on);
  }
  const from = new URLSearchParams(current);
  for (const key of KEPT) {
    const value = from.get(key);
    if (value !== null) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function sameView(a: View, b: View): boolean {
  return viewSearch(a) === viewSearch(b);
}

export function targetView(target: OpenTarget): View {
  if (target.kind === 'post') return target;
  if (target.kind === 'search') return { kind: 'search', query: target.query };
  return target.kind === 'entity'
    ? { kind: 'entity', entity: target.entity }
    : { kind: 'article', id: target.id };
}

/** Search views replace their history entry as the query changes; everything else is a new entry. */
export function replacesEntry(from: View, to: View): boolean {
  return from.kind === 'search' && to.kind === 'search';
}
