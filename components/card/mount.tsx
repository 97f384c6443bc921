/**
 * Puts the hover card on the page: a closed shadow root (WXT's shadow-root UI) holding a Preact tree, styled by a
 * constructed stylesheet. A `<style>` element in the page would fall under the page's CSP (`style-src 'self'`
 * blocks inline styles in some browsers); adopted stylesheets are not subject to it.
 */
import { render } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { placeCard, type Box } from '@/lib/content/overlay/card-position';
import {
  CARD_HOST_TAG,
  type CardActions,
  type CardState,
  type CardView,
} from '@/lib/content/overlay/card-view';
import { Card } from './Card';
import cardCss from './card.css?inline';
import notesCss from '../notes/notes.css?inline';

interface Shown {
  state: CardState;
  anchor: Box;
  actions: CardActions;
}

/** Events that stay inside the card instead of reaching the page's own handlers. */
const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'click',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
];

function Placed({ state, anchor, actions }: Shown) {
  const frame = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const card = frame.current?.firstElementChild as HTMLElement | null | undefined;
    if (!card) return;
    card.style.maxHeight = '';
    const size = card.getBoundingClientRect();
    const viewport = {
      width: document.documentElement.clientWidth || window.innerWidth,
      height: window.innerHeight,
    };
    const place = placeCard(anchor, { width: size.width, height: size.height }, viewport);
    card.style.left = `${place.left}px`;
    card.style.top = `${place.top}px`;
    card.style.maxHeight = `${place.maxHeight}px`;
    card.dataset.side = place.side;
  });
  return (
    <div ref={frame}>
      <Card state={state} actions={actions} />
    </div>
  );
}

function adoptStyles(shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cardCss + notesCss);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Where constructed sheets cannot be adopted from an extension's script, fall back to a style element.
    const style = document.createElement('style');
    style.textContent = cardCss + notesCss;
    shadow.append(style);
  }
}

export function createCardView(ctx: ContentScriptContext): CardView {
  let ui: Promise<ShadowRootContentScriptUi<void>> | null = null;
  let container: HTMLElement | null = null;
  let mounted = false;
  let shown: Shown | null = null;

  const draw = (): void => {
    if (container && shown) render(<Placed {...shown} />, container);
  };

  const ensure = (): Promise<ShadowRootContentScriptUi<void>> =>
    (ui ??= createShadowRootUi(ctx, {
      name: CARD_HOST_TAG,
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      // Closed: the page's scripts cannot read the card or reach its buttons (the host's shadowRoot is null);
      // the content script keeps the root WXT hands to onMount. Assistive tools still read it.
      mode: 'closed',
      // The card's own stylesheet resets the host; WXT's reset would be a second <style> element.
      inheritStyles: true,
      isolateEvents: ISOLATED_EVENTS,
      onMount(uiContainer, shadow) {
        adoptStyles(shadow);
        container = uiContainer;
        draw();
      },
      onRemove() {
        if (container) render(null, container);
        container = null;
      },
    }));

  return {
    get open() {
      return shown !== null;
    },
    get editing() {
      const root = container?.getRootNode();
      return root instanceof ShadowRoot && root.activeElement?.tagName === 'TEXTAREA';
    },
    show(state, anchor, actions) {
      shown = { state, anchor, actions };
      void ensure().then((card) => {
        if (!shown) return;
        if (mounted) draw();
        else {
          mounted = true;
          card.mount();
        }
      });
    },
    update(state) {
      if (!shown) return;
      shown = { ...shown, state };
      draw();
    },
    hide() {
      shown = null;
      void ui?.then((card) => {
        if (shown || !mounted) return;
        mounted = false;
        card.remove();
      });
    },
  };
}
