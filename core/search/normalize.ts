/**
 * Query and page-text normalisation: traditional characters (Taiwan, Hong Kong, generic) become the simplified
 * forms the archive is printed in (`core/simplified.ts`), then the length-preserving fold of `text.ts`.
 */
import { toSimplified } from '../simplified';
import { fold } from './text';

/** What every query and every foreign page text goes through before analysis. */
export function normalizeInput(text: string): string {
  return fold(toSimplified(text.normalize('NFC')));
}
