/**
 * The store packages, checked as the stores check them (after `npm run zip`):
 * - both zips and Firefox's sources zip exist;
 * - no file in either package is over the 5 MB a store accepts for one file;
 * - Mozilla's addons-linter (what addons.mozilla.org runs) finds no error in the Firefox zip, and every warning
 *   it gives is one explained below and in the README ("Firefox add-on store"); a new warning fails the check
 *   until it is fixed or explained.
 * Exits non-zero on any failure, saying which.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import addonsLinter, { type LinterMessage } from 'addons-linter';

const OUTPUT = '.output';
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Warnings that are known and harmless, each with the reason (the README gives the same). */
const EXPLAINED: { code: string; file: RegExp; message: RegExp; why: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: /innerHTML/,
    file: /^(content-scripts\/content\.js|chunks\/[\w-]+\.js)$/,
    why:
      "Preact's renderer, which assigns innerHTML only for dangerouslySetInnerHTML; no component uses it (eslint " +
      'forbids it and other markup sinks in lib/, components/ and entrypoints/)',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: /innerHTML/,
    file: /^article-reader\.js$/,
    why:
      "Mozilla's Readability (the library behind Firefox's Reader View) rewrites markup inside a clone of the page " +
      '(document.cloneNode), a document without a browsing context where nothing runs or loads; only its text is kept',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: /import/,
    file: /^content-scripts\/content\.js$/,
    why:
      'the content script imports Readability (article-reader.js) from its own extension URL, ' +
      'browser.runtime.getURL, only when the reader saves an article',
  },
];

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  version: string;
};
const zip = (kind: string) => join(OUTPUT, `${name}-${version}-${kind}.zip`);
const failures: string[] = [];

for (const kind of ['chrome', 'firefox', 'sources']) {
  if (!existsSync(zip(kind))) failures.push(`${zip(kind)} is missing: run "npm run zip"`);
}

// The zips hold exactly these folders (`wxt zip` builds, then packs them).
function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}
for (const dir of ['chrome-mv3', 'firefox-mv2'].map((d) => join(OUTPUT, d))) {
  if (!existsSync(dir)) {
    failures.push(`${dir} is missing`);
    continue;
  }
  for (const file of files(dir)) {
    const bytes = statSync(file).size;
    if (bytes > MAX_FILE_BYTES) failures.push(`${relative(OUTPUT, file)} is ${bytes} bytes, over 5 MB`);
  }
}

if (existsSync(zip('firefox'))) {
  const linter = addonsLinter.createInstance({
    config: { _: [zip('firefox')], logLevel: 'fatal', output: 'none', pretty: false, boring: true },
    runAsBinary: false,
  });
  const result = await linter.run();
  const where = (m: LinterMessage) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}`;
  console.log(
    `addons-linter on ${zip('firefox')}: ${result.errors.length} errors, ${result.warnings.length} warnings, ` +
      `${result.notices.length} notices`,
  );
  for (const m of result.errors) failures.push(`addons-linter error ${where(m)}`);
  for (const m of result.warnings) {
    const known = EXPLAINED.find(
      (e) => e.code === m.code && e.file.test(m.file ?? '') && e.message.test(m.message),
    );
    if (known) console.log(`  warning ${where(m)} (explained: ${known.why})`);
    else failures.push(`addons-linter warning not explained in the README: ${where(m)}`);
  }
  for (const m of result.notices) console.log(`  notice ${where(m)}`);
}

for (const failure of failures) console.error(`FAIL ${failure}`);
if (failures.length === 0) console.log('store packages: ok');
process.exit(failures.length > 0 ? 1 : 0);
