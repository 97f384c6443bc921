import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parseView, replacesEntry, sameView, viewSearch, type View } from './routes';

interface Route {
  view: View;
  /** Shows a view: a new history entry (a search refines its own entry instead). */
  navigate(view: View): void;
  /** How many views the reader moved through in this panel (0 on the view it opened on). */
  depth: number;
  /** Moves made in this document; views move focus to their heading only after one, never on first load. */
  moves: number;
}

const RouteContext = createContext<Route>({
  view: { kind: 'page' },
  navigate: () => undefined,
  depth: 0,
  moves: 0,
});

function stateDepth(state: unknown): number {
  const depth = (state as { depth?: unknown } | null)?.depth;
  return typeof depth === 'number' && depth >= 0 ? depth : 0;
}

/**
 * The side panel's router: the view is the URL's query (see routes.ts), moves use history.pushState, and
 * back/forward (popstate) show the view of the entry they land on.
 */
export function Router({ children }: { children: ComponentChildren }) {
  const [view, setView] = useState<View>(() => parseView(location.search));
  const [depth, setDepth] = useState(() => stateDepth(history.state));
  const [moves, setMoves] = useState(0);
  const current = useRef(view);
  current.current = view;

  useEffect(() => {
    const onPop = () => {
      setView(parseView(location.search));
      setDepth(stateDepth(history.state));
      setMoves((n) => n + 1);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback((next: View) => {
    const from = current.current;
    if (sameView(from, next)) return;
    const href = `${location.pathname}${viewSearch(next, location.search)}`;
    const here = stateDepth(history.state);
    if (replacesEntry(from, next)) {
      history.replaceState({ depth: here }, '', href);
    } else {
      history.pushState({ depth: here + 1 }, '', href);
      setDepth(here + 1);
      setMoves((n) => n + 1);
      scrollTo({ top: 0 });
    }
    setView(next);
  }, []);

  const route = useMemo(() => ({ view, navigate, depth, moves }), [view, navigate, depth, moves]);
  return <RouteContext.Provider value={route}>{children}</RouteContext.Provider>;
}

export function useRoute(): Route {
  return useContext(RouteContext);
}

/** A link to another view: a real link (keyboard, screen readers, the address it shows), followed in place. */
export function ViewLink({
  to,
  children,
  class: className,
  label,
}: {
  to: View;
  children: ComponentChildren;
  class?: string;
  label?: string;
}) {
  const { navigate } = useRoute();
  return (
    <a
      class={className}
      href={`${location.pathname}${viewSearch(to, location.search)}`}
      aria-label={label}
      onClick={(event) => {
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
