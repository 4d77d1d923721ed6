import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { getPerimeter } from '@/access/perimeter'
import type { Perimeter } from '@/domain/accounts/perimeter'
import { decisionRefusal, proposalRefusal, type OfferTerritoryStatus } from '@/domain/offers/offerTerritories'
import { idsOf } from '@/domain/shared/ids'
import { now as currentTime } from '@/plugins/boussole/server'

import { rulesErrorsIn } from '../Offers/hooks/rulesAgainstQuestionnaire'

/**
 * A proposal of an offer in another territory, and its decision (rules: `offerTerritories.ts`): the offer and
 * the territory are fixed once proposed; proposing needs the offer's organisation (or the staff) and a signed
 * charter there; deciding is the territory's animation's. Copies the offer's organisation and home territory
 * onto the row, and stamps who decided and when. Writes without a signed-in person (seed, imports) are the system's.
 */
export const checkOfferTerritory: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const fail = (path: string, message: string): never => {
    throw new ValidationError({ collection: 'offer-territories', errors: [{ path, message }] }, req.t)
  }
  const [offerId] = idsOf([data.offer ?? originalDoc?.offer])
  const [territoryId] = idsOf([data.territory ?? originalDoc?.territory])
  // Missing required relations are reported by the fields' own validation.
  if (offerId === undefined || territoryId === undefined) return data
  if (operation === 'update') {
    if (offerId !== idsOf([originalDoc?.offer])[0]) fail('offer', 'On ne change pas l’offre d’une proposition : retirez-la et proposez l’autre offre.')
    if (territoryId !== idsOf([originalDoc?.territory])[0])
      fail('territory', 'On ne change pas le territoire d’une proposition : retirez-la et proposez l’offre dans l’autre territoire.')
  }
  const perimeter: Perimeter = req.user ? await getPerimeter(req) : { kind: 'all' }
  const options = { depth: 0, overrideAccess: true, disableErrors: true, req } as const

  // Sequential: these queries share the request's transaction (one connection).
  const offer = await req.payload.findByID({
    collection: 'offers',
    id: offerId,
    ...options,
    // Sub-fields spelled out: `rules: true` would return the hasMany `values` empty.
    select: {
      title: true,
      partner: true,
      territory: true,
      theme: true,
      rules: { criterion: true, values: true, min: true, max: true, anyOf: { criterion: true, values: true, min: true, max: true } },
    },
  })
  if (!offer) return fail('offer', 'Cette offre n’existe pas.')
  const territory = await req.payload.findByID({ collection: 'territories', id: territoryId, ...options, select: { name: true, themes: true } })
  if (!territory) return fail('territory', 'Ce territoire n’existe pas.')
  const [partnerId] = idsOf([offer.partner])
  const [homeTerritoryId] = idsOf([offer.territory])
  const [themeId] = idsOf([offer.theme])

  const to = (data.status ?? originalDoc?.status ?? 'en_attente') as OfferTerritoryStatus
  const from = (operation === 'update' ? originalDoc?.status : null) as OfferTerritoryStatus | null
  const signedCharter = async () =>
    (
      await req.payload.count({
        collection: 'charters',
        where: { and: [{ partner: { equals: partnerId } }, { territories: { in: [territoryId] } }, { status: { equals: 'signee' } }] },
        overrideAccess: true,
        req,
      })
    ).totalDocs > 0

  if (operation === 'create') {
    const { totalDocs: others } = await req.payload.count({
      collection: 'offer-territories',
      where: { and: [{ offer: { equals: offerId } }, { territory: { equals: territoryId } }] },
      overrideAccess: true,
      req,
    })
    const refusal = proposalRefusal(perimeter, {
      offer: { partnerId, territoryId: homeTerritoryId },
      territoryId,
      territoryName: territory.name,
      signedCharter: await signedCharter(),
      themeListed: (territory.themes ?? []).some((row) => idsOf([row.theme])[0] === themeId),
      alreadyProposed: others > 0,
    })
    if (refusal) fail('territory', refusal)
  }
  const decision = decisionRefusal(perimeter, territoryId, territory.name, from, to)
  if (decision) fail('status', decision)
  if (to === 'validee' && from !== 'validee' && operation === 'update' && !(await signedCharter()))
    fail('status', `L’organisme n’a plus de charte de partenariat signée pour « ${territory.name} » : l’offre ne peut pas y être validée.`)

  // The offer's rules are written for its home territory's questionnaire: they must fit this territory's as well.
  if (operation === 'create' || (to === 'validee' && from !== 'validee')) {
    const ruleErrors = await rulesErrorsIn(req, { themeId, territoryId, rules: offer.rules })
    if (ruleErrors.length)
      fail(
        operation === 'create' ? 'territory' : 'status',
        `Les conditions d’éligibilité de l’offre ne correspondent pas au questionnaire utilisé dans « ${territory.name} » : ${ruleErrors
          .map((error) => error.message)
          .join(' ; ')} Adaptez les conditions de l’offre, ou le questionnaire du territoire.`,
      )
  }

  data.partner = partnerId
  data.homeTerritory = homeTerritoryId
  data.title = `${offer.title} — ${territory.name}`
  if (from !== to && to !== 'en_attente') {
    data.decidedAt = currentTime(req.payload).toISOString()
    data.decidedBy = req.user?.id ?? null
  }
  return data
}
