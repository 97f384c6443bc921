import { render, type VNode } from 'preact';
import { detectLang, messages } from './i18n';

/**
 * Renders an extension page. The document's language is the UI's (screen readers pick their voice from it,
 * and CJK fonts their glyph forms), and the window title names the page.
 */
export function mountPage(node: VNode, options: { title?: string; bodyClass?: string } = {}): void {
  const lang = detectLang();
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const appName = messages(lang).appName;
  document.title = options.title ? `${options.title} · ${appName}` : appName;
  if (options.bodyClass) document.body.classList.add(options.bodyClass);
  render(node, document.getElementById('app')!);
}
