import { messages } from './i18n';

/** The product mark and a page title, shared by the popup, the side panel and the options page. */
export function Header({ title }: { title: string }) {
  const t = messages();
  return (
    <header class="ll-header">
      <span class="ll-mark" aria-hidden="true">
        镜
      </span>
      <div>
        <h1>{title}</h1>
        <p class="ll-app-name">{t.appName}</p>
      </div>
    </header>
  );
}
