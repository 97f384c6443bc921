import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface ResultGroup {
  id: string;
  label: string;
  options: { key: string; content: ComponentChildren; label: string }[];
}

/**
 * The results as one listbox in labelled groups (names first, then articles). Options are not in the tab
 * order: the search box drives them (↑/↓, Enter) and names the active one; a click opens one too.
 */
export function ResultList({
  id,
  label,
  groups,
  active,
  optionId,
  onOpen,
  busy,
}: {
  id: string;
  label: string;
  groups: ResultGroup[];
  active: number;
  optionId(index: number): string;
  onOpen(index: number): void;
  busy: boolean;
}) {
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (active < 0) return;
    list.current?.querySelector(`#${CSS.escape(optionId(active))}`)?.scrollIntoView({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- scrolls when the active option moves, not when the parent hands a new optionId function
  }, [active]);

  let index = 0;
  return (
    <div ref={list} id={id} role="listbox" aria-label={label} aria-busy={busy} class="ll-results">
      {groups.map((group) =>
        group.options.length === 0 ? null : (
          <div key={group.id} role="group" aria-labelledby={`${id}-${group.id}`} class="ll-result-group">
            {/* Named through the group's aria-labelledby; hidden itself, since a listbox holds only groups and options. */}
            <div id={`${id}-${group.id}`} class="ll-group-label" aria-hidden="true">
              {group.label}
            </div>
            {group.options.map((option) => {
              const i = index++;
              return (
                <div
                  key={option.key}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  aria-label={option.label}
                  class="ll-option"
                  // mousedown would move focus out of the search box; the click still opens the option
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onOpen(i)}
                >
                  {option.content}
                </div>
              );
            })}
          </div>
        ),
      )}
    </div>
  );
}
