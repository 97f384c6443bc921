/** The content script's matcher alone, bundled as an IIFE (global `LvMatch`) to time it inside a page. */
export { matcherFromPacked } from '../core/match/matcher';
