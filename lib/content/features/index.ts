import type { ContentFeature } from '../feature';
import { pageOverlay } from './page-overlay';

/** Every content-script feature, in start order. A unit test checks that each feature file is listed here. */
export const features: ContentFeature[] = [pageOverlay];
