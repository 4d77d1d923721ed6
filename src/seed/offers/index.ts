import { create, day, type SeedContext } from '../context'
import { lookupCommunes } from '../geography'
import { richText } from '../lexical'
import { PARTNERS, type PartnerIds } from '../partners'
import { COMMUNES } from '../places'
import type { TerritoryIds } from '../territories'
import type { ThemeIds } from '../themes'
import { LOT_OFFERS } from './lot'
import { MONTPELLIER_OFFERS } from './montpellier'
import { SICOVAL_OFFERS } from './sicoval'
import type { OfferSeed } from './types'

export const OFFERS: readonly OfferSeed[] = [...LOT_OFFERS, ...SICOVAL_OFFERS, ...MONTPELLIER_OFFERS]

export interface OfferRefs {
  themes: ThemeIds
  territories: TerritoryIds
  partners: PartnerIds
}

export async function seedOffers(ctx: SeedContext, refs: OfferRefs): Promise<void> {
  const communes = await lookupCommunes(ctx, Object.values(COMMUNES))
  const byStatus: Record<string, number> = {}
  let proposals = 0
  for (const offer of OFFERS) {
    const partner = PARTNERS.find((candidate) => candidate.key === offer.partner)
    if (!partner) throw new Error(`Offre « ${offer.title} » : organisme inconnu (${offer.partner}).`)
    const status = offer.status ?? 'publiee'
    byStatus[status] = (byStatus[status] ?? 0) + 1
    const { id } = await create(ctx, 'offers', {
      title: offer.title,
      summary: offer.summary,
      description: richText(offer.description),
      benefits: offer.benefits,
      partner: refs.partners[offer.partner],
      territory: refs.territories[partner.territory],
      theme: refs.themes[offer.theme],
      subTheme: offer.subTheme,
      status,
      reviewComment: offer.reviewComment,
      // Left empty, the collection fills in the organisation's default delay.
      contactDelayDays: offer.contactDelayDays as number,
      notificationEmails: (offer.notificationEmails ?? [partner.professionalContact.email]).map((email) => ({ email })),
      location: {
        address: offer.location.address,
        commune: offer.location.commune ? communes.id(COMMUNES[offer.location.commune]) : undefined,
        remote: offer.location.remote ?? false,
      },
      coverage: offer.communes ? { mode: 'communes', communes: communes.ids(offer.communes.map((key) => COMMUNES[key])) } : { mode: 'territory' },
      rules: offer.rules ?? [],
      validFrom: offer.validFrom ? day(offer.validFrom) : undefined,
      validUntil: offer.validUntil ? day(offer.validUntil) : undefined,
    })
    for (const other of offer.alsoIn ?? []) {
      await create(ctx, 'offer-territories', { offer: id, territory: refs.territories[other.territory], status: other.status })
      proposals++
    }
  }
  const detail = Object.entries(byStatus)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ')
  ctx.log(`${OFFERS.length} offres créées (${detail}), dont ${proposals} proposée(s) aussi dans un autre territoire.`)
}
