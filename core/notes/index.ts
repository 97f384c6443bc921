/** The reader's private notes: shapes, limits, checks, search and the merge of an imported file. */
export { mergeNotes, type NotesMerge } from './merge';
export { queryWords, searchNotes, type NoteHit } from './search';
export * from './types';
export {
  exportedNote,
  NoteInputError,
  readLabel,
  readNote,
  readNotesSection,
  readNoteText,
  readTarget,
} from './validate';
