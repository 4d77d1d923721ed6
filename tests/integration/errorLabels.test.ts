import { beforeAll, describe, expect, it } from '@jest/globals'

import type { Questionnaire } from '../../src/payload-types'
import { apiClient, type ApiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'
import { PASSWORD } from './workflows.fixtures'

/**
 * What the admin's toast shows when a save is refused: Payload writes « Le champ suivant n'est pas valide : »
 * followed by each error's `label` (its `path` when there is none). Errors name the question or the rule in words,
 * never « questions.5.condition.questionKey ».
 */
const context = useTestPayload()
let api: ApiClient
let adminToken: string

beforeAll(async () => {
  api = apiClient(context.payload)
  adminToken = await api.login('admin@boussole.test', PASSWORD)
})

const nationalEmploi = async () => {
  const theme = (await context.payload.find({ collection: 'themes', where: { slug: { equals: 'emploi' } }, limit: 1, overrideAccess: true })).docs[0]
  return (
    await context.payload.find({
      collection: 'questionnaires',
      where: { and: [{ theme: { equals: theme.id } }, { territory: { exists: false } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0] as Questionnaire
}

describe('a questionnaire whose branch points forward', () => {
  it('is refused with a toast naming the question by number and wording, and the field keeps its precise message', async () => {
    const questionnaire = await nationalEmploi()
    const rows = questionnaire.questions ?? []
    const last = rows[rows.length - 1]
    const target = rows[1]
    const questions = rows.map((question, index) =>
      index === 1 ? { ...question, conditions: [{ questionKey: last.key, operator: 'in', values: ['oui'] }] } : question,
    )
    const response = await api.patch(`/questionnaires/${questionnaire.id}`, { questions }, adminToken)
    expect(response.status).toBe(400)
    const [error] = response.json.errors
    const toast: string = error.message
    expect(toast).toMatch(/^Le champ suivant n.est pas valide/)
    expect(toast).toContain(`Question 2 (« ${target.label.slice(0, 20)}`)
    expect(toast).toContain('qui vient après elle')
    expect(toast).not.toMatch(/questions\.\d/)
    // One item of the toast (Payload splits its list at commas).
    expect(toast.slice(toast.indexOf(':') + 1)).not.toContain(',')
    const [detail] = error.data.errors
    expect(detail.path).toMatch(/^questions\.1\./)
    expect(detail.message).toContain('qui vient après elle')
  })
})

describe('an offer with an unknown sub-theme', () => {
  it('is refused with a toast saying so in words', async () => {
    const offer = (await context.payload.find({ collection: 'offers', where: { status: { equals: 'publiee' } }, limit: 1, depth: 0, overrideAccess: true }))
      .docs[0]
    const response = await api.patch(`/offers/${offer.id}`, { subTheme: 'sous-theme-inconnu' }, adminToken)
    expect(response.status).toBe(400)
    const toast: string = response.json.errors[0].message
    expect(toast).toContain('Sous-thème inconnu pour')
    expect(toast).not.toContain('subTheme')
  })
})
