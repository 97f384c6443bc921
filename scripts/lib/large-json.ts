/**
 * JSON objects too large for one string. V8 refuses strings over 2^29 - 24 characters, and Node refuses to
 * decode a buffer of more bytes than that, so at 300 000 articles neither `archive.json` (about 800 MB) nor
 * MiniSearch's index can be read with `JSON.parse(readFileSync(…))`. They are written one array element to a
 * line, which is still JSON (any reader can parse a small one whole), and read back line by line.
 *
 *   {
 *   "version":"…",
 *   "articles":[
 *   {…},
 *   {…}
 *   ],
 *   "entities":[
 *   …
 *   ]
 *   }
 */
import { closeSync, openSync, readSync, statSync, writeSync } from 'node:fs';

type JsonObject = Record<string, unknown>;

/**
 * Whether the file can be read as one string, in Node or in a page: its bytes under V8's limit on characters,
 * with room left (a character is at least one byte).
 */
export const fitsOneString = (path: string): boolean => statSync(path).size < 500 * 2 ** 20;

/** Arrays, and other iterables (not strings) written as arrays, made as they are written. */
const isList = (item: unknown): item is Iterable<unknown> =>
  Array.isArray(item) ||
  (typeof item === 'object' && item !== null && Symbol.iterator in item && !(item instanceof Map));

/**
 * Writes `value` with each top-level array (or iterable) one element to a line, other keys on one line each.
 * Returns the newlines it added: the file's size less them is the size of `JSON.stringify(value)` (its
 * iterables made arrays).
 */
export function writeLargeJson(path: string, value: JsonObject): number {
  const fd = openSync(path, 'w');
  let pending: string[] = [];
  let size = 0;
  let newlines = 0;
  const out = (text: string) => {
    newlines++;
    pending.push(text);
    size += text.length;
    if (size > 1 << 24) flush();
  };
  const flush = () => {
    writeSync(fd, pending.join(''));
    pending = [];
    size = 0;
  };
  try {
    out('{\n');
    const keys = Object.keys(value).filter((key) => value[key] !== undefined);
    keys.forEach((key, k) => {
      const item = value[key];
      const comma = k < keys.length - 1 ? ',' : '';
      if (isList(item)) {
        out(`${JSON.stringify(key)}:[\n`);
        // each element is written when the next one is known, to know whether a comma follows it
        let previous: string | undefined;
        for (const element of item) {
          if (previous !== undefined) out(`${previous},\n`);
          previous = JSON.stringify(element);
        }
        if (previous !== undefined) out(`${previous}\n`);
        out(`]${comma}\n`);
      } else out(`${JSON.stringify(key)}:${JSON.stringify(item)}${comma}\n`);
    });
    out('}\n');
    flush();
  } finally {
    closeSync(fd);
  }
  return newlines;
}

/** Each line of the file, decoded as UTF-8, without its newline. */
function* lines(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  const utf8 = new TextDecoder();
  const chunk = Buffer.alloc(1 << 24);
  let rest: Buffer = Buffer.alloc(0);
  try {
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      const data = rest.length ? Buffer.concat([rest, chunk.subarray(0, read)]) : chunk.subarray(0, read);
      let start = 0;
      for (let end = data.indexOf(10, start); end >= 0; end = data.indexOf(10, start)) {
        yield utf8.decode(data.subarray(start, end));
        start = end + 1;
      }
      rest = Buffer.from(data.subarray(start));
    }
    if (rest.length) yield utf8.decode(rest);
  } finally {
    closeSync(fd);
  }
}

const withoutComma = (line: string) => (line.endsWith(',') ? line.slice(0, -1) : line);

/**
 * Reads what `writeLargeJson` wrote. A file of another layout (one line, as `JSON.stringify` writes) is parsed
 * whole, which works while it is under V8's string limit.
 */
export function readLargeJson<T = JsonObject>(path: string): T {
  const it = lines(path);
  const first = it.next();
  if (first.done || first.value !== '{') {
    const text = first.done ? '' : [first.value, ...it].join('\n');
    return JSON.parse(text) as T;
  }
  const out: JsonObject = {};
  let array: unknown[] | null = null;
  for (const line of it) {
    if (array) {
      if (line === ']' || line === '],') array = null;
      else array.push(JSON.parse(withoutComma(line)));
      continue;
    }
    if (line === '}' || line === '') continue;
    const open = /^("(?:[^"\\]|\\.)*"):\[$/.exec(line);
    if (open) {
      array = [];
      out[JSON.parse(open[1]!) as string] = array;
    } else Object.assign(out, JSON.parse(`{${withoutComma(line)}}`) as JsonObject);
  }
  return out as T;
}
