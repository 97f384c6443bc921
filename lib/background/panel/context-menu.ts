/**
 * The context menu: "Search the Lüliang archive for …" on selected text opens the side panel on the search
 * view for the selection (`sidepanel.html?q=<selection>`); "Save this article to the Lüliang archive" on a page
 * saves its article.
 */
import { askTab } from '../../shared/messages/to-tab';
import { openSidePanel } from '../../shared/open-side-panel';

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
 * "Save this article to the Lüliang archive" on any page: the page's content script extracts the article,
 * saves it and shows the outcome on the page.
 */
export const SAVE_MENU_ID = 'lvliang-save-article';

/**
 * Adds the menu items when the extension is installed or updated (menu items persist across the background's
 * restarts) and answers their clicks. `search` holds `%s`, which the browser replaces with the selection.
 */
export function registerContextMenus(titles: { search: string; save: string }): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  const reportError = () => {
    const error = browser.runtime.lastError;
    if (error) console.warn(`[panel] context menu: ${error.message}`);
  };
  browser.runtime.onInstalled.addListener(() => {
    // removeAll first: an update re-runs this, and a duplicate id is an error.
    void menus.removeAll().then(() => {
      menus.create({ id: SEARCH_MENU_ID, title: titles.search, contexts: ['selection'] }, reportError);
      menus.create({ id: SAVE_MENU_ID, title: titles.save, contexts: ['page'] }, reportError);
    });
  });
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID) {
      if (tab?.id === undefined) return;
      void askTab(tab.id, { type: 'page/save-article', notify: true }).catch((error: unknown) =>
        console.warn('[panel] the page could not save its article', error),
      );
      return;
    }
    if (info.menuItemId !== SEARCH_MENU_ID) return;
    const query = selectionQuery(info.selectionText);
    if (!query || !tab) return;
    openSidePanel(tab, searchPanelPath(query)).catch((error: unknown) =>
      console.warn('[panel] could not open the side panel', error),
    );
  });
}
