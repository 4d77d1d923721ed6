import { shortContactPreferences } from '@/domain/leads/contactPreferences'
import { isAbsentOn } from '@/domain/partners/absence'
import { formatShortDate } from '@/domain/shared/frenchDates'
import { idOf } from '@/domain/shared/ids'
import type { User } from '@/payload-types'
import { loadNames, type Viewer } from '@/plugins/boussole/server'

export interface Handling {
  assigneeId: number | null
  /** « Camille Martin » */
  assignee?: string
  /** « SMS, appel · le soir » */
  preferences?: string
}

/** Who handles each lead and how the young person prefers to be reached (read with the person's access, no contact details). */
export async function loadHandling(viewer: Viewer, leadIds: number[]): Promise<Map<number, Handling>> {
  if (!leadIds.length) return new Map()
  const { docs } = await viewer.payload.find({
    collection: 'leads',
    where: { id: { in: leadIds } },
    select: { assignee: true, contactPreferences: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: viewer.user as User,
  })
  const names = await loadNames(
    viewer.payload,
    'users',
    docs.flatMap((doc) => (idOf(doc.assignee) === null ? [] : [idOf(doc.assignee)!])),
  )
  return new Map(
    docs.map((doc) => {
      const assigneeId = idOf(doc.assignee)
      return [
        doc.id,
        {
          assigneeId,
          assignee: assigneeId === null ? undefined : (names.get(assigneeId) ?? `#${assigneeId}`),
          preferences: shortContactPreferences(doc.contactPreferences) ?? undefined,
        },
      ]
    }),
  )
}

/** « Absents : Camille Martin jusqu’au 11/12/2026, Léo Petit » — the organisation's members absent today, or null. */
export async function absentMembersLine(viewer: Viewer, now: Date): Promise<string | null> {
  const partner = idOf(viewer.user.partner)
  if (partner === null) return null
  const { docs } = await viewer.payload.find({
    collection: 'users',
    where: { and: [{ partner: { equals: partner } }, { role: { equals: 'partner' } }, { active: { equals: true } }, { 'absence.from': { exists: true } }] },
    select: { name: true, absence: true },
    sort: 'name',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const absent = docs.filter((member) => isAbsentOn(member.absence, now))
  if (!absent.length) return null
  const who = absent.map((member) => (member.absence?.until ? `${member.name} jusqu’au ${formatShortDate(member.absence.until)}` : member.name))
  return `${absent.length > 1 ? 'Absents' : 'Absent(e)'} : ${who.join(', ')}`
}
