/** Saving web articles: what is pure about it (the paper's digital edition). */
export { editionDateFromUrl, findEdition, isPaperHost, PAPER_HOSTS, type EditionInfo } from './edition';
export { headlineFrom } from './headline';
