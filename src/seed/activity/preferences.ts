import type { ContactChannel, ContactMoment } from '@/domain/leads/contactPreferences'

import type { Random } from './random'

type Preferences = { channels: ContactChannel[]; moments: ContactMoment[] }
type Reach = { email: string | null; phone: string | null }

/** What young people tick on the contact form, by how they can be reached (a channel they cannot be reached by is never ticked). */
const BY_PHONE: readonly (readonly [Preferences, number])[] = [
  [{ channels: ['sms'], moments: ['soir'] }, 3],
  [{ channels: ['sms', 'appel'], moments: ['soir'] }, 2],
  [{ channels: ['appel'], moments: ['matin', 'midi'] }, 2],
  [{ channels: ['sms'], moments: [] }, 1],
  [{ channels: [], moments: ['apres_midi'] }, 1],
]
const BY_EMAIL: readonly (readonly [Preferences, number])[] = [
  [{ channels: ['mail'], moments: [] }, 3],
  [{ channels: ['mail'], moments: ['apres_midi', 'soir'] }, 1],
]
const BY_BOTH: readonly (readonly [Preferences, number])[] = [
  [{ channels: ['sms', 'mail'], moments: ['apres_midi', 'soir'] }, 2],
  [{ channels: ['appel'], moments: ['matin'] }, 2],
  [{ channels: ['sms', 'appel', 'mail'], moments: [] }, 1],
  [{ channels: [], moments: ['midi'] }, 1],
]

/** About two requests in three say how and when they prefer to be reached; null for the others (nothing ticked). */
export function preferencesFor(contact: Reach, random: Random): Preferences | null {
  if (!random.chance(0.65)) return null
  const table = contact.email && contact.phone ? BY_BOTH : contact.phone ? BY_PHONE : BY_EMAIL
  const { channels, moments } = random.weighted(table)
  return { channels: [...channels], moments: [...moments] }
}
