import type { Payload, PayloadRequest } from 'payload'

import { addCalendarDays, formatCalendarDate, localDateTime } from '@/domain/shared/timeZone'

import { day } from './context'
import { DEMO_PASSWORD } from './users'

/**
 * A second professional of the Mission Locale du Lot, absent this week: the dashboard shows « Absent(e) : … », the
 * alerts of her requests go to her colleague, and some requests are « Suivie par » her. Created with the activity (not
 * with the demo accounts: the Lot's Mission Locale has a single professional until then, which the tests of the
 * intake rely on). Same password as the demo accounts.
 */
export const ABSENT_MEMBER = {
  email: 'pro2.missionlocale46@boussole.test',
  name: 'Élodie Marty',
  jobTitle: 'Conseillère en insertion professionnelle',
  phone: '05 36 49 10 14',
} as const

/** Absent from yesterday to five days from now, both included (a week around `now`, Paris days). */
export function absenceAround(now: Date): { from: string; until: string } {
  const today = localDateTime(now)
  return { from: day(formatCalendarDate(addCalendarDays(today, -1))), until: day(formatCalendarDate(addCalendarDays(today, 5))) }
}

/** Creates the absent colleague in organisation `partnerId` (or finds her when she already exists). Inside the activity's transaction. */
export async function seedAbsentMember(payload: Payload, req: PayloadRequest, partnerId: number, now: Date): Promise<{ id: number; name: string }> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: ABSENT_MEMBER.email } },
    select: { name: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  if (docs[0]) return { id: docs[0].id, name: docs[0].name ?? ABSENT_MEMBER.name }
  const created = await payload.create({
    collection: 'users',
    data: {
      ...ABSENT_MEMBER,
      password: DEMO_PASSWORD,
      role: 'partner',
      partner: partnerId,
      territories: [],
      active: true,
      absence: absenceAround(now),
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return { id: created.id, name: created.name }
}
