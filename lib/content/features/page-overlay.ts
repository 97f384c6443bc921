import type { ContentFeature } from '../feature';
import { startPageOverlay } from '../../overlay/page/overlay';

/**
 * Highlights the archive's people, places, organisations and topics on pages about Lüliang, opens a card on
 * hover or from the keyboard, and reports what the page mentions for the badge and the popup. Reads the
 * page's text; never rewrites its DOM.
 */
export const pageOverlay: ContentFeature = {
  id: 'page-overlay',
  start: (ctx) => startPageOverlay(ctx),
};
