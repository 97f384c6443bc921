/**
 * "Save this article": the popup, the side panel and the context menu ask the page's content script (top
 * frame) to extract its article and send it to the archive; it answers with the outcome. The message is
 * declared with the others sent to a tab, in lib/shared/messages/to-tab.ts (`page/save-article`).
 */
export type { SaveOutcome } from './messages/to-tab';
