import type { ContentFeature } from '../feature';
import { pageOverlay } from './page-overlay';
import { saveArticle } from './save-article';

/**
 * Every content-script feature, in start order (saving only listens, so it starts first and never waits on the
 * overlay). A unit test checks that each feature file is listed here.
 */
export const features: ContentFeature[] = [saveArticle, pageOverlay];
