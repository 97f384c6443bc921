import { describe, expect, it } from 'vitest';
import {
  encodeRecordsFile,
  isRecordsParts,
  RecordsReader,
  sequentialSource,
  type ByteSource,
  type RecordsHeader,
} from '@/core/install/records-file';
import { cutIntoParts } from '@/scripts/lib/records-file';
import { deriveTables } from '@/core/install/tables';
import { postIndexOfArchive } from '@/core/posts';
import { plan } from '@/lib/background/storage/load-plan';
import { fixtureBundle } from '../storage/helpers';

const header: RecordsHeader = {
  kind: 'lvliang-records',
  version: 'v1',
  fingerprint: 'f',
  indexId: 'i',
  tokenizer: 't',
  indexFormat: 2,
  counts: { editions: 1, articles: 2, entities: 3, terms: 4 },
  steps: 0,
};

function file(batches: unknown[]): Uint8Array {
  return new Uint8Array(Buffer.concat([...encodeRecordsFile(header, batches)]));
}

/** The bytes in pieces of `size` (a fetch body delivers pieces that ignore the frames). */
function pieces(bytes: Uint8Array, size: number): ByteSource {
  let at = 0;
  return {
    read: async () => {
      if (at >= bytes.length) return { done: true };
      const value = bytes.slice(at, at + size);
      at += size;
      return { done: false, value };
    },
  };
}

async function readAll(bytes: Uint8Array, size: number, skip = 0): Promise<unknown[]> {
  const { header: read, reader } = await RecordsReader.open(pieces(bytes, size));
  const out: unknown[] = [];
  for (let i = 0; i < skip; i++) await reader.skip();
  for (let i = skip; i < read.steps; i++) out.push(await reader.next());
  return out;
}

