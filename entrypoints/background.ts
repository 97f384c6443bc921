import { archiveHandlers, archiveService, startArchiveService } from '@/lib/archive/service';
import { createRouter } from '@/lib/messages/router';
import { archiveOverlayData } from '@/lib/overlay/archive-data';
import { forwardOverlayCommands } from '@/lib/overlay/commands';
import { createOverlayHandlers } from '@/lib/overlay/handlers';
import { forgetTab, pageHandlers } from '@/lib/page/handlers';
import { siteSwitchHandlers } from '@/lib/page/site-switch';
import { registerPanelCommand } from '@/lib/panel/commands';
import { registerContextMenus } from '@/lib/panel/context-menu';
import { postCache, postHandlers } from '@/lib/posts/service';
import { messages } from '@/components/i18n';
import { markStart } from '@/lib/perf/marks';

export default defineBackground({
  type: 'module',
  main() {
    markStart('main');
    const overlayHandlers = createOverlayHandlers(archiveOverlayData(archiveService), undefined, postCache);
    const extensionOrigin = browser.runtime.getURL('/');
    const route = createRouter({
      ...pageHandlers,
      ...siteSwitchHandlers,
      ...archiveHandlers,
      ...overlayHandlers,
      ...postHandlers,
    });
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      markStart('first-message');
      const origin = {
        tabId: sender.tab?.id,
        frameId: sender.frameId,
        url: sender.url,
        tabUrl: sender.tab?.url,
        extensionPage: sender.url?.startsWith(extensionOrigin) ?? false,
      };
      void route(message, origin).then(sendResponse);
      return true; // keeps the channel open for the asynchronous reply
    });
    browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
    forwardOverlayCommands();
    registerContextMenus({ search: messages().contextMenuSearch, save: messages().contextMenuSave });
    registerPanelCommand();
    markStart('wired');
    void startArchiveService();
  },
});
