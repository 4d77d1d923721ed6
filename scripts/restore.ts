/**
 * `npm run restore -- --file=chemin.dump --yes`: replaces the project's database (DATABASE_URL, or the embedded one)
 * by a backup of `npm run backup`, with PostgreSQL's `pg_restore` in one transaction (src/database/backup.ts).
 * Stop the web servers and workers first; `--yes` says you mean it.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import { restoreDatabase } from '../src/database/backup'
import { resolveDatabaseUrl } from '../src/database/resolveDatabaseUrl'

const option = (name: string) => process.argv.find((argument) => argument.startsWith(`--${name}=`))?.slice(name.length + 3)
const file = option('file')
if (!file || !existsSync(file)) {
  console.error('Usage : npm run restore -- --file=chemin/vers/boussole.dump --yes (le fichier doit exister).')
  process.exit(2)
}
if (!process.argv.includes('--yes')) {
  console.error(`La restauration remplace le contenu de la base par celui de ${file}. Relancez avec --yes pour confirmer.`)
  process.exit(2)
}

const database = await resolveDatabaseUrl()
try {
  await restoreDatabase(database.url, path.resolve(file))
  console.info(`Base restaurée depuis ${file}.`)
} catch (error) {
  console.error(`Restauration impossible (la base n’a pas changé) : ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  await database.release()
}
