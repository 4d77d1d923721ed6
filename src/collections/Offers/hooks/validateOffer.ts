import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { getPerimeter } from '@/access/perimeter'
import { activeUser, checkRole, type Role } from '@/domain/accounts/roles'
import { canChangeOfferStatus, OFFER_STATUS_LABELS, type OfferStatus } from '@/domain/offers/offerStatusTransitions'
import { endsBeforeItStarts } from '@/domain/offers/validity'
import { idsOf } from '@/domain/shared/ids'
import { toastLabel } from '@/domain/shared/toastLabel'
import type { Offer } from '@/payload-types'
import { now as currentTime } from '@/plugins/boussole/server'

import { routingNotes } from './routeOfferWrites'
import { rulesErrorsIn } from './rulesAgainstQuestionnaire'

type FieldError = { path: string; message: string }

/**
 * The offer's coherence with the rest of the domain: a status change the author may make; a theme
 * opened in the territory and one of its sub-themes; communes inside the territory; eligibility rules on
 * the theme's criteria; consistent dates; and publication only under a signed charter.
 */
export const validateOffer: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const errors: FieldError[] = []
  const options = { depth: 0, overrideAccess: true, req } as const

  const [territoryId] = idsOf([merged.territory])
  const [themeId] = idsOf([merged.theme])
  const [partnerId] = idsOf([merged.partner])
  // Missing required relations are reported by the fields' own validation.
  if (territoryId === undefined || themeId === undefined || partnerId === undefined) return data

  const user = activeUser(req.user)
  // Written live over a pending version (see routeOfferWrites): the transition is the live document's.
  const from =
    (originalDoc?.id !== undefined ? routingNotes(req).transitionFrom[String(originalDoc.id)] : undefined) ?? (originalDoc?.status as OfferStatus | undefined)
  // A partner's draft never says « publiée »: a pending version of a published offer waits for validation.
  if (routingNotes(req).draftWrite && merged.status === 'publiee' && user && !checkRole(['admin', 'animator'], user)) data.status = merged.status = 'soumise'
  const to = merged.status as OfferStatus
  if (user && from !== to && !canChangeOfferStatus(user.role as Role, from, to)) {
    errors.push({
      path: 'status',
      message: `Vous ne pouvez pas passer une offre de « ${from ? OFFER_STATUS_LABELS[from] : 'nouvelle'} » à « ${OFFER_STATUS_LABELS[to]} » : la publication revient à l’animation du territoire.`,
    })
  }

  // Sequential: these queries share the request's transaction (one connection).
  const territory = await req.payload.findByID({
    collection: 'territories',
    id: territoryId,
    ...options,
    select: { name: true, themes: true, coveredCommunes: true },
  })
  const theme = await req.payload.findByID({ collection: 'themes', id: themeId, ...options, select: { name: true, subThemes: true } })

  const themeRow = (territory.themes ?? []).find((row) => idsOf([row.theme])[0] === themeId)
  if (!themeRow) errors.push({ path: 'theme', message: `Le thème « ${theme.name} » n’est pas ouvert sur le territoire « ${territory.name} ».` })

  const subThemes = (theme.subThemes ?? []).map((row) => row.slug)
  if (merged.subTheme && !subThemes.includes(merged.subTheme)) {
    errors.push({ path: 'subTheme', message: `Sous-thème inconnu pour « ${theme.name} » : choisissez parmi ${subThemes.join(', ') || '(aucun)'}.` })
  }

  if (merged.coverage?.mode === 'communes') {
    const covered = new Set(idsOf(territory.coveredCommunes))
    const chosen = idsOf(merged.coverage.communes)
    if (!chosen.length) errors.push({ path: 'coverage.communes', message: 'Choisissez au moins une commune, ou « Tout le territoire ».' })
    if (chosen.some((id) => !covered.has(id))) {
      errors.push({ path: 'coverage.communes', message: `Certaines communes choisies ne font pas partie du territoire « ${territory.name} ».` })
    }
  }

  for (const error of await rulesErrorsIn(req, { themeId, territoryId, rules: (merged.rules ?? []) as Offer['rules'] }))
    errors.push({
      path: error.alternative === undefined ? `rules.${error.index}.${error.field}` : `rules.${error.index}.anyOf.${error.alternative}.${error.field}`,
      message: error.message,
    })

  if (endsBeforeItStarts(merged)) {
    errors.push({ path: 'validUntil', message: 'La date de fin de validité précède la date de début.' })
  }

  if (to === 'publiee') {
    const { totalDocs } = await req.payload.count({
      collection: 'charters',
      where: { and: [{ partner: { equals: partnerId } }, { territories: { in: [territoryId] } }, { status: { equals: 'signee' } }] },
      overrideAccess: true,
      req,
    })
    if (!totalDocs)
      errors.push({
        path: 'status',
        message: `L’organisme n’a pas de charte de partenariat signée pour « ${territory.name} » : l’offre ne peut pas être publiée.`,
      })
  }

  // Each error's label is its French message: Payload's toast lists labels (« …n'est pas valide : rules.0.criterion » otherwise).
  if (errors.length) throw new ValidationError({ collection: 'offers', errors: errors.map((error) => ({ ...error, label: toastLabel(error.message) })) }, req.t)

  const now = currentTime(req.payload).toISOString()
  if (to === 'publiee' && from !== 'publiee') data.publishedAt = now
  if ((await getPerimeter(req)).kind === 'partner') data.reviewedAt = now
  if (!originalDoc) data.reviewedAt = data.reviewedAt ?? now
  return data
}
