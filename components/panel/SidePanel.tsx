import { ArchiveStatusProvider } from '../archive/ArchiveStatus';
import { ArchiveGate } from '../archive/ArchiveGate';
import { Header } from '../Header';
import { messages } from '../i18n';
import { EntityView } from './EntityView';
import { PanelNav } from './PanelNav';
import { PostView } from '../posts/PostView';
import { PanelSearchView } from './PanelSearchView';
import { ReaderView } from './ReaderView';
import { Router, useRoute } from './Router';
import { ThisPageView } from './ThisPageView';
import type { View } from './routes';

function title(view: View): string {
  const t = messages();
  switch (view.kind) {
    case 'page':
      return t.sidepanelTitle;
    case 'search':
      return t.popupTitle;
    case 'entity':
      return t.timelineTitle;
    case 'article':
      return t.articlesTitle;
    case 'post':
      return t.postHolders;
  }
}

function CurrentView() {
  const { view } = useRoute();
  switch (view.kind) {
    case 'page':
      return <ThisPageView />;
    case 'search':
      return <PanelSearchView query={view.query} />;
    case 'entity':
      return (
        <ArchiveGate>
          <EntityView key={view.entity} entity={view.entity} />
        </ArchiveGate>
      );
    case 'article':
      return (
        <ArchiveGate>
          <ReaderView key={view.id} id={view.id} />
        </ArchiveGate>
      );
    case 'post':
      return (
        <ArchiveGate>
          <PostView key={`${view.post}|${view.on ?? ''}`} post={view.post} on={view.on} />
        </ArchiveGate>
      );
  }
}

function Shell() {
  const { view } = useRoute();
  return (
    <>
      <Header title={title(view)} />
      <PanelNav />
      <main class="ll-body ll-panel-main">
        <CurrentView />
      </main>
    </>
  );
}

/** The side panel: this page, search, entity timelines and the reader, one view at a time, driven by the URL. */
export function SidePanel() {
  return (
    <ArchiveStatusProvider>
      <Router>
        <Shell />
      </Router>
    </ArchiveStatusProvider>
  );
}
