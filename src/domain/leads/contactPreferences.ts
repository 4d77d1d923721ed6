/** How the young person prefers to be reached, as they tick it on the contact form (all optional). */
export const CONTACT_CHANNELS = [
  { value: 'sms', label: 'Par SMS' },
  { value: 'appel', label: 'Par appel' },
  { value: 'mail', label: 'Par mail' },
] as const

/** When they prefer to be reached. */
export const CONTACT_MOMENTS = [
  { value: 'matin', label: 'Le matin' },
  { value: 'midi', label: 'Le midi' },
  { value: 'apres_midi', label: 'L’après-midi' },
  { value: 'soir', label: 'Le soir' },
] as const

export type ContactChannel = (typeof CONTACT_CHANNELS)[number]['value']
export type ContactMoment = (typeof CONTACT_MOMENTS)[number]['value']

export interface ContactPreferences {
  channels?: readonly string[] | null
  moments?: readonly string[] | null
}

const CHANNEL_WORDS: Record<ContactChannel, string> = { sms: 'SMS', appel: 'appel', mail: 'mail' }
const MOMENT_WORDS: Record<ContactMoment, string> = { matin: 'le matin', midi: 'le midi', apres_midi: 'l’après-midi', soir: 'le soir' }

/** Known values only, in the form's order (whatever order they were stored in). */
const known = <T extends string>(words: Record<T, string>, values: readonly string[] | null | undefined): string[] =>
  (Object.keys(words) as T[]).filter((value) => values?.includes(value)).map((value) => words[value])

/** « a », « a ou b », « a, b ou c ». */
const either = (words: string[]): string => (words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ou ${words.at(-1)}`)

/**
 * How the young person prefers to be reached, in one sentence for the professional:
 * « Préfère être contacté(e) par SMS ou appel, le soir. » — null when they said nothing.
 */
export function describeContactPreferences(preferences: ContactPreferences | null | undefined): string | null {
  const channels = known(CHANNEL_WORDS, preferences?.channels)
  const moments = known(MOMENT_WORDS, preferences?.moments)
  if (!channels.length && !moments.length) return null
  const how = channels.length ? ` par ${either(channels)}` : ''
  const when = moments.length ? `${how ? ',' : ''} ${either(moments)}` : ''
  return `Préfère être contacté(e)${how}${when}.`
}

/** The same in a few words for a table row: « SMS, appel · le soir » — null when they said nothing. */
export function shortContactPreferences(preferences: ContactPreferences | null | undefined): string | null {
  const parts = [known(CHANNEL_WORDS, preferences?.channels).join(', '), known(MOMENT_WORDS, preferences?.moments).join(', ')].filter(Boolean)
  return parts.length ? parts.join(' · ') : null
}

/** What the intake stores: known values only, each once, in the form's order. */
export interface NormalizedContactPreferences {
  channels: ContactChannel[]
  moments: ContactMoment[]
}

export type ContactPreferencesResult = { ok: true; preferences: NormalizedContactPreferences } | { ok: false; field: string; message: string }

const CHANNEL_VALUES = CONTACT_CHANNELS.map((option) => option.value as string)
const MOMENT_VALUES = CONTACT_MOMENTS.map((option) => option.value as string)

/** One list of the submission: absent or empty is fine; anything but a short list of known values is refused. */
function listOf<T extends string>(value: unknown, allowed: readonly string[]): T[] | null {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || value.length > allowed.length * 2 || !value.every((entry) => typeof entry === 'string' && allowed.includes(entry))) return null
  return allowed.filter((entry) => value.includes(entry)) as T[]
}

/**
 * Checks the young person's contact preferences as submitted (`{ channels: [], moments: [] }`, all optional):
 * the stored form (known values, each once, in the form's order), or why it is refused (a French message).
 */
export function normalizeContactPreferences(value: unknown): ContactPreferencesResult {
  if (value === undefined || value === null) return { ok: true, preferences: { channels: [], moments: [] } }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, field: 'contactPreferences', message: 'Tes préférences de contact sont invalides : coche les cases proposées.' }
  }
  const { channels, moments } = value as Record<string, unknown>
  const normalizedChannels = listOf<ContactChannel>(channels, CHANNEL_VALUES)
  if (!normalizedChannels) {
    return { ok: false, field: 'contactPreferences.channels', message: 'Choisis comment être contacté(e) parmi : par SMS, par appel, par mail.' }
  }
  const normalizedMoments = listOf<ContactMoment>(moments, MOMENT_VALUES)
  if (!normalizedMoments) {
    return { ok: false, field: 'contactPreferences.moments', message: 'Choisis quand être contacté(e) parmi : le matin, le midi, l’après-midi, le soir.' }
  }
  return { ok: true, preferences: { channels: normalizedChannels, moments: normalizedMoments } }
}
