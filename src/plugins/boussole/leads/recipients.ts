import type { Payload, PayloadRequest } from 'payload'

import { poolOf } from '@/database/pool'
import type { User } from '@/payload-types'

type Preference = keyof NonNullable<User['notifications']>

/** Lower-cased, trimmed, without blanks or duplicates, in first-seen order. */
export function uniqueEmails(emails: readonly (string | null | undefined)[]): string[] {
  return [...new Set(emails.map((email) => email?.trim().toLowerCase()).filter((email): email is string => Boolean(email)))]
}

const optedIn = (user: Pick<User, 'notifications'>, preference: Preference): boolean => user.notifications?.[preference] !== false

/*
 * Organisation recipients are read with plain SQL: they are read for every new lead (the public site's hot
 * path). Reads only: the callers' transactions are not needed.
 */
const ACTIVE_MEMBERS = `select id, email, created_at, notifications_new_leads as "newLeads", notifications_reminders as reminders, notifications_digest as digest
  from users where role = 'partner' and partner_id = $1 and active = true`
/** The column of `ACTIVE_MEMBERS` holding each preference (a fixed list: never a caller's string in the SQL). */
const PREFERENCE_COLUMNS: Record<Preference, string> = { newLeads: '"newLeads"', reminders: 'reminders', digest: 'digest' }

/** The active professionals of an organisation, with their email preferences, newest accounts first. */
export async function activePartnerMembers(payload: Payload, partnerId: number): Promise<Pick<User, 'id' | 'email' | 'notifications'>[]> {
  const { rows } = await poolOf(payload).query<{ id: number; email: string } & NonNullable<User['notifications']>>(
    `${ACTIVE_MEMBERS} order by created_at desc`,
    [partnerId],
  )
  return rows.map(({ id, email, newLeads, reminders, digest }) => ({ id, email, notifications: { newLeads, reminders, digest } }))
}

/**
 * Who hears about a lead in the organisation: the offer's notification addresses (in their order), plus
 * the organisation's active professionals who opted in to this kind of email, each address once.
 */
export async function partnerRecipients(
  payload: Payload,
  { offerId, partnerId }: { offerId: number; partnerId: number },
  preference: Preference,
): Promise<string[]> {
  const { rows } = await poolOf(payload).query<{ email: string }>(
    `select email from (
       select email, 0 as rank, _order as position from offers_notification_emails where _parent_id = $2
       union all
       select email, 1, -extract(epoch from created_at) from (${ACTIVE_MEMBERS}) members where ${PREFERENCE_COLUMNS[preference]} is not false
     ) recipients order by rank, position`,
    [partnerId, offerId],
  )
  return uniqueEmails(rows.map((row) => row.email))
}

/** The active animators of a territory (escalations always reach them; the digest only if they opted in). */
export async function territoryAnimators(
  payload: Payload,
  territoryId: number,
  req?: PayloadRequest,
): Promise<Pick<User, 'id' | 'email' | 'territories' | 'notifications'>[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'animator' } }, { territories: { contains: territoryId } }, { active: { equals: true } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { email: true, territories: true, notifications: true },
  })
  return docs
}

export const activeAnimators = async (payload: Payload, req?: PayloadRequest) =>
  (
    await payload.find({
      collection: 'users',
      where: { and: [{ role: { equals: 'animator' } }, { active: { equals: true } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { email: true, territories: true, notifications: true },
    })
  ).docs.filter((animator) => optedIn(animator, 'digest'))
