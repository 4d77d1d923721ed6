import { beforeAll, describe, expect, it } from '@jest/globals'

import { type Actor, type Matrix } from '../helpers/matrix'
import { useTestPayload } from '../helpers/payload'
import { type Demo, openDemoMatrix, unique, uniqueSiret } from './access.fixtures'

/**
 * Invalid territory, questionnaire, offer and organisation data is refused through the API with a clear
 * French message on the faulty field; the valid neighbour of each case is accepted (so each refusal is
 * about the rule under test, not something else).
 */
const context = useTestPayload()
let matrix: Matrix
let demo: Demo

beforeAll(async () => {
  ;({ matrix, demo } = await openDemoMatrix(context.payload, ['admin', 'animatorLot', 'partnerMlLot']))
})

interface FieldError {
  path: string
  message: string
}

/** POSTs (or PATCHes) through the REST API; returns the status and the field errors. */
async function send(
  actor: Actor,
  method: 'post' | 'patch',
  path: string,
  body: Record<string, unknown>,
): Promise<{ status: number; id?: number; errors: FieldError[] }> {
  const { status, json } = method === 'post' ? await matrix.api.post(path, body, matrix.token(actor)) : await matrix.api.patch(path, body, matrix.token(actor))
  const errors = (json?.errors ?? [])
    .flatMap((error: { message: string; data?: { errors?: FieldError[] } }) => error.data?.errors ?? [{ path: '', message: error.message }])
    .map(({ path, message }: FieldError) => ({ path, message }))
  return { status, id: json?.doc?.id, errors }
}

const cleanup = async (collection: 'territories' | 'questionnaires' | 'offers' | 'partners', id?: number) => {
  if (id) await context.payload.delete({ collection, id, overrideAccess: true })
}

/* ---------- Territories ---------- */

describe('territory coverage', () => {
  const territory = (overrides: Record<string, unknown>) => ({
    name: unique('Cahors et environs'),
    slug: unique('cahors-et-environs'),
    status: 'ouvert',
    coverage: { communes: [demo.communes.cahors, demo.communes.figeac] },
    themes: [{ theme: demo.themes.emploi, status: 'ouvert' }],
    ...overrides,
  })

  it('opening a territory that covers Cahors with the theme Emploi is refused, naming the theme, the territory and the communes', async () => {
    const { status, errors } = await send('admin', 'post', '/territories', territory({}))
    expect(status).toBe(400)
    expect(errors).toEqual([
      {
        path: 'coverage',
        message: expect.stringMatching(
          /Le thème « Emploi » est déjà ouvert par le territoire « Lot » sur 2 communes de ce territoire : (Cahors, Figeac|Figeac, Cahors)\./,
        ),
      },
    ])
  })

  it('a theme only coming soon in the Lot (Santé) conflicts too; an EPCI coverage is checked commune by commune', async () => {
    const sante = await send('admin', 'post', '/territories', territory({ themes: [{ theme: demo.themes.sante, status: 'ouvert' }] }))
    expect(sante.errors.map((error) => error.message)).toEqual([expect.stringContaining('« Santé » est déjà ouvert par le territoire « Lot »')])
    const { docs } = await context.payload.find({ collection: 'epcis', where: { code: { equals: '243100633' } }, overrideAccess: true })
    const sicoval = await send('admin', 'post', '/territories', territory({ coverage: { epcis: [docs[0].id] } }))
    expect(sicoval.errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/« Emploi » est déjà ouvert par le territoire « Sicoval » sur 36 communes de ce territoire : .+ et 31 autres\./),
    ])
  })

  it('the same coverage is accepted for a theme the Lot does not open, or while the territory is in preparation', async () => {
    // Created directly « ouvert », the coverage passes: what refuses it is the opening checklist (nothing attached yet).
    const international = await send(
      'admin',
      'post',
      '/territories',
      territory({ themes: [{ theme: demo.themes['mobilite-internationale'], status: 'ouvert' }] }),
    )
    expect(international.status).toBe(400)
    expect(international.errors).toEqual([{ path: 'status', message: expect.stringMatching(/^Créez d’abord le territoire « En préparation »/) }])
    const preparing = await send('admin', 'post', '/territories', territory({ status: 'preparation' }))
    expect(preparing.status).toBe(201)
    // …but opening it later is refused
    const opening = await send('admin', 'patch', `/territories/${preparing.id}`, { status: 'ouvert' })
    expect(opening.status).toBe(400)
    expect(opening.errors[0].message).toContain('« Emploi » est déjà ouvert par le territoire « Lot »')
    await cleanup('territories', preparing.id)
  })

  it('a theme listed twice in a territory is refused', async () => {
    const { status, errors } = await send(
      'admin',
      'post',
      '/territories',
      territory({
        status: 'preparation',
        themes: [
          { theme: demo.themes.logement, status: 'ouvert' },
          { theme: demo.themes.logement, status: 'bientot' },
        ],
      }),
    )
    expect(status).toBe(400)
    expect(errors).toEqual([{ path: 'themes', message: 'Chaque thème ne peut figurer qu’une fois dans un territoire.' }])
  })
})

