import { beforeAll, describe, expect, it } from '@jest/globals'

import { HONEYPOT_MESSAGE } from '../../src/plugins/boussole/leads/leadInput'
import { apiClient, type ApiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'
import { CEJ, countRows, DRAFT_OFFER, eligibleAnswers, FIGEAC_ONLY_OFFER, leadBody, offerId } from './leads.fixtures'

const context = useTestPayload()
let api: ApiClient
const offers: Record<'cej' | 'draft' | 'figeacOnly' | 'sicovalCej', number> = { cej: 0, draft: 0, figeacOnly: 0, sicovalCej: 0 }

beforeAll(async () => {
  api = apiClient(context.payload)
  offers.cej = await offerId(context.payload, CEJ)
  offers.draft = await offerId(context.payload, DRAFT_OFFER)
  offers.figeacOnly = await offerId(context.payload, FIGEAC_ONLY_OFFER)
  offers.sicovalCej = await offerId(context.payload, CEJ, 'sicoval')
})

// Far above every field's bound, yet under the 64 KB body cap (a larger body is refused whole: 413).
const huge = 'x'.repeat(20_000)
const contact = (value: Record<string, unknown>) => ({ contact: value })
const answers = (value: Record<string, unknown>) => ({ answers: { ...eligibleAnswers, ...value } })

type Case = {
  name: string
  body: (o: typeof offers) => unknown
  headers?: Record<string, string>
  status: number
  /** The `field` of the first error; undefined: an error about the whole request. */
  field: string | undefined
}

const cases: Case[] = [
  { name: 'a body that is not an object', body: () => [1, 2], status: 400, field: undefined },
  { name: 'an offer id of the wrong type', body: (o) => ({ ...leadBody(o.cej), offer: { id: o.cej } }), status: 400, field: 'offer' },
  { name: 'an offer id that is not a number', body: (o) => ({ ...leadBody(o.cej), offer: 'CEJ' }), status: 400, field: 'offer' },
  { name: 'a commune of the wrong type', body: (o) => leadBody(o.cej, { commune: 46042 }), status: 400, field: 'commune' },
  { name: 'a huge commune', body: (o) => leadBody(o.cej, { commune: huge }), status: 400, field: 'commune' },
  { name: 'answers that are not an object', body: (o) => leadBody(o.cej, { answers: 'age=19' }), status: 400, field: 'answers' },
  { name: 'huge answers', body: (o) => leadBody(o.cej, answers({ situation: huge })), status: 400, field: 'answers' },
  { name: 'a huge e-mail address', body: (o) => leadBody(o.cej, contact({ email: `${huge}@example.org` })), status: 400, field: 'contact.email' },
  { name: 'a huge phone number', body: (o) => leadBody(o.cej, contact({ phone: `06${'1'.repeat(20_000)}` })), status: 400, field: 'contact.phone' },
  { name: 'a phone number of the wrong type', body: (o) => leadBody(o.cej, contact({ phone: 612345678 })), status: 400, field: 'contact.phone' },
  { name: 'an unknown offer', body: () => leadBody(987_654), status: 404, field: 'offer' },
  { name: 'an unpublished offer', body: (o) => leadBody(o.draft), status: 404, field: 'offer' },
  { name: 'an offer of another territory', body: (o) => leadBody(o.sicovalCej), status: 400, field: 'offer' },
  { name: 'an offer restricted to other communes', body: (o) => leadBody(o.figeacOnly), status: 400, field: 'offer' },
  { name: 'an unknown commune', body: (o) => leadBody(o.cej, { commune: '99999' }), status: 404, field: 'commune' },
  { name: 'answers the offer is not meant for (too old)', body: (o) => leadBody(o.cej, answers({ age: 28 })), status: 400, field: 'answers.age' },
  {
    name: 'answers the offer is not meant for (situation)',
    // The CEJ takes « cherche un emploi ou sans activité », or « inscrit à la Mission Locale »: neither holds.
    body: (o) => leadBody(o.cej, answers({ situation: 'salarie', inscriptions: ['aucune'] })),
    status: 400,
    field: 'answers.situation',
  },
  { name: 'an answer that is not an option', body: (o) => leadBody(o.cej, answers({ situation: 'astronaute' })), status: 400, field: 'answers.situation' },
  {
    name: 'a required answer missing',
    body: (o) => leadBody(o.cej, { answers: { ...eligibleAnswers, projet_emploi: undefined } }),
    status: 400,
    field: 'answers.projet_emploi',
  },
  { name: 'no consent', body: (o) => ({ ...leadBody(o.cej), consent: undefined }), status: 400, field: 'consent' },
  { name: 'consent refused', body: (o) => leadBody(o.cej, { consent: false }), status: 400, field: 'consent' },
  { name: 'consent as the text "true"', body: (o) => leadBody(o.cej, { consent: 'true' }), status: 400, field: 'consent' },
  { name: 'no contact at all', body: (o) => ({ ...leadBody(o.cej), contact: undefined }), status: 400, field: 'contact' },
  { name: 'empty contact details', body: (o) => leadBody(o.cej, contact({ email: '', phone: '' })), status: 400, field: 'contact' },
  { name: 'a malformed e-mail address', body: (o) => leadBody(o.cej, contact({ email: 'lea.martin@' })), status: 400, field: 'contact.email' },
  { name: 'a landline phone number', body: (o) => leadBody(o.cej, contact({ phone: '05 65 12 34 56' })), status: 400, field: 'contact.phone' },
  { name: 'the honeypot filled in', body: (o) => leadBody(o.cej, { website: 'https://promo.example' }), status: 400, field: undefined },
  {
    name: 'a script in the e-mail address',
    body: (o) => leadBody(o.cej, contact({ email: '<script>alert(1)</script>@example.org' })),
    status: 400,
    field: 'contact.email',
  },
  { name: 'a script in the phone number', body: (o) => leadBody(o.cej, contact({ phone: '<script>alert(1)</script>' })), status: 400, field: 'contact.phone' },
  { name: 'a script in the commune', body: (o) => leadBody(o.cej, { commune: '<script>' }), status: 404, field: 'commune' },
  {
    name: 'a script in an answer',
    body: (o) => leadBody(o.cej, answers({ situation: '<img src=x onerror=alert(1)>' })),
    status: 400,
    field: 'answers.situation',
  },
  { name: 'an unknown question', body: (o) => leadBody(o.cej, answers({ '<b>': 'x' })), status: 400, field: 'answers.<b>' },
  {
    name: 'an invalid Idempotency-Key',
    body: (o) => leadBody(o.cej),
    headers: { 'Idempotency-Key': 'clé avec espaces' },
    status: 400,
    field: 'Idempotency-Key',
  },
]

describe('POST /api/boussole/leads refuses bad input and writes nothing', () => {
  it.each(cases)('$name → $status ($field)', async ({ body, headers, status, field }) => {
    const before = await countRows(context.payload)

    const response = await api.rest('POST', '/boussole/leads', { body: body(offers), headers })

    expect(response.status).toBe(status)
    expect(response.json.errors.length).toBeGreaterThan(0)
    expect(response.json.errors[0].field).toBe(field)
    for (const error of response.json.errors) expect(error.message).toMatch(/^[A-ZÀ-Ý«]/)
    expect(await countRows(context.payload)).toEqual(before)
  })

  it('gives robots filling the honeypot a neutral message', async () => {
    const response = await api.rest('POST', '/boussole/leads', { body: leadBody(offers.cej, { website: 'x' }) })
    expect(response.json).toEqual({ errors: [{ message: HONEYPOT_MESSAGE }] })
  })

  it('reports every faulty field at once', async () => {
    const response = await api.rest('POST', '/boussole/leads', {
      body: { offer: offers.cej, commune: '46042', answers: {}, contact: { email: 'x@', phone: '01' } },
    })
    expect(response.status).toBe(400)
    expect(response.json.errors.map((error: { field: string }) => error.field)).toEqual(['contact.email', 'contact.phone', 'consent'])
  })

  it('refuses a body declared larger than 64 KB without reading it', async () => {
    const response = await api.rest('POST', '/boussole/leads', { body: leadBody(offers.cej), headers: { 'Content-Length': String(65 * 1024) } })
    expect(response.status).toBe(413)
    expect(response.json.errors[0].message).toBe('La demande est trop volumineuse.')
  })

  it('accepts the same request once it is valid (the table above is not refusing everything)', async () => {
    const response = await api.rest('POST', '/boussole/leads', { body: leadBody(offers.cej) })
    expect(response.status).toBe(201)
  })
})
