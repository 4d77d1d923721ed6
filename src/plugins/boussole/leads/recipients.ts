import type { Payload, PayloadRequest } from 'payload'

import { poolOf } from '@/database/pool'
import type { Absence } from '@/domain/partners/absence'
import { alertRecipients, uniqueEmails } from '@/domain/partners/alertRecipients'
import type { User } from '@/payload-types'

import { now } from '../core/options'

type Preference = keyof NonNullable<User['notifications']>

export { uniqueEmails }

const optedIn = (user: Pick<User, 'notifications'>, preference: Preference): boolean => user.notifications?.[preference] !== false

/*
 * Organisation recipients are read with plain SQL: they are read for every new lead (the public site's hot
 * path). Reads only: the callers' transactions are not needed.
 */
const ACTIVE_MEMBERS = `select id, email, created_at, notifications_new_leads as "newLeads", notifications_reminders as reminders, notifications_digest as digest,
    absence_from as "absenceFrom", absence_until as "absenceUntil"
  from users where role = 'partner' and partner_id = $1 and active = true`

type MemberRow = { id: number; email: string; absenceFrom: Date | null; absenceUntil: Date | null } & NonNullable<User['notifications']>

/** The active professionals of an organisation, with their email preferences and absence, newest accounts first. */
export async function activePartnerMembers(
  payload: Payload,
  partnerId: number,
): Promise<(Pick<User, 'id' | 'email' | 'notifications'> & { absence: Absence })[]> {
  const { rows } = await poolOf(payload).query<MemberRow>(`${ACTIVE_MEMBERS} order by created_at desc, id desc`, [partnerId])
  return rows.map(({ id, email, newLeads, reminders, digest, absenceFrom, absenceUntil }) => ({
    id,
    email,
    notifications: { newLeads, reminders, digest },
    absence: { from: absenceFrom, until: absenceUntil },
  }))
}

/** The offer's notification addresses, in their order. */
async function offerAddresses(payload: Payload, offerId: number): Promise<string[]> {
  const { rows } = await poolOf(payload).query<{ email: string }>(`select email from offers_notification_emails where _parent_id = $1 order by _order`, [
    offerId,
  ])
  return rows.map((row) => row.email)
}

/**
 * Who hears about a lead in the organisation (`alertRecipients`): the offer's notification addresses, then the
 * lead's assignee or the professionals who opted in to this kind of email, leaving out those absent today
 * (plugin clock), each address once, and never nobody.
 */
export async function partnerRecipients(
  payload: Payload,
  { offerId, partnerId, assigneeId }: { offerId: number; partnerId: number; assigneeId?: number | null },
  preference: Preference,
): Promise<string[]> {
  const [addresses, members] = await Promise.all([offerAddresses(payload, offerId), activePartnerMembers(payload, partnerId)])
  return alertRecipients({
    offerAddresses: addresses,
    members: members.map((member) => ({ id: member.id, email: member.email, optedIn: optedIn(member, preference), absence: member.absence })),
    assigneeId,
    today: now(payload),
  })
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
