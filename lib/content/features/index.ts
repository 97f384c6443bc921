import type { ContentFeature } from '../feature';
import { lvliangSignal } from './lvliang-signal';

/** Every content-script feature, in start order. A unit test checks that each feature file is listed here. */
export const features: ContentFeature[] = [lvliangSignal];
