import { useEffect, useRef, useState } from 'preact/hooks';
import { getPageContext, type PageContextResult } from '@/lib/shared/page-context-query';

/** While the page has told nothing beyond counts, ask again this often (the page may still be loading). */
const RECHECK_MS = 4000;

/**
 * The context of the page in the active tab, kept current: asked again when the reader switches tabs, when
 * the tab finishes loading, when the panel is shown again, and every few seconds while only the page report is
 * known.
 */
export function usePageContext(): PageContextResult | null {
  const [result, setResult] = useState<PageContextResult | null>(null);
  const last = useRef('');
  const tab = useRef<number | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let asked = 0; // only the latest question's answer counts (a tab switch can overtake a recheck)
    const named = new URLSearchParams(location.search).has('tab');
    const refresh = async () => {
      clearTimeout(timer);
      const question = ++asked;
      const next = await getPageContext().catch((): PageContextResult => ({
        tabId: null,
        context: null,
        source: 'none',
        report: null,
      }));
      if (stopped || question !== asked) return;
      const key = JSON.stringify(next);
      // Unchanged answers keep the same object, so views do not ask for related articles again.
      tab.current = next.tabId;
      if (key !== last.current) {
        last.current = key;
        setResult(next);
      }
      if (next.source !== 'content-script' && document.visibilityState === 'visible') {
        timer = setTimeout(() => void refresh(), RECHECK_MS);
      }
    };
    const onActivated = () => void refresh();
    const onUpdated = (tabId: number, change: { status?: string }) => {
      if (change.status === 'complete' && tabId === tab.current) void refresh();
    };
    // Rechecks pause while the panel is hidden and resume when it is shown again.
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    document.addEventListener('visibilitychange', onVisible);
    void refresh();
    // A panel pinned to one tab (?tab=) does not follow the window's active tab.
    if (!named) browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return result;
}
