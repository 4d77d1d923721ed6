import type { TaskConfig } from 'payload'

import type { BoussoleSettings } from '../core/options'
import { deliverSms } from './deliverSms'
import { deliveryTaskOptions } from './deliveryRecord'
import { EMAIL_GUARDS } from './emailGuard'
import { SEND_SMS_TASK } from './queues'
import { SMS_KINDS } from './queueSms'

/** One SMS per job, retried with exponential backoff (`emailRetries`, the same as emails) while the SMPP gateway is unreachable. */
export const sendSmsTask = (settings: BoussoleSettings): TaskConfig<typeof SEND_SMS_TASK> => ({
  slug: SEND_SMS_TASK,
  label: 'Envoyer un SMS',
  inputSchema: [
    { name: 'kind', type: 'select', options: [...SMS_KINDS], required: true },
    { name: 'to', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'dedupeKey', type: 'text', required: true },
    { name: 'leadId', type: 'number' },
    { name: 'guard', type: 'select', options: [...EMAIL_GUARDS] },
  ],
  ...deliveryTaskOptions(settings),
  handler: async ({ input, req }) => ({ output: { status: await deliverSms(req.payload, input) } }),
})
