import { archiveHandlers, archiveService, startArchiveService } from '@/lib/background/archive/service';
import { createRouter } from '@/lib/shared/messages/router';
import { archiveOverlayData } from '@/lib/background/overlay/archive-data';
import { forwardOverlayCommands } from '@/lib/background/overlay/overlay-commands';
import { createOverlayHandlers } from '@/lib/background/overlay/overlay-handlers';
import { forgetTab, pageHandlers } from '@/lib/background/page/page-report-handlers';
import { siteSwitchHandlers } from '@/lib/background/page/site-switch';
import { registerPanelCommand } from '@/lib/background/panel/panel-command';
import { registerContextMenus } from '@/lib/background/panel/context-menu';
import { postCache, postHandlers } from '@/lib/background/posts/post-service';
import { messages } from '@/components/i18n';
import { markStart } from '@/lib/background/perf/marks';

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
