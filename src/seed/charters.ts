import { create, day, type SeedContext } from './context'
import { PARTNERS, type PartnerIds, type PartnerKey } from './partners'
import type { TerritoryIds } from './territories'

interface CharterSeed {
  version: string
  signatoryName: string
  signatoryRole: string
  signedAt: string
  expiresAt?: string
}

/** Signed charters; partners absent from this list have a charter pending signature. */
const SIGNED: Partial<Record<PartnerKey, CharterSeed>> = {
  missionLocaleLot: { version: '2020-1', signatoryName: 'Martine Delbos', signatoryRole: 'Présidente de la Mission Locale du Lot', signedAt: '2020-10-12' },
  pijCahors: {
    version: '2020-1',
    signatoryName: 'Jean-Marc Lafargue',
    signatoryRole: 'Adjoint au maire de Cahors chargé de la jeunesse',
    signedAt: '2020-10-15',
  },
  pijFigeac: {
    version: '2020-1',
    signatoryName: 'Sophie Lacarrière',
    signatoryRole: 'Vice-présidente du Grand-Figeac chargée de la jeunesse',
    signedAt: '2020-10-20',
  },
  pijGourdon: { version: '2020-1', signatoryName: 'Pierre Delmas', signatoryRole: 'Maire de Gourdon', signedAt: '2020-10-22' },
  habitatJeunesLot: { version: '2020-1', signatoryName: 'Françoise Bach', signatoryRole: 'Directrice d’Habitat Jeunes du Lot', signedAt: '2020-10-26' },
  ccasCahors: {
    version: '2026-1',
    signatoryName: 'Isabelle Rigal',
    signatoryRole: 'Vice-présidente du CCAS de Cahors',
    signedAt: '2026-01-19',
    expiresAt: '2029-01-19',
  },
  mdaLot: {
    version: '2026-1',
    signatoryName: 'Dr Hélène Cayla',
    signatoryRole: 'Médecin coordinatrice de la Maison des adolescents du Lot',
    signedAt: '2026-06-02',
    expiresAt: '2029-06-02',
  },
  missionLocaleSicoval: {
    version: '2026-1',
    signatoryName: 'Bernard Castagné',
    signatoryRole: 'Directeur de la Mission Locale Haute-Garonne',
    signedAt: '2026-02-27',
    expiresAt: '2029-02-27',
  },
  pijRamonville: {
    version: '2026-1',
    signatoryName: 'Agnès Fourcade',
    signatoryRole: 'Maire adjointe de Ramonville-Saint-Agne',
    signedAt: '2026-03-04',
    expiresAt: '2029-03-04',
  },
  passerellesSicoval: {
    version: '2026-1',
    signatoryName: 'Claire Dubosc',
    signatoryRole: 'Présidente de l’association',
    signedAt: '2026-03-10',
    expiresAt: '2029-03-10',
  },
  paejSudEst: { version: '2026-1', signatoryName: 'Romain Esteve', signatoryRole: 'Coordinateur du PAEJ', signedAt: '2026-08-28', expiresAt: '2029-08-28' },
  crijOccitanie: {
    version: '2026-1',
    signatoryName: 'Laurence Maurel',
    signatoryRole: 'Directrice du CRIJ Occitanie',
    signedAt: '2026-04-14',
    expiresAt: '2029-04-14',
  },
  missionLocaleMontpellier: {
    version: '2026-1',
    signatoryName: 'Olivier Granier',
    signatoryRole: 'Directeur de la Mission Locale',
    signedAt: '2026-04-20',
    expiresAt: '2029-04-20',
  },
  habitatJeunesMontpellier: {
    version: '2026-1',
    signatoryName: 'Julie Pons',
    signatoryRole: 'Directrice de la résidence',
    signedAt: '2026-04-23',
    expiresAt: '2029-04-23',
  },
  espaceSanteJeunesMontpellier: {
    version: '2026-1',
    signatoryName: 'Dr Marc Olivier',
    signatoryRole: 'Médecin responsable',
    signedAt: '2026-04-29',
    expiresAt: '2029-04-29',
  },
}

/** Partners whose charter is still awaiting signature (so none of their offers can be published). */
export const PENDING_CHARTER_PARTNERS: readonly PartnerKey[] = PARTNERS.map((partner) => partner.key).filter((key) => !SIGNED[key])

export async function seedCharters(ctx: SeedContext, partners: PartnerIds, territories: TerritoryIds): Promise<void> {
  for (const partner of PARTNERS) {
    const signed = SIGNED[partner.key]
    // One charter for every territory of the organisation (a regional structure signs once for several).
    const relations = { partner: partners[partner.key], territories: [partner.territory, ...(partner.alsoIn ?? [])].map((key) => territories[key]) }
    await create(
      ctx,
      'charters',
      signed
        ? {
            ...relations,
            status: 'signee',
            version: signed.version,
            signatoryName: signed.signatoryName,
            signatoryRole: signed.signatoryRole,
            signedAt: day(signed.signedAt),
            expiresAt: signed.expiresAt ? day(signed.expiresAt) : undefined,
          }
        : { ...relations, status: 'en_attente', version: '2026-1' },
    )
  }
  ctx.log(`${PARTNERS.length} chartes créées (${PARTNERS.length - PENDING_CHARTER_PARTNERS.length} signées, ${PENDING_CHARTER_PARTNERS.length} en attente).`)
}
