/**
 * Runs the Payload job queue (emails…) every half second against the e2e database, the way the production
 * worker (`payload jobs:run --cron`) does every minute. Started by the e2e global setup in its own process,
 * and twice by the several-processes test, which drives it through IPC: `pause` and `resume` (stop and start
 * taking work) and `sweep` (queue one SLA sweep, as the scheduler does every 10 minutes); each is answered
 * with `done:<command>`.
 */
import { getPayload } from 'payload'

import { SCHEDULED_QUEUE, SLA_SWEEP_TASK } from '../../../src/plugins/boussole/jobs/queues'

const { default: config } = await import('../../../payload.config')
const payload = await getPayload({ config })
let stopping = false
let paused = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    stopping = true
  })
}
process.on('message', async (command) => {
  if (command === 'pause') paused = true
  if (command === 'resume') paused = false
  if (command === 'sweep') await payload.jobs.queue({ task: SLA_SWEEP_TASK, queue: SCHEDULED_QUEUE, input: {} })
  process.send?.(`done:${String(command)}`)
})
process.send?.('ready')
while (!stopping) {
  try {
    if (!paused) await payload.jobs.run({ allQueues: true, limit: 50 })
  } catch (error) {
    console.error('jobs worker:', error)
  }
  await new Promise((resolve) => setTimeout(resolve, 500))
}
await payload.destroy()
process.exit(0)
