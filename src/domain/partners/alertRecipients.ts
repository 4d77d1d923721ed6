import { isAbsentOn, type Absence } from './absence'

/** An active professional of the organisation, as the alerts read them. */
export interface AlertMember {
  id: number
  email: string
  /** Whether they want this kind of email (their notification preference). */
  optedIn: boolean
  absence?: Absence | null
}

export interface AlertAudience {
  /** The offer's notification addresses, in their order: always alerted (shared boxes, nobody's absence). */
  offerAddresses: readonly string[]
  /** The organisation's active professionals, newest accounts first. */
  members: readonly AlertMember[]
  /** The member the lead is assigned to (reminders), if any. */
  assigneeId?: number | null
  /** The Paris day of now (any instant of it). */
  today: string | Date
}

/** Lower-cased, trimmed, without blanks or duplicates, in first-seen order. */
export function uniqueEmails(emails: readonly (string | null | undefined)[]): string[] {
  return [...new Set(emails.map((email) => email?.trim().toLowerCase()).filter((email): email is string => Boolean(email)))]
}

/**
 * Who is alerted about a lead in the organisation (new lead, reminder), each address once: the offer's
 * notification addresses, then
 * - the assignee when the lead has one and they are not absent today (they handle it, whatever their preference);
 * - otherwise the members who opted in and are not absent today (the colleagues of an absent assignee);
 * - when that leaves nobody at all (everyone absent, no offer address), the members who opted in, absent or
 *   not: an alert is never sent into a void.
 */
export function alertRecipients({ offerAddresses, members, assigneeId, today }: AlertAudience): string[] {
  const present = members.filter((member) => !isAbsentOn(member.absence, today))
  const assignee = assigneeId == null ? undefined : present.find((member) => member.id === assigneeId)
  const chosen = assignee ? [assignee] : present.filter((member) => member.optedIn)
  const recipients = uniqueEmails([...offerAddresses, ...chosen.map((member) => member.email)])
  if (recipients.length) return recipients
  return uniqueEmails(members.filter((member) => member.optedIn).map((member) => member.email))
}
