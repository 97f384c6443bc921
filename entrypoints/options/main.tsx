import { render } from 'preact';
import '@/components/base.css';
import { Header } from '@/components/Header';
import { messages } from '@/components/i18n';

function Options() {
  const t = messages();
  return (
    <>
      <Header title={t.optionsTitle} />
      <main class="ll-body">
        <p class="ll-muted">{t.tagline}</p>
      </main>
    </>
  );
}

render(<Options />, document.getElementById('app')!);
