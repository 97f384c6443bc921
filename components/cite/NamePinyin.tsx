import { cardMessages } from '../card/strings';
import { detectLang } from '../lang';

/**
 * A name's pinyin for English readers (`Sūn Dàjūn`), beside the name on the card and the timeline; Chinese
 * readers see nothing. The pinyin comes made by the background, so no pinyin code reaches the content script.
 */
export function NamePinyin({
  pinyin,
  class: className = 'll-pinyin',
}: {
  pinyin: string | null | undefined;
  class?: string;
}) {
  if (!pinyin || detectLang() !== 'en') return null;
  return (
    <span class={className} lang="zh-Latn-pinyin" title={cardMessages().citePinyin(pinyin)}>
      {pinyin}
    </span>
  );
}
