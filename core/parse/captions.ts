/**
 * Captions printed apart from any article (`图为全市脱贫攻坚问题整改工作推进会议现场。 记者 王益炜 摄` among the
 * headlines): attached to the article whose event they show, or, when no article matches, kept as a photo
 * article of their own.
 */
import type { Caption } from './segment';
import { buildSimilarityIndex, similarities } from './similarity';

/** Lowest similarity at which a caption describes an article's event. */
const MIN_CAPTION_MATCH = 0.4;

/** Index of the article each caption belongs to, or null for a photo printed on its own. */
export function matchCaptions(captions: readonly Caption[], bodies: readonly string[]): Array<number | null> {
  if (captions.length === 0) return [];
  const index = buildSimilarityIndex(bodies);
  return captions.map((caption) => {
    const text = caption.text.replace(/^图为/u, '');
    let best: number | null = null;
    let bestScore = MIN_CAPTION_MATCH;
    // In document order, the later of two equal scores wins.
    const scores = [...similarities(index, text)].sort(([a], [b]) => a - b);
    for (const [article, score] of scores) {
      if (score >= bestScore) {
        best = article;
        bestScore = score;
      }
    }
    return best;
  });
}
