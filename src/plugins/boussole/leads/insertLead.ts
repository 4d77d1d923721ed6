import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import { poolOf } from '@/database/pool'
import type { ProfileRow } from '@/domain/leads/describeAnswers'

import { emailJobInput, type OutgoingEmail } from '../jobs/queueEmail'
import { EMAIL_QUEUE, SEND_EMAIL_TASK, SEND_SMS_TASK, SMS_QUEUE } from '../jobs/queues'
import { smsJobInput, type OutgoingSms } from '../jobs/queueSms'

/** A new lead as stored: every column the intake sets (the others keep their defaults). */
export interface NewLeadRow {
  id: number
  reference: string
  offerId: number
  partnerId: number
  territoryId: number
  themeId: number
  communeId: number
  contact: { email: string | null; phone: string | null }
  answers: unknown
  profile: ProfileRow[]
  /** The contact form's optional boxes (known values: `normalizeContactPreferences`); none when absent. */
  contactPreferences?: { channels: readonly string[]; moments: readonly string[] }
  idempotencyKey: string | null
  requestFingerprint: string | null
  contactDelayDays: number
  dueAt: string
  /** Creation, consent and first history entry. */
  at: string
  historyNote: string
}

/** The id the next lead will have: reserved first, so that the messages queued with it can link to it. */
export async function reserveLeadId(payload: Payload): Promise<number> {
  const { rows } = await poolOf(payload).query<{ id: string }>(`select nextval(pg_get_serial_sequence('leads', 'id')) as id`)
  return Number(rows[0].id)
}

/** Payload's id for an array row (a 24-hex-digit ObjectId-like string). */
const arrayRowId = (): string => randomBytes(12).toString('hex')

/**
 * Writes a new lead with its profile and first history rows, and one job per email and per SMS, in ONE
 * SQL statement: PostgreSQL applies it whole or not at all, so a lead never exists without its messages
 * (nor the reverse), without holding a transaction open across round trips. Returns false, having written
 * nothing, when the reference is already taken (the caller draws another one); any other conflict (the same
 * idempotency key) is an error.
 *
 * This is the one write of the plugin that bypasses the Local API, because it is the hot path of the public
 * site: through `payload.create` (6 ms of server CPU) and `payload.jobs.queue` (1.5 ms per email) in a
 * transaction, a lead cost 15 ms and the server saturated near 60 leads/s, where the target is 100 leads/s
 * on 2 cores (`npm run bench`); with this statement the whole intake costs about 2.5 ms. It stores exactly
 * what those calls would: the `leads` collection has no hook, validation or default that applies at
 * creation that the intake does not already enforce (`parseLeadInput`, `resolveLeadOffer`), and a job row
 * is what `payload.jobs.queue` inserts (`input`, `task_slug`, `queue`; the runner's columns keep their
 * defaults). The integration tests read these leads back through the Local API and run these jobs with
 * `payload.jobs.run`, so a schema change that this statement missed fails there.
 */
export async function insertLead(
  payload: Payload,
  lead: NewLeadRow,
  messages: { emails: readonly OutgoingEmail[]; sms: readonly OutgoingSms[] },
): Promise<boolean> {
  const profile = lead.profile.map((row, index) => ({ order: index + 1, id: arrayRowId(), question: row.question, answer: row.answer }))
  const jobs = [
    ...messages.emails.map((email) => ({ input: emailJobInput(email), task: SEND_EMAIL_TASK, queue: EMAIL_QUEUE })),
    ...messages.sms.map((sms) => ({ input: smsJobInput(sms), task: SEND_SMS_TASK, queue: SMS_QUEUE })),
  ]
  const { rowCount } = await poolOf(payload).query(
    `with lead as (
       insert into leads (id, reference, offer_id, partner_id, territory_id, theme_id, commune_id, status, contact_email, contact_phone,
                          answers, idempotency_key, request_fingerprint, consent_at, contact_delay_days, due_at, overdue, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, 'nouvelle', $8, $9, $10, $11, $12, $13, $14, $15, false, $13, $13)
       on conflict (reference) do nothing
       returning id
     ),
     history as (
       insert into leads_history (_order, _parent_id, id, at, "to", note)
       select 1, lead.id, $16, $13, 'nouvelle', $17 from lead
     ),
     profile as (
       insert into leads_profile (_order, _parent_id, id, question, answer)
       select row."order", lead.id, row.id, row.question, row.answer
         from lead, jsonb_to_recordset($18::jsonb) as row("order" integer, id varchar, question varchar, answer varchar)
     ),
     channels as (
       insert into leads_contact_preferences_channels ("order", parent_id, value)
       select channel.ordinality, lead.id, channel.value::enum_leads_contact_preferences_channels
         from lead, jsonb_array_elements_text($20::jsonb) with ordinality as channel(value, ordinality)
     ),
     moments as (
       insert into leads_contact_preferences_moments ("order", parent_id, value)
       select moment.ordinality, lead.id, moment.value::enum_leads_contact_preferences_moments
         from lead, jsonb_array_elements_text($21::jsonb) with ordinality as moment(value, ordinality)
     ),
     jobs as (
       insert into payload_jobs (input, task_slug, queue)
       select job.input, job.task::enum_payload_jobs_task_slug, job.queue
         from lead, jsonb_to_recordset($19::jsonb) as job(input jsonb, task varchar, queue varchar)
     )
     select id from lead`,
    [
      lead.id,
      lead.reference,
      lead.offerId,
      lead.partnerId,
      lead.territoryId,
      lead.themeId,
      lead.communeId,
      lead.contact.email,
      lead.contact.phone,
      JSON.stringify(lead.answers),
      lead.idempotencyKey,
      lead.requestFingerprint,
      lead.at,
      lead.contactDelayDays,
      lead.dueAt,
      arrayRowId(),
      lead.historyNote,
      JSON.stringify(profile),
      JSON.stringify(jobs),
      JSON.stringify(lead.contactPreferences?.channels ?? []),
      JSON.stringify(lead.contactPreferences?.moments ?? []),
    ],
  )
  return rowCount === 1
}
