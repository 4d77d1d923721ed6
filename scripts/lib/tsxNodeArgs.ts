/**
 * How every plain-Node process of the project that loads server code runs TypeScript: `node <TSX_NODE_ARGS> file.ts`
 * (and `tsx --conditions=development …` in package.json's scripts).
 *
 * `--conditions=development` matters: lexical's default Node entry (`@lexical/*` › `*.node.mjs`, loaded by the
 * rich-text editor of the config) picks its build with a top-level `await import(…)`. Under Node 20, when such a
 * module is evaluated inside a larger graph (a script that imports the seed, then the config), the import
 * intermittently never settles and Node exits with code 13 without a word — `npm run dev` or the test template's
 * build stopping silently about one time in two. With the condition, Node resolves lexical's development build
 * directly and no top-level await is left in the graph. `tests/unit/tsxNodeArgs.test.ts` keeps every launcher on it.
 */
export const TSX_CONDITIONS = '--conditions=development'

export const TSX_NODE_ARGS: readonly string[] = [TSX_CONDITIONS, '--import', 'tsx']
