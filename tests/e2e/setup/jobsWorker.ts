/**
 * Runs the Payload job queue (emails…) every half second against the e2e database, the way the production
 * worker (`payload jobs:run --cron`) does every minute. Started by the e2e global setup in its own process.
 */
import { getPayload } from 'payload'

const { default: config } = await import('../../../payload.config')
const payload = await getPayload({ config })
let stopping = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    stopping = true
  })
}
process.send?.('ready')
while (!stopping) {
  try {
    await payload.jobs.run({ allQueues: true, limit: 50 })
  } catch (error) {
    console.error('jobs worker:', error)
  }
  await new Promise((resolve) => setTimeout(resolve, 500))
}
await payload.destroy()
process.exit(0)
