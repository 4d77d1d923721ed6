import { describe, expect, it } from '@jest/globals'

import { applyEdit, changedReviewedFields, notificationEmailsChanged, partnerEditTarget } from '../../src/domain/offers/publishedOfferEdits'

const richText = (text: string, url?: string) => ({
  root: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: url ? [{ type: 'link', fields: { url, linkType: 'custom' }, children: [{ type: 'text', text }] }] : [{ type: 'text', text }],
      },
    ],
  },
})

const LIVE = {
  id: 7,
  title: 'Contrat d’engagement jeune',
  summary: 'Un accompagnement de 6 à 12 mois.',
  description: richText('Viens nous voir.', 'https://www.mission-locale.fr'),
  partner: 3,
  territory: 1,
  theme: 2,
  subTheme: 'trouver-un-emploi',
  status: 'publiee',
  _status: 'published',
  contactDelayDays: 3,
  notificationEmails: [{ id: 'a1', email: 'accueil@ml.fr' }],
  location: { address: '24 boulevard Gambetta', commune: 46042, remote: false },
  coverage: { mode: 'territory', communes: [] },
  rules: [{ id: 'r1', criterion: 'age', values: [], min: 16, max: 25 }],
  validFrom: null,
  validUntil: '2026-12-31T00:00:00.000Z',
  reviewedAt: '2026-06-01T10:00:00.000Z',
  updatedAt: '2026-06-01T10:00:00.000Z',
}

describe('changedReviewedFields', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['the same offer', {}, []],
    [
      'populated relations, numeric strings and rows without ids',
      { partner: { id: 3, name: 'ML' }, theme: '2', rules: [{ criterion: 'age', min: 16, max: 25 }] },
      [],
    ],
    ['empty values spelled differently', { coverage: { mode: 'territory', communes: null }, validFrom: undefined }, []],
    ['the same date written another way', { validUntil: '2026-12-31T01:00:00+01:00' }, []],
    [
      'bookkeeping and unreviewed fields',
      { reviewedAt: '2027-01-01T00:00:00.000Z', notificationEmails: [{ email: 'autre@ml.fr' }], status: 'soumise', _status: 'draft' },
      [],
    ],
    ['the title', { title: 'Autre intitulé' }, ['title']],
    ['a link address only, same text', { description: richText('Viens nous voir.', 'javascript:alert(1)') }, ['description']],
    ['the contact delay', { contactDelayDays: 7 }, ['contactDelayDays']],
    ['a rule bound', { rules: [{ criterion: 'age', min: 16, max: 30 }] }, ['rules']],
    ['one sub-field of a group', { location: { address: '24 boulevard Gambetta', commune: 46042, remote: true } }, ['location']],
    ['a field the live offer does not have', { benefits: 'Un rendez-vous.' }, ['benefits']],
    ['an unknown key (refused later, reviewed meanwhile)', { hidden: 'x' }, ['hidden']],
    ['a removed description', { description: null }, ['description']],
  ])('%s', (_label, edit, expected) => {
    expect(changedReviewedFields(LIVE, applyEdit(LIVE, edit))).toEqual(expected)
  })
})

describe('applyEdit', () => {
  it('keeps the sub-fields a partial group edit leaves out, and replaces rich text and arrays whole', () => {
    const next = applyEdit(LIVE, { location: { remote: true }, description: richText('Nouveau'), rules: [] })
    expect(next.location).toEqual({ address: '24 boulevard Gambetta', commune: 46042, remote: true })
    expect(next.description).toEqual(richText('Nouveau'))
    expect(next.rules).toEqual([])
  })
})

describe('partnerEditTarget', () => {
  const pending = { ...LIVE, title: 'Titre en attente', status: 'soumise', _status: 'draft' }
  it.each<[string, Record<string, unknown> | null, Record<string, unknown>, ReturnType<typeof partnerEditTarget>]>([
    ['an offer never published: as asked', { ...LIVE, status: 'brouillon' }, { ...LIVE, status: 'brouillon', title: 'X' }, { target: 'as-asked' }],
    ['an archived offer: as asked', { ...LIVE, status: 'archivee' }, { ...LIVE, status: 'brouillon' }, { target: 'as-asked' }],
    ['no live document: as asked', null, LIVE, { target: 'as-asked' }],
    ['a content change: pending, submitted', LIVE, applyEdit(LIVE, { title: 'Autre' }), { target: 'draft', status: 'soumise', changed: ['title'] }],
    [
      'a content change sent « publiée »: still pending',
      LIVE,
      applyEdit(LIVE, { summary: 'Autre résumé', status: 'publiee' }),
      { target: 'draft', status: 'soumise', changed: ['summary'] },
    ],
    [
      'a content change kept as draft (after a refusal)',
      LIVE,
      applyEdit(pending, { status: 'brouillon' }),
      { target: 'draft', status: 'brouillon', changed: ['title'] },
    ],
    ['archiving: live at once', LIVE, applyEdit(pending, { status: 'archivee' }), { target: 'live', status: 'archivee' }],
    [
      'only notification addresses: live, still published',
      LIVE,
      applyEdit(LIVE, { notificationEmails: [{ email: 'autre@ml.fr' }] }),
      { target: 'live', status: 'publiee' },
    ],
    ['undoing a pending change: live, still published', LIVE, applyEdit(pending, { title: LIVE.title }), { target: 'live', status: 'publiee' }],
    ['a freshness check (saved unchanged)', LIVE, applyEdit(LIVE, {}), { target: 'live', status: 'publiee' }],
  ])('%s', (_label, live, next, expected) => {
    expect(partnerEditTarget(live, next)).toEqual(expected)
  })
})

describe('notificationEmailsChanged', () => {
  it.each<[string, Record<string, unknown>, boolean]>([
    ['not in the edit', { title: 'X' }, false],
    ['the same addresses, rows without ids', { notificationEmails: [{ email: 'accueil@ml.fr' }] }, false],
    ['another address', { notificationEmails: [{ email: 'autre@ml.fr' }] }, true],
    ['one more address', { notificationEmails: [{ email: 'accueil@ml.fr' }, { email: 'autre@ml.fr' }] }, true],
  ])('%s', (_label, edit, expected) => {
    expect(notificationEmailsChanged(LIVE, edit)).toBe(expected)
  })
})
