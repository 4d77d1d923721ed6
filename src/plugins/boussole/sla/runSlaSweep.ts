import type { Payload, PayloadRequest, Where } from 'payload'

import { inTransaction } from '@/database/transactions'
import { hasSlaAction, slaActions, type SlaActions } from '@/domain/leads/slaActions'
import { idOf } from '@/domain/shared/ids'
import type { Lead } from '@/payload-types'

import { getSettings, now as currentTime } from '../core/options'
import { queueEmail } from '../jobs/queueEmail'
import { queueSms } from '../jobs/queueSms'
import { adminLeadUrl, followUpUrl, shortLeadUrl } from '../leads/leadLinks'
import { loadLeadSummary, type LeadSummary } from '../leads/leadSummary'
import { partnerRecipients, territoryAnimators } from '../leads/recipients'
import { escalationEmail } from './emails/escalationEmail'
import { followUpEmail } from './emails/followUpEmail'
import { reminderEmail } from './emails/reminderEmail'
import { followUpSms } from './sms/followUpSms'

export interface SlaSweepResult {
  reminded: number
  flaggedOverdue: number
  escalated: number
  followUps: number
}

const BATCH = 100
const HOUR_MS = 60 * 60 * 1000

/** Leads that may owe an action: a pre-filter, `slaActions` decides. */
function candidatesWhere(now: Date, reminderHours: number, afterId: number): Where {
  return {
    and: [
      { id: { greater_than: afterId } },
      { 'timeline.anonymizedAt': { exists: false } },
      { dueAt: { less_than_equal: new Date(now.getTime() + reminderHours * HOUR_MS).toISOString() } },
      {
        or: [
          { and: [{ status: { equals: 'nouvelle' } }, { overdue: { equals: false } }] },
          { and: [{ or: [{ 'contact.email': { exists: true } }, { 'contact.phone': { exists: true } }] }, { 'timeline.followUpSentAt': { exists: false } }] },
        ],
      },
    ],
  }
}

/**
 * The SLA of every lead, idempotent (run it as often as you like, each action happens once):
 * reminds the organisation before the due date, flags « hors délai » the leads still new after it and
 * escalates them to the territory's animators, then asks the young person whether they were contacted.
 * Uses the plugin clock. Run every 10 minutes by the `boussoleSlaSweep` task; tests call it directly.
 */
export async function runSlaSweep(payload: Payload): Promise<SlaSweepResult> {
  const now = currentTime(payload)
  const { sla } = getSettings(payload)
  const result: SlaSweepResult = { reminded: 0, flaggedOverdue: 0, escalated: 0, followUps: 0 }
  let afterId = 0
  for (;;) {
    const { docs } = await payload.find({
      collection: 'leads',
      where: candidatesWhere(now, sla.reminderHoursBeforeDue, afterId),
      sort: 'id',
      limit: BATCH,
      depth: 0,
      overrideAccess: true,
      select: { dueAt: true },
    })
    for (const { id } of docs) await applySla(payload, id, now, result)
    if (docs.length < BATCH) return result
    afterId = docs[docs.length - 1].id
  }
}

async function applySla(payload: Payload, leadId: number, now: Date, result: SlaSweepResult): Promise<void> {
  await inTransaction(payload, async (req) => {
    // Re-read inside the transaction: the lead may have been handled since the candidates were listed.
    const loaded = await loadLeadSummary(payload, leadId, req)
    if (!loaded) return
    const actions = slaActions(loaded.lead, now, getSettings(payload).sla)
    if (!hasSlaAction(actions)) return
    const timeline = await queueSlaEmails(req, loaded.summary, actions, now, result, loaded.lead.assignee)
    await payload.update({
      collection: 'leads',
      id: leadId,
      data: { ...(actions.flagOverdue ? { overdue: true } : {}), timeline: { ...loaded.lead.timeline, ...timeline } },
      depth: 0,
      overrideAccess: true,
      req,
    })
  })
}

async function queueSlaEmails(
  req: PayloadRequest,
  lead: LeadSummary,
  actions: SlaActions,
  now: Date,
  result: SlaSweepResult,
  assignee: Lead['assignee'],
): Promise<Partial<NonNullable<Lead['timeline']>>> {
  const { payload } = req
  const at = now.toISOString()
  const adminUrl = adminLeadUrl(payload, lead.id)
  const timeline: Partial<NonNullable<Lead['timeline']>> = {}

  if (actions.remind) {
    const recipients = { offerId: lead.offerId, partnerId: lead.partnerId, assigneeId: assignee ? idOf(assignee) : null }
    for (const to of await partnerRecipients(payload, recipients, 'reminders')) await queueEmail(req, reminderEmail(lead, to, adminUrl))
    timeline.remindedAt = at
    result.reminded++
  }
  if (actions.flagOverdue) {
    result.flaggedOverdue++
    const animators = getSettings(payload).sla.escalateToAnimators ? await territoryAnimators(payload, lead.territoryId, req) : []
    for (const animator of animators) await queueEmail(req, escalationEmail(lead, animator.email, adminUrl))
    if (animators.length) {
      timeline.escalatedAt = at
      result.escalated++
    }
  }
  if (actions.followUp) {
    // By email when the young person gave one; otherwise by SMS, with short links to the same signed page.
    const email = followUpEmail(lead, { yes: followUpUrl(payload, lead.id, 'oui'), no: followUpUrl(payload, lead.id, 'non') })
    if (email) await queueEmail(req, email)
    const sms = followUpSms(lead, { yes: shortLeadUrl(payload, lead.id, 'follow-up-oui'), no: shortLeadUrl(payload, lead.id, 'follow-up-non') })
    if (sms) await queueSms(req, sms)
    timeline.followUpSentAt = at
    result.followUps++
  }
  return timeline
}
