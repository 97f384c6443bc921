/**
 * A library evaluated on its first call instead of when the script loads: a Vite plugin for the extension build.
 *
 * The background is a module service worker, which may not `import()` anything later, so every library it
 * imports is compiled and run each time the worker starts, before it can answer a hover card. pinyin-pro builds
 * its dictionaries as it loads (hundreds of milliseconds) although the background needs pinyin only when the
 * reader adds to the archive. This plugin resolves such a library to a module that holds the library's CommonJS
 * build inside a function (only pre-parsed at start) and exports a wrapper per exported function, which runs
 * that function on first use. Node (build, CLIs, tests) imports the library as usual.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const PREFIX = '\0lazy-library:';

/** The module that replaces `name`: its CommonJS build in a closure, a lazy wrapper per exported function. */
export function lazyModuleSource(name: string): string {
  const file = require.resolve(name);
  const exported = require(name) as Record<string, unknown>;
  const functions = Object.keys(exported).filter(
    (key) => typeof exported[key] === 'function' && /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default',
  );
  if (functions.length === 0) throw new Error(`${name} exports no function to wrap`);
  const source = readFileSync(file, 'utf8');
  return [
    'let loaded;',
    'function loadLibrary() {',
    '  if (!loaded) {',
    '    const module = { exports: {} };',
    // `define` is shadowed so a UMD build takes its CommonJS branch
    '    (function (module, exports, define) {',
    source,
    '\n    }).call(globalThis, module, module.exports, undefined);',
    '    loaded = module.exports;',
    '  }',
    '  return loaded;',
    '}',
    ...functions.map((f) => `export function ${f}(...args) { return loadLibrary().${f}(...args); }`),
  ].join('\n');
}

export function lazyLibraries(names: readonly string[]) {
  return {
    name: 'lazy-libraries',
    enforce: 'pre' as const,
    resolveId(id: string) {
      return names.includes(id) ? `${PREFIX}${id}` : null;
    },
    load(id: string) {
      return id.startsWith(PREFIX) ? lazyModuleSource(id.slice(PREFIX.length)) : null;
    },
  };
}