/* ---------- Questionnaires ---------- */

describe('questionnaire trees', () => {
  const age = { key: 'age', type: 'number', label: 'Quel âge as-tu ?', min: 15, max: 30 }
  const situation = (condition?: Record<string, unknown>) => ({
    key: 'situation',
    type: 'single',
    label: 'Quelle est ta situation ?',
    options: [
      { value: 'etudiant', label: 'Étudiant' },
      { value: 'salarie', label: 'Salarié' },
    ],
    ...(condition ? { conditions: [condition] } : {}),
  })
  const permis = (condition?: Record<string, unknown>) => ({
    key: 'permis',
    type: 'boolean',
    label: 'As-tu le permis ?',
    ...(condition ? { conditions: [condition] } : {}),
  })
  /** A Sicoval override of the Emploi questionnaire (the Sicoval has none). */
  const questionnaire = (questions: unknown[]) => ({
    title: unique('Emploi Sicoval'),
    theme: demo.themes.emploi,
    territory: demo.territories.sicoval,
    questions,
  })

  const CASES: [string, unknown[], string, RegExp][] = [
    [
      'a forward condition',
      [situation({ questionKey: 'permis', values: ['oui'] }), permis()],
      'questions.0.conditions.0.questionKey',
      /La question n°1 \(« situation »\) dépend de « permis », qui vient après elle/,
    ],
    [
      'a condition on itself (loop)',
      [age, permis({ questionKey: 'permis', values: ['oui'] })],
      'questions.1.conditions.0.questionKey',
      /La question n°2 \(« permis »\) dépend d'elle-même/,
    ],
    [
      'two questions depending on each other (loop)',
      [situation({ questionKey: 'permis', values: ['oui'] }), permis({ questionKey: 'situation', values: ['salarie'] })],
      'questions.0.conditions.0.questionKey',
      /« situation ».*dépend de « permis », qui vient après elle/,
    ],
    [
      'a condition on an unknown key',
      [age, permis({ questionKey: 'diplome', values: ['bac'] })],
      'questions.1.conditions.0.questionKey',
      /La question n°2 \(« permis »\) dépend de « diplome », qui n'existe pas/,
    ],
    [
      'a condition on a value that is not an answer',
      [situation(), permis({ questionKey: 'situation', values: ['astronaute'] })],
      'questions.1.conditions.0.values',
      /La condition de la question n°2 \(« permis »\) attend « astronaute », qui n'est pas une réponse possible à « situation » \(réponses possibles : « etudiant », « salarie »\)/,
    ],
    [
      'a condition on a number',
      [age, permis({ questionKey: 'age', values: ['18'] })],
      'questions.1.conditions.0.questionKey',
      /dépend de « age », une question à réponse numérique/,
    ],
    ['a malformed key', [{ ...age, key: 'Âge' }], 'questions.0.key', /La question n°1 a une clé invalide \(« Âge »\)/],
    ['a duplicate key', [age, { ...age, label: 'Ton âge ?' }], 'questions.1.key', /reprend la clé « age » de la question n°1/],
    [
      'a choice with a single answer',
      [{ ...situation(), options: [{ value: 'etudiant', label: 'Étudiant' }] }],
      'questions.0.options',
      /doit proposer au moins 2 réponses/,
    ],
    ['min above max', [{ ...age, min: 30, max: 15 }], 'questions.0.min', /un minimum \(30\) supérieur à son maximum \(15\)/],
  ]

  it.each(CASES)('%s is refused with a message naming the question', async (_name, questions, path, message) => {
    const { status, errors } = await send('admin', 'post', '/questionnaires', questionnaire(questions))
    expect(status).toBe(400)
    expect(errors).toContainEqual({ path, message: expect.stringMatching(message) })
  })

  it('the Lot animator gets the same refusal on the Lot’s own questionnaire', async () => {
    const [lot] = await matrix.all('questionnaires', { territory: { equals: demo.territories.lot } })
    const { status, errors } = await send('animatorLot', 'patch', `/questionnaires/${lot.id}`, {
      questions: [situation({ questionKey: 'permis', values: ['oui'] }), permis()],
    })
    expect(status).toBe(400)
    expect(errors[0]).toEqual({ path: 'questions.0.conditions.0.questionKey', message: expect.stringContaining('qui vient après elle') })
    expect((await matrix.raw('questionnaires', lot.id)).questions.length).toBe(lot.questions.length)
  })

  it('a valid tree with a backward condition is accepted; a second one for the same theme and territory is refused', async () => {
    const valid = await send('admin', 'post', '/questionnaires', questionnaire([age, situation(), permis({ questionKey: 'situation', values: ['salarie'] })]))
    expect(valid.status).toBe(201)
    const second = await send('admin', 'post', '/questionnaires', questionnaire([age]))
    expect(second.status).toBe(400)
    expect(second.errors).toEqual([{ path: 'territory', message: expect.stringContaining('Ce territoire a déjà son propre questionnaire pour ce thème') }])
    await cleanup('questionnaires', valid.id)
  })
})

