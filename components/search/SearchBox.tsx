import { useEffect, useRef } from 'preact/hooks';
import { messages } from '../i18n';
import { isListKey, type ListKey } from './listbox';

interface Props {
  id: string;
  query: string;
  onQuery(query: string): void;
  /** Id of the result list this box drives, and of its active option (combobox pattern). */
  listId: string;
  activeId: string | null;
  expanded: boolean;
  onMove(key: ListKey): void;
  onEnter(): void;
  autoFocus?: boolean;
}

/**
 * The search field. Focus stays here while ↑/↓ move through the results (announced through
 * aria-activedescendant) and Enter opens the active one.
 */
export function SearchBox({
  id,
  query,
  onQuery,
  listId,
  activeId,
  expanded,
  onMove,
  onEnter,
  autoFocus,
}: Props) {
  const t = messages();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing) return; // keys typed into the input method's candidate window are not for us
    // Home/End and the page keys stay with the text field (moving the caret) unless a result is active.
    const movesCaret = (event.key === 'Home' || event.key === 'End') && !activeId;
    if (isListKey(event.key) && !movesCaret) {
      event.preventDefault();
      onMove(event.key);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onEnter();
    }
  };

  return (
    <div class="ll-searchbox">
      <input
        ref={input}
        id={id}
        type="search"
        name="q"
        role="combobox"
        aria-label={t.popupTitle}
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={expanded}
        aria-activedescendant={activeId ?? undefined}
        placeholder={t.searchPlaceholder}
        autocomplete="off"
        spellcheck={false}
        maxLength={200}
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
