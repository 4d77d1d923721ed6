import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { TSX_CONDITIONS, TSX_NODE_ARGS } from '../../scripts/lib/tsxNodeArgs'

/**
 * Every plain-Node launcher of server code resolves lexical without its top-level-await entry
 * (scripts/lib/tsxNodeArgs.ts says why: under Node 20, `npm run dev` or the test template's build otherwise
 * stops silently with exit code 13, about one time in two).
 */
const ROOT = process.cwd()

/**
 * The one exception: the production server (`npm start`, server.ts, started by `PRODUCTION_SERVER_ARGS` in
 * scripts/lib/nextServer.ts). It loads Next.js and the built application, where lexical is bundled (the build's
 * externals, `.next/node_modules`, are pg, pino, graphql, drizzle-kit): Node never resolves lexical there, and the
 * `development` condition would only pick development builds of those externals in production.
 */
const PRODUCTION_SERVER = { script: 'start', file: 'scripts/lib/nextServer.ts', args: "PRODUCTION_SERVER_ARGS = ['--import', 'tsx'" }

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder)).flatMap((entry) => {
    const relative = path.join(folder, entry)
    if (entry === 'node_modules' || entry === 'artifacts') return []
    return statSync(path.join(ROOT, relative)).isDirectory() ? filesUnder(relative) : /\.(ts|mts)$/.test(entry) ? [relative] : []
  })
}

describe('plain-Node launchers of server code', () => {
  const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts

  it.each(Object.entries(scripts).filter(([name, command]) => name !== PRODUCTION_SERVER.script && /(^|\s)tsx\s/.test(command)))(
    'npm run %s runs tsx with the condition',
    (_name, command) => {
      expect(command).toContain(`tsx ${TSX_CONDITIONS} `)
    },
  )

  it('spawn Node with TSX_NODE_ARGS, never with a bare « --import tsx »', () => {
    const bare = [...filesUnder('scripts'), ...filesUnder('tests')].filter(
      (file) =>
        !path.basename(file).startsWith('tsxNodeArgs.') &&
        readFileSync(path.join(ROOT, file), 'utf8').replace(PRODUCTION_SERVER.args, '').includes("'--import', 'tsx'"),
    )
    expect(bare).toEqual([])
  })

  it('the production server is the exception, started the same way everywhere', () => {
    expect(scripts[PRODUCTION_SERVER.script]).toBe('cross-env NODE_ENV=production node --import tsx server.ts')
    expect(readFileSync(path.join(ROOT, PRODUCTION_SERVER.file), 'utf8')).toContain(PRODUCTION_SERVER.args)
  })

  it('with TSX_NODE_ARGS, Node resolves lexical to a build without top-level await', () => {
    const code = "console.log(import.meta.resolve('@lexical/a11y'))"
    const resolve = (args: readonly string[]) =>
      execFileSync(process.execPath, [...args, '--input-type=module', '-e', code], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' } })
        .toString()
        .trim()
    const withCondition = resolve(TSX_NODE_ARGS)
    expect(withCondition).toMatch(/LexicalA11y\.dev\.mjs$/)
    expect(readFileSync(new URL(withCondition), 'utf8')).not.toMatch(/^const mod = await/m)
    // Without it, the entry that awaits at the top level (what this file guards against).
    expect(readFileSync(new URL(resolve(['--import', 'tsx'])), 'utf8')).toMatch(/^const mod = await/m)
  })
})
