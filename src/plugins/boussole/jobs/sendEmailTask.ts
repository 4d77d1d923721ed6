import type { TaskConfig } from 'payload'

import type { BoussoleSettings } from '../core/options'
import { deliverEmail } from './deliverEmail'
import { deliveryTaskOptions } from './deliveryRecord'
import { EMAIL_GUARDS } from './emailGuard'
import { EMAIL_KINDS } from './queueEmail'
import { SEND_EMAIL_TASK } from './queues'

/** One email per job, retried with exponential backoff (`emailRetries`) while the SMTP server is unreachable. */
export const sendEmailTask = (settings: BoussoleSettings): TaskConfig<typeof SEND_EMAIL_TASK> => ({
  slug: SEND_EMAIL_TASK,
  label: 'Envoyer un courriel',
  inputSchema: [
    { name: 'kind', type: 'select', options: [...EMAIL_KINDS], required: true },
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'html', type: 'textarea', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'dedupeKey', type: 'text', required: true },
    { name: 'leadId', type: 'number' },
    { name: 'guard', type: 'select', options: [...EMAIL_GUARDS] },
  ],
  ...deliveryTaskOptions(settings),
  handler: async ({ input, req }) => ({ output: { status: await deliverEmail(req.payload, input) } }),
})
