/**
 * Searches the archive built from seeds/ with the extension's engine, in memory.
 * `npm run -s search -- [--json] [--limit N] QUERY...` — see USAGE for the other options.
 */
import { segmentsText, type SearchHit } from '../core/search';
import { parseSearchArgs, USAGE, UsageError } from './lib/search-args';
import { seedSearch } from './lib/seed-search';

function mark(hit: SearchHit, tty: boolean): string {
  return hit.snippet
    .map((s) => (!s.mark ? s.text : tty ? `\x1b[1;33m${s.text}\x1b[0m` : `【${s.text}】`))
    .join('');
}

function table(hits: SearchHit[], tty: boolean): string {
  return hits
    .map((hit, i) =>
      [
        `${String(i + 1).padStart(2)}. ${hit.title}`,
        `    ${hit.id} · ${hit.date} · ${hit.kind} · score ${hit.score.toFixed(3)}`,
        `    ${mark(hit, tty)}`,
      ].join('\n'),
    )
    .join('\n\n');
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseSearchArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`search: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { engine, failures } = seedSearch();
  for (const failure of failures) process.stderr.write(`search: page left out: ${failure}\n`);
  const result = await engine.search({
    query: args.query,
    limit: args.limit,
    from: args.from,
    to: args.to,
    kinds: args.kinds,
    entities: args.entities,
    sort: args.sort,
  });
  if (args.json) {
    const rows = result.hits.map((h) => ({
      id: h.id,
      title: h.title,
      date: h.date,
      score: h.score,
      snippet: segmentsText(h.snippet),
    }));
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const tty = process.stdout.isTTY === true;
  const shown = result.hits.length;
  process.stdout.write(
    `${result.total} result${result.total === 1 ? '' : 's'} for “${result.normalized}”` +
      (shown < result.total ? ` (showing ${shown})` : '') +
      '\n\n' +
      (shown ? `${table(result.hits, tty)}\n` : ''),
  );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`search: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
