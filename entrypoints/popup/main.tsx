import { render } from 'preact';
import '@/components/base.css';
import { Header } from '@/components/Header';
import { messages } from '@/components/i18n';
import { PageStatus } from '@/components/popup/PageStatus';

function Popup() {
  const t = messages();
  return (
    <>
      <Header title={t.popupTitle} />
      <main class="ll-body">
        <PageStatus />
      </main>
    </>
  );
}

document.body.classList.add('ll-popup');
render(<Popup />, document.getElementById('app')!);
