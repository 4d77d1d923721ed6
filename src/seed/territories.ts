import { create, day, type SeedContext } from './context'
import { departementId, epciId } from './geography'
import { DEPARTEMENT_LOT, EPCI_MONTPELLIER, EPCI_SICOVAL } from './places'
import type { ThemeIds } from './themes'

export type TerritoryKey = 'lot' | 'sicoval' | 'montpellier'
export type TerritoryIds = Record<TerritoryKey, number>

export async function seedTerritories(ctx: SeedContext, themes: ThemeIds): Promise<TerritoryIds> {
  const lot = await create(ctx, 'territories', {
    name: 'Lot',
    slug: 'lot',
    status: 'ouvert',
    openedAt: day('2020-10-29'),
    description:
      'La Boussole du Lot est animée par la Mission Locale du Lot avec les quatre Points Information Jeunesse du département (Cahors, Figeac, Gourdon et Souillac). Ouverte en octobre 2020 pour l’emploi, la formation et le logement, elle prépare l’ouverture du thème santé.',
    coverage: { departements: [await departementId(ctx, DEPARTEMENT_LOT)] },
    themes: [
      { theme: themes.emploi, status: 'ouvert', openedAt: day('2020-10-29') },
      { theme: themes.formation, status: 'ouvert', openedAt: day('2020-10-29') },
      { theme: themes.logement, status: 'ouvert', openedAt: day('2020-10-29') },
      { theme: themes.sante, status: 'bientot' },
    ],
    contact: {
      structure: 'Mission Locale du Lot',
      email: 'boussole.lot@boussole.test',
      phone: '05 36 49 10 00',
      address: '24 boulevard Gambetta, 46000 Cahors',
      website: 'https://www.missionlocale-lot.example',
    },
  })

  const sicoval = await create(ctx, 'territories', {
    name: 'Sicoval',
    slug: 'sicoval',
    status: 'ouvert',
    openedAt: day('2026-03-16'),
    description:
      'La Boussole du Sicoval couvre les 36 communes de la communauté d’agglomération du Sud-Est toulousain. Elle réunit l’antenne Sicoval de la Mission Locale Haute-Garonne, le Point Information Jeunesse de Ramonville et les associations du territoire.',
    coverage: { epcis: [await epciId(ctx, EPCI_SICOVAL)] },
    themes: [
      { theme: themes.emploi, status: 'ouvert', openedAt: day('2026-03-16') },
      { theme: themes.formation, status: 'ouvert', openedAt: day('2026-03-16') },
      { theme: themes.logement, status: 'ouvert', openedAt: day('2026-03-16') },
      { theme: themes.sante, status: 'ouvert', openedAt: day('2026-09-07') },
    ],
    contact: {
      structure: 'Communauté d’agglomération du Sicoval — service jeunesse',
      email: 'boussole.sicoval@boussole.test',
      phone: '05 36 49 20 00',
      address: '65 chemin de Ramonville, 31670 Labège',
    },
  })

  const montpellier = await create(ctx, 'territories', {
    name: 'Montpellier Méditerranée Métropole',
    slug: 'montpellier-mediterranee-metropole',
    status: 'ouvert',
    openedAt: day('2026-05-04'),
    description:
      'Déployée par le CRIJ Occitanie sur les 31 communes de la Métropole, la Boussole de Montpellier couvre l’emploi, la formation, le logement et la santé.',
    coverage: { epcis: [await epciId(ctx, EPCI_MONTPELLIER)] },
    themes: [
      { theme: themes.emploi, status: 'ouvert', openedAt: day('2026-05-04') },
      { theme: themes.formation, status: 'ouvert', openedAt: day('2026-05-04') },
      { theme: themes.logement, status: 'ouvert', openedAt: day('2026-05-04') },
      { theme: themes.sante, status: 'ouvert', openedAt: day('2026-05-04') },
    ],
    contact: {
      structure: 'CRIJ Occitanie — site de Montpellier',
      email: 'boussole.montpellier@boussole.test',
      phone: '04 65 71 30 00',
      address: '3 avenue Charles Flahault, 34090 Montpellier',
      website: 'https://www.crij.example',
    },
  })

  ctx.log('3 territoires créés (Lot, Sicoval, Montpellier Méditerranée Métropole).')
  return { lot: lot.id, sicoval: sicoval.id, montpellier: montpellier.id }
}
