import { cardMessages } from '../card/strings';
import { detectLang } from '../lang';
import { citationOf } from './CiteButtons';
import { CopyButton } from './CopyButton';

/** The hover card's "copy citation" beside a related article: the citation in the card's language. */
export function CardCite({ id, title }: { id: string; title: string }) {
  const t = cardMessages();
  const lang = detectLang();
  return (
    <CopyButton
      class="link cite"
      label={t.citeCopy}
      name={t.citeCopyOf(title)}
      text={() => citationOf(id).then((c) => c[lang])}
    />
  );
}
