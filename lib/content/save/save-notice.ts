/**
 * How the page shows the outcome of a save started from the context menu. The view (components/save) is
 * provided by the content script's entrypoint, as the hover card's is, so lib/ stays free of UI.
 */
import type { SaveOutcome } from '../../shared/save-protocol';

export type SaveNotice = (outcome: SaveOutcome) => void;

let notice: SaveNotice = () => undefined;

export function provideSaveNotice(view: SaveNotice): void {
  notice = view;
}

export function showSaveNotice(outcome: SaveOutcome): void {
  notice(outcome);
}
