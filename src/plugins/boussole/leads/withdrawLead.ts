import type { Payload } from 'payload'

import { inTransaction } from '@/database/transactions'

import { now as currentTime } from '../core/options'
import { queueEmail } from '../jobs/queueEmail'
import { anonymizeLead } from '../retention/anonymizeLead'
import { withdrawalEmail } from './emails/withdrawalEmail'
import { leadFromSignedLink } from './leadAccessByLink'
import { adminLeadUrl } from './leadLinks'
import { loadLeadSummary } from './leadSummary'
import { partnerRecipients } from './recipients'

export interface WithdrawnLead {
  reference: string
}

/**
 * The young person withdraws their request through the signed link of the acknowledgement email: the
 * lead is closed (« Plus intéressé(e) »), its personal data erased at once, and the organisation told
 * not to make contact — all in one transaction. 403 on a bad token, 410 when already withdrawn.
 */
export async function withdrawLead(payload: Payload, input: { leadId: unknown; token: unknown }): Promise<WithdrawnLead> {
  const now = currentTime(payload)
  return inTransaction(payload, async (req) => {
    const { id } = await leadFromSignedLink(payload, { leadId: input.leadId, token: input.token, purpose: 'withdraw' }, req)
    const loaded = await loadLeadSummary(payload, id, req)
    if (!loaded) throw new Error(`Lead ${id} vanished during its withdrawal`)
    const { lead, summary } = loaded
    if (lead.status !== 'cloturee') {
      await payload.update({
        collection: 'leads',
        id,
        data: { status: 'cloturee', outcome: 'pas_interessee', closingComment: 'Demande retirée par le ou la jeune.' },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
    const closed = await payload.findByID({ collection: 'leads', id, depth: 0, overrideAccess: true, req })
    await anonymizeLead(req, closed, 'withdrawal', now)
    const recipients = await partnerRecipients(payload, { offerId: summary.offerId, partnerId: summary.partnerId }, 'newLeads')
    for (const to of recipients) await queueEmail(req, withdrawalEmail(summary, to, adminLeadUrl(payload, id)))
    return { reference: summary.reference }
  })
}
