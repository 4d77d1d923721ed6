/**
 * `npm run dev`: the whole local set-up in one command. Starts the embedded PostgreSQL (unless
 * DATABASE_URL is set), applies the migrations, imports the geography and the demo data on first start,
 * then runs `next dev` (site on /, back office on /admin).
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'

import { resolveDatabaseUrl } from '../src/database/resolveDatabaseUrl'
import { prepareDemoDatabase } from './lib/prepareDemoDatabase'
import { withMigratedPayload } from './lib/withPayload'

const database = await resolveDatabaseUrl()
console.info(database.embedded ? `PostgreSQL embarqué prêt (${new URL(database.url).port}).` : 'Base de données : DATABASE_URL.')
process.env.DATABASE_URL = database.url
await withMigratedPayload(prepareDemoDatabase)

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
const next = spawn(process.execPath, [nextBin, 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env },
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal))
next.on('exit', async (code) => {
  await database.release()
  process.exit(code ?? 0)
})
