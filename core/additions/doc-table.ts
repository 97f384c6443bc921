/** Document tables of layers: the bundled generation's rows, then the added documents' rows. */
import type { DocTable } from '../search/docs';

/** The document tables of consecutive layers joined (the second numbered after the first). */
export function concatDocTables(a: DocTable, b: DocTable): DocTable {
  const n = a.ids.length;
  const entityStart = new Uint32Array(n + b.ids.length + 1);
  entityStart.set(a.entityStart.subarray(0, n));
  const offset = a.entityStart[n]!;
  for (let i = 0; i <= b.ids.length; i++) entityStart[n + i] = offset + b.entityStart[i]!;
  const entityRefs = new Uint32Array(offset + b.entityRefs.length);
  entityRefs.set(a.entityRefs.subarray(0, offset));
  entityRefs.set(b.entityRefs, offset);
  const dates = new Int32Array(n + b.ids.length);
  dates.set(a.dates);
  dates.set(b.dates, n);
  const kinds = new Uint8Array(n + b.ids.length);
  kinds.set(a.kinds);
  kinds.set(b.kinds, n);
  return {
    ids: [...a.ids, ...b.ids],
    titles: [...a.titles, ...b.titles],
    dates,
    kinds,
    entityStart,
    entityRefs,
  };
}

/** The rows of `table` from document `from` on (the added documents' rows of a table of base + additions). */
export function sliceDocTable(table: DocTable, from: number): DocTable {
  const n = table.ids.length;
  const offset = table.entityStart[from]!;
  return {
    ids: table.ids.slice(from),
    titles: table.titles.slice(from),
    dates: table.dates.slice(from),
    kinds: table.kinds.slice(from),
    entityStart: table.entityStart.slice(from, n + 1).map((v) => v - offset),
    entityRefs: table.entityRefs.slice(offset, table.entityStart[n]!),
  };
}
