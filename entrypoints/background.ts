import { archiveHandlers, archiveService, startArchiveService } from '@/lib/archive/service';
import { createRouter } from '@/lib/messages/router';
import { archiveOverlayData } from '@/lib/overlay/archive-data';
import { forwardOverlayCommands } from '@/lib/overlay/commands';
import { createOverlayHandlers } from '@/lib/overlay/handlers';
import { pageHandlers } from '@/lib/page/handlers';
import { registerPanelCommand } from '@/lib/panel/commands';
import { registerContextMenus } from '@/lib/panel/context-menu';
import { messages } from '@/components/i18n';

export default defineBackground({
  type: 'module',
  main() {
    const overlayHandlers = createOverlayHandlers(archiveOverlayData(archiveService));
    const route = createRouter({ ...pageHandlers, ...archiveHandlers, ...overlayHandlers });
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      const origin = { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url };
      void route(message, origin).then(sendResponse);
      return true; // keeps the channel open for the asynchronous reply
    });
    forwardOverlayCommands();
    registerContextMenus({ search: messages().contextMenuSearch, save: messages().contextMenuSave });
    registerPanelCommand();
    void startArchiveService();
  },
});