describe('the archive records file', () => {
  const batches = [
    { store: 'editions', records: [['e1', { id: 'e1', date: '2021-08-11', title: '吕梁日报\u0000第1版' }]] },
    {
      store: 'postings',
      records: [
        [
          0,
          { words: '吕梁\u0000市委', bigrams: Uint32Array.from([1, 2 ** 32 - 1]), data: new Uint8Array([7]) },
        ],
        [1, { words: '', bigrams: new Uint32Array(0), data: new Uint8Array(0) }],
      ],
    },
    { store: 'entityDocs', records: [['person:甲', new Uint32Array(0)]] },
    {
      store: 'searchIndex',
      records: [
        ['docs', { dates: Int32Array.from([20210811, 0, -1]), kinds: Uint8Array.from([0, 3]) }],
        ['lens', { title: Uint16Array.from([65535, 1]), body: Float64Array.from([0.5, -2]) }],
      ],
    },
  ];

  it('gives back every batch as it was, whatever pieces the bytes arrive in', async () => {
    const bytes = file(batches);
    for (const size of [1, 7, 64, bytes.length]) expect(await readAll(bytes, size)).toEqual(batches);
  });

  it('gives each typed array a buffer of its own, so a stored record does not carry the file', async () => {
    const [, postings] = (await readAll(file(batches), 5)) as typeof batches;
    const bucket = postings!.records[0]![1] as { bigrams: Uint32Array; data: Uint8Array };
    expect(bucket.bigrams.buffer.byteLength).toBe(bucket.bigrams.byteLength);
    expect(bucket.data.buffer.byteLength).toBe(1);
  });

  it('reads ahead of the frame it decodes only so far, and still reads every frame', async () => {
    const { archive, index } = fixtureBundle();
    const planned = plan(archive, index, deriveTables(archive));
    const bytes = file(planned);
    let read = 0;
    const source = pieces(bytes, 100);
    const counted: ByteSource = {
      read: async () => {
        const piece = await source.read();
        read += piece.value?.length ?? 0;
        return piece;
      },
    };
    const { reader } = await RecordsReader.open(counted, 1000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // the header frame, then at most the read-ahead and one piece more
    expect(read).toBeLessThan(2000);
    expect(bytes.length).toBeGreaterThan(10 * read);
    const out = [];
    for (let i = 0; i < planned.length; i++) out.push(await reader.next());
    expect(out).toEqual(planned);
  });

  it('skips written batches without decoding them (a resumed install)', async () => {
    expect(await readAll(file(batches), 13, 2)).toEqual(batches.slice(2));
  });

  it('says so when the file is cut short or is not a records file', async () => {
    const bytes = file(batches);
    await expect(readAll(bytes.slice(0, bytes.length - 3), 64)).rejects.toThrow(/truncated/);
    const other = bytes.slice();
    other[0] = 0;
    await expect(readAll(other, 64)).rejects.toThrow(/Not an archive records file/);
  });

  it('refuses a value it cannot give back', () => {
    expect(() => file([{ view: new DataView(new ArrayBuffer(4)) }])).toThrow(/DataView/);
  });

  it('carries the install plan of an archive exactly, tables and post index included', async () => {
    const { archive, index } = fixtureBundle();
    const planned = plan(archive, index, deriveTables(archive));
    const read = (await readAll(file(planned), 4096)) as typeof planned;
    expect(read).toEqual(planned);
    const posts = read.flatMap((b) => b.records).find(([key]) => key === 'posts')![1];
    expect((posts as { index: unknown }).index).toEqual(postIndexOfArchive(archive));
  });
});

describe('the records file in parts', () => {
  const { archive, index } = fixtureBundle();
  const planned = plan(archive, index, deriveTables(archive));
  const bytes = file(planned);
  const concat = (parts: Uint8Array[][]) => new Uint8Array(Buffer.concat(parts.flat()));

  it('cuts the file into parts of the given size, the last one shorter, losing and adding no byte', () => {
    const encoded = [...encodeRecordsFile(header, planned)];
    const parts = [...cutIntoParts(encoded, 1000)];
    const sizes = parts.map((p) => p.reduce((n, piece) => n + piece.length, 0));
    expect(sizes.slice(0, -1).every((n) => n === 1000)).toBe(true);
    expect(sizes.at(-1)).toBeGreaterThan(0);
    expect(sizes.at(-1)).toBeLessThanOrEqual(1000);
    expect(parts.length).toBe(Math.ceil(bytes.length / 1000));
    expect(concat(parts)).toEqual(bytes);
    // a file smaller than a part is one part
    expect([...cutIntoParts(encoded, bytes.length + 1)]).toHaveLength(1);
  });

  it('reads the parts one after the other as one file, opening each only when the one before has ended', async () => {
    const parts = [...cutIntoParts(encodeRecordsFile(header, planned), 777)].map((p) => concat([p]));
    let open = 0;
    let opened = 0;
    const source = sequentialSource(
      parts.map((part) => async () => {
        expect(open).toBe(0);
        open++;
        opened++;
        const inner = pieces(part, 100);
        return {
          read: async () => {
            const piece = await inner.read();
            if (piece.done) open--;
            return piece;
          },
          cancel: async () => void open--,
        };
      }),
    );
    const { header: read, reader } = await RecordsReader.open(source, 2000);
    // the header is in the first part: the later ones wait until the reading reaches them
    expect(opened).toBeLessThan(parts.length);
    const out = [];
    for (let i = 0; i < read.steps; i++) out.push(await reader.next());
    expect(out).toEqual(planned);
    expect(opened).toBe(parts.length);
  });

  it('stops at the part being read when cancelled, and reports a part that cannot be read', async () => {
    let opened = 0;
    let cancelled = 0;
    const source = sequentialSource(
      [bytes.slice(0, 10), bytes.slice(10)].map((part) => async () => {
        opened++;
        return { ...pieces(part, 4), cancel: async () => void cancelled++ };
      }),
    );
    expect((await source.read()).value).toEqual(bytes.slice(0, 4));
    await source.cancel();
    expect(cancelled).toBe(1);
    expect(await source.read()).toEqual({ done: true });
    expect(opened).toBe(1);

    const broken = sequentialSource([
      async () => ({ ...pieces(bytes.slice(0, 64), 64), cancel: async () => {} }),
      () => Promise.reject(new Error('part 1 missing')),
    ]);
    await expect(RecordsReader.open(broken).then(async ({ reader }) => reader.next())).rejects.toThrow(
      /part 1 missing/,
    );
  });

  it('knows the list of parts from anything else', () => {
    expect(isRecordsParts({ kind: 'lvliang-records-parts', parts: ['a.bin'] })).toBe(true);
    for (const other of [
      null,
      {},
      { kind: 'lvliang-records-parts', parts: [] },
      { kind: 'lvliang-records-parts', parts: [1] },
      { kind: 'lvliang-records', parts: ['a.bin'] },
    ])
      expect(isRecordsParts(other)).toBe(false);
  });
});
