import type { NoteHit } from '@/lib/shared/archive-protocol';
import { messages } from '../i18n';
import { searchMessages } from '../search/strings';
import { Marked } from '../ui/Marked';

/** A note found by search: what it is about (with its kind), when it was last edited, and its words. */
export function NoteRow({ hit }: { hit: NoteHit }) {
  const t = messages();
  const ts = searchMessages();
  return (
    <div class="ll-row-note">
      <div class="ll-row-title">
        <span aria-hidden="true">✎ </span>
        <Marked class="ll-note-about" segments={hit.labelSegments} />
      </div>
      <div class="ll-row-meta">
        {ts.noteKind(hit.target.kind)} · {t.noteEdited(hit.updatedAt.slice(0, 10))}
      </div>
      <Marked class="ll-snippet" segments={hit.snippet} />
    </div>
  );
}

/** The option's name for screen readers. */
export function noteRowLabel(hit: NoteHit): string {
  const ts = searchMessages();
  const text = hit.snippet.map((s) => s.text).join('');
  return `${ts.noteKind(hit.target.kind)}: ${hit.label}, ${text}`;
}
