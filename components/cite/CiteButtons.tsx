import { askArchive } from '@/lib/shared/archive-client';
import type { Citation } from '@/core/cite/article';
import { cardMessages } from '../card/strings';
import { CopyButton } from './CopyButton';

/** One request per article while the page lives: both buttons and repeated clicks share it. */
const asked = new Map<string, Promise<Citation>>();

/** The article's citation, made by the background (which has the pinyin library); a failure is asked again. */
export function citationOf(id: string): Promise<Citation> {
  let reply = asked.get(id);
  if (!reply) {
    reply = askArchive({ type: 'archive/cite', id });
    reply.catch(() => asked.delete(id));
    asked.set(id, reply);
  }
  return reply;
}

/** "Copy citation (Chinese)" and "(English)" for one article: the reader view and the search results. */
export function CiteButtons({ id, title }: { id: string; title?: string }) {
  const t = cardMessages();
  return (
    <span class="ll-cite ll-row ll-wrap">
      <CopyButton
        label={t.citeCopyZh}
        name={title ? `${t.citeCopyZh}: ${title}` : undefined}
        text={() => citationOf(id).then((c) => c.zh)}
      />
      <CopyButton
        label={t.citeCopyEn}
        name={title ? `${t.citeCopyEn}: ${title}` : undefined}
        text={() => citationOf(id).then((c) => c.en)}
      />
    </span>
  );
}
