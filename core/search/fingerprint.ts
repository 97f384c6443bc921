/** The search index is stamped with the archive's version (see core/archive-version.ts). */
export { archiveVersion as archiveFingerprint } from '../archive-version';
