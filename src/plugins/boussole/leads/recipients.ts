import type { Payload, PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

type Preference = keyof NonNullable<User['notifications']>

/** Lower-cased, trimmed, without blanks or duplicates, in first-seen order. */
export function uniqueEmails(emails: readonly (string | null | undefined)[]): string[] {
  return [...new Set(emails.map((email) => email?.trim().toLowerCase()).filter((email): email is string => Boolean(email)))]
}

const optedIn = (user: Pick<User, 'notifications'>, preference: Preference): boolean => user.notifications?.[preference] !== false

/** The active professionals of an organisation, with their email preferences. */
export async function activePartnerMembers(payload: Payload, partnerId: number, req?: PayloadRequest): Promise<Pick<User, 'id' | 'email' | 'notifications'>[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'partner' } }, { partner: { equals: partnerId } }, { active: { equals: true } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { email: true, notifications: true },
  })
  return docs
}

/**
 * Who hears about a lead in the organisation: the offer's notification addresses, plus the organisation's
 * active professionals who opted in to this kind of email, each address once.
 */
export async function partnerRecipients(
  payload: Payload,
  { offerId, partnerId }: { offerId: number; partnerId: number },
  preference: Preference,
  req?: PayloadRequest,
): Promise<string[]> {
  const offer = await payload.findByID({ collection: 'offers', id: offerId, depth: 0, overrideAccess: true, disableErrors: true, req, select: { notificationEmails: true } })
  const members = await activePartnerMembers(payload, partnerId, req)
  return uniqueEmails([
    ...(offer?.notificationEmails ?? []).map((row) => row.email),
    ...members.filter((member) => optedIn(member, preference)).map((member) => member.email),
  ])
}

/** The active animators of a territory (escalations always reach them; the digest only if they opted in). */
export async function territoryAnimators(payload: Payload, territoryId: number, req?: PayloadRequest): Promise<Pick<User, 'id' | 'email' | 'territories' | 'notifications'>[]> {
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
