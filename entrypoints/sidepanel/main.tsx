import { render } from 'preact';
import '@/components/base.css';
import { Header } from '@/components/Header';
import { messages } from '@/components/i18n';

function SidePanel() {
  const t = messages();
  return (
    <>
      <Header title={t.sidepanelTitle} />
      <main class="ll-body">
        <p class="ll-muted">{t.tagline}</p>
      </main>
    </>
  );
}

render(<SidePanel />, document.getElementById('app')!);
