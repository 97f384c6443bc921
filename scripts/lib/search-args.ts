/** Command-line arguments of `npm run search`, parsed strictly: anything unexpected is an error with a reason. */
import { PRINTED_KINDS } from '../../core/article-kinds';
import type { ArticleKind } from '../../core/types';
import type { SortOrder } from '../../core/search';

export interface SearchArgs {
  json: boolean;
  limit: number;
  query: string;
  from?: string;
  to?: string;
  kinds?: ArticleKind[];
  entities?: string[];
  sort: SortOrder;
  help: boolean;
}

export const USAGE = `Usage: npm run -s search -- [options] QUERY...

Searches the archive built from seeds/ (ids as printed by \`npm run archive\`).

Options:
  --json             print a JSON array of { id, title, date, score, snippet }, best first
  --limit N          at most N results (1–100, default 10)
  --from YYYY-MM-DD  published on or after this date
  --to YYYY-MM-DD    published on or before this date
  --kind KIND        ${PRINTED_KINDS.slice(0, -1).join(', ')} or ${PRINTED_KINDS.at(-1)} (repeatable)
  --entity ID        must mention this entity (repeatable)
  --sort ORDER       relevance (default) or date
  -h, --help         show this help`;

const KINDS: readonly string[] = PRINTED_KINDS;

export class UsageError extends Error {}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

export function parseSearchArgs(argv: string[]): SearchArgs {
  const args: SearchArgs = { json: false, limit: 10, query: '', sort: 'relevance', help: false };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value.`);
      return next;
    };
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    } else if (arg === '--json') args.json = true;
    else if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '--limit') {
      const raw = value();
      const n = Number(raw);
      if (!/^\d+$/.test(raw) || n < 1 || n > 100)
        throw new UsageError(`--limit must be a whole number from 1 to 100, not "${raw}".`);
      args.limit = n;
    } else if (arg === '--from' || arg === '--to') {
      const raw = value();
      if (!isDate(raw)) throw new UsageError(`${arg} must be a date like 2021-08-11, not "${raw}".`);
      args[arg === '--from' ? 'from' : 'to'] = raw;
    } else if (arg === '--kind') {
      const raw = value();
      if (!KINDS.includes(raw))
        throw new UsageError(`--kind must be one of ${KINDS.join(', ')}, not "${raw}".`);
      (args.kinds ??= []).push(raw as ArticleKind);
    } else if (arg === '--entity') (args.entities ??= []).push(value());
    else if (arg === '--sort') {
      const raw = value();
      if (raw !== 'relevance' && raw !== 'date')
        throw new UsageError(`--sort must be relevance or date, not "${raw}".`);
      args.sort = raw;
    } else if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg))
      throw new UsageError(`Unknown option ${arg}.`);
    else words.push(arg);
  }
  args.query = words.join(' ').trim();
  if (args.from && args.to && args.from > args.to)
    throw new UsageError(`--from ${args.from} is after --to ${args.to}.`);
  if (!args.help && !args.query && !args.entities?.length)
    throw new UsageError('Give a query to search for.');
  if (args.query.length > 500) throw new UsageError('The query is longer than 500 characters.');
  return args;
}
