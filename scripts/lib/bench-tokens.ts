/**
 * jieba's cuts of a cached benchmark archive, recorded the first time its index is rebuilt and replayed the next
 * times: a new index format then re-indexes 100 000 articles in a fraction of the quarter of an hour jieba takes.
 *
 * The index asks for its cuts in the same order every time (documents in order, each field's text, then the
 * long words inside), so the record is a stream read alongside the build, one JSON line per cut with the hash of
 * the text it was cut from. When a build asks for a cut the record does not hold next (the analysis changed),
 * jieba answers from then on.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, renameSync, writeSync } from 'node:fs';
import type { Tokenizer, UserWord } from '../../core/search/tokenizer';

type Mode = 'search' | 'precise';
type Line = [mode: Mode, hash: string, tokens: string[]];

const hashOf = (text: string) => createHash('sha1').update(text).digest('base64').slice(0, 20);

/** jieba, with every cut appended to `file` (complete once `finish` renames it from `file.part`). */
export function recordingTokenizer(jieba: Tokenizer, file: string): { tokenizer: Tokenizer; finish(): void } {
  const fd = openSync(`${file}.part`, 'w');
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    writeSync(fd, pending.join(''));
    pending = [];
    pendingLength = 0;
  };
  const record = (mode: Mode, text: string, tokens: string[]) => {
    const line = `${JSON.stringify([mode, hashOf(text), tokens] satisfies Line)}\n`;
    pending.push(line);
    pendingLength += line.length;
    if (pendingLength > 1 << 22) flush();
    return tokens;
  };
  return {
    tokenizer: {
      id: jieba.id,
      cutForSearch: (text) => record('search', text, jieba.cutForSearch(text)),
      cut: (text) => record('precise', text, jieba.cut(text)),
      addWords: (words) => jieba.addWords?.(words),
    },
    finish() {
      flush();
      closeSync(fd);
      renameSync(`${file}.part`, file);
    },
  };
}

/** Lines of a file read in chunks (a record of 100 000 articles is larger than one string may be). */
function* lines(file: string): Generator<string> {
  const fd = openSync(file, 'r');
  const chunk = Buffer.alloc(1 << 24);
  let rest = Buffer.alloc(0);
  try {
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      let data = Buffer.concat([rest, chunk.subarray(0, read)]);
      let at = data.indexOf(10);
      while (at >= 0) {
        yield data.toString('utf8', 0, at);
        data = data.subarray(at + 1);
        at = data.indexOf(10);
      }
      rest = Buffer.from(data);
    }
  } finally {
    closeSync(fd);
  }
}

/** The recorded cuts while they follow the build, then jieba (`jieba()` is called only if needed). */
export function replayingTokenizer(
  file: string,
  id: string,
  jieba: () => Tokenizer,
): { tokenizer: Tokenizer; replayed(): number } {
  const record = lines(file);
  let live: Tokenizer | null = null;
  const words: UserWord[][] = [];
  let replayed = 0;
  const fallback = () => {
    if (!live) {
      live = jieba();
      for (const list of words) live.addWords?.(list);
    }
    return live;
  };
  const next = (mode: Mode, text: string): string[] | null => {
    if (live) return null;
    const line = record.next();
    if (!line.done) {
      const [m, hash, tokens] = JSON.parse(line.value) as Line;
      if (m === mode && hash === hashOf(text)) {
        replayed++;
        return tokens;
      }
    }
    record.return(undefined);
    return null;
  };
  return {
    tokenizer: {
      id,
      cutForSearch: (text) => next('search', text) ?? fallback().cutForSearch(text),
      cut: (text) => next('precise', text) ?? fallback().cut(text),
      addWords: (list) => (live ? live.addWords?.(list) : words.push(list)),
    },
    replayed: () => replayed,
  };
}
