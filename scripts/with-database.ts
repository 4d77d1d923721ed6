/**
 * `tsx scripts/with-database.ts <command…>`: runs a command with DATABASE_URL pointing at the project's
 * database: DATABASE_URL when set, otherwise the embedded PostgreSQL (started for the command, or joined
 * when `npm run dev` already runs it). Example: `npm run payload -- migrate:create add_offer_field`.
 */
import { spawn } from 'node:child_process'

import { resolveDatabaseUrl } from '../src/database/resolveDatabaseUrl'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('Usage : tsx scripts/with-database.ts <commande> [arguments…]')
  process.exit(2)
}

const database = await resolveDatabaseUrl()
const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: database.url } })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', async (code, signal) => {
  await database.release()
  process.exit(code ?? (signal ? 1 : 0))
})
