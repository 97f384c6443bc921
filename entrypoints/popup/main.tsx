import { render } from 'preact';
import '@/components/base.css';
import { Header } from '@/components/Header';
import { messages } from '@/components/i18n';

function Popup() {
  const t = messages();
  return (
    <>
      <Header title={t.popupTitle} />
      <main class="ll-body">
        <p class="ll-muted">{t.tagline}</p>
      </main>
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
