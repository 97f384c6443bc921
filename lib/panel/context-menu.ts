/**
 * "Search the Lüliang archive for …" on selected text: opens the side panel on the search view for the
 * selection (`sidepanel.html?q=<selection>`).
 */
import { openSidePanel } from './open';

export const SEARCH_MENU_ID = 'lvliang-search-selection';

/** Longest selection searched: a sentence or two is a query; a page is not. */
export const MAX_SELECTION = 100;

/** The query for a selection: whitespace collapsed, cut to MAX_SELECTION; null when nothing is left. */
export function selectionQuery(selection: string | undefined): string | null {
  const text = [...(selection ?? '').replace(/\s+/g, ' ').trim()].slice(0, MAX_SELECTION).join('').trim();
  return text || null;
}

export function searchPanelPath(query: string): string {
  return `/sidepanel.html?${new URLSearchParams({ q: query })}`;
}

/**
 * Adds the menu item when the extension is installed or updated (menu items persist across the background's
 * restarts) and answers its clicks. `title` holds `%s`, which the browser replaces with the selection.
 */
export function registerSearchContextMenu(title: string): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  browser.runtime.onInstalled.addListener(() => {
    // removeAll first: an update re-runs this, and a duplicate id is an error.
    void menus.removeAll().then(() =>
      menus.create({ id: SEARCH_MENU_ID, title, contexts: ['selection'] }, () => {
        const error = browser.runtime.lastError;
        if (error) console.warn(`[panel] context menu: ${error.message}`);
      }),
    );
  });
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SEARCH_MENU_ID) return;
    const query = selectionQuery(info.selectionText);
    if (!query || !tab) return;
    openSidePanel(tab, searchPanelPath(query)).catch((error: unknown) =>
      console.warn('[panel] could not open the side panel', error),
    );
  });
}
