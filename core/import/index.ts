/** Import of front-page text files: decoding, dating and the preview. Pure, so it is tested in Node. */
export { decodeImportFile, type DecodedFile, type TextEncoding } from './decode';
export {
  isHiddenPath,
  isManifest,
  prepareImport,
  refuseBySize,
  type DateSource,
  type PickedFile,
  type PreparedImport,
  type PreparedPage,
} from './files';
export { baseName, dateFromFileName, pageFromFileName } from './names';
export { previewPage, type ArticlePreview, type PagePreview } from './preview';
