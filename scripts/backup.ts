/**
 * `npm run backup [-- --file=chemin.dump]`: the project's database (DATABASE_URL, or the embedded one) saved with
 * PostgreSQL's `pg_dump` (src/database/backup.ts), by default into `.data/backups/boussole-<date>.dump`.
 */
import { mkdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { backupFileName, dumpDatabase } from '../src/database/backup'
import { resolveDatabaseUrl } from '../src/database/resolveDatabaseUrl'

const option = (name: string) => process.argv.find((argument) => argument.startsWith(`--${name}=`))?.slice(name.length + 3)
const file = path.resolve(option('file') ?? path.join('.data/backups', backupFileName(new Date())))

const database = await resolveDatabaseUrl()
try {
  mkdirSync(path.dirname(file), { recursive: true })
  await dumpDatabase(database.url, file)
  console.info(`Sauvegarde écrite : ${file} (${Math.round(statSync(file).size / 1024)} Ko).`)
} catch (error) {
  console.error(`Sauvegarde impossible : ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  await database.release()
}