/* ---------- Offers ---------- */

describe('offers', () => {
  /** A valid Emploi draft of the Mission Locale du Lot, written by the Lot animator. */
  const offer = (overrides: Record<string, unknown> = {}) => ({
    title: 'Offre de validation',
    summary: 'Une offre pour tester la validation.',
    partner: demo.partners.mlLot,
    territory: demo.territories.lot,
    theme: demo.themes.emploi,
    subTheme: 'trouver-un-emploi',
    status: 'brouillon',
    ...overrides,
  })

  it('the valid offer is accepted (baseline)', async () => {
    const { status, id } = await send(
      'animatorLot',
      'post',
      '/offers',
      offer({
        contactDelayDays: 7,
        rules: [
          { criterion: 'age', min: 16, max: 25 },
          { criterion: 'situation', values: ['demandeur_emploi'] },
        ],
      }),
    )
    expect(status).toBe(201)
    await cleanup('offers', id)
  })

  type Overrides = Record<string, unknown> | ((d: Demo) => Record<string, unknown>)
  const CASES: [string, Overrides, string, RegExp][] = [
    ['a contact delay of 0 days', { contactDelayDays: 0 }, 'contactDelayDays', /entre 1 et 7/],
    ['a contact delay of 8 days', { contactDelayDays: 8 }, 'contactDelayDays', /entre 1 et 7/],
    ['a contact delay of 2.5 days', { contactDelayDays: 2.5 }, 'contactDelayDays', /nombre entier de jours entre 1 et 7/],
    [
      'an unknown criterion',
      { rules: [{ criterion: 'astrologie', values: ['belier'] }] },
      'rules.0.criterion',
      /le critère « astrologie » n’existe pas dans le questionnaire de ce thème \(critères possibles : .*age.*situation/,
    ],
    [
      'a value not among the answers',
      { rules: [{ criterion: 'situation', values: ['astronaute'] }] },
      'rules.0.values',
      /« astronaute » ne fait pas partie des réponses possibles à « situation »/,
    ],
    ['min above max', { rules: [{ criterion: 'age', min: 25, max: 16 }] }, 'rules.0.max', /le maximum \(16\) est inférieur au minimum \(25\)/],
    ['answers on a number criterion', { rules: [{ criterion: 'age', values: ['18'] }] }, 'rules.0.values', /« age » est un nombre/],
    [
      'a commune outside the territory',
      (d) => ({ coverage: { mode: 'communes', communes: [d.communes.cahors, d.communes.ramonville] } }),
      'coverage.communes',
      /Certaines communes choisies ne font pas partie du territoire « Lot »/,
    ],
    [
      'a theme not opened in the territory',
      (d) => ({ theme: d.themes['mobilite-internationale'], subTheme: null }),
      'theme',
      /Le thème « Mobilité internationale » n’est pas ouvert sur le territoire « Lot »/,
    ],
    [
      'an unknown sub-theme',
      { subTheme: 'trouver-un-logement' },
      'subTheme',
      /Sous-thème inconnu pour « Emploi » : choisissez parmi trouver-un-emploi, alternance-stage, creer-son-activite/,
    ],
    [
      'an end of validity before its start',
      { validFrom: '2026-09-01T12:00:00.000Z', validUntil: '2026-06-01T12:00:00.000Z' },
      'validUntil',
      /La date de fin de validité précède la date de début/,
    ],
  ]

  it.each(CASES)('%s is refused with a clear message', async (_name, overrides, path, message) => {
    const before = await matrix.count('offers')
    const { status, errors } = await send('animatorLot', 'post', '/offers', offer(typeof overrides === 'function' ? overrides(demo) : overrides))
    expect(status).toBe(400)
    expect(errors).toContainEqual({ path, message: expect.stringMatching(message) })
    expect(await matrix.count('offers')).toBe(before)
  })

  it('publishing without a signed charter is refused (the PIJ de Souillac’s charter is pending)', async () => {
    const { status, errors } = await send('animatorLot', 'post', '/offers', offer({ partner: demo.partners.pijSouillac, status: 'publiee' }))
    expect(status).toBe(400)
    expect(errors).toContainEqual({
      path: 'status',
      message: 'L’organisme n’a pas de charte de partenariat signée pour « Lot » : l’offre ne peut pas être publiée.',
    })
    // its draft is fine
    const draft = await send('animatorLot', 'post', '/offers', offer({ partner: demo.partners.pijSouillac }))
    expect(draft.status).toBe(201)
    const publish = await send('animatorLot', 'patch', `/offers/${draft.id}`, { status: 'publiee' })
    expect(publish.status).toBe(400)
    expect(publish.errors[0].message).toContain('pas de charte de partenariat signée')
    await cleanup('offers', draft.id)
  })

  it('a partner trying to publish its own offer is refused: publication is the animator’s', async () => {
    const draft = await send('partnerMlLot', 'post', '/offers', offer({ status: 'soumise' }))
    expect(draft.status).toBe(201)
    const publish = await send('partnerMlLot', 'patch', `/offers/${draft.id}`, { status: 'publiee' })
    expect(publish.status).toBe(400)
    expect(publish.errors).toEqual([
      {
        path: 'status',
        message: 'Vous ne pouvez pas passer une offre de « soumise pour validation » à « publiée » : la publication revient à l’animation du territoire.',
      },
    ])
    const created = await send('partnerMlLot', 'post', '/offers', offer({ status: 'publiee' }))
    expect(created.status).toBe(400)
    expect(created.errors[0].message).toContain('de « nouvelle » à « publiée »')
    expect((await matrix.raw('offers', draft.id!)).status).toBe('soumise')
    await cleanup('offers', draft.id)
  })

  it('a partner offering in a territory where it holds no charter, or for another organisation, is refused', async () => {
    const sicoval = await send('partnerMlLot', 'post', '/offers', offer({ territory: demo.territories.sicoval }))
    expect(sicoval.errors).toContainEqual({ path: 'territory', message: "Votre organisme n'a pas de charte signée pour ce territoire." })
    const other = await send('partnerMlLot', 'post', '/offers', offer({ partner: demo.partners.pijCahors }))
    expect(other.errors).toContainEqual({ path: 'partner', message: 'Vous ne pouvez agir que pour votre propre organisme.' })
  })
})

/* ---------- Organisations ---------- */

describe('organisations', () => {
  const partner = (siret: string) => ({
    name: unique('Association'),
    siret,
    type: 'association',
    defaultContactDelayDays: 3,
    territories: [demo.territories.lot],
  })

  it.each(['12345678901234', '1234567890123', '4192375100015A', ''])('SIRET « %s » is refused', async (siret) => {
    const { status, errors } = await send('animatorLot', 'post', '/partners', partner(siret))
    expect(status).toBe(400)
    expect(errors).toContainEqual({ path: 'siret', message: expect.stringMatching(/SIRET/) })
  })

  it('a valid SIRET, even typed with spaces, is accepted and normalised; a duplicate is refused', async () => {
    const siret = uniqueSiret()
    const spaced = `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`
    const created = await send('animatorLot', 'post', '/partners', partner(spaced))
    expect(created.status).toBe(201)
    expect((await matrix.raw('partners', created.id!)).siret).toBe(siret)
    const duplicate = await send('animatorLot', 'post', '/partners', partner(siret))
    expect(duplicate.status).toBe(400)
    expect(duplicate.errors[0].path).toBe('siret')
    await cleanup('partners', created.id)
  })

  it('a default contact delay outside 1–7 days is refused', async () => {
    const { status, errors } = await send('animatorLot', 'post', '/partners', { ...partner(uniqueSiret()), defaultContactDelayDays: 10 })
    expect(status).toBe(400)
    expect(errors).toContainEqual({ path: 'defaultContactDelayDays', message: expect.stringContaining('entre 1 et 7') })
  })
})
