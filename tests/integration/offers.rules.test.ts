import { beforeAll, describe, expect, it } from '@jest/globals'

import { apiClient } from '../helpers/api'
import { type Matrix } from '../helpers/matrix'
import { useTestPayload } from '../helpers/payload'
import { type Demo, openDemoMatrix, unique } from './access.fixtures'

/**
 * An offer's eligibility rules are checked against the questionnaire matching actually uses for its
 * territory and theme (`applicableQuestionnaire`): the territory's own questionnaire when it has one, not
 * the national template it replaces. Regression: a rule on a criterion only the template asks used to be
 * accepted, then silently never applied.
 */
const context = useTestPayload()
let matrix: Matrix
let demo: Demo

/** The Sicoval's own Emploi questionnaire: age and a local question, none of the template's other criteria. */
const SICOVAL_EMPLOI = [
  { key: 'age', type: 'number', required: true, label: 'Quel âge as-tu ?', min: 15, max: 30 },
  {
    key: 'secteur_sicoval',
    type: 'single',
    required: true,
    label: 'Où cherches-tu, dans le Sicoval ?',
    options: [
      { value: 'nord', label: 'Ramonville et le nord' },
      { value: 'sud', label: 'Le sud du Sicoval' },
    ],
  },
]

beforeAll(async () => {
  ;({ matrix, demo } = await openDemoMatrix(context.payload, ['admin']))
  const { docs: templates } = await context.payload.find({
    collection: 'questionnaires',
    where: { and: [{ theme: { equals: demo.themes.emploi } }, { territory: { exists: false } }] },
    overrideAccess: true,
  })
  // The national Emploi template asks « projet_emploi »; the Sicoval's override below does not.
  expect((templates[0].questions ?? []).map((question) => question.key)).toContain('projet_emploi')
  const created = await matrix.api.post(
    '/questionnaires',
    { title: unique('Emploi — version du Sicoval'), theme: demo.themes.emploi, territory: demo.territories.sicoval, questions: SICOVAL_EMPLOI },
    matrix.token('admin'),
  )
  expect(created.status).toBe(201)
})

const offer = (territory: 'sicoval' | 'lot', rules: Record<string, unknown>[]) => ({
  title: unique('Offre à règle'),
  summary: 'Une offre pour vérifier ses conditions.',
  partner: territory === 'sicoval' ? demo.partners.mlSicoval : demo.partners.mlLot,
  territory: demo.territories[territory],
  theme: demo.themes.emploi,
  subTheme: 'trouver-un-emploi',
  contactDelayDays: 3,
  status: 'publiee',
  rules,
})

const errorsOf = (json: any): { path: string; message: string }[] =>
  (json?.errors ?? [])
    .flatMap((error: any) => error.data?.errors ?? [{ path: '', message: error.message }])
    .map(({ path, message }: any) => ({ path, message }))

const matchedIds = async (answers: Record<string, unknown>): Promise<number[]> => {
  const { status, json } = await apiClient(context.payload).post('/boussole/match', { commune: '31446', theme: 'emploi', answers })
  expect(status).toBe(200)
  return json.offers.map((entry: { id: number }) => entry.id)
}

describe('eligibility rules against the applicable questionnaire', () => {
  it('a rule on a criterion only the national template asks is refused for a territory with its own questionnaire', async () => {
    const before = await matrix.count('offers')
    const { status, json } = await matrix.api.post('/offers', offer('sicoval', [{ criterion: 'projet_emploi', values: ['emploi'] }]), matrix.token('admin'))
    expect(status).toBe(400)
    expect(errorsOf(json)).toEqual([
      {
        path: 'rules.0.criterion',
        message:
          'Condition n°1 : le critère « projet_emploi » n’est posé que par le questionnaire national ; ce territoire a son propre questionnaire pour ce thème, qui ne le pose pas : la condition ne s’appliquerait jamais (critères possibles : age, secteur_sicoval).',
      },
    ])
    expect(await matrix.count('offers')).toBe(before)
  })

  it('the same rule is accepted where the national template applies (the Lot has no Emploi questionnaire of its own)', async () => {
    const { status } = await matrix.api.post('/offers', offer('lot', [{ criterion: 'projet_emploi', values: ['emploi'] }]), matrix.token('admin'))
    expect(status).toBe(201)
  })

  it('a rule on the override’s own criterion is accepted, and matching applies it', async () => {
    const { status, json } = await matrix.api.post('/offers', offer('sicoval', [{ criterion: 'secteur_sicoval', values: ['nord'] }]), matrix.token('admin'))
    expect(status).toBe(201)
    const id = json.doc.id as number
    expect(await matchedIds({ age: 20, secteur_sicoval: 'nord' })).toContain(id)
    expect(await matchedIds({ age: 20, secteur_sicoval: 'sud' })).not.toContain(id)
  })
})
