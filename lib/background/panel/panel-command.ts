/**
 * The `open-side-panel` keyboard command (declared in the manifest). Chrome reserves `_execute_action` for the
 * popup, so the side panel has its own command, answered here in the background.
 */
import { openSidePanel } from '../../shared/open-side-panel';

export const OPEN_PANEL_COMMAND = 'open-side-panel';

export function registerPanelCommand(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== OPEN_PANEL_COMMAND || !tab) return;
    // The panel opens on whatever view it last showed for the tab (the tab's own path, or "this page").
    openSidePanel(tab).catch((error: unknown) =>
      console.warn('[panel] could not open the side panel', error),
    );
  });
}
