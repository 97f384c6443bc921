import type { NoteTarget } from '@/core/notes/types';
import { NoteEditor } from './NoteEditor';
import './notes.css';

/**
 * The reader's note in an extension page (side panel views: an entity, an article, a post). The hover card
 * mounts NoteEditor itself, with these styles in its shadow root's sheet.
 */
export function NoteBox({ target, label }: { target: NoteTarget; label: string }) {
  return <NoteEditor target={target} label={label} />;
}
