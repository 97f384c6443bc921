import { archiveHandlers, startArchiveService } from '@/lib/archive/service';
import { createRouter } from '@/lib/messages/router';
import { pageHandlers } from '@/lib/page/handlers';

export default defineBackground({
  type: 'module',
  main() {
    const route = createRouter({ ...pageHandlers, ...archiveHandlers });
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      const origin = { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url };
      void route(message, origin).then(sendResponse);
      return true; // keeps the channel open for the asynchronous reply
    });
    void startArchiveService();
  },
});
