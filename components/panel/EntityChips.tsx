import type { EntityKind } from '@/core/types';
import { ViewLink } from './Router';

/** Entity names as small links to their timelines, with an optional note each (e.g. shared articles). */
export function EntityChips({
  entities,
  labelledBy,
}: {
  entities: readonly { id: string; name: string; kind?: EntityKind; count?: number; note?: string }[];
  labelledBy: string;
}) {
  return (
    <ul class="ll-chips" aria-labelledby={labelledBy}>
      {entities.map((e) => (
        <li key={e.id}>
          <ViewLink
            to={{ kind: 'entity', entity: e.id }}
            class={`ll-chip${e.kind ? ` ll-kind-${e.kind}` : ''}`}
          >
            {e.name}
            {e.count !== undefined && (
              <span class="ll-chip-count" aria-hidden="true">
                {e.count}
              </span>
            )}
            {e.note && <span class="ll-visually-hidden">, {e.note}</span>}
          </ViewLink>
        </li>
      ))}
    </ul>
  );
}
