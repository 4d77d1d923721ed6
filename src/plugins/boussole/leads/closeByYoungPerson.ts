import type { Payload } from 'payload'

import { inTransaction } from '@/database/transactions'

import { queueEmail } from '../jobs/queueEmail'
import { noLongerNeededEmail } from './emails/noLongerNeededEmail'
import { leadFromSignedLink } from './leadAccessByLink'
import { adminLeadUrl } from './leadLinks'
import { loadLeadSummary } from './leadSummary'
import { partnerRecipients } from './recipients'

export interface ClosedByYoungPerson {
  reference: string
  /** False when the request was already closed: nothing changed, nobody was emailed. */
  closed: boolean
}

/** The note of the history entry, read by the professionals. */
export const CLOSED_BY_YOUNG_PERSON_NOTE = 'Le ou la jeune a indiqué ne plus en avoir besoin (page de sa demande).'

/**
 * « Je n'en ai plus besoin », from the young person's own page (signed `status` link): the request is closed
 * « Plus intéressé(e) », its history says the young person closed it, and the organisation's recipients are told —
 * once. A request already closed is left as it is. Unlike the withdrawal, the contact details are kept (until the
 * retention period ends). 403 on a bad token, 410 when the request was withdrawn.
 */
export async function closeByYoungPerson(payload: Payload, input: { leadId: unknown; token: unknown }): Promise<ClosedByYoungPerson> {
  return inTransaction(
    payload,
    async (req) => {
      const lead = await leadFromSignedLink(payload, { leadId: input.leadId, token: input.token, purpose: 'status' }, req)
      const reference = lead.reference ?? String(lead.id)
      if (lead.status === 'cloturee') return { reference, closed: false }
      // Conditional update: of two simultaneous clicks, only one finds the request still open.
      const { docs } = await payload.update({
        collection: 'leads',
        where: { and: [{ id: { equals: lead.id } }, { status: { not_equals: 'cloturee' } }] },
        data: { status: 'cloturee', outcome: 'pas_interessee', closingComment: CLOSED_BY_YOUNG_PERSON_NOTE },
        depth: 0,
        overrideAccess: true,
        req,
      })
      if (!docs.length) return { reference, closed: false }
      const loaded = await loadLeadSummary(payload, lead.id, req)
      if (!loaded) throw new Error(`Lead ${lead.id} vanished while closed by its young person`)
      const recipients = await partnerRecipients(payload, { offerId: loaded.summary.offerId, partnerId: loaded.summary.partnerId }, 'newLeads')
      for (const to of recipients) await queueEmail(req, noLongerNeededEmail(loaded.summary, to, adminLeadUrl(payload, lead.id)))
      return { reference, closed: true }
    },
    { boussoleHistoryNote: CLOSED_BY_YOUNG_PERSON_NOTE },
  )
}
