import { describe, expect, it } from '@jest/globals'

import { smsLength } from '../../src/domain/contact/smsText'
import type { LeadSummary } from '../../src/plugins/boussole/leads/leadSummary'
import { readShortCode, shortCode } from '../../src/plugins/boussole/leads/shortLinks'
import { acknowledgementSms } from '../../src/plugins/boussole/leads/sms/acknowledgementSms'
import { followUpSms } from '../../src/plugins/boussole/sla/sms/followUpSms'

const SECRET = 'test-secret'
/** The longest public address a deployment is likely to have, and a lead id of a service that ran for years. */
const SITE = 'https://boussole-des-jeunes.jeunes.gouv.fr'
const link = (purpose: Parameters<typeof shortCode>[2]) => `${SITE}/r/${shortCode(SECRET, 98_765_432, purpose)}`

const lead = (partnerName: string, overrides: Partial<LeadSummary> = {}): LeadSummary => ({
  id: 98_765_432,
  reference: 'BSL-2026-K7M3QX',
  offerId: 1,
  offerTitle: 'Accompagnement vers l’emploi',
  partnerId: 1,
  partnerName,
  territoryId: 1,
  communeName: 'Cahors',
  contactDelayDays: 7,
  // « mercredi 30 septembre 2026 »: the longest French date
  dueAt: '2026-09-30T21:59:59.999Z',
  movedAt: null,
  contact: { email: null, phone: '+33612345678' },
  profile: [],
  ...overrides,
})

const NAMES = [
  'Mission Locale',
  'Point Information Jeunesse de Cœur-de-Causse',
  'Association départementale pour l’insertion, la formation et l’accompagnement des jeunes adultes du Lot et de Tarn-et-Garonne',
]

describe('the SMS a young person receives: GSM alphabet, two segments at most, whatever the organisation is called', () => {
  it.each(NAMES)('acknowledgement (%s)', (name) => {
    const sms = acknowledgementSms(lead(name), { status: link('status') })!
    expect(smsLength(sms.text)).toMatchObject({ encoding: 'gsm' })
    expect(smsLength(sms.text).segments).toBeLessThanOrEqual(2)
    expect(sms.text).toContain('BSL-2026-K7M3QX')
    expect(sms.text).toContain('sous 7 jours, au plus tard le mercredi 30 septembre 2026')
    expect(sms.text).toContain(`Suivre ou retirer ta demande : ${link('status')}`)
    expect(sms).toMatchObject({ to: '+33612345678', kind: 'acknowledgement', dedupeKey: 'lead:98765432:acknowledgement:sms', guard: 'notAnonymized' })
  })

  it.each(NAMES)('follow-up question (%s)', (name) => {
    const sms = followUpSms(lead(name), { yes: link('follow-up-oui'), no: link('follow-up-non') })!
    expect(smsLength(sms.text)).toMatchObject({ encoding: 'gsm' })
    expect(smsLength(sms.text).segments).toBeLessThanOrEqual(2)
    expect(sms.text).toContain(`OUI : ${link('follow-up-oui')}`)
    expect(sms.text).toContain(`NON : ${link('follow-up-non')}`)
  })

  it('a short name keeps the organisation whole', () => {
    expect(acknowledgementSms(lead('Mission Locale'), { status: link('status') })!.text).toContain('envoyée à Mission Locale.')
  })

  it.each([
    ['an e-mail address (the email says it)', { contact: { email: 'lea@example.fr', phone: '+33612345678' } }],
    ['no phone', { contact: { email: 'lea@example.fr', phone: null } }],
  ])('no SMS with %s', (_label, overrides) => {
    expect(acknowledgementSms(lead('Mission Locale', overrides), { status: link('status') })).toBeNull()
    expect(followUpSms(lead('Mission Locale', overrides), { yes: link('follow-up-oui'), no: link('follow-up-non') })).toBeNull()
  })
})

describe('short links', () => {
  it.each(['follow-up-oui', 'follow-up-non', 'withdraw', 'status'] as const)('%s: read back with its lead and purpose', (purpose) => {
    expect(readShortCode(SECRET, shortCode(SECRET, 12, purpose))).toEqual({ leadId: 12, purpose })
  })

  const valid = shortCode(SECRET, 12, 'withdraw')
  it.each([
    ['another secret', shortCode('other', 12, 'withdraw')],
    ['another lead with this signature', `${(13).toString(36)}${valid.slice(1)}`],
    ['another purpose with this signature', valid.replace(/^cw/, 'co')],
    ['the withdrawal signature as a status link', valid.replace(/^cw/, 'cs')],
    ['a truncated signature', valid.slice(0, -1)],
    ['nothing', ''],
    ['not a string', 12],
    ['lead 0', `0w${valid.slice(2)}`],
  ])('refuses %s', (_label, code) => {
    expect(readShortCode(SECRET, code)).toBeNull()
  })
})
