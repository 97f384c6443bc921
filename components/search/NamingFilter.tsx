import { useState } from 'preact/hooks';
import { askArchive } from '@/lib/shared/archive-client';
import { LIMITS } from '@/lib/shared/archive-protocol';
import { searchMessages } from './strings';
import { MAX_NAMED, withEntity, type Filters } from './search-state';

type Lookup =
  { state: 'idle' } | { state: 'busy' } | { state: 'missing'; name: string } | { state: 'failed' };

/**
 * "Articles naming both X and Y": names typed here (a person, place, organisation or topic, in any written
 * form the archive knows) become entities every result must name, shown as chips; the words in the search box
 * must be there too.
 */
export function NamingFilter({
  filters,
  ready,
  onChange,
}: {
  filters: Filters;
  ready: boolean;
  onChange(filters: Filters): void;
}) {
  const ts = searchMessages();
  const [text, setText] = useState('');
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });
  const full = filters.entities.length >= MAX_NAMED;

  const add = async () => {
    const name = text.trim().slice(0, LIMITS.name);
    if (!name || full || !ready) return;
    setLookup({ state: 'busy' });
    try {
      const [found] = (await askArchive({ type: 'archive/entity', name, limit: 1 })).entities;
      if (!found) return setLookup({ state: 'missing', name });
      onChange(withEntity(filters, { id: found.id, name: found.name }));
      setText('');
      setLookup({ state: 'idle' });
    } catch {
      setLookup({ state: 'failed' });
    }
  };

  return (
    <div class="ll-naming">
      <label class="ll-filter-label" for="ll-naming-input">
        {ts.filterNaming}
      </label>
      <span class="ll-naming-input">
        <input
          id="ll-naming-input"
          type="text"
          name="naming"
          value={text}
          maxLength={LIMITS.name}
          placeholder={ts.filterNamingPlaceholder}
          disabled={full}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || e.isComposing) return;
            e.preventDefault();
            void add();
          }}
        />
        <button
          type="button"
          class="ll-button"
          disabled={full || !text.trim() || lookup.state === 'busy'}
          onClick={() => void add()}
        >
          {ts.filterAddName}
        </button>
      </span>
      {filters.entities.length > 0 && (
        <ul class="ll-named" aria-label={ts.filterNamingList}>
          {filters.entities.map((e) => (
            <li key={e.id}>
              <span>{e.name}</span>
              <button
                type="button"
                class="ll-chip-remove"
                aria-label={ts.filterRemoveName(e.name)}
                title={ts.filterRemoveName(e.name)}
                onClick={() => onChange({ ...filters, entities: filters.entities.filter((x) => x !== e) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="ll-small ll-muted ll-naming-status" role="status">
        {lookup.state === 'missing' && ts.filterNameNotFound(lookup.name)}
        {lookup.state === 'failed' && ts.filterNameLookupFailed}
        {full && ts.filterNamesMax(MAX_NAMED)}
      </p>
    </div>
  );
}
