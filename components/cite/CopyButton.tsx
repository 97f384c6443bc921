import { useEffect, useRef, useState } from 'preact/hooks';
import { copyText } from '@/lib/shared/clipboard';
import { cardMessages } from '../card/strings';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'copied' }
  | { kind: 'failed'; message: string; text: string | null };

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The card's shadow root when the button is in one (a fallback copy stays inside it), else the page's body. */
function hostRoot(button: HTMLButtonElement | null): ParentNode {
  const root = button?.getRootNode();
  return root && 'host' in root ? (root as ShadowRoot) : document.body;
}

/** How long "Copied" stays beside the button. */
const SHOWN_MS = 2500;

export interface CopyButtonProps {
  /** Visible label. */
  label: string;
  /** Accessible name when the label alone is not enough (a list of such buttons). */
  name?: string;
  /** The text to copy, asked for on click (a citation is made by the background). */
  text(): Promise<string>;
  /** Class of the button; the card and the extension pages style it apart. */
  class?: string;
}

/**
 * A button that copies text on click, says "已复制 / Copied" in a live region, and when the clipboard is
 * refused says why and shows the text, selected, so it can be copied by hand: nothing is lost.
 */
export function CopyButton({ label, name, text, class: className = 'll-button' }: CopyButtonProps) {
  const t = cardMessages();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const field = useRef<HTMLTextAreaElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (state.kind === 'failed') field.current?.select();
    if (state.kind !== 'copied') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    setState({ kind: 'busy' });
    let value: string | null = null;
    try {
      value = await text();
    } catch (error) {
      setState({ kind: 'failed', message: t.citeFailed(reason(error)), text: null });
      return;
    }
    try {
      await copyText(value, hostRoot(button.current));
      setState({ kind: 'copied' });
    } catch (error) {
      setState({ kind: 'failed', message: t.citeCopyFailed(reason(error)), text: value });
    }
  };

  return (
    <span class="ll-copy">
      <button
        type="button"
        ref={button}
        class={className}
        aria-label={name}
        title={name}
        disabled={state.kind === 'busy'}
        onClick={() => void copy()}
      >
        {label}
      </button>
      <span class="ll-copy-status" role="status" aria-live="polite">
        {state.kind === 'busy' ? t.citeCopying : state.kind === 'copied' ? t.citeCopied : ''}
      </span>
      {state.kind === 'failed' && (
        <span class="ll-copy-failed" role="alert">
          {state.message}
          {state.text !== null && (
            <textarea
              ref={field}
              class="ll-copy-text"
              readOnly
              rows={3}
              value={state.text}
              aria-label={label}
            />
          )}
        </span>
      )}
    </span>
  );
}
