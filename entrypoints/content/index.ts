import { features } from '@/lib/content/features';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    for (const feature of features) {
      try {
        await feature.start(ctx);
      } catch (error) {
        // One broken feature must not take the others down, nor throw into the page's console as uncaught.
        console.debug(`[lvliang] ${feature.id} failed`, error);
      }
    }
  },
});
