/** The extension's IndexedDB: layout, migrations, archive install, the search reader and the reader's own data. */
export { openLensDB, type LensDatabase, type OpenOptions } from './db';
export { deleteGenerationsExcept } from './generations';
export {
  installArchive,
  needsLoad,
  type Bundle,
  type InstallOptions,
  type InstallResult,
  type LoadPhase,
  type LoadProgress,
} from './loader';
export { installedArchive, stagedLoad } from './meta';
export { createIdbReader, type IdbReaderOptions } from './idb-reader';
export { DB_NAME, DB_VERSION, type ArchiveMeta, type OverlayMeta, type StagingMeta } from './schema';
export { additions, getSetting, setSetting } from './user-data';
