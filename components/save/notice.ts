/**
 * The page's notice after a save from the context menu: one line in a shadow root at the bottom corner of the
 * page, announced to screen readers, gone after a few seconds. The page's own DOM is not otherwise touched.
 */
import type { SaveOutcome } from '@/lib/shared/save-protocol';
import { cardMessages } from '../card/strings';

const SHOWN_MS = 6000;
const STYLE = `
.notice { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 360px;
  font: 13px/1.5 system-ui, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif; color: #1f1a14;
  background: #fbf8f3; border: 1px solid #8a5a2b; border-radius: 8px; padding: 8px 12px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18); }
.notice.failed { border-color: #b3261e; }
@media (prefers-color-scheme: dark) { .notice { color: #eee6da; background: #27231f; } }`;

export function outcomeText(outcome: SaveOutcome, t = cardMessages()): string {
  if (outcome.ok) return outcome.duplicate ? t.savedAlready(outcome.title) : t.savedArticle(outcome.title);
  return outcome.reason === 'no-article' ? t.saveNoArticle : t.saveFailed(outcome.message);
}

export function showSaveNoticeInPage(outcome: SaveOutcome): void {
  const host = document.createElement('lvliang-save-notice');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('div');
  box.className = outcome.ok ? 'notice' : 'notice failed';
  box.setAttribute('role', outcome.ok ? 'status' : 'alert');
  box.textContent = outcomeText(outcome);
  root.append(style, box);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), SHOWN_MS);
}
